#pragma once

#include "core/domainenums.h"

#include <QWidget>

class QTreeView;

namespace dialoog {

class EmployeeListModel;
class RhythmModel;

// The rhythm view (View → Rhythm): who is overdue, due soon, never held, and what is
// planned. Enter or a double-click on a person selects them in the main window.
class RhythmPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RhythmPanel)

public:
    explicit RhythmPanel(EmployeeListModel *employees, QWidget *parent = nullptr);

    RhythmModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QSize sizeHint() const override;

signals:
    void employeeActivated(dialoog::Id id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showGroups();
    void openGroups();

    RhythmModel *m_model;
    QTreeView *m_view;
    bool m_groupsPending = false;
};

} // namespace dialoog
