#pragma once
// Who acts on an incident. Permissions in the workflow are given per role.

#include <QString>
#include <QVector>

namespace griddesk {

enum class Role { GridWorker, CommunityStaff, CentreStaff, DepartmentHandler, Leader, Administrator, System };

namespace role {

const QVector<Role> &all();
QString code(Role r);
bool fromCode(const QString &code, Role *r);
QString displayName(Role r); // translated

} // namespace role
} // namespace griddesk
