#include "RegisterRows.h"
#include "Compat.h"
#include "GpkgGeometry.h"
#include "PgRegisters.h"
#include "RegisterValidator.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

namespace griddesk::registerrows {

QString selectList(const RegisterSpec &spec, const SqlDialect &d)
{
    QStringList c{QStringLiteral("fid")};
    if (spec.hasGeometry())
        c << d.geomRead();
    for (const RegisterField &f : spec.fields)
        c << (f.personal && d.isPostgres() ? pgregisters::maskedColumn(f.column) : f.column);
    c << QStringLiteral("grid_code") << QStringLiteral("community_code") << QStringLiteral("township_code")
      << QStringLiteral("import_batch") << QStringLiteral("updated_by") << QStringLiteral("row_version")
      << d.timeRead(QStringLiteral("updated_at"));
    return c.join(QStringLiteral(", "));
}

RegisterRecord read(const RegisterSpec &spec, const QSqlQuery &q, const SqlDialect &)
{
    RegisterRecord r = RegisterRecord::blank(spec.kind);
    int i = 0;
    r.id = q.value(i++).toLongLong();
    if (spec.hasGeometry()) {
        const QByteArray blob = q.value(i++).toByteArray();
        GeoPoint p;
        if (gpkggeometry::decodePoint(blob, &p)) {
            r.location = p;
        } else if ((r.location = gpkggeometry::placeOf(blob))) {
            r.footprint = gpkggeometry::toWkb(blob);
        }
    }
    for (int f = 0; f < spec.fields.size(); ++f, ++i) {
        const RegisterField &field = spec.fields[f];
        const QVariant v = q.value(i);
        if (v.isNull())
            continue;
        switch (field.kind) {
        case FieldKind::Date: r.values[f] = QDate::fromString(v.toString().left(10), Qt::ISODate); break;
        case FieldKind::Integer: r.values[f] = v.toLongLong(); break;
        case FieldKind::Decimal: r.values[f] = v.toDouble(); break;
        case FieldKind::Reference:
            r.values[f] = field.reference == RegisterKind::KeyPersons ? QVariant(v.toLongLong()) : QVariant(v.toString());
            break;
        default:
            r.values[f] = field.personal ? registervalidator::masked(field, v.toString()) : v.toString();
        }
    }
    r.gridCode = q.value(i++).toString();
    r.communityCode = q.value(i++).toString();
    r.townshipCode = q.value(i++).toString();
    r.importBatch = q.value(i++).toLongLong();
    r.updatedBy = q.value(i++).toString();
    r.rowVersion = q.value(i++).toInt();
    r.updatedAt = sql::fromDbTime(q.value(i++));
    return r;
}

QString insertStatement(const RegisterSpec &spec, const SqlDialect &d, int rows)
{
    QStringList columns, marks;
    if (spec.hasGeometry()) {
        columns << QStringLiteral("geom");
        marks << d.geomParam();
    }
    for (const RegisterField &f : spec.fields) {
        columns << f.column;
        marks << QStringLiteral("?");
    }
    columns << QStringLiteral("grid_code") << QStringLiteral("import_batch");
    // A server takes the community, township, writer and time itself.
    if (!d.isPostgres())
        columns << QStringLiteral("community_code") << QStringLiteral("township_code") << QStringLiteral("updated_by")
                << QStringLiteral("updated_at");
    while (marks.size() < columns.size())
        marks << QStringLiteral("?");
    const QString tuple = QStringLiteral("(%1)").arg(marks.join(QStringLiteral(", ")));
    QStringList tuples;
    for (int i = 0; i < rows; ++i)
        tuples << tuple;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(spec.table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")));
}

bool isoDate(const QDate &d, char out[10])
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 1000 || y > 9999)
        return false;
    const auto digits = [&out](int at, int v, int n) {
        for (int i = n - 1; i >= 0; --i, v /= 10)
            out[at + i] = char('0' + v % 10);
    };
    digits(0, y, 4);
    out[4] = '-';
    digits(5, m, 2);
    out[7] = '-';
    digits(8, day, 2);
    return true;
}

QString isoDate(const QDate &d)
{
    char text[10];
    return isoDate(d, text) ? QString::fromLatin1(text, 10) : d.toString(Qt::ISODate);
}

QVariant bind(const RegisterField &field, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QVariant();
    if (field.kind == FieldKind::Date)
        return isoDate(value.toDate());
    return value;
}

QVariant geometry(const RegisterRecord &r, const SqlDialect &d)
{
    if (!r.footprint.isEmpty())
        return d.isPostgres() ? QVariant(r.footprint) : QVariant(gpkggeometry::fromWkb(r.footprint));
    if (r.location)
        return d.point(*r.location);
    return d.isPostgres() ? QVariant(QByteArray()) : QVariant();
}

QVector<QVariant> insertValues(const RegisterRecord &r, const SqlDialect &d, const QString &actor, const QVariant &now)
{
    const RegisterSpec &spec = registercatalog::spec(r.kind);
    QVector<QVariant> v;
    v.reserve(spec.fields.size() + 8);
    if (spec.hasGeometry())
        v << geometry(r, d);
    for (int i = 0; i < spec.fields.size(); ++i)
        v << bind(spec.fields[i], i < r.values.size() ? r.values[i] : QVariant());
    v << r.gridCode << (r.importBatch > 0 ? QVariant(r.importBatch) : QVariant());
    if (!d.isPostgres())
        v << r.communityCode << r.townshipCode << actor << now;
    return v;
}

} // namespace griddesk::registerrows
