#pragma once
// Schema version 8 on the server: the bulletins table and its defences.
//
//  - A login reads a bulletin when it is an administrator, or its scope is
//    the bulletin's township or one of the units the area covers, or lies
//    above one of them (gd_sees_bulletin).
//  - Only administrators and the township's own centre staff publish and
//    withdraw (gd_may_publish); leaders read.
//  - The server works out the units and the township from the area itself
//    (gd_bulletin_units), whatever the client sent, so an area reaching
//    into another township is refused by the policy.
//  - The row must name the login as publisher (or withdrawer); logins
//    cannot choose ids, and may change only the withdrawal columns.
//  - Audited (gd_audit) and fed (gd_feed) like every table; the change
//    feed's rows of a bulletin are visible only to those who see it.

#include <QSqlDatabase>

namespace griddesk::pgbulletins {

void install(QSqlDatabase &db);

} // namespace griddesk::pgbulletins
