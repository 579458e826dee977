#pragma once
// The working-day calendar shipped with GridDesk (resources/calendar), used to
// seed a new database's working_calendar table.

#include <QString>

namespace griddesk::builtincalendar {

// The CSV text of the shipped calendar.
QString text();

} // namespace griddesk::builtincalendar
