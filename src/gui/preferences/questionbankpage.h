#pragma once

#include "gui/preferences/preferencespage.h"

#include <functional>

class QComboBox;
class QPushButton;

namespace dialoog {

// Preferences → Questions: the language of the questions a new conversation offers,
// and the way to the question bank itself (edited in its own dialog, straight into
// the database, so it is not undone by Cancel here).
class QuestionBankPage final : public PreferencesPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionBankPage)

public:
    // `edit` opens the question bank in a language, over `parent`; without it (read-only),
    // the bank cannot be edited.
    explicit QuestionBankPage(std::function<void(const QString &, QWidget *)> edit,
                              QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) override;

private:
    QComboBox *m_language;
    QPushButton *m_edit;
};

} // namespace dialoog
