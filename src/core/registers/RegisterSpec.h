#pragma once
// What a register holds: its table, its fields in display order, its
// geometry (none, points, or points and footprints), its natural key (the
// field other files refer to it by) and its text search fields. Every
// register table also has the common columns: fid, grid_code,
// community_code, township_code, import_batch, updated_by, row_version and
// updated_at; geometry tables a geom column in EPSG:4490.

#include "RegisterField.h"

namespace griddesk {

enum class RegisterGeometry { None, Point, PointOrFootprint };

struct RegisterSpec {
    RegisterKind kind = RegisterKind::Residents;
    QString table;
    RegisterGeometry geometry = RegisterGeometry::None;
    QVector<RegisterField> fields;
    QString naturalKey;         // column; empty: records are known by id only
    QStringList searchColumns;  // searched by the list docks' text filter
    // The register whose record a row belongs to (visits of a key person,
    // parties of a dispute): the row takes its grid from it.
    QString parentColumn;

    int indexOf(const QString &column) const;
    const RegisterField *field(const QString &column) const;
    QStringList columns() const;
    QStringList personalColumns() const;
    bool hasGeometry() const { return geometry != RegisterGeometry::None; }
};

namespace registercatalog {

const RegisterSpec &spec(RegisterKind kind);
// The columns every register table has besides its fields.
const QStringList &commonColumns();

} // namespace registercatalog
} // namespace griddesk
