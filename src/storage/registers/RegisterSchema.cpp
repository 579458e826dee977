#include "RegisterSchema.h"
#include "GpkgSchema.h"
#include "Migrations.h"
#include "SqlHelpers.h"

namespace griddesk::registerschema {

namespace {

// SQLite evaluates "x IN (three or more constants)" through a temporary
// table it builds afresh for every statement, which is for every row
// inserted; the same test written out as comparisons costs nothing.
QString codeCheck(const RegisterField &field, bool postgres)
{
    QStringList codes;
    for (const CodeOption &o : field.codes)
        codes << (postgres ? QString() : field.column + QStringLiteral(" = ")) + QLatin1Char('\'') + o.code + QLatin1Char('\'');
    if (postgres)
        return QStringLiteral(" CHECK (%1 IN (%2))").arg(field.column, codes.join(QStringLiteral(", ")));
    return QStringLiteral(" CHECK (%1)").arg(codes.join(QStringLiteral(" OR ")));
}

// Needed values are NOT NULL in the table too, except a resident's ID
// number (a foreign national's document may be missing from old lists only
// through a form that refuses it) and derived values.
bool notNull(const RegisterSpec &spec, const RegisterField &field)
{
    return field.required && !field.derived && !(spec.kind == RegisterKind::Residents && field.kind == FieldKind::IdNumber);
}

// A row that is not part of an import being written (%1: NEW or OLD).
QString importedRow()
{
    return QStringLiteral("(%1.import_batch IS NULL OR NOT EXISTS (SELECT 1 FROM register_imports b "
                          "WHERE b.fid = %1.import_batch AND b.status = 'writing'))");
}

} // namespace

QString columnType(const RegisterField &field, bool postgres)
{
    switch (field.kind) {
    case FieldKind::Date: return postgres ? QStringLiteral("date") : QStringLiteral("DATE");
    case FieldKind::Integer: return postgres ? QStringLiteral("bigint") : QStringLiteral("INTEGER");
    case FieldKind::Decimal: return postgres ? QStringLiteral("double precision") : QStringLiteral("REAL");
    case FieldKind::Reference:
        if (field.reference == RegisterKind::KeyPersons)
            return postgres ? QStringLiteral("bigint") : QStringLiteral("INTEGER");
        return postgres ? QStringLiteral("text") : QStringLiteral("TEXT");
    default: return postgres ? QStringLiteral("text") : QStringLiteral("TEXT");
    }
}

QString createTable(const RegisterSpec &spec, bool postgres)
{
    QStringList columns;
    columns << (postgres ? QStringLiteral("fid bigserial PRIMARY KEY")
                         : QStringLiteral("fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"));
    if (spec.hasGeometry()) {
        const bool point = spec.geometry == RegisterGeometry::Point;
        columns << (postgres ? QStringLiteral("geom geometry(%1, 4490)").arg(point ? QStringLiteral("Point") : QStringLiteral("Geometry"))
                             : QStringLiteral("geom %1").arg(point ? QStringLiteral("POINT") : QStringLiteral("GEOMETRY")));
    }
    for (const RegisterField &f : spec.fields) {
        QString c = f.column + QLatin1Char(' ') + columnType(f, postgres);
        if (notNull(spec, f))
            c += QStringLiteral(" NOT NULL");
        if (f.kind == FieldKind::Code)
            c += codeCheck(f, postgres);
        columns << c;
    }
    const QString text = postgres ? QStringLiteral("text") : QStringLiteral("TEXT");
    columns << QStringLiteral("grid_code %1 NOT NULL").arg(text) << QStringLiteral("community_code %1 NOT NULL").arg(text)
            << QStringLiteral("township_code %1 NOT NULL").arg(text)
            << QStringLiteral("import_batch %1").arg(postgres ? QStringLiteral("bigint") : QStringLiteral("INTEGER"))
            << QStringLiteral("updated_by %1 NOT NULL DEFAULT ''").arg(text)
            << QStringLiteral("row_version %1 NOT NULL DEFAULT 1").arg(postgres ? QStringLiteral("integer") : QStringLiteral("INTEGER"))
            << (postgres ? QStringLiteral("updated_at timestamptz NOT NULL DEFAULT now()")
                         : QStringLiteral("updated_at DATETIME NOT NULL"));
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(spec.table, columns.join(QStringLiteral(", ")));
}

QStringList indexes(const RegisterSpec &spec)
{
    QStringList out;
    out << QStringLiteral("CREATE INDEX %1_grid ON %1 (grid_code)").arg(spec.table)
        << QStringLiteral("CREATE INDEX %1_batch ON %1 (import_batch) WHERE import_batch IS NOT NULL").arg(spec.table);
    if (!spec.naturalKey.isEmpty())
        out << QStringLiteral("CREATE UNIQUE INDEX %1_key ON %1 (%2) WHERE %2 IS NOT NULL").arg(spec.table, spec.naturalKey);
    if (!spec.parentColumn.isEmpty())
        out << QStringLiteral("CREATE INDEX %1_parent ON %1 (%2)").arg(spec.table, spec.parentColumn);
    switch (spec.kind) {
    case RegisterKind::Residents:
        out << QStringLiteral("CREATE INDEX residents_house ON residents (house_no) WHERE house_no IS NOT NULL");
        break;
    case RegisterKind::KeyPersons:
        out << QStringLiteral("CREATE UNIQUE INDEX key_persons_person ON key_persons (id_number, person_kind)")
            << QStringLiteral("CREATE INDEX key_persons_due ON key_persons (next_visit_due)");
        break;
    case RegisterKind::DisputeParties:
        out << QStringLiteral("CREATE INDEX dispute_parties_person ON dispute_parties (id_number) WHERE id_number IS NOT NULL");
        break;
    case RegisterKind::Organisations:
        out << QStringLiteral("CREATE UNIQUE INDEX organisations_credit ON organisations (credit_code) WHERE credit_code IS NOT NULL");
        break;
    case RegisterKind::WorkLog:
        out << QStringLiteral("CREATE INDEX work_log_day ON work_log (worked_on, grid_code)");
        break;
    default:
        break;
    }
    return out;
}

QStringList supportTables(bool postgres)
{
    const QString id = postgres ? QStringLiteral("fid bigserial PRIMARY KEY")
                                : QStringLiteral("fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
    const QString big = postgres ? QStringLiteral("bigint") : QStringLiteral("INTEGER");
    const QString time = postgres ? QStringLiteral("timestamptz NOT NULL DEFAULT now()") : QStringLiteral("DATETIME NOT NULL");
    return {
        // One row per import: the file, how many rows it brought, who and when.
        QStringLiteral("CREATE TABLE register_imports (%1, register TEXT NOT NULL, file_name TEXT NOT NULL, "
                       "file_format TEXT NOT NULL, encoding TEXT NOT NULL DEFAULT '', rows_read %2 NOT NULL, "
                       "rows_imported %2 NOT NULL, rows_refused %2 NOT NULL, imported_by TEXT NOT NULL DEFAULT '', "
                       "imported_at %3, status TEXT NOT NULL DEFAULT 'writing' CHECK (status IN ('writing', 'done')))")
            .arg(id, big, time),
        // Cases a dispute or an organisation is linked to.
        QStringLiteral("CREATE TABLE register_incidents (%1, register TEXT NOT NULL CHECK (register IN ('disputes', "
                       "'organisations')), record_id %2 NOT NULL, incident_id %2 NOT NULL, grid_code TEXT NOT NULL, "
                       "updated_by TEXT NOT NULL DEFAULT '', updated_at %3, UNIQUE (register, record_id, incident_id))")
            .arg(id, big, time),
        QStringLiteral("CREATE INDEX register_incidents_incident ON register_incidents (incident_id)"),
    };
}

void installGpkg(QSqlDatabase &db)
{
    for (RegisterKind kind : registerkind::all()) {
        const RegisterSpec &spec = registercatalog::spec(kind);
        sql::execRaw(db, createTable(spec, false));
        for (const QString &statement : indexes(spec))
            sql::execRaw(db, statement);
        const QString description = QStringLiteral("Register: %1").arg(spec.table);
        if (spec.hasGeometry())
            gpkgschema::registerFeatureTable(db, spec.table, QStringLiteral("geom"),
                                             spec.geometry == RegisterGeometry::Point ? QStringLiteral("POINT")
                                                                                      : QStringLiteral("GEOMETRY"),
                                             spec.table, description);
        else
            gpkgschema::registerAttributesTable(db, spec.table, spec.table, description);
        // The rows of an import being written are recorded once, by the
        // import's own row in register_imports (file, counts, who, when),
        // which they name in import_batch; every later change is recorded
        // row by row.
        migrations::changeFeedTriggers(db, spec.table, importedRow());
        migrations::auditTriggers(db, spec.table, spec.personalColumns(), importedRow());
    }
    for (const QString &statement : supportTables(false))
        sql::execRaw(db, statement);
    for (const QString &table : {QStringLiteral("register_imports"), QStringLiteral("register_incidents")}) {
        gpkgschema::registerAttributesTable(db, table, table, QStringLiteral("Register: %1").arg(table));
        migrations::changeFeedTriggers(db, table);
        migrations::auditTriggers(db, table, {});
    }
}

} // namespace griddesk::registerschema
