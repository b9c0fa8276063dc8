#include "gui/wellbeing/teamwindow.h"

#include "gui/employees/linechart.h"
#include "gui/wellbeing/signalmark.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dialoog {
namespace {

constexpr int columns = 2;

QLabel *nameLabel(const TeamMember &member, QWidget *parent)
{
    const Employee &e = member.row.employee;
    auto *name = new QLabel(
        e.team.isEmpty()
            ? e.name.toHtmlEscaped()
            : TeamWindow::tr("<b>%1</b> · %2").arg(e.name.toHtmlEscaped(), e.team.toHtmlEscaped()),
        parent);
    if (e.team.isEmpty()) {
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
    }
    return name;
}

} // namespace

TeamWindow::TeamWindow(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_grid(new QWidget), m_layout(new QGridLayout)
{
    setWindowTitle(tr("Team"));
    setObjectName(QStringLiteral("teamWindow"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Energy and work happiness (1–5) over the last year, one chart per "
                        "person; those with a signal come first. Signals are prompts for you to "
                        "ask, never a judgement, and only you see them."));
    m_grid->setLayout(m_layout);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(980, 720);
}

// One person: the mark and name, what their signals say, and their chart.
QWidget *TeamWindow::card(const TeamMember &member)
{
    auto *card = new QFrame(m_grid);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *top = new QHBoxLayout;
    const std::vector<EnergySignal> &raised = member.row.energySignals;
    if (!raised.empty()) {
        auto *mark = new QLabel(card);
        mark->setPixmap(SignalMark::icon().pixmap(16, 16));
        mark->setToolTip(SignalMark::toolTip(raised));
        top->addWidget(mark);
    }
    top->addWidget(nameLabel(member, card), 1);
    layout->addLayout(top);
    if (!raised.empty()) {
        auto *words = new QLabel(EnergySignals::summary(raised), card);
        words->setWordWrap(true);
        words->setTextFormat(Qt::PlainText);
        layout->addWidget(words);
    }
    auto *chart = new LineChart(card);
    chart->setAxis(1, 5, 1, QStringLiteral("%1"));
    chart->setMinimumHeight(160);
    chart->setAccessibleName(SignalMark::accessibleName(
        tr("Energy and work happiness of %1 over the last year").arg(member.row.employee.name),
        raised));
    chart->setData(member.scores, tr("No scores in the last year."));
    layout->addWidget(chart, 1);
    m_charts.push_back(chart);
    return card;
}

void TeamWindow::setMembers(const std::vector<TeamMember> &members)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts.clear();
    int index = 0;
    for (const TeamMember &member : members) {
        m_layout->addWidget(card(member), index / columns, index % columns);
        ++index;
    }
    if (members.empty())
        m_layout->addWidget(new QLabel(tr("No one in the team yet."), m_grid), 0, 0);
    m_layout->setRowStretch(int(members.size() + columns - 1) / columns, 1);
}

} // namespace dialoog
