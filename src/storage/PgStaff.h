#pragma once
// Schema version 10 on the server: the grid staff register and its defences.
//
//  - A login reads the staff of the grids in its scope's subtree (a grid
//    worker their own grid, community staff their community's grids,
//    centre staff their township's), as for cases; administrators all. A
//    retired grid's people stay in sight through the community its code
//    names (gd_staff_sees).
//  - Administrators, and centre and community staff within their scope,
//    add, change and retire staff; nobody deletes a row. A row may not be
//    moved out of the writer's scope.
//  - The raw phone number is not readable: logins read phone_masked, and
//    gd_reveal_staff_phone() returns the number after an audited,
//    committed request (gd_request_staff_reveal), as for reporters.
//  - The server checks that the grid exists and that a linked login's
//    scope is that grid, and names the login that wrote the row.
//  - Audited without the phone (gd_audit_staff) and fed (gd_feed); the
//    change feed's rows of a staff member are visible only to those who see it.

#include <QSqlDatabase>

namespace griddesk::pgstaff {

void install(QSqlDatabase &db);

} // namespace griddesk::pgstaff
