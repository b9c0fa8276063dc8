#include "gui/wellbeing/signalpanel.h"

#include "gui/wellbeing/signalmark.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialoog {

SignalPanel::SignalPanel(QWidget *parent)
    : QFrame(parent), m_heading(new QLabel(this)), m_rows(new QVBoxLayout),
      m_suggestion(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("signalPanel"));
    setAccessibleName(tr("Signals"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_suggestion->setWordWrap(true);
    m_suggestion->setText(tr("A prompt to ask, not a judgement: consider planning a check-in "
                             "sooner to hear how they are doing. Only you see this."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(SignalMark::icon().pixmap(16, 16));
    top->addWidget(icon);
    top->addWidget(m_heading, 1);
    layout->addLayout(top);
    layout->addLayout(m_rows);
    layout->addWidget(m_suggestion);
    hide();
}

// Later, not now: a row goes while its own Dismiss button's click is being handled.
bool SignalPanel::clear()
{
    bool hadFocus = false;
    for (QWidget *w : m_rowWidgets) {
        hadFocus = hadFocus || w->isAncestorOf(QApplication::focusWidget());
        w->hide();
        w->deleteLater();
    }
    m_rowWidgets.clear();
    m_buttons.clear();
    return hadFocus;
}

// One signal: its sentence, the scores or goal it came from, and its Dismiss button.
QWidget *SignalPanel::row(const EnergySignal &signal, bool readOnly)
{
    auto *line = new QWidget(this);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *words = new QLabel(line);
    words->setWordWrap(true);
    words->setTextFormat(Qt::PlainText);
    words->setText(signal.scores.empty() ? tr("%1\n%2").arg(signal.sentence, signal.basis)
                                         : tr("%1\nScores: %2").arg(signal.sentence, signal.basis));
    words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(words, 1);
    auto *dismiss = new QPushButton(tr("&Dismiss"), line);
    dismiss->setToolTip(tr("Put this signal aside until the next score (Ctrl+Z brings it back)"));
    dismiss->setAccessibleName(tr("Dismiss: %1").arg(signal.sentence));
    dismiss->setEnabled(!readOnly);
    const QString key = signal.key;
    connect(dismiss, &QPushButton::clicked, this, [this, key] { emit dismissRequested(key); });
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    m_buttons.push_back(dismiss);
    return line;
}

bool SignalPanel::setSignals(const std::vector<EnergySignal> &raised, bool readOnly)
{
    const bool hadFocus = clear();
    setVisible(!raised.empty());
    if (raised.empty())
        return hadFocus;
    m_heading->setText(raised.size() == 1
                           ? tr("Worth asking about (1 signal)")
                           : tr("Worth asking about (%1 signals)").arg(raised.size()));
    for (const EnergySignal &s : raised) {
        QWidget *line = row(s, readOnly);
        m_rows->addWidget(line);
        m_rowWidgets.push_back(line);
    }
    return hadFocus;
}

QString SignalPanel::text() const
{
    if (isHidden())
        return {};
    QStringList parts{m_heading->text()};
    for (QWidget *w : m_rowWidgets)
        parts << w->findChild<QLabel *>()->text();
    parts << m_suggestion->text();
    return parts.join(QLatin1Char('\n'));
}

} // namespace dialoog
