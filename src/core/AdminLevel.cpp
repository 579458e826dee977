#include "AdminLevel.h"

#include <QCoreApplication>

namespace griddesk {

bool isValidAdminLevel(int value)
{
    return value >= static_cast<int>(AdminLevel::District) && value <= static_cast<int>(AdminLevel::Grid);
}

QString adminLevelName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::District: return QCoreApplication::translate("AdminLevel", "District");
    case AdminLevel::Township: return QCoreApplication::translate("AdminLevel", "Township");
    case AdminLevel::Community: return QCoreApplication::translate("AdminLevel", "Community");
    case AdminLevel::Grid: return QCoreApplication::translate("AdminLevel", "Grid");
    }
    return {};
}

QString adminLevelCode(AdminLevel level)
{
    switch (level) {
    case AdminLevel::District: return QStringLiteral("district");
    case AdminLevel::Township: return QStringLiteral("township");
    case AdminLevel::Community: return QStringLiteral("community");
    case AdminLevel::Grid: return QStringLiteral("grid");
    }
    return {};
}

} // namespace griddesk
