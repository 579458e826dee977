#pragma once
// Schema version 9 on the server: grid versions, and grid editing by the
// township's centre staff, with its defences.
//
//  - unit_versions keeps every version of every unit. A login reads the
//    versions of the units it sees, and of the grids of the communities it
//    sees (retired ones included). It adds versions only for grids it may
//    edit, naming itself as actor, and may only close a current version
//    (set valid_to, once); nobody deletes or rewrites history.
//  - Centre staff edit the grids (level 6) of their own township
//    (gd_may_edit_grids); administrators edit every unit. A grid's code
//    must start with its community's, and a retired code is never used again.
//  - The server itself refuses, at commit, a grid saved by anyone but an
//    administrator that is not valid, sticks out of its community or
//    overlaps another grid (gd_grid_topology): only an administrator's
//    recorded justification lets a topology problem through.
//  - Audited (gd_audit) and fed (gd_feed) like every table.

#include <QSqlDatabase>

namespace griddesk::pggrids {

void install(QSqlDatabase &db);

} // namespace griddesk::pggrids
