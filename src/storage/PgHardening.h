#pragma once
// Schema version 4 on the server: closes the ways a login could get around
// the rules of version 3.
//
//  - Reveals of personal data need a committed request (a subtransaction's
//    request does not count).
//  - No login can stall the others: no advisory locks, no table-level locks
//    beyond what reading and inserting take, and a blocked writer can end a
//    session that has held a writing transaction open for more than a few
//    seconds (gd_release_stalls).
//  - Connecting needs an active gd_users row in this database.
//  - Logins cannot choose ids, case numbers follow the day's numeric
//    sequence, and the server records who acted and where a case lies.
//  - Trigger and owner-rights functions are not executable by PUBLIC.

#include <QSqlDatabase>

namespace griddesk::pghardening {

void install(QSqlDatabase &db);

// Seconds a writing transaction may stay open before a blocked writer may end it.
constexpr int kStallGraceSeconds = 5;

} // namespace griddesk::pghardening
