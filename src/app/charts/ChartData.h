#pragma once
// The plain values the chart widgets show. They know nothing of the KPI engine:
// the dock turns its figures into these, so the widgets can be reused (meeting
// agenda, exports) and tested on hand-made data.

#include <QString>
#include <QVector>

namespace griddesk::app {

// How a figure reads. Values are given in the figure's own unit: 87.5 for
// 87.5 %, 2.4 for 2.4 ‰ (per 1,000 residents), 37 for 37 cases, 3.4 for an
// average of 3.4 (work-log entries per grid worker and week).
enum class ChartValueKind { Percent, PerMille, Count, Average };

// One figure of one unit, period or category. `key` is what the click signals
// carry (a unit code, a period, a category code); `label` is what is shown.
// `valid` false means too few cases: shown as such, never ranked.
// `note` is an optional short addition shown with the value ("评价 37 件").
struct ChartValue {
    QString key;
    QString label;
    double value = 0;
    bool valid = true;
    QString note;
};

// A figure of an earlier period to compare with; absent when there is none.
struct ChartComparison {
    bool available = false;
    double value = 0;
};

// What a KPI card shows. The differences are computed by the card from
// `value` and the comparisons, in percentage points for a percentage.
struct KpiCardData {
    QString key; // carried by KpiCardWidget::clicked
    QString name; // "结案率"
    ChartValueKind kind = ChartValueKind::Percent;
    double value = 0;
    bool valid = true; // false: too few cases, no value shown
    QString sample; // "评价 37 件"
    ChartComparison previousPeriod;
    ChartComparison samePeriodLastYear;
    bool higherIsBetter = true;
    QString formula; // shown in the tooltip
};

} // namespace griddesk::app
