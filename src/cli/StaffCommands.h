#pragma once
// griddesk-admin staff list|add|edit|retire|check|rule: the grid staff
// register, the grids that break the staffing rule, and the rule itself.

#include <QStringList>

namespace griddesk::cli {
// args[0] is "griddesk-admin staff"; returns an exit code.
int runStaff(const QStringList &args);
}
