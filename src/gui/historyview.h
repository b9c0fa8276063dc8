#pragma once

#include "core/conversationhistory.h"

#include <QWidget>

class QTreeWidget;

namespace dialoog {

class LineChart;

// One employee's history: the conversations as a timeline (newest first; Enter or a
// double-click opens one), their energy and work happiness over time, and how each
// goal progressed.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);

    void show(const EmployeeTimeline &timeline);
    QTreeWidget *timeline() const { return m_timeline; }
    LineChart *scoreChart() const { return m_scores; }
    LineChart *goalChart() const { return m_goals; }

signals:
    void openConversationRequested(dialoog::Id conversationId);

private:
    QTreeWidget *m_timeline;
    LineChart *m_scores;
    LineChart *m_goals;
};

} // namespace dialoog
