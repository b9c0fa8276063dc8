#pragma once

#include <QDate>
#include <QStringList>
#include <QWidget>
#include <array>
#include <vector>

namespace dialoog {

// How energy and work happiness went, one earlier conversation a row: its date and both
// scores as five dots, so a column of them reads as a trend at a glance. Painted in
// place and measured once for its rows: as a rich-text table in a label, Qt laid the
// whole table out three times at every paint after a change, most of what filling the
// workspace's docks cost.
class ScoreTrend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreTrend)

public:
    struct Row
    {
        QDate date;
        int energy = 0; // 1..5, 0: not scored
        int happiness = 0;
    };

    explicit ScoreTrend(QWidget *parent = nullptr);

    // Oldest first; none says there are no earlier scores.
    void setRows(const std::vector<Row> &rows);
    // What it shows, a line a row, the columns split by tabs.
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void measure();
    QFont headerFont() const;
    int rowHeight() const;

    std::vector<QStringList> m_lines; // with a row of column titles first, if any rows
    bool m_header = false;
    std::array<int, 3> m_widths{};
    QSize m_size;
};

} // namespace dialoog
