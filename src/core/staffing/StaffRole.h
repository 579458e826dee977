#pragma once
// The roles of a grid's staff (网格员配备): the manager (网格长) and the
// assistants, full-time (专职网格员) or part-time (兼职网格员). Stored as codes.

#include <QString>
#include <QVector>

namespace griddesk {

enum class StaffRole { Manager, FullTime, PartTime };

namespace staffrole {
const QVector<StaffRole> &all();
QString code(StaffRole role); // manager, full_time, part_time
bool fromCode(const QString &code, StaffRole *role);
QString displayName(StaffRole role); // translated
// Full-time and part-time grid workers are the grid's assistants.
inline bool isAssistant(StaffRole role) { return role != StaffRole::Manager; }
} // namespace staffrole

} // namespace griddesk
