#pragma once
// One KPI over periods as a line with marked points and their values, the
// current period emphasised. Periods with too few cases break the line and
// sit greyed on the baseline. Clicking a point says which period it is.

#include "ChartData.h"
#include "ChartPanel.h"

#include <memory>

namespace griddesk::app {

class TrendChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    // `points` in time order, labelled by period ("2026-06"); `valid` false for
    // too few cases. `currentIndex` is the emphasised period (-1: none).
    void setPoints(const QVector<ChartValue> &points, ChartValueKind kind, int currentIndex = -1);
    int pointCount() const;
    int currentIndex() const;
    // Which points carry their value and period as text; the others are
    // left bare when the chart is too narrow for every label.
    bool isValueLabelShown(int index) const;
    bool isPeriodLabelShown(int index) const;

Q_SIGNALS:
    // The index into the points given to setPoints().
    void pointClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void placeLabels();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace griddesk::app
