#pragma once

#include "gui/preferences/preferencespage.h"

class QComboBox;
class QLineEdit;

namespace dialoog {

// Preferences → General: your name on summaries, the language of the application
// (from its next start) and its appearance (at once).
class GeneralPage final : public PreferencesPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralPage)

public:
    explicit GeneralPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) override;

private:
    QLineEdit *m_name;
    QLineEdit *m_role;
    QComboBox *m_language;
    QComboBox *m_appearance;
};

} // namespace dialoog
