#include "AssessmentLoader.h"
#include "AssessmentReportBuilder.h"
#include "Store.h"
#include "StoreError.h"

#include <algorithm>

namespace griddesk::app::assessmentloader {

int trendLength(KpiPeriod::Kind kind)
{
    switch (kind) {
    case KpiPeriod::Kind::Week: return 12;
    case KpiPeriod::Kind::Month: return 12;
    case KpiPeriod::Kind::Quarter: return 8;
    case KpiPeriod::Kind::Year: return 5;
    case KpiPeriod::Kind::Custom: return 6;
    }
    return 6;
}

void compute(AssessmentData &d, const WarningSettings &warnings)
{
    d.buildEngine();
    const KpiEngine &engine = d.engine();
    d.previous = d.period.previous();
    d.lastYear = d.period.sameLastYear();
    d.trend = d.period.trend(trendLength(d.period.kind()));
    d.current = engine.compute(d.cases, d.activity, d.period, d.asOf);
    d.before = engine.compute(d.cases, d.activity, d.previous, d.asOf);
    d.yearAgo = engine.compute(d.cases, d.activity, d.lastYear, d.asOf);
    d.trendTables.clear();
    for (const KpiPeriod &p : d.trend)
        d.trendTables << (p == d.period ? d.current : engine.compute(d.cases, d.activity, p, d.asOf));
    d.warnings = EarlyWarning(engine, warnings).find(d.cases, d.period, d.asOf);
}

AssessmentData load(const StoreOpener &opener, const KpiPeriod &period, const QDateTime &asOf, int generation)
{
    AssessmentData d;
    d.period = period;
    d.asOf = asOf;
    d.generation = generation;
    const WarningSettings warnings;
    // Reach back over the trend, and over what the report needs: the same
    // period last year, the warnings' baseline and their repeat window.
    const QDateTime from = std::min(period.trend(trendLength(period.kind())).first().from(),
                                    AssessmentReportBuilder::casesFrom(period, warnings));
    try {
        auto store = opener.open(StoreOpener::Access::ReadOnly);
        d.units = store->kpiUnits(period.from(), period.to());
        d.settings = store->assessmentSettings();
        d.cases = store->kpiCases(from, period.to());
        // The period's last ISO week may run past its end.
        d.activity = store->kpiActivity(from, std::max(period.to(), period.weeksTo()));
    } catch (const StoreError &e) {
        d.error = e.message();
        return d;
    }
    compute(d, warnings);
    return d;
}

} // namespace griddesk::app::assessmentloader
