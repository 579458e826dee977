#pragma once
// The server's row-level security, read at the cost of an index.
//
// The policies of versions 3 to 11 call a function per row (gd_sees_unit,
// gd_sees_incident, gd_register_sees, ...). Each call looks the person up
// again (gd_me) and walks the unit tree for the row's code: about 0.25 ms a
// row, so a township's 2,000 houses took half a second to count and a
// city's registers would take minutes.
//
// Here the same rules are written so that the person's part is worked out
// once per statement: their role, scope and department as scalar
// sub-selects, and the codes in their area as one set that PostgreSQL
// hashes (gd_scope_codes: the scope itself and every unit whose parent or
// grandparent it is; gd_scope_chain: the scope, its parent and
// grandparent). A row is then matched by its codes alone.
//
// Each rule is exactly the one it replaces (test_scopes, test_pgschema,
// test_registerstore_pg and test_staffstore_pg check who sees what):
//  - a unit:        the scope is in its chain, or it is in the scope's chain;
//  - a camera:      the scope is its grid, community or township;
//  - a case:        as a camera, and a department handler's only when their
//                   department leads, co-handles or once handled it;
//  - a register row, a staff member: the scope is in the chain of its
//                   grid, or of the community its grid code names;
//  - a screening visit: the scope is in its grid's chain;
//  - a grid version: as a camera for a grid, as a unit otherwise;
//  - a meeting task: as a unit, and a department handler's own only.
// The write policies that check one row at a time are left as they were,
// except the registers' (an import writes thousands of rows a statement).

#include <QSqlDatabase>

namespace griddesk::pgscopesets {

void install(QSqlDatabase &db);

} // namespace griddesk::pgscopesets
