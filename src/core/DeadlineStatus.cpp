#include "DeadlineStatus.h"

#include <QCoreApplication>

namespace griddesk::deadlinestatus {

DeadlineStatus evaluate(const QDateTime &start, const QDateTime &deadline, const QDateTime &closedAt,
                        bool open, const QDateTime &now)
{
    if (!deadline.isValid())
        return DeadlineStatus::None;
    if (!open) {
        if (!closedAt.isValid())
            return DeadlineStatus::None;
        return closedAt <= deadline ? DeadlineStatus::ClosedOnTime : DeadlineStatus::ClosedLate;
    }
    if (now > deadline)
        return DeadlineStatus::Overdue;
    if (start.isValid() && start < deadline) {
        const double used = double(start.msecsTo(now)) / double(start.msecsTo(deadline));
        if (used >= kWarningFraction)
            return DeadlineStatus::Warning;
    }
    return DeadlineStatus::OnTime;
}

QString code(DeadlineStatus s)
{
    switch (s) {
    case DeadlineStatus::None: return QStringLiteral("none");
    case DeadlineStatus::OnTime: return QStringLiteral("on_time");
    case DeadlineStatus::Warning: return QStringLiteral("warning");
    case DeadlineStatus::Overdue: return QStringLiteral("overdue");
    case DeadlineStatus::ClosedOnTime: return QStringLiteral("closed_on_time");
    case DeadlineStatus::ClosedLate: return QStringLiteral("closed_late");
    }
    return {};
}

QString displayName(DeadlineStatus s)
{
    switch (s) {
    case DeadlineStatus::None: return {};
    case DeadlineStatus::OnTime: return QCoreApplication::translate("DeadlineStatus", "On time");
    case DeadlineStatus::Warning: return QCoreApplication::translate("DeadlineStatus", "Due soon");
    case DeadlineStatus::Overdue: return QCoreApplication::translate("DeadlineStatus", "Overdue");
    case DeadlineStatus::ClosedOnTime: return QCoreApplication::translate("DeadlineStatus", "Closed on time");
    case DeadlineStatus::ClosedLate: return QCoreApplication::translate("DeadlineStatus", "Closed late");
    }
    return {};
}

} // namespace griddesk::deadlinestatus
