#pragma once
// Where a key person stands against their next visit, by the cases' own
// deadline rule (DeadlineStatus): on time, warning once 80 % of the visit
// interval has gone, overdue after the due day. The interval runs from the
// due day less the person's visit interval (30 days when not set) to the
// end of the due day.

#include "DeadlineStatus.h"
#include "RegisterRecord.h"

#include <QDate>

namespace griddesk::visitclock {

constexpr int kDefaultIntervalDays = 30;

// None for a person who is not a key person or has no due day.
DeadlineStatus status(const RegisterRecord &keyPerson, const QDate &today);

} // namespace griddesk::visitclock
