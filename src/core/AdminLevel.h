#pragma once
// The levels of the grid hierarchy (district → township → community → grid),
// numbered as in the national statistical division tree.

#include <QString>

namespace griddesk {

enum class AdminLevel : int {
    District = 3,
    Township = 4,
    Community = 5,
    Grid = 6,
};

bool isValidAdminLevel(int value);
QString adminLevelName(AdminLevel level); // translated, for display
QString adminLevelCode(AdminLevel level); // "district", "township", "community" or "grid", for scripts

} // namespace griddesk
