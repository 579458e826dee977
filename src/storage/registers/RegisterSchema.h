#pragma once
// The register tables (RegisterSpec) as each backend declares them: one
// column per field, the common columns, code lists as CHECK constraints,
// and the indexes both share (grid, natural key, parent). The import
// batches table says which file each imported row came from.

#include "RegisterSpec.h"

#include <QStringList>

class QSqlDatabase;

namespace griddesk::registerschema {

// SQL type of a field's column.
QString columnType(const RegisterField &field, bool postgres);
// The CREATE TABLE of a register.
QString createTable(const RegisterSpec &spec, bool postgres);
// Indexes, the same statements on both backends.
QStringList indexes(const RegisterSpec &spec);
// The import batches table and the links from disputes and organisations to cases.
QStringList supportTables(bool postgres);

// GeoPackage: every register table with its indexes, GeoPackage
// registration (feature tables for the located ones), change feed and
// audit triggers that leave personal columns out (schema version 11).
void installGpkg(QSqlDatabase &db);

} // namespace griddesk::registerschema
