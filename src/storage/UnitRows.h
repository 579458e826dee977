#pragma once
// Reading units and their versions from admin_units and unit_versions
// (both backends): the column lists and the row readers.

#include "AdminUnit.h"
#include "UnitVersion.h"

class QSqlDatabase;
class QSqlQuery;

namespace griddesk {

class SqlDialect;

namespace unitrows {

// fid, geom, code, parent_code, name, short_name, level, population
QString unitColumns(const SqlDialect &d);
AdminUnit readUnit(const QSqlQuery &q);

// The unit's columns (population NULL) and then version, valid_from,
// valid_to, change, related, justification, overridden, actor, recorded_at.
QString versionColumns(const SqlDialect &d);
UnitVersion readVersion(const QSqlQuery &q);

// Writes within the caller's transaction. recordVersion adds version
// `version` of a unit, current from `validFrom` (invalid: since records
// began); closeVersion ends the unit's current version the day before
// `validTo` and returns its number (0 when it had none).
void recordVersion(QSqlDatabase &db, const SqlDialect &d, const AdminUnit &u, int version, const QDate &validFrom,
                   UnitChange change, const QStringList &related, const QString &justification, int overridden,
                   const QString &actor);
int closeVersion(QSqlDatabase &db, const QString &code, const QDate &validTo);

} // namespace unitrows

} // namespace griddesk
