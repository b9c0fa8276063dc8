#include "gui/preparation/pasteanswersdialog.h"

#include "gui/platform/textfit.h"
#include "services/conversationdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dialoog {

PasteAnswersDialog::PasteAnswersDialog(ConversationDocument &document,
                                       PreparationRequest::Kind kind, const QString &managerName,
                                       QWidget *parent)
    : QDialog(parent), m_document(document), m_managerName(managerName)
{
    setWindowTitle(tr("Paste Answers"));
    auto *layout = new QVBoxLayout(this);

    addSourceRows(layout, kind);

    auto *pasteLabel = new QLabel(
        tr("&Paste the reply here, as it came; quoted text and signatures are left out:"), this);
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(QStringLiteral("pasteBox"));
    m_paste->setTabChangesFocus(true);
    pasteLabel->setBuddy(m_paste);
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste, 2);

    auto *previewLabel = new QLabel(tr("How the answers are placed:"), this);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("splitPreview"));
    m_preview->setAccessibleName(tr("How the answers are placed"));
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);

    m_unplacedLabel =
        new QLabel(tr("Text that fits no question (not saved; copy what you need):"), this);
    m_unplaced = new QPlainTextEdit(this);
    m_unplaced->setObjectName(QStringLiteral("unplaced"));
    m_unplaced->setReadOnly(true);
    m_unplaced->setMaximumHeight(m_unplaced->fontMetrics().lineSpacing() * 4 + 14);
    m_unplacedLabel->setBuddy(m_unplaced);
    layout->addWidget(m_unplacedLabel);
    layout->addWidget(m_unplaced);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("pasteNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveAnswers"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_paste, &QPlainTextEdit::textChanged, this, &PasteAnswersDialog::resplit);
    connect(m_reflection, &QRadioButton::toggled, this, &PasteAnswersDialog::resplit);
    resplit();
    // Room to read a pasted reply and how it is split, in this font.
    m_paste->setMinimumSize(textAreaSize(m_paste, 72, 8));
    m_preview->setMinimumHeight(textAreaSize(m_preview, 0, 10).height());
}

// Whose answers these are: the employee's self-reflection or a colleague's feedback (from whom).
void PasteAnswersDialog::addSourceRows(QVBoxLayout *layout, PreparationRequest::Kind kind)
{
    auto *choice = new QHBoxLayout;
    m_reflection = new QRadioButton(tr("The employee's &self-reflection"), this);
    m_feedback = new QRadioButton(tr("&Feedback from a colleague"), this);
    m_reflection->setObjectName(QStringLiteral("reflectionChoice"));
    m_feedback->setObjectName(QStringLiteral("feedbackChoice"));
    (kind == PreparationRequest::Kind::SelfReflection ? m_reflection : m_feedback)
        ->setChecked(true);
    choice->addWidget(new QLabel(tr("These are answers to:"), this));
    choice->addWidget(m_reflection);
    choice->addWidget(m_feedback);
    choice->addStretch();
    layout->addLayout(choice);

    auto *from = new QHBoxLayout;
    m_fromWhom = new QLineEdit(this);
    m_fromWhom->setObjectName(QStringLiteral("pasteFromWhom"));
    m_fromWhom->setPlaceholderText(tr("Who wrote this feedback"));
    m_fromWhom->setAccessibleName(tr("Feedback from whom"));
    m_relation = new QComboBox(this);
    m_relation->setAccessibleName(tr("Relation"));
    for (Relation r : {Relation::Colleague, Relation::Peer, Relation::Customer, Relation::Other})
        m_relation->addItem(displayName(r), int(r));
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_fromWhom);
    from->addWidget(fromLabel);
    from->addWidget(m_fromWhom, 1);
    from->addWidget(m_relation);
    fitLineEdit(m_fromWhom, {sampleFullName()});
    layout->addLayout(from);
}

PreparationRequest::Kind PasteAnswersDialog::kind() const
{
    return m_reflection->isChecked() ? PreparationRequest::Kind::SelfReflection
                                     : PreparationRequest::Kind::Feedback;
}

QStringList PasteAnswersDialog::questions() const
{
    return PreparationRequest(kind(), m_document.record(), m_managerName).questions();
}

void PasteAnswersDialog::resplit()
{
    const PreparationRequest request(kind(), m_document.record(), m_managerName);
    const QStringList boilerplate = request.introduction().split(QLatin1Char('\n')) +
                                    request.closing().split(QLatin1Char('\n'));
    const QStringList list = request.questions();
    m_result = AnswerSplitter(list, boilerplate).split(m_paste->toPlainText());

    const bool feedback = kind() == PreparationRequest::Kind::Feedback;
    m_fromWhom->setEnabled(feedback);
    m_relation->setEnabled(feedback);
    QString html;
    for (int i = 0; i < list.size(); ++i) {
        const QString answer = m_result.answers.value(i);
        html += QStringLiteral("<p style=\"margin-bottom:0\"><b>%1</b></p>")
                    .arg(PreparationRequest::heading(i, list.at(i)).toHtmlEscaped());
        html += answer.isEmpty()
                    ? QStringLiteral("<p><i>%1</i></p>").arg(tr("No answer found.").toHtmlEscaped())
                    : QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                          .arg(answer.toHtmlEscaped());
    }
    m_preview->setHtml(html);
    m_unplaced->setPlainText(m_result.unplaced);
    m_unplaced->setVisible(!m_result.unplaced.isEmpty());
    m_unplacedLabel->setVisible(!m_result.unplaced.isEmpty());

    const bool anything = m_result.missing().size() < list.size();
    m_save->setEnabled(anything);
    QString note;
    if (!m_paste->toPlainText().trimmed().isEmpty() && !m_result.foundAnyHeading)
        note = tr("No question headings were found. Keep the numbered questions in the reply, or "
                  "type the "
                  "answers into the page yourself.");
    else if (!feedback && !m_document.record().reflection.isEmpty() && anything)
        note = tr("The reflection already holds text; the answers are added below it.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

bool PasteAnswersDialog::save()
{
    resplit();
    if (m_result.missing().size() == m_result.answers.size())
        return false;
    if (kind() == PreparationRequest::Kind::SelfReflection) {
        const Reflection pasted = AnswerSplitter::toReflection(m_result);
        Reflection merged = m_document.record().reflection;
        // What is there already stays: a second reply, or notes typed earlier, are never
        // overwritten.
        const auto add = [](QString &field, const QString &text) {
            if (text.isEmpty())
                return;
            field =
                field.trimmed().isEmpty() ? text : field.trimmed() + QStringLiteral("\n\n") + text;
        };
        add(merged.wentWell, pasted.wentWell);
        add(merged.growth, pasted.growth);
        add(merged.ambitions, pasted.ambitions);
        return m_document.pasteReflection(merged);
    }
    FeedbackItem item;
    item.fromWhom = m_fromWhom->text().trimmed();
    item.relation = static_cast<Relation>(m_relation->currentData().toInt());
    item.date = QDate::currentDate();
    item.text = AnswerSplitter::toFeedbackText(m_result, questions());
    return m_document.pasteFeedback(item);
}

} // namespace dialoog
