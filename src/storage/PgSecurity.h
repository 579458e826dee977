#pragma once
// Who may read and change what on a GridDesk server. Each person has their
// own database login (a member of the group role griddesk_user, and of
// griddesk_admin for administrators) and a row in gd_users with their role
// and scope: a grid, community or township code. Row-level security policies
// enforce the scope on the server itself, so a person connecting with psql
// under their own login sees and changes no more than in the console.
//
//   grid worker, community staff, centre staff: their scope's subtree
//   department handler: cases assigned to their department within the scope
//   leader: reads within the scope, writes nothing
//   administrator: everything, and reference data and users

#include <QSqlDatabase>
#include <QString>

namespace griddesk::pgsecurity {

// Group roles, grants, helper functions and policies (schema version 3).
void install(QSqlDatabase &db);

struct NewLogin {
    QString username;     // also the database login: [a-z][a-z0-9_]{2,39}
    QString displayName;
    QString role;         // a Role code other than "system"
    QString scopeCode;    // a unit code of this database (empty for administrators)
    QString department;   // department handlers only
    bool personalData = false;
    QString password;     // at least 10 characters
};

// Creates the login and its gd_users row in one transaction, run by the
// database owner. A login that exists already (the person works for another
// township on the same server) keeps its password; returns false then.
// Throws StoreError naming the field at fault.
bool addLogin(QSqlDatabase &db, const NewLogin &login);

} // namespace griddesk::pgsecurity
