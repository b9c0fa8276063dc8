#pragma once

#include "core/question.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QListWidget;
class QListWidgetItem;
class QVBoxLayout;

namespace dialoog {

class QuestionBank;

// Settings → Preferences → Questions → Edit: the open questions per language. Add, edit (F2),
// reorder, and switch questions on or off for new conversations.
class QuestionBankDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionBankDialog)

public:
    QuestionBankDialog(QuestionBank &bank, const QString &language, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void addQuestion(const QString &text);
    void move(int by);
    // Writes the shown language's bank to the store; false (and a message) if refused.
    bool save();

    void accept() override;

private:
    QVBoxLayout *createEditButtons();
    void load(const QString &language);
    void collect();

    QuestionBank &m_questions;
    QComboBox *m_language;
    QListWidget *m_list;
    QString m_shown;
    std::vector<Question> m_bank;
};

} // namespace dialoog
