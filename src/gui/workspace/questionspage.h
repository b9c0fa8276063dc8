#pragma once

#include "core/question.h"
#include "gui/workspace/phasepage.h"

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace dialoog {

class QuestionBank;

// Phase 3: the open questions picked for this conversation, one answer field each,
// noted live; and a question of one's own, with a quiet nudge when it reads as closed.
class QuestionsPage final : public PhasePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionsPage)

public:
    QuestionsPage(ConversationDocument &document, QuestionBank &bank, const QString &language,
                  QWidget *parent = nullptr);

    QPlainTextEdit *answerField(int index) const;
    QLineEdit *newQuestionInput() const { return m_newQuestion; }
    QLabel *closedHint() const { return m_closedHint; }
    // The first unanswered answer; with all answered, the line for a question of one's own.
    QWidget *entryField() const override;

signals:
    // The manager is answering this question: the context panel shows earlier answers.
    void answerFocused(dialoog::Id questionId);

protected:
    void refreshContent() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void chooseQuestions();

    QuestionBank &m_bank;
    QString m_language;
    QWidget *m_answers = nullptr;
    QVBoxLayout *m_answerLayout = nullptr;
    std::vector<std::pair<Question, QPlainTextEdit *>> m_fields;
    QWidget *m_choose = nullptr;
    QLineEdit *m_newQuestion = nullptr;
    QLabel *m_closedHint = nullptr;
};

} // namespace dialoog
