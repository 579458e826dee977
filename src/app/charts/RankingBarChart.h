#pragma once
// Units ranked best to worst on one KPI, as horizontal bars. Units with too few
// cases come after the ranked ones, greyed, marked as such and given no rank,
// so one case closed on time never puts a grid at the top. More than kMaxRows
// ranked units (a city's grids) show as the best and the worst half of that,
// with a greyed row saying how many ranked units lie between them.

#include "ChartData.h"
#include "ChartPanel.h"

namespace griddesk::app {

class BarRowsView;

class RankingBarChart : public ChartPanel
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 100;

    explicit RankingBarChart(QWidget *parent = nullptr);

    // `units`: one value per unit, `valid` false for too few cases. The order
    // given does not matter; equal values share a rank (1, 2, 2, 4).
    void setUnits(const QVector<ChartValue> &units, ChartValueKind kind, bool higherIsBetter);
    // The keys as shown, top to bottom: the ranked units, then the others (an
    // empty key for a row that stands for units not shown).
    QStringList keys() const;
    // 1 for the best; 0 for a unit that is not ranked or not shown.
    int rankOf(const QString &key) const;
    // Emphasises a unit (the one chosen on the map, say) and scrolls to it.
    void setCurrentKey(const QString &key);

Q_SIGNALS:
    void barClicked(const QString &key);

private:
    BarRowsView *m_rows;
};

} // namespace griddesk::app
