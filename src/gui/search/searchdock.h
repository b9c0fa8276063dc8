#pragma once

#include <QDockWidget>

namespace dialoog {

class SearchPanel;

// The search pane of the main window (Edit → Search Everything, View → Search).
class SearchDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDock)

public:
    SearchDock(SearchPanel *panel, QWidget *parent);

    // Shows the pane with the box focused.
    void showFocused();

private:
    SearchPanel *m_panel;
};

} // namespace dialoog
