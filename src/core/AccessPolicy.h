#pragma once
// Who may see and change which records: the same rules the server's
// row-level security enforces, applied in core for local databases.
//   grid worker, community staff, centre staff: the subtree of their scope
//   department handler: cases of their department within their scope
//   leader: sees within the scope, changes nothing
//   administrator: everything

#include "Incident.h"
#include "UserAccount.h"

namespace griddesk::accesspolicy {

// A record located at a grid (with its community and township).
bool inScope(const UserAccount &u, const QString &gridCode, const QString &communityCode, const QString &townshipCode);
bool canSee(const UserAccount &u, const Incident &i);
// Reports, actions and visits; never for leaders.
bool canWrite(const UserAccount &u);
bool canWrite(const UserAccount &u, const Incident &i);
// Reference data, users and the audit log.
bool isAdministrator(const UserAccount &u);

} // namespace griddesk::accesspolicy
