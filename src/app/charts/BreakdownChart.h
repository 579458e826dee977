#pragma once
// Counts by one breakdown (the period's cases by category, or by source) as
// horizontal bars, largest first, each with its count and share. Bars rather
// than a pie: lengths can be compared from across a room, slices cannot.

#include "ChartData.h"
#include "ChartPanel.h"

namespace griddesk::app {

class BarRowsView;

class BreakdownChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit BreakdownChart(QWidget *parent = nullptr);

    // `items`: one count per category (or source); zero counts are left out.
    void setItems(const QVector<ChartValue> &items);
    // Whether each bar shows its share of the total after its count (the
    // default); figures that do not add up to a whole (differences, rates)
    // show their value alone. Applies from the next setItems().
    void setShowShares(bool show) { m_showShares = show; }
    // The keys as shown, largest first.
    QStringList keys() const;
    void setCurrentKey(const QString &key);

Q_SIGNALS:
    void itemClicked(const QString &key);

private:
    BarRowsView *m_rows;
    bool m_showShares = true;
};

} // namespace griddesk::app
