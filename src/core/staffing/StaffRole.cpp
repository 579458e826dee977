#include "StaffRole.h"

#include <QCoreApplication>

namespace griddesk::staffrole {

const QVector<StaffRole> &all()
{
    static const QVector<StaffRole> roles = {StaffRole::Manager, StaffRole::FullTime, StaffRole::PartTime};
    return roles;
}

QString code(StaffRole role)
{
    switch (role) {
    case StaffRole::Manager: return QStringLiteral("manager");
    case StaffRole::FullTime: return QStringLiteral("full_time");
    case StaffRole::PartTime: return QStringLiteral("part_time");
    }
    return {};
}

bool fromCode(const QString &value, StaffRole *role)
{
    for (StaffRole candidate : all())
        if (code(candidate) == value) {
            if (role)
                *role = candidate;
            return true;
        }
    return false;
}

QString displayName(StaffRole role)
{
    switch (role) {
    case StaffRole::Manager: return QCoreApplication::translate("StaffRole", "Grid manager");
    case StaffRole::FullTime: return QCoreApplication::translate("StaffRole", "Full-time grid worker");
    case StaffRole::PartTime: return QCoreApplication::translate("StaffRole", "Part-time grid worker");
    }
    return {};
}

} // namespace griddesk::staffrole
