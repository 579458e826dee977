#pragma once
// Where a case stands against its time limit: on time, warning (at least 80 %
// of the limit used), or overdue. Closed cases report whether they closed late.

#include <QDateTime>
#include <QString>

namespace griddesk {

enum class DeadlineStatus { None, OnTime, Warning, Overdue, ClosedOnTime, ClosedLate };

namespace deadlinestatus {

constexpr double kWarningFraction = 0.8;

DeadlineStatus evaluate(const QDateTime &start, const QDateTime &deadline, const QDateTime &closedAt,
                        bool open, const QDateTime &now);
QString code(DeadlineStatus s);
QString displayName(DeadlineStatus s); // translated

} // namespace deadlinestatus
} // namespace griddesk
