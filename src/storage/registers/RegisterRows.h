#pragma once
// Register rows between SQL and RegisterRecord, the same for the store, the
// import and the export: the SELECT list (a server gives logins only the
// masked copies of personal columns), reading a row, and the INSERT of a
// record with the values bound in their stored types.

#include "RegisterRecord.h"
#include "SqlDialect.h"

class QSqlQuery;

namespace griddesk::registerrows {

// fid, geom (when located), the fields, then the common columns.
QString selectList(const RegisterSpec &spec, const SqlDialect &d);
// A row read with selectList(); personal values come back masked.
RegisterRecord read(const RegisterSpec &spec, const QSqlQuery &q, const SqlDialect &d);

// INSERT of every field, the geometry, grid and import batch; on a
// GeoPackage also the community, township, updated_by and updated_at (a
// server sets those itself). Values in that order from insertValues(),
// `rows` times over for a multi-row INSERT.
QString insertStatement(const RegisterSpec &spec, const SqlDialect &d, int rows = 1);
QVector<QVariant> insertValues(const RegisterRecord &r, const SqlDialect &d, const QString &actor, const QVariant &now);

// YYYY-MM-DD, as QDate::toString(Qt::ISODate) gives it, without its
// general formatting machinery (an import writes a million of these).
QString isoDate(const QDate &d);
// The same ten ASCII characters into `out`, for a year of four digits;
// false (and `out` untouched) for any other year.
bool isoDate(const QDate &d, char out[10]);
// A field value as bound: dates as ISO text, null as NULL.
QVariant bind(const RegisterField &field, const QVariant &value);
// The geometry of a record as bound (a footprint when it has one, else its point); NULL when it has neither.
QVariant geometry(const RegisterRecord &r, const SqlDialect &d);

} // namespace griddesk::registerrows
