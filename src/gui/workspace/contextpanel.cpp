#include "gui/workspace/contextpanel.h"

#include "core/failure.h"
#include "gui/widgets/collapsiblesection.h"
#include "gui/widgets/wrappedlabel.h"
#include "gui/workspace/scoretrend.h"
#include "services/conversationdocument.h"
#include "services/earlierconversations.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dialoog {
namespace {

QLabel *textLabel(QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ContextPanel::ContextPanel(ConversationDocument &document, EarlierConversations &earlier,
                           QWidget *parent)
    : ContextPanel(earlier, parent)
{
    bind(document);
}

ContextPanel::ContextPanel(EarlierConversations &earlier, QWidget *parent)
    : QWidget(parent), m_earlier(earlier), m_openItems(textLabel(this)),
      m_trend(new ScoreTrend(this)), m_previous(textLabel(this)), m_answers(textLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new CollapsibleSection(tr("Open items from earlier"), m_openItems, this));
    layout->addWidget(
        new CollapsibleSection(tr("Energy and work happiness so far"), m_trend, this));
    layout->addWidget(new CollapsibleSection(tr("Last conversation"), m_previous, this));
    m_answersSection =
        new CollapsibleSection(tr("Earlier answers to this question"), m_answers, this);
    m_answersSection->setVisible(false);
    layout->addWidget(m_answersSection);
    layout->addStretch();
}

void ContextPanel::bind(ConversationDocument &document)
{
    Q_ASSERT(!m_document);
    m_document = &document;
}

void ContextPanel::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    loadHistory();
    refresh();
}

void ContextPanel::loadHistory()
{
    const Conversation &current = m_document->record().conversation;
    const QLocale locale;
    try {
        const std::vector<Conversation> earlier = m_earlier.before(current);
        std::vector<ScoreTrend::Row> rows;
        for (const Conversation &c : earlier)
            rows.push_back({c.heldDate, c.energy, c.workHappiness});
        m_trend->setRows(rows);
        if (earlier.empty()) {
            m_previous->setText(tr("This is the first conversation."));
            return;
        }
        const Conversation &last = earlier.back();
        QString text = tr("<b>%1</b><br>%2")
                           .arg(locale.toString(last.heldDate, QLocale::LongFormat),
                                last.summary.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                     QStringLiteral("<br>")));
        const std::vector<Agreement> agreements = m_earlier.agreementsOf(last.id);
        if (!agreements.empty()) {
            text += tr("<br><b>Agreements</b><ul style=\"margin-top:0\">");
            for (const Agreement &a : agreements)
                text += QStringLiteral("<li>%1</li>").arg(a.text.toHtmlEscaped());
            text += QStringLiteral("</ul>");
        }
        m_previous->setText(text);
    } catch (const Failure &e) {
        m_previous->setText(e.message().toHtmlEscaped());
    }
}

void ContextPanel::refresh()
{
    if (!m_loaded)
        return;
    QStringList items;
    const QLocale locale;
    for (const ActionItem &a : m_document->record().earlierActions) {
        if (a.status != ActionStatus::Open)
            continue;
        const QString due =
            a.dueDate.isValid()
                ? tr(" (due %1)").arg(locale.toString(a.dueDate, QLocale::ShortFormat))
                : QString();
        items << QStringLiteral("<li>%1%2</li>").arg(a.text.toHtmlEscaped(), due);
    }
    m_openItems->setText(
        items.isEmpty()
            ? tr("Nothing open.")
            : QStringLiteral("<ul style=\"margin-top:0\">%1</ul>").arg(items.join(QString())));
}

void ContextPanel::showEarlierAnswers(Id questionId)
{
    const ConversationRecord &r = m_document->record();
    const auto question =
        std::find_if(r.questions.begin(), r.questions.end(),
                     [questionId](const Question &q) { return q.id == questionId; });
    if (question == r.questions.end())
        return;
    QStringList items;
    const QLocale locale;
    try {
        for (const auto &[date, text] : m_earlier.answers(r.conversation, *question))
            items << tr("<p><b>%1</b><br>%2</p>")
                         .arg(locale.toString(date, QLocale::ShortFormat), text.toHtmlEscaped());
    } catch (const Failure &e) {
        items << e.message().toHtmlEscaped();
    }
    m_answers->setText(items.isEmpty() ? tr("Not asked before.") : items.join(QString()));
    m_answersSection->setVisible(true);
}

QString ContextPanel::earlierAnswersText() const
{
    return m_answersSection->isVisible() ? m_answers->text() : QString();
}

} // namespace dialoog
