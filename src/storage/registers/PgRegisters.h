#pragma once
// The registers on a PostgreSQL/PostGIS server (schema version 11): the
// tables of RegisterSchema with row-level security by grid (everyone reads
// the records of their own subtree; centre, community staff and grid
// workers keep them; leaders read), column privileges that never let a
// login read a raw ID number or phone (each has a generated masked copy),
// audit and change-feed triggers that leave personal data out, a check
// trigger that names the writer and takes the community and township (and
// a child row's grid) from the database instead of the client, and the
// audited two-step reveal of personal data.

class QSqlDatabase;
class QString;

namespace griddesk::pgregisters {

void install(QSqlDatabase &db);
// The generated masked copy of a personal column ("id_number_masked").
QString maskedColumn(const QString &column);

} // namespace griddesk::pgregisters
