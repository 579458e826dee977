#pragma once
// The assessment's figures straight in SQL, as a hand-written query would
// count them from the docs/kpi.md rules: one statement with a GROUP BY per
// level (grid, community, township, lead department) for the case KPIs'
// numerators and denominators, one for the screening coverage, one for the
// populations. The benchmark times it against the store's read plus
// KpiEngine and checks that both give the same numbers.

#include "KpiEngine.h"

#include <QSqlDatabase>

namespace griddesk {
class SqlDialect;
}

namespace griddesk::bench {

// `weeksFrom`..`weeksTo`: the instants that bound the period's ISO weeks.
KpiTable rawKpiTable(QSqlDatabase &db, const SqlDialect &dialect, const KpiPeriod &period, const QDateTime &asOf,
    const QDateTime &weeksFrom, const QDateTime &weeksTo);

} // namespace griddesk::bench
