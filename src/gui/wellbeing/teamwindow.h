#pragma once

#include "core/teamview.h"

#include <QDialog>
#include <vector>

class QGridLayout;
class QLabel;

namespace dialoog {

class LineChart;

// View → Team: for everyone in the team one small chart of energy and work happiness over
// the last year, painted as the employee page's chart (the palette, a shape per line, the
// values as text for screen readers), those with an early signal first.
class TeamWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamWindow)

public:
    explicit TeamWindow(QWidget *parent = nullptr);

    void setMembers(const std::vector<TeamMember> &members);
    // The charts in their order on screen, for tests.
    std::vector<LineChart *> charts() const { return m_charts; }

private:
    QWidget *card(const TeamMember &member);

    QLabel *m_intro;
    QWidget *m_grid;
    QGridLayout *m_layout;
    std::vector<LineChart *> m_charts;
};

} // namespace dialoog
