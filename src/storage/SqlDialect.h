#pragma once
// What differs between the two SQL backends of the Store: how geometry is
// written and read, how a new row's id comes back, and how a point finds the
// grids whose bounding box holds it. Everything else is shared SQL.

#include "GeoTypes.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

namespace griddesk {

class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // A geometry column as a SELECT expression whose value decodes with gpkggeometry.
    QString geomRead(const QString &column = QStringLiteral("geom")) const;
    // The placeholder a geometry value binds to.
    QString geomParam() const;
    QVariant point(const GeoPoint &p) const;
    QVariant multiPolygon(const MultiPolygon &mp) const;
    // Turns a value read with geomRead() into what geomParam() takes.
    QVariant geometryValue(const QVariant &read) const;

    // Runs an INSERT and returns the new row's fid.
    qint64 insert(QSqlDatabase &db, const QString &statement, const QVector<QVariant> &values,
                  const QString &what) const;

    // SQL selecting the fids of units whose bounding box holds a point, and
    // the values it binds.
    QString gridCandidates() const;
    QVector<QVariant> gridCandidateValues(const GeoPoint &p) const;
    // A time column as a SELECT expression in the stored text form
    // (2026-11-26T08:30:00.000Z), which sql::fromDbTime reads fast: the
    // server's driver would turn each timestamp into a local QDateTime, at a
    // time-zone lookup each, which dominates reading tens of thousands.
    QString timeRead(const QString &column) const;
    // A text or time column as a SELECT expression for reading many rows,
    // read back with sql::fromDbText or sql::fromDbTime. On SQLite, its UTF-8
    // bytes: Qt's driver asks SQLite for UTF-16, whose conversion costs more
    // than the query itself over tens of thousands of rows. On the server,
    // text as it is, and times as milliseconds since 1970.
    QString bulkText(const QString &column) const;
    QString bulkTime(const QString &column) const;
    // A condition that `column` is one of many ids bound as one value (JSON
    // for SQLite's json_each, an array for PostgreSQL), and that value: one
    // statement whatever the number of ids.
    QString inIdList(const QString &column) const;
    QVariant idList(const QVector<qint64> &ids) const;
    // " FOR UPDATE" where concurrent writers need the row locked.
    QString rowLock() const;
    // An index hint where the backend takes one.
    QString indexedBy(const QString &index) const;

private:
    Kind m_kind;
};

} // namespace griddesk
