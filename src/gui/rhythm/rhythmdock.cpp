#include "gui/rhythm/rhythmdock.h"

#include "gui/rhythm/rhythmpanel.h"

#include <QMainWindow>
#include <QTimer>
#include <QTreeView>

namespace dialoog {

RhythmDock::RhythmDock(EmployeeListModel *employees, QWidget *parent)
    : QDockWidget(tr("Rhythm"), parent), m_panel(new RhythmPanel(employees, this))
{
    setObjectName(QStringLiteral("rhythmDock"));
    setWidget(m_panel);
    connect(this, &QDockWidget::visibilityChanged, this, &RhythmDock::widenWhenShown);
}

void RhythmDock::showFocused()
{
    show();
    raise();
    m_panel->view()->setFocus(Qt::OtherFocusReason);
}

// Shown for the first time (no saved layout yet): wide enough for its text.
void RhythmDock::widenWhenShown(bool visible)
{
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (!window || !visible || width() >= m_panel->sizeHint().width() || isFloating())
        return;
    QTimer::singleShot(0, this, [this, window] {
        window->resizeDocks({this}, {m_panel->sizeHint().width()}, Qt::Horizontal);
    });
}

} // namespace dialoog
