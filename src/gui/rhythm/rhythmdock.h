#pragma once

#include <QDockWidget>

namespace dialoog {

class EmployeeListModel;
class RhythmPanel;

// The rhythm view as a pane of the main window (View → Rhythm), wide enough for its
// text the first time it shows.
class RhythmDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RhythmDock)

public:
    RhythmDock(EmployeeListModel *employees, QWidget *parent);

    RhythmPanel *panel() const { return m_panel; }
    // Shows the pane with its list focused.
    void showFocused();

private:
    void widenWhenShown(bool visible);

    RhythmPanel *m_panel;
};

} // namespace dialoog
