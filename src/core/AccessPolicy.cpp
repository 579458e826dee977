#include "AccessPolicy.h"

namespace griddesk::accesspolicy {

bool isAdministrator(const UserAccount &u)
{
    return u.active && u.role == Role::Administrator;
}

bool inScope(const UserAccount &u, const QString &grid, const QString &community, const QString &township)
{
    if (!u.active)
        return false;
    if (u.role == Role::Administrator)
        return true;
    return !u.scopeCode.isEmpty() && (u.scopeCode == grid || u.scopeCode == community || u.scopeCode == township);
}

bool canSee(const UserAccount &u, const Incident &i)
{
    if (!inScope(u, i.gridCode, i.communityCode, i.townshipCode))
        return false;
    if (u.role != Role::DepartmentHandler)
        return true;
    return i.leadDepartment == u.department || i.coDepartments.contains(u.department);
}

bool canWrite(const UserAccount &u)
{
    return u.active && u.role != Role::Leader && u.role != Role::System;
}

bool canWrite(const UserAccount &u, const Incident &i)
{
    return canWrite(u) && canSee(u, i);
}

} // namespace griddesk::accesspolicy
