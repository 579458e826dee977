#pragma once
// A person who signs in: their role, the unit whose subtree they work in,
// their department (handlers) and whether they may see personal data.

#include "Role.h"

#include <QString>

namespace griddesk {

struct UserAccount {
    QString username;
    QString displayName;
    Role role = Role::GridWorker;
    QString scopeCode;   // a grid, community or township code; empty for administrators
    QString department;  // department handlers
    bool personalData = false;
    bool active = true;
};

} // namespace griddesk
