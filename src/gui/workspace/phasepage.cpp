#include "gui/workspace/phasepage.h"

#include "gui/platform/groupboxframe.h"
#include "gui/platform/helpwindow.h"
#include "gui/widgets/textlisteditor.h"
#include "gui/widgets/wrappedlabel.h"
#include "services/conversationdocument.h"

#include <QAbstractSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <map>

namespace dialoog {

namespace {

QString sectionOf(Phase phase)
{
    static const std::map<Phase, QString> sections = {
        {Phase::Preparation, QStringLiteral("preparation")},
        {Phase::Goals, QStringLiteral("goals")},
        {Phase::Questions, QStringLiteral("questions")},
        {Phase::WrapUp, QStringLiteral("wrapup")}};
    return sections.count(phase) ? sections.at(phase) : QStringLiteral("start");
}

} // namespace

PhasePage::PhasePage(ConversationDocument *document, Phase phase, const QString &guidance,
                     QWidget *parent)
    : PhasePage(document, phase, guidance, sectionOf(phase), parent)
{
}

PhasePage::PhasePage(ConversationDocument *document, Phase phase, const QString &guidance,
                     const QString &section, QWidget *parent)
    : QScrollArea(parent), m_document(document), m_phase(phase), m_hints(new WrappedLabel),
      m_column(new QVBoxLayout)
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *guide =
        new WrappedLabel(QStringLiteral("%1 <a href=\"%2\">%3</a>")
                             .arg(guidance.toHtmlEscaped(), section, tr("More in the guide (F1)")),
                         content);
    guide->setTextFormat(Qt::RichText);
    connect(guide, &QLabel::linkActivated, this,
            [this](const QString &link) { HelpWindow::showSection(this, link); });
    guide->setObjectName(QStringLiteral("guidance"));
    m_hints->setParent(content);
    m_hints->setObjectName(QStringLiteral("hints"));
    m_hints->setTextFormat(Qt::RichText);
    layout->addWidget(guide);
    layout->addWidget(m_hints);
    layout->addLayout(m_column);
    layout->addStretch();
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

QGroupBox *PhasePage::addSection(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, widget());
    keepGroupBoxFrame(box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    m_column->addWidget(box);
    return box;
}

QPlainTextEdit *PhasePage::addSummarySection(const QString &title, const QString &placeholder,
                                             int lines)
{
    auto *summary = new QPlainTextEdit(widget());
    summary->setTabChangesFocus(true);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setPlaceholderText(placeholder);
    summary->setFixedHeight(summary->fontMetrics().lineSpacing() * lines + 14);
    connect(summary, &QPlainTextEdit::textChanged, this,
            [this, summary] { m_document->setText(TextField::Summary, summary->toPlainText()); });
    addSection(title, summary);
    return summary;
}

TextListEditor *PhasePage::addAgreementsSection()
{
    auto *agreements = new TextListEditor(tr("Add an agreement and press Enter"), widget());
    agreements->input()->setObjectName(QStringLiteral("agreementInput"));
    connect(agreements, &TextListEditor::addRequested, this,
            [this](const QString &text) { m_document->addAgreement(text); });
    connect(agreements, &TextListEditor::removeRequested, this,
            [this](int index) { m_document->removeAgreement(index); });
    addSection(tr("Agreements"), agreements);
    return agreements;
}

void PhasePage::showAgreements(TextListEditor *editor) const
{
    QStringList agreements;
    for (const Agreement &a : m_document->record().agreements)
        agreements << a.text;
    editor->setItems(agreements);
}

void PhasePage::bind(ConversationDocument &document)
{
    Q_ASSERT(!m_document);
    m_document = &document;
    bindContent();
    invalidate();
}

void PhasePage::refresh()
{
    m_stale = false;
    QStringList items;
    for (const Hint &hint : m_document->session().hints(m_phase))
        items << QStringLiteral("<li>%1</li>").arg(hint.text.toHtmlEscaped());
    m_hints->setText(items.isEmpty() ? QString()
                                     : tr("<b>Still missing</b><ul style=\"margin-top:0\">%1</ul>")
                                           .arg(items.join(QString())));
    m_hints->setVisible(!items.isEmpty());
    refreshContent();
}

QWidget *PhasePage::entryField() const
{
    QWidget *first = nullptr;
    for (QWidget *w = widget()->nextInFocusChain(); w && w != widget() && widget()->isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if (!takesText(w))
            continue;
        if (isEmpty(w))
            return w;
        if (!first)
            first = w;
    }
    return first;
}

bool PhasePage::takesText(const QWidget *w) const
{
    // A field inside another (a number box's line) is reached through its owner.
    if (!w->isVisibleTo(this) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
        w->focusProxy())
        return false;
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w);
}

bool PhasePage::isEmpty(const QWidget *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text().isEmpty();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->document()->isEmpty();
    // A number or date box is empty while it shows its "not set" text.
    if (const auto *box = qobject_cast<const QAbstractSpinBox *>(field))
        return !box->specialValueText().isEmpty() && box->text() == box->specialValueText();
    return false;
}

QString PhasePage::hintsText() const
{
    return m_hints->isVisible() ? m_hints->text() : QString();
}

} // namespace dialoog
