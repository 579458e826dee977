#pragma once
// Where GridDesk keeps its data by default.

#include <QString>

namespace griddesk::storepaths {

// The demo database that the console opens when no other is given.
QString defaultDatabase();

} // namespace griddesk::storepaths
