#include "Role.h"

#include <QCoreApplication>

namespace griddesk::role {

const QVector<Role> &all()
{
    static const QVector<Role> roles = {Role::GridWorker, Role::CommunityStaff, Role::CentreStaff,
                                        Role::DepartmentHandler, Role::Leader, Role::Administrator, Role::System};
    return roles;
}

QString code(Role r)
{
    switch (r) {
    case Role::GridWorker: return QStringLiteral("grid_worker");
    case Role::CommunityStaff: return QStringLiteral("community_staff");
    case Role::CentreStaff: return QStringLiteral("centre_staff");
    case Role::DepartmentHandler: return QStringLiteral("department_handler");
    case Role::Leader: return QStringLiteral("leader");
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::System: return QStringLiteral("system");
    }
    return {};
}

bool fromCode(const QString &value, Role *r)
{
    for (Role candidate : all())
        if (code(candidate) == value) {
            if (r)
                *r = candidate;
            return true;
        }
    return false;
}

QString displayName(Role r)
{
    switch (r) {
    case Role::GridWorker: return QCoreApplication::translate("Role", "Grid worker");
    case Role::CommunityStaff: return QCoreApplication::translate("Role", "Community staff");
    case Role::CentreStaff: return QCoreApplication::translate("Role", "Centre staff");
    case Role::DepartmentHandler: return QCoreApplication::translate("Role", "Department handler");
    case Role::Leader: return QCoreApplication::translate("Role", "Leader");
    case Role::Administrator: return QCoreApplication::translate("Role", "Administrator");
    case Role::System: return QCoreApplication::translate("Role", "System");
    }
    return {};
}

} // namespace griddesk::role
