#pragma once

#include <QDialog>
#include <functional>
#include <vector>

class QDialogButtonBox;
class QListWidget;
class QStackedWidget;

namespace dialoog {

class PreferencesPage;
class Settings;

// Settings → Preferences: every preference on one of a few pages, with OK, Cancel
// and Apply. Pages write to Settings only on OK or Apply.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `editQuestionBank` opens the question bank in a language; empty while the
    // database is read-only, which also keeps the retention period as it is.
    PreferencesDialog(Settings &settings,
                      std::function<void(const QString &, QWidget *)> editQuestionBank,
                      QWidget *parent = nullptr);

    QListWidget *pageList() const { return m_list; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void showPage(int index);
    // Writes every page to Settings.
    void apply();

    void accept() override;

private:
    void putButtonsLastInTabOrder();
    void addPage(PreferencesPage *page);

    Settings &m_settings;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QDialogButtonBox *m_buttons;
    std::vector<PreferencesPage *> m_pages;
};

} // namespace dialoog
