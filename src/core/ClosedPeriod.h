#pragma once
// How far back the console shows ended cases (closed, rejected, merged): the
// last 7, 30 or 90 days, this year, or all. Open cases always show.

#include <QDateTime>
#include <QString>
#include <QVector>

namespace griddesk {

enum class ClosedPeriod { Week, Month, Quarter, ThisYear, All };

namespace closedperiod {

const QVector<ClosedPeriod> &all();
QString code(ClosedPeriod p); // "7d", "30d", "90d", "year", "all"
bool fromCode(const QString &code, ClosedPeriod *out);
QString displayName(ClosedPeriod p); // short: "30 days", "This year"
// The earliest closing time shown at `now`: a local (China Standard Time)
// midnight, so the boundary moves once a day; invalid for All.
QDateTime since(ClosedPeriod p, const QDateTime &now);

constexpr ClosedPeriod kDefault = ClosedPeriod::Month;

} // namespace closedperiod
} // namespace griddesk
