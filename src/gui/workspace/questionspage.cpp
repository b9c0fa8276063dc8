#include "gui/workspace/questionspage.h"

#include "core/failure.h"
#include "gui/widgets/textlisteditor.h"
#include "gui/workspace/questionpickerdialog.h"
#include "services/conversationdocument.h"
#include "services/questionbank.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialoog {

QuestionsPage::QuestionsPage(ConversationDocument &document, QuestionBank &bank,
                             const QString &language, QWidget *parent)
    : PhasePage(&document, Phase::Questions,
                tr("Open questions invite reflection. Ask, listen, and note the answer in the "
                   "employee's own "
                   "words. You need not ask them all."),
                parent),
      m_bank(bank), m_language(language)
{
    m_answers = new QWidget(widget());
    m_answerLayout = new QVBoxLayout(m_answers);
    m_answerLayout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("Choose &questions…"), m_answers);
    m_choose = choose;
    m_answerLayout->addWidget(choose, 0, Qt::AlignLeft);
    connect(choose, &QPushButton::clicked, this, &QuestionsPage::chooseQuestions);
    addSection(tr("Questions"), m_answers);

    auto *own = new QWidget(widget());
    auto *ownLayout = new QVBoxLayout(own);
    ownLayout->setContentsMargins(0, 0, 0, 0);
    m_newQuestion = new QLineEdit(own);
    m_newQuestion->setAccessibleName(tr("A question of your own"));
    m_newQuestion->setPlaceholderText(tr("Ask a question of your own — press Enter to add it"));
    m_closedHint = new QLabel(own);
    m_closedHint->setWordWrap(true);
    m_closedHint->setText(
        tr("This reads as a closed question, one answered with yes or no. An open form such as "
           "\"What…\", \"How…\" or \"Which…\" invites more reflection."));
    m_closedHint->setVisible(false);
    ownLayout->addWidget(m_newQuestion);
    ownLayout->addWidget(m_closedHint);
    addSection(tr("A question of your own"), own);

    connect(m_newQuestion, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_closedHint->setVisible(ConversationSession::looksClosed(text));
    });
    connect(m_newQuestion, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_newQuestion->text();
        if (!this->document().addQuestion(text, m_language))
            return;
        this->document().saveNow(); // gives the question the id its answer will refer to
        m_newQuestion->clear();
        if (!m_fields.empty())
            m_fields.back().second->setFocus();
    });
    refresh();
}

void QuestionsPage::chooseQuestions()
{
    std::vector<Question> offered;
    try {
        offered = m_bank.active(m_language);
    } catch (const Failure &) {
        // The bank cannot be read: the conversation's own questions are still offered.
    }
    // Whatever this conversation already has is offered too, even if no longer in the bank.
    for (const Question &q : document().record().questions) {
        if (std::none_of(offered.begin(), offered.end(),
                         [&q](const Question &o) { return o.id == q.id; }))
            offered.push_back(q);
    }
    QuestionPickerDialog dialog(offered, document().record().questions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto choices = dialog.choices();
    document().chooseQuestions(choices);
}

QWidget *QuestionsPage::entryField() const
{
    for (const auto &[question, field] : m_fields) {
        if (field->document()->isEmpty())
            return field;
    }
    return m_newQuestion;
}

QPlainTextEdit *QuestionsPage::answerField(int index) const
{
    return index >= 0 && index < int(m_fields.size()) ? m_fields[std::size_t(index)].second
                                                      : nullptr;
}

void QuestionsPage::rebuild()
{
    for (auto &[question, field] : m_fields) {
        field->parentWidget()->deleteLater();
        field->removeEventFilter(this);
    }
    m_fields.clear();
    const std::vector<Question> &questions = document().record().questions;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        auto *box = new QWidget(m_answers);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 4, 0, 4);
        auto *label = new QLabel(tr("%1. %2").arg(i + 1).arg(questions[i].text), box);
        label->setWordWrap(true);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *answer = new QPlainTextEdit(box);
        answer->setTabChangesFocus(true);
        answer->setPlaceholderText(tr("The answer, in the employee's words"));
        answer->setFixedHeight(answer->fontMetrics().lineSpacing() * 3 + 14);
        answer->setAccessibleName(questions[i].text);
        label->setBuddy(answer);
        layout->addWidget(label);
        layout->addWidget(answer);
        m_answerLayout->addWidget(box);
        answer->installEventFilter(this);
        connect(answer, &QPlainTextEdit::textChanged, this,
                [this, answer, i] { document().setAnswer(int(i), answer->toPlainText()); });
        m_fields.emplace_back(questions[i], answer);
    }
    // Fields made now would come last in the tab order, after the question of one's own.
    QWidget *previous = m_choose;
    for (const auto &[question, field] : m_fields) {
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_newQuestion);
}

bool QuestionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (const auto &[question, field] : m_fields) {
            if (field == watched)
                emit answerFocused(question.id);
        }
    }
    return PhasePage::eventFilter(watched, event);
}

void QuestionsPage::refreshContent()
{
    if (!m_answerLayout)
        return;
    const std::vector<Question> &questions = document().record().questions;
    bool same = questions.size() == m_fields.size();
    for (std::size_t i = 0; same && i < questions.size(); ++i)
        same = questions[i].text == m_fields[i].first.text;
    if (!same)
        rebuild();
    for (std::size_t i = 0; i < questions.size(); ++i)
        m_fields[i].first = questions[i];
    for (const auto &[question, field] : m_fields)
        setTextIfDifferent(field, document().session().answerFor(question.id));
}

} // namespace dialoog
