#pragma once

#include "core/conversationhistory.h"

#include <QWidget>
#include <optional>

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

    // Kept, and laid out when the view is shown (or asked for its parts): building the
    // timeline and charts of someone whose history nobody opened took a twentieth of
    // the start-up.
    void show(const EmployeeTimeline &timeline);
    QTreeWidget *timeline()
    {
        catchUp();
        return m_timeline;
    }
    LineChart *scoreChart()
    {
        catchUp();
        return m_scores;
    }
    LineChart *goalChart()
    {
        catchUp();
        return m_goals;
    }

signals:
    void openConversationRequested(dialoog::Id conversationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void catchUp();
    void render(const EmployeeTimeline &timeline);

    std::optional<EmployeeTimeline> m_pending;
    QTreeWidget *m_timeline;
    LineChart *m_scores;
    LineChart *m_goals;
};

} // namespace dialoog
