#pragma once
// The assessment's key performance indicators (绩效联考): their stored codes,
// names, formulas in words and how they read. docs/kpi.md states the same
// formulas and the rules for rejected, merged, reworked, unevaluated and
// still-open cases; KpiEngine counts by them.

#include <QString>
#include <QVector>

namespace griddesk {

enum class Kpi {
    IncidenceRate,       // 事件发生率: reported ÷ residents × 1,000
    ClosureRate,         // 结案率: closed by the period's end ÷ due in the period
    OnTimeClosureRate,   // 按期结案率: closed by the due time ÷ due in the period
    ReworkRate,          // 返工率: sent back for rework ÷ replied
    FirstTimeFixRate,    // 一次办结率: closed without any rework ÷ closed
    SatisfactionRate,    // 群众满意率: satisfied + basically satisfied ÷ evaluated
    ScreeningCoverage,   // 排查覆盖率: grid-weeks screened ÷ grid-weeks
    OverdueCount,        // 逾期件数
    SupervisedCount,     // 督办件数
    EscalatedToCommunity, // 上报社区
    EscalatedToTownship,  // 上报乡镇
    EscalatedToDistrict,  // 上报区县
    WorkLogCompliance,    // 工作日志达标率: worker-weeks with the expected entries ÷ worker-weeks
    WorkLogEntries,       // 人均周工作记录: work-log entries ÷ worker-weeks
};

enum class KpiKind {
    Percent,     // a share of cases, 0–100 %
    PerThousand, // per 1,000 residents
    Count,       // a number of cases
    PerWorkerWeek, // an average per grid worker and week
};

// What a figure counts, and so what its drill-down lists.
enum class KpiBasis {
    Cases,       // cases (the incidence rate's denominator is residents)
    GridWeeks,   // grids × ISO weeks
    WorkerWeeks, // grid workers × ISO weeks
};

namespace kpi {

const QVector<Kpi> &all();
QString code(Kpi k); // stable, for the command line, exports and settings: "closure_rate"
bool fromCode(const QString &code, Kpi *k);
KpiKind kind(Kpi k);
bool higherIsBetter(Kpi k);
bool isRatio(Kpi k); // has a denominator (all but the counts)
KpiBasis basis(Kpi k);

// Translated texts.
QString name(Kpi k);        // 结案率
QString formula(Kpi k);     // "结案数 ÷ 期内到期案件数"
QString numeratorName(Kpi k);
QString denominatorName(Kpi k); // empty for counts
QString rules(Kpi k);       // how rejected, merged, reworked, unevaluated and open cases count
QString unitSuffix(Kpi k);  // "%", "‰", "件"
// A value as shown, e.g. "92.3%", "4.1‰", "17", "3.4".
QString formatValue(Kpi k, double value);

} // namespace kpi
} // namespace griddesk
