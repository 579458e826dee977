#include "KpiRanking.h"
#include "KpiEngine.h"

#include <algorithm>

namespace griddesk::kpiranking {

QVector<RankedUnit> rank(const KpiTable &table, Kpi k, const QStringList &unitCodes)
{
    QVector<RankedUnit> ranked, unranked;
    for (const QString &code : unitCodes) {
        RankedUnit r{code, table.figure(code, k), 0};
        (r.figure.isRankable() ? ranked : unranked) << r;
    }
    const bool higher = kpi::higherIsBetter(k);
    std::stable_sort(ranked.begin(), ranked.end(), [higher](const RankedUnit &a, const RankedUnit &b) {
        return higher ? *a.figure.value > *b.figure.value : *a.figure.value < *b.figure.value;
    });
    for (int i = 0; i < ranked.size(); ++i) {
        const bool tie = i > 0 && qFuzzyCompare(1.0 + *ranked[i].figure.value, 1.0 + *ranked[i - 1].figure.value);
        ranked[i].rank = tie ? ranked[i - 1].rank : i + 1;
    }
    // Too few cases before no value at all; each group by its sample, largest first.
    std::stable_sort(unranked.begin(), unranked.end(), [](const RankedUnit &a, const RankedUnit &b) {
        if (a.figure.value.has_value() != b.figure.value.has_value())
            return a.figure.value.has_value();
        return a.figure.sample > b.figure.sample;
    });
    return ranked + unranked;
}

} // namespace griddesk::kpiranking
