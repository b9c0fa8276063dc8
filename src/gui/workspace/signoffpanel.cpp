#include "gui/workspace/signoffpanel.h"

#include "core/signoff.h"
#include "gui/widgets/wrappedlabel.h"
#include "gui/workspace/signoffactions.h"
#include "services/conversationdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialoog {

SignOffPanel::SignOffPanel(ConversationDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_state(new WrappedLabel(this)),
      m_responseLabel(new QLabel(tr("The employee's response:"), this)),
      m_response(new QPlainTextEdit(this)), m_send(new QPushButton(this)),
      m_paste(new QPushButton(SignOffActions::pasteText(), this)),
      m_answer(new QPushButton(tr("Employee's &Answer"), this)), m_answerMenu(new QMenu(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state->setObjectName(QStringLiteral("signOffState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);

    m_response->setObjectName(QStringLiteral("employeeResponse"));
    m_response->setReadOnly(true); // their words: changed only by pasting a new reply
    m_response->setAccessibleName(tr("The employee's response"));
    m_response->setMaximumHeight(m_response->fontMetrics().lineSpacing() * 5 + 14);
    m_responseLabel->setBuddy(m_response);
    layout->addWidget(m_responseLabel);
    layout->addWidget(m_response);

    m_send->setObjectName(QStringLiteral("sendToEmployee"));
    m_send->setToolTip(SignOffActions::sendTip());
    m_paste->setObjectName(QStringLiteral("pasteResponse"));
    m_paste->setToolTip(SignOffActions::pasteTip());
    m_answer->setObjectName(QStringLiteral("employeeAnswer"));
    m_answer->setToolTip(tr("Record whether the employee has seen the report, agrees with it, "
                            "or disputes it"));
    m_answerMenu->setObjectName(QStringLiteral("employeeAnswerMenu"));
    for (const auto &[answer, text] : {std::pair{SignOff::Seen, tr("&Seen (voor gezien)")},
                                       std::pair{SignOff::Agreed, tr("&Agreed (voor akkoord)")},
                                       std::pair{SignOff::Disputed, tr("&Disputed")}}) {
        m_answerMenu->addAction(text, this, [this, answer = answer] {
            m_document->markAnswered(answer, QDate::currentDate());
        });
    }
    m_answer->setMenu(m_answerMenu);
    auto *row = new QHBoxLayout;
    row->addWidget(m_send);
    row->addWidget(m_paste);
    row->addWidget(m_answer);
    row->addStretch();
    layout->addLayout(row);
    connect(m_send, &QPushButton::clicked, this, &SignOffPanel::sendRequested);
    connect(m_paste, &QPushButton::clicked, this, &SignOffPanel::pasteResponseRequested);
    if (m_document)
        refresh();
}

void SignOffPanel::refresh()
{
    const Conversation &c = m_document->record().conversation;
    m_state->setText(SignOffRules::describe(c, QLocale()));
    const QString response = c.employeeResponse;
    if (m_response->toPlainText() != response)
        m_response->setPlainText(response);
    m_responseLabel->setVisible(!response.isEmpty());
    m_response->setVisible(!response.isEmpty());
    m_send->setEnabled(SignOffRules::canSend(c));
    m_send->setText(SignOffActions::sendText(c));
    m_paste->setEnabled(SignOffActions::canPaste(c));
    m_answer->setEnabled(c.signOff != SignOff::Draft);
}

} // namespace dialoog
