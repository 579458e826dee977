#include "VisitClock.h"

namespace griddesk::visitclock {

DeadlineStatus status(const RegisterRecord &keyPerson, const QDate &today)
{
    if (keyPerson.kind != RegisterKind::KeyPersons)
        return DeadlineStatus::None;
    const QDate due = keyPerson.value(QStringLiteral("next_visit_due")).toDate();
    if (!due.isValid())
        return DeadlineStatus::None;
    const qint64 days = keyPerson.value(QStringLiteral("visit_days")).toLongLong();
    const QDate from = due.addDays(-(days > 0 ? days : kDefaultIntervalDays));
    // Whole days: the interval starts at the first day's beginning and ends with the due day.
    const QDateTime start(from, QTime(0, 0));
    const QDateTime deadline(due.addDays(1), QTime(0, 0));
    return deadlinestatus::evaluate(start, deadline, {}, true, QDateTime(today, QTime(12, 0)));
}

} // namespace griddesk::visitclock
