#pragma once

#include "core/conversationhistory.h"

#include <QWidget>

namespace dialoog {

// A small painted line chart: dates along the x axis, one line per series, a gap
// where a value is missing, a legend, and the values as accessible description text.
// Painted rather than Qt Charts: no new dependency, and colours follow the palette.
class LineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineChart)

public:
    explicit LineChart(QWidget *parent = nullptr);

    // The y axis: from `minimum` to `maximum`, a label every `step`, values shown with `format` (%1
    // = value).
    void setAxis(int minimum, int maximum, int step, const QString &format);
    void setData(const ChartData &data, const QString &emptyText);
    const ChartData &data() const { return m_data; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString describe() const;
    QString valueText(int value) const;
    QColor colour(std::size_t series) const;

    ChartData m_data;
    QString m_emptyText;
    int m_minimum = 0;
    int m_maximum = 100;
    int m_step = 25;
    QString m_format = QStringLiteral("%1");
};

} // namespace dialoog
