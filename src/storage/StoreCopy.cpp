#include "StoreCopy.h"
#include "GpkgGeometry.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QCryptographicHash>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace griddesk {

namespace {

const QSet<QString> &booleanColumns()
{
    static const QSet<QString> columns = {QStringLiteral("online"), QStringLiteral("networked"),
                                          QStringLiteral("supervised"), QStringLiteral("active"),
                                          QStringLiteral("personal_data")};
    return columns;
}

bool isGeometry(const QString &column)
{
    return column == QLatin1String("geom");
}

QStringList columnsOf(Store &store, const QString &table)
{
    QStringList names;
    const QSqlRecord record = store.database().record(table);
    for (int i = 0; i < record.count(); ++i)
        if (!record.fieldName(i).endsWith(QLatin1String("_masked"))) // computed on the server from the real columns
            names << record.fieldName(i);
    if (names.isEmpty())
        throw StoreError(StoreError::Kind::NotADatabase,
                         StoreCopy::tr("%1 has no table %2").arg(store.location(), table));
    return names;
}

// The column that orders a table's rows: its id.
QString keyOf(const QString &table)
{
    if (table == QLatin1String("gd_meta"))
        return QStringLiteral("key");
    if (table == QLatin1String("audit_log"))
        return QStringLiteral("seq");
    return QStringLiteral("fid");
}

// A UTC time as text, with its fraction to the microsecond: at least
// milliseconds, and no zeros past them ("…:05.120Z", "…:05.123456Z").
// A server's times keep their microseconds through a copy, and a cut shows
// in the checksums.
const QRegularExpression &utcTime()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?Z$"));
    return re;
}

QString normalTime(const QString &text)
{
    const QRegularExpressionMatch m = utcTime().match(text);
    if (!m.hasMatch())
        return text;
    QString fraction = m.captured(2);
    while (fraction.size() > 3 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    while (fraction.size() < 3)
        fraction += QLatin1Char('0');
    return m.captured(1) + QLatin1Char('.') + fraction + QLatin1Char('Z');
}

// Columns of a server table that hold times: read as text, to the microsecond.
QSet<QString> serverTimes(Store &store, const QString &table)
{
    QSet<QString> out;
    if (!store.dialect().isPostgres())
        return out;
    QSqlQuery q = sql::exec(store.database(), QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                             "WHERE table_schema = 'public' AND table_name = ? "
                                                             "AND data_type LIKE 'timestamp%'"), {table});
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QString selectAll(Store &store, const QString &table, const QStringList &columns)
{
    const QSet<QString> times = serverTimes(store, table);
    QStringList expressions;
    for (const QString &c : columns) {
        if (isGeometry(c))
            expressions << store.dialect().geomRead(c);
        else if (times.contains(c))
            expressions << QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS %1").arg(c);
        else
            expressions << c;
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(expressions.join(QStringLiteral(", ")), table, keyOf(table));
}

// One value in a form both backends read back identically.
QByteArray canonical(const QString &column, const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("\\N");
    if (isGeometry(column)) {
        const QByteArray bytes = v.toByteArray();
        GeoPoint p;
        if (gpkggeometry::decodePoint(bytes, &p))
            return gpkggeometry::toWkb(gpkggeometry::encodePoint(p)).toHex();
        MultiPolygon mp;
        if (gpkggeometry::decodeMultiPolygon(bytes, &mp))
            return gpkggeometry::toWkb(gpkggeometry::encodeMultiPolygon(mp)).toHex();
        return bytes.toHex();
    }
    if (booleanColumns().contains(column))
        return v.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    switch (v.userType()) {
    case QMetaType::QDateTime:
        return sql::toDbTime(v.toDateTime()).toString().toUtf8();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QByteArray:
        return v.toByteArray().toHex();
    default:
        return normalTime(v.toString()).toUtf8();
    }
}

// A value read from one backend, ready to bind on the other.
QVariant forWriting(const SqlDialect &to, const QString &column, const QVariant &v)
{
    if (v.isNull())
        return v;
    if (isGeometry(column))
        return to.geometryValue(v);
    if (booleanColumns().contains(column))
        return v.toBool();
    if (v.userType() == QMetaType::QDateTime)
        return sql::toDbTime(v.toDateTime());
    if (v.userType() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.userType() == QMetaType::QString)
        return normalTime(v.toString());
    return v;
}

void resetSequence(Store &store, const QString &table)
{
    if (!store.dialect().isPostgres() || table == QLatin1String("gd_meta"))
        return;
    sql::exec(store.database(), QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                               "COALESCE((SELECT MAX(%2) FROM %1), 0) + 1, false)").arg(table, keyOf(table)));
}

// Every table read from one snapshot, so a copy of a database in use is
// consistent (no history row without its case).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Store &store)
        : m_db(store.database())
    {
        sql::execRaw(m_db, store.dialect().isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                                        : QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot() { QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase &m_db;
};

QVector<TableDigest> digestIn(Store &store)
{
    QVector<TableDigest> out;
    for (const QString &table : StoreCopy::tables()) {
        const QStringList columns = columnsOf(store, table);
        QStringList sorted = columns;
        sorted.sort(); // column order differs between backends
        QVector<int> order;
        for (const QString &c : sorted)
            order << int(columns.indexOf(c));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableDigest d;
        d.table = table;
        QSqlQuery q = sql::exec(store.database(), selectAll(store, table, columns));
        while (q.next()) {
            for (int i : order) {
                hash.addData(canonical(columns[i], q.value(i)));
                hash.addData("\x1f", 1);
            }
            hash.addData("\x1e", 1);
            ++d.rows;
        }
        d.checksum = QString::fromLatin1(hash.result().toHex());
        out.push_back(d);
    }
    return out;
}

} // namespace

const QStringList &StoreCopy::tables()
{
    static const QStringList list = {
        QStringLiteral("gd_meta"),          QStringLiteral("gd_users"),            QStringLiteral("incident_categories"), QStringLiteral("departments"),
        QStringLiteral("routing_rules"),    QStringLiteral("working_calendar"),    QStringLiteral("admin_units"),
        QStringLiteral("cameras"),          QStringLiteral("incidents"),           QStringLiteral("incident_history"),
        QStringLiteral("attachments"),      QStringLiteral("screening_visits"),    QStringLiteral("meetings"),
        QStringLiteral("agenda_items"),     QStringLiteral("meeting_tasks"),       QStringLiteral("bulletins"),
        QStringLiteral("unit_versions"),
        QStringLiteral("grid_staff"),       QStringLiteral("houses"),              QStringLiteral("residents"),
        QStringLiteral("disputes"),         QStringLiteral("dispute_parties"),     QStringLiteral("key_persons"),
        QStringLiteral("key_person_visits"), QStringLiteral("organisations"),      QStringLiteral("work_log"),
        QStringLiteral("register_imports"), QStringLiteral("register_incidents"),  QStringLiteral("audit_log")};
    return list;
}

CopyReport StoreCopy::copy(Store &from, Store &to)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 has schema version %2 but %3 has %4; migrate both to the same version first")
                             .arg(from.location())
                             .arg(from.schemaVersion())
                             .arg(to.location())
                             .arg(to.schemaVersion()));
    // The copy replaces the destination's audit log: it must not hold one
    // (nor people or a township) that would be lost.
    for (const QString &table : {QStringLiteral("admin_units"), QStringLiteral("incidents"), QStringLiteral("cameras"),
                                 QStringLiteral("gd_users"), QStringLiteral("audit_log")}) {
        QSqlQuery q = sql::exec(to.database(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (q.next() && q.value(0).toLongLong() > 0)
            throw StoreError(StoreError::Kind::Invalid,
                             tr("%1 already holds data (%2 is not empty); copy into a new database").arg(to.location(), table));
    }
    if (!from.dialect().isPostgres())
        from.sealPendingAudit();
    ReadSnapshot snapshot(from);
    CopyReport report;
    report.source = digestIn(from);
    sql::Transaction tx(to.database());
    // The copy is not a new history: the audit triggers stand still while the
    // source's own log is carried over verbatim, its hash chain intact.
    sql::exec(to.database(), QStringLiteral("DELETE FROM gd_meta WHERE key NOT IN ('schema_version')"));
    sql::exec(to.database(), QStringLiteral("INSERT INTO gd_meta (key, value) VALUES ('audit_paused', 'copy')"));
    sql::exec(to.database(), QStringLiteral("DELETE FROM audit_log"));
    // The destination's seeded reference data gives way to the source's.
    for (const QString &table : {QStringLiteral("routing_rules"), QStringLiteral("incident_categories"),
                                 QStringLiteral("departments"), QStringLiteral("working_calendar")})
        sql::exec(to.database(), QStringLiteral("DELETE FROM %1").arg(table));

    for (const QString &table : tables()) {
        const QStringList columns = columnsOf(from, table);
        const QStringList target = columnsOf(to, table);
        for (const QString &c : columns)
            if (!target.contains(c))
                throw StoreError(StoreError::Kind::Invalid, tr("%1 has no column %2.%3").arg(to.location(), table, c));
        QStringList marks;
        for (const QString &c : columns)
            marks << (isGeometry(c) ? to.dialect().geomParam() : QStringLiteral("?"));
        QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        if (table == QLatin1String("gd_meta"))
            insert += QStringLiteral(" ON CONFLICT (key) DO NOTHING");
        QSqlQuery rows = sql::exec(from.database(), selectAll(from, table, columns));
        QSqlQuery write(to.database());
        if (!write.prepare(insert))
            sql::fail(to.database(), insert, write.lastError());
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, forWriting(to.dialect(), columns[i], rows.value(i)));
            if (!write.exec())
                sql::fail(to.database(), insert, write.lastError());
        }
        resetSequence(to, table);
    }
    sql::exec(to.database(), QStringLiteral("DELETE FROM gd_meta WHERE key = 'audit_paused'"));
    report.copy = digestIn(to);
    QStringList differing;
    for (int i = 0; i < report.source.size(); ++i)
        if (i >= report.copy.size() || !(report.source[i] == report.copy[i]))
            differing << report.source[i].table;
    if (!differing.isEmpty())
        throw StoreError(StoreError::Kind::Io, tr("the copy differs from its source in %1; nothing was written to %2")
                                                   .arg(differing.join(QStringLiteral(", ")), to.location()));
    tx.commit();
    return report;
}

QVector<TableDigest> StoreCopy::digest(Store &store)
{
    ReadSnapshot snapshot(store);
    return digestIn(store);
}

} // namespace griddesk
