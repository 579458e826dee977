#include "SqlDialect.h"
#include "GpkgGeometry.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

namespace griddesk {

QString SqlDialect::geomRead(const QString &column) const
{
    return isPostgres() ? QStringLiteral("ST_AsBinary(%1)").arg(column) : column;
}

QString SqlDialect::geomParam() const
{
    return isPostgres() ? QStringLiteral("ST_GeomFromWKB(?, %1)").arg(gpkggeometry::kSrsId) : QStringLiteral("?");
}

QVariant SqlDialect::point(const GeoPoint &p) const
{
    const QByteArray blob = gpkggeometry::encodePoint(p);
    return isPostgres() ? gpkggeometry::toWkb(blob) : blob;
}

QVariant SqlDialect::multiPolygon(const MultiPolygon &mp) const
{
    if (mp.isEmpty())
        return QVariant();
    const QByteArray blob = gpkggeometry::encodeMultiPolygon(mp);
    return isPostgres() ? gpkggeometry::toWkb(blob) : blob;
}

QVariant SqlDialect::geometryValue(const QVariant &read) const
{
    if (read.isNull())
        return QVariant();
    const QByteArray bytes = read.toByteArray();
    if (isPostgres())
        return gpkggeometry::toWkb(bytes);
    if (!bytes.startsWith("GP")) { // WKB from the server: give it a GeoPackage header
        GeoPoint p;
        if (gpkggeometry::decodePoint(bytes, &p))
            return gpkggeometry::encodePoint(p);
        // Any other geometry (a house's footprint polygon) as it is.
        const QByteArray blob = gpkggeometry::fromWkb(bytes);
        if (!blob.isEmpty())
            return blob;
    }
    return bytes;
}

qint64 SqlDialect::insert(QSqlDatabase &db, const QString &statement, const QVector<QVariant> &values,
                          const QString &what) const
{
    if (isPostgres()) {
        QSqlQuery q = sql::exec(db, statement + QStringLiteral(" RETURNING fid"), values);
        if (!q.next())
            sql::expectAffected(q, 1, what);
        return q.value(0).toLongLong();
    }
    QSqlQuery q = sql::exec(db, statement, values);
    sql::expectAffected(q, 1, what);
    return q.lastInsertId().toLongLong();
}

QString SqlDialect::gridCandidates() const
{
    if (isPostgres())
        return QStringLiteral("SELECT fid FROM admin_units WHERE geom && ST_SetSRID(ST_MakePoint(?, ?), %1)")
            .arg(gpkggeometry::kSrsId);
    return QStringLiteral("SELECT id FROM rtree_admin_units_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?");
}

QVector<QVariant> SqlDialect::gridCandidateValues(const GeoPoint &p) const
{
    if (isPostgres())
        return {p.x, p.y};
    return {p.x, p.x, p.y, p.y};
}

QString SqlDialect::timeRead(const QString &column) const
{
    return isPostgres() ? QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(column)
                        : column;
}

QString SqlDialect::bulkText(const QString &column) const
{
    return isPostgres() ? column : QStringLiteral("CAST(%1 AS BLOB)").arg(column);
}

QString SqlDialect::bulkTime(const QString &column) const
{
    // The server's to_char costs several times the milliseconds since 1970.
    return isPostgres() ? QStringLiteral("(date_part('epoch', %1) * 1000)::int8").arg(column) : bulkText(column);
}

QString SqlDialect::inIdList(const QString &column) const
{
    return isPostgres() ? QStringLiteral("%1 = ANY (?::bigint[])").arg(column)
                        : QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
}

QVariant SqlDialect::idList(const QVector<qint64> &ids) const
{
    QString text;
    text.reserve(ids.size() * 8 + 2);
    text += isPostgres() ? QLatin1Char('{') : QLatin1Char('[');
    for (int i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += QString::number(ids[i]);
    }
    text += isPostgres() ? QLatin1Char('}') : QLatin1Char(']');
    return text;
}

QString SqlDialect::rowLock() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::indexedBy(const QString &index) const
{
    return isPostgres() ? QString() : QStringLiteral(" INDEXED BY ") + index;
}

} // namespace griddesk
