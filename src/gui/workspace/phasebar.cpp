#include "gui/workspace/phasebar.h"

#include "core/conversationsession.h"
#include "gui/widgets/wrappedlabel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace dialoog {
namespace {
constexpr const std::array<Phase, 4> &phases = conversationPhases;
}

PhaseBar::PhaseBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setVerticalSpacing(2);
    auto *group = new QButtonGroup(this);
    for (std::size_t i = 0; i < phases.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setText(tr("%1. %2").arg(i + 1).arg(displayName(phases[i])));
        button->setToolTip(tr("Go to %1 (Ctrl+%2)").arg(displayName(phases[i])).arg(i + 1));
        button->setFocusPolicy(Qt::TabFocus);
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
        group->addButton(button, int(i));
        // Word-wrapped, with its sizes measured once for each text (WrappedLabel).
        auto *progress = new WrappedLabel(this);
        progress->setAlignment(Qt::AlignHCenter);
        layout->addWidget(button, 0, int(i));
        layout->addWidget(progress, 1, int(i));
        m_buttons[i] = button;
        m_progress[i] = progress;
    }
    connect(group, &QButtonGroup::idClicked, this,
            [this](int id) { emit phaseRequested(phases[std::size_t(id)]); });
}

void PhaseBar::update(const ConversationSession &session)
{
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const Phase phase = phases[i];
        m_buttons[i]->setChecked(session.phase() == phase ||
                                 (session.isFinished() && phase == Phase::WrapUp));
        const int missing = int(session.hints(phase).size());
        QString text;
        switch (phase) {
        case Phase::Preparation:
            text = tr("%1 of %2 goals reviewed")
                       .arg(session.reviewedGoalCount())
                       .arg(session.goalsToReviewCount());
            break;
        case Phase::Goals:
            text = tr("Running goals: %1").arg(session.runningGoalCount());
            break;
        case Phase::Questions:
            text = tr("%1 of %2 questions answered")
                       .arg(session.answeredCount())
                       .arg(session.record().questions.size());
            break;
        case Phase::WrapUp:
            text = session.isFinished()  ? tr("Finished")
                   : session.canFinish() ? tr("Ready to finish")
                                         : tr("Not ready to finish");
            break;
        case Phase::Finished:
            break;
        }
        if (missing > 0 && !session.isFinished())
            text += QLatin1Char('\n') + tr("Still open: %1").arg(missing);
        m_progress[i]->setText(text);
    }
}

QString PhaseBar::progressText(Phase phase) const
{
    for (std::size_t i = 0; i < phases.size(); ++i) {
        if (phases[i] == phase)
            return m_progress[i]->text();
    }
    return {};
}

} // namespace dialoog
