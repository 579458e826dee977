#pragma once
// One KPI's figure for one unit and period: the counts behind it and the
// value, or no value when there is nothing to divide by.

#include <QtGlobal>

#include <optional>

namespace griddesk {

struct KpiFigure {
    qint64 numerator = 0;
    // Cases for the ratios; residents for the incidence rate; grid-weeks for
    // screening coverage; 0 for the counts.
    qint64 denominator = 0;
    std::optional<double> value;
    qint64 sample = 0;      // the cases the figure rests on
    bool sufficient = true; // false below the minimum number of cases (样本不足)

    bool isRankable() const { return value.has_value() && sufficient; }
};

// The change of a figure against an earlier one, in the KPI's own unit
// (percentage points for the rates); nothing when either cannot be compared.
inline std::optional<double> kpiChange(const KpiFigure &now, const KpiFigure &before)
{
    if (!now.isRankable() || !before.isRankable())
        return std::nullopt;
    return *now.value - *before.value;
}

} // namespace griddesk
