#pragma once
// A fair ranking of units on one KPI: units with a value and enough cases
// are ranked best first (equal values share a rank); units below the minimum
// number of cases (样本不足) and units without a value follow, unranked, so
// that one case closed on time does not put a grid at the top.

#include "Kpi.h"
#include "KpiFigure.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk {

class KpiTable;

struct RankedUnit {
    QString unitCode;
    KpiFigure figure;
    int rank = 0; // 1 = best; 0 = not ranked
};

namespace kpiranking {

QVector<RankedUnit> rank(const KpiTable &table, Kpi k, const QStringList &unitCodes);

} // namespace kpiranking
} // namespace griddesk
