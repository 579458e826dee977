#include "UnitRows.h"
#include "GpkgGeometry.h"
#include "SqlDialect.h"
#include "SqlHelpers.h"

#include <QDateTime>
#include <QSqlQuery>

namespace griddesk::unitrows {

namespace {

// An empty text, not NULL, for the NOT NULL text columns.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QString unitColumns(const SqlDialect &d)
{
    return QStringLiteral("fid, %1, code, parent_code, name, short_name, level, population").arg(d.geomRead());
}

AdminUnit readUnit(const QSqlQuery &q)
{
    AdminUnit u;
    u.id = q.value(0).toLongLong();
    gpkggeometry::decodeMultiPolygon(q.value(1).toByteArray(), &u.geometry);
    u.code = q.value(2).toString();
    u.parentCode = q.value(3).toString();
    u.name = q.value(4).toString();
    u.shortName = q.value(5).toString();
    u.level = static_cast<AdminLevel>(q.value(6).toInt());
    u.population = q.value(7).toLongLong(); // NULL: not known (0)
    return u;
}

QString versionColumns(const SqlDialect &d)
{
    return QStringLiteral("fid, %1, code, parent_code, name, short_name, level, NULL, version, valid_from, valid_to, "
                          "change, related, justification, overridden, actor, recorded_at")
        .arg(d.geomRead());
}

UnitVersion readVersion(const QSqlQuery &q)
{
    UnitVersion v;
    v.unit = readUnit(q);
    v.version = q.value(8).toInt();
    v.validFrom = q.value(9).isNull() ? QDate() : q.value(9).toDate();
    v.validTo = q.value(10).isNull() ? QDate() : q.value(10).toDate();
    unitChangeFromCode(q.value(11).toString(), &v.change);
    const QString related = q.value(12).toString();
    v.related = related.isEmpty() ? QStringList() : related.split(QLatin1Char(','));
    v.justification = q.value(13).toString();
    v.overriddenProblems = q.value(14).toInt();
    v.actor = q.value(15).toString();
    v.recordedAt = sql::fromDbTime(q.value(16));
    return v;
}

void recordVersion(QSqlDatabase &db, const SqlDialect &d, const AdminUnit &u, int version, const QDate &validFrom,
                   UnitChange change, const QStringList &related, const QString &justification, int overridden,
                   const QString &actor)
{
    // On a server the row's time is the server's own (logins cannot set it).
    const bool local = !d.isPostgres();
    QVector<QVariant> row = {u.geometry.isEmpty() ? QVariant() : d.multiPolygon(u.geometry), u.code, version,
                             u.parentCode.isEmpty() ? QVariant() : QVariant(u.parentCode), u.name,
                             u.shortName.isEmpty() ? u.name : u.shortName, int(u.level),
                             validFrom.isValid() ? QVariant(validFrom) : QVariant(), unitChangeCode(change),
                             nonNull(related.join(QLatin1Char(','))), nonNull(justification), overridden, nonNull(actor)};
    if (local)
        row << sql::toDbTime(QDateTime::currentDateTimeUtc());
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "INSERT INTO unit_versions (geom, code, version, parent_code, name, short_name, level, valid_from, change, "
        "related, justification, overridden, actor%1) VALUES (%2, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%3)")
                                .arg(local ? QStringLiteral(", recorded_at") : QString(), d.geomParam(),
                                     local ? QStringLiteral(", ?") : QString()),
                            row);
    sql::expectAffected(q, 1, QStringLiteral("record version %1 of unit %2").arg(version).arg(u.code));
}

int closeVersion(QSqlDatabase &db, const QString &code, const QDate &validTo)
{
    QSqlQuery current = sql::exec(db, QStringLiteral("SELECT version FROM unit_versions WHERE code = ? AND valid_to IS NULL"),
                                  {code});
    if (!current.next())
        return 0;
    const int version = current.value(0).toInt();
    current.finish();
    QSqlQuery q = sql::exec(db, QStringLiteral("UPDATE unit_versions SET valid_to = ? WHERE code = ? AND version = ?"),
                            {QVariant(validTo), code, version});
    sql::expectAffected(q, 1, QStringLiteral("close version %1 of unit %2").arg(version).arg(code));
    return version;
}

} // namespace griddesk::unitrows
