#include "KpiBulkLoad.h"
#include "GpkgGeometry.h"
#include "GpkgStore.h"
#include "IncidentState.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgStore.h"
#include "Satisfaction.h"
#include "SqliteHandle.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace griddesk::bench {

namespace {

const char *const kTables[] = { "incidents", "incident_history", "screening_visits" };

// One value of a row: NULL, UTF-8 text, an integer or a blob.
struct Cell {
    enum Kind { Null, Text, Int, Blob } kind = Null;
    QByteArray bytes;
    qint64 number = 0;
};

Cell text(const QString &s)
{
    return { Cell::Text, s.toUtf8(), 0 };
}
Cell integer(qint64 v)
{
    return { Cell::Int, {}, v };
}

// "2026-11-26T08:30:00.000Z" (the store's stored form), without QDateTime's
// formatter, which would dominate building millions of rows.
Cell time(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const qint64 ms = t.toMSecsSinceEpoch();
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const qint64 inDay = ms - days * 86400000;
    // Civil date from days since 1970-01-01 (H. Hinnant).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day, int(inDay / 3600000),
        int(inDay / 60000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
    return { Cell::Text, QByteArray(buffer), 0 };
}

const char *const kCaseColumns
    = "fid, geom, code, category_code, title, description, address, reporter, parties, source, state, reported_at, "
      "deadline_at, closed_at, grid_code, community_code, township_code, level, lead_department, co_departments, "
      "supervised, satisfaction, accepted_at, node_started_at, node_deadline_at, due_at, warn_at, last_action_at, "
      "last_escalated_at, rework_count, escalations, master_id, row_version, updated_at";
const char *const kHistoryColumns
    = "incident_id, action, actor, at, state_before, state_after, note, role, department, "
      "departments, satisfaction, master_id";
const char *const kScreeningColumns = "grid_code, visited_at, iso_week, worker, findings";

QVector<Cell> caseRow(const BenchCase &c, bool server)
{
    const CaseState &s = c.state;
    Cell geom;
    if (server)
        geom = { Cell::Text,
            QByteArray("SRID=4490;POINT(") + QByteArray::number(c.location.x, 'f', 7) + ' '
                + QByteArray::number(c.location.y, 'f', 7) + ')',
            0 };
    else
        geom = { Cell::Blob, gpkggeometry::encodePoint(c.location), 0 };
    return { integer(c.fid), geom, text(c.code), text(c.categoryCode), text(c.title),
        text(c.title + QStringLiteral("，地点位于") + c.address), text(c.address), text(QString()), text(QString()),
        text(incidentsource::code(c.source)), text(incidentstate::code(s.state)), time(s.reportedAt),
        time(c.deadlineAt), time(s.closedAt), text(c.grid->code), text(c.communityCode), text(c.townshipCode),
        integer(int(s.level)), text(s.leadDepartment), text(s.coDepartments.join(QLatin1Char(';'))),
        integer(s.supervised ? 1 : 0), text(s.satisfaction ? satisfaction::code(*s.satisfaction) : QString()),
        time(s.acceptedAt), time(s.nodeStartedAt), time(c.nodeDeadlineAt), time(c.dueAt), time(c.warnAt),
        time(s.lastActionAt), time(s.lastEscalatedAt), integer(s.reworkCount), integer(s.escalations),
        s.masterId > 0 ? integer(s.masterId) : Cell(), integer(1), time(s.lastActionAt) };
}

QVector<Cell> historyRow(qint64 incident, const BenchStep &h)
{
    return { integer(incident), text(incidentaction::code(h.action)), text(h.actor), time(h.at),
        h.before ? text(incidentstate::code(*h.before)) : Cell(), text(incidentstate::code(h.after)), text(h.note),
        text(role::code(h.role)), text(h.department), text(QString()), text(h.satisfaction),
        h.masterId > 0 ? integer(h.masterId) : Cell() };
}

QVector<Cell> screeningRow(const BenchScreening &s)
{
    return { text(s.gridCode), time(s.visitedAt), text(s.isoWeek), text(s.worker),
        text(QStringLiteral("未发现矛盾纠纷")) };
}

[[noreturn]] void fail(const QString &what, const QString &why)
{
    throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: %2").arg(what, why));
}

// --- GeoPackage --------------------------------------------------------------

void sqliteExec(sqlite3 *db, const QByteArray &statement)
{
    char *message = nullptr;
    if (sqlite3_exec(db, statement.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message);
        sqlite3_free(message);
        fail(QString::fromUtf8(statement.left(120)), why);
    }
}

class SqliteInsert
{
public:
    SqliteInsert(sqlite3 *db, const char *table, const char *columns)
        : m_db(db)
    {
        const int n = QByteArray(columns).count(',') + 1;
        QByteArray sql = QByteArray("INSERT INTO ") + table + " (" + columns + ") VALUES (?";
        for (int i = 1; i < n; ++i)
            sql += ",?";
        sql += ')';
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &m_statement, nullptr) != SQLITE_OK)
            fail(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db)));
    }
    ~SqliteInsert() { sqlite3_finalize(m_statement); }
    SqliteInsert(const SqliteInsert &) = delete;
    SqliteInsert &operator=(const SqliteInsert &) = delete;

    void add(const QVector<Cell> &row)
    {
        for (int i = 0; i < row.size(); ++i) {
            const Cell &c = row[i];
            switch (c.kind) {
            case Cell::Null:
                sqlite3_bind_null(m_statement, i + 1);
                break;
            case Cell::Text:
                sqlite3_bind_text(m_statement, i + 1, c.bytes.constData(), c.bytes.size(), SQLITE_STATIC);
                break;
            case Cell::Int:
                sqlite3_bind_int64(m_statement, i + 1, c.number);
                break;
            case Cell::Blob:
                sqlite3_bind_blob(m_statement, i + 1, c.bytes.constData(), c.bytes.size(), SQLITE_STATIC);
                break;
            }
        }
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            fail(QStringLiteral("bulk insert"), QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(m_statement);
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

// --- PostgreSQL -------------------------------------------------------------

QByteArray pgResult(PGconn *conn, const QByteArray &statement, ExecStatusType expected = PGRES_COMMAND_OK)
{
    PGresult *r = PQexec(conn, statement.constData());
    if (PQresultStatus(r) != expected) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQclear(r);
        fail(QString::fromUtf8(statement.left(120)), why);
    }
    QByteArray rows;
    for (int i = 0; expected == PGRES_TUPLES_OK && i < PQntuples(r); ++i)
        rows += QByteArray(PQgetvalue(r, i, 0)) + '\n';
    PQclear(r);
    return rows;
}

// A plain libpq connection, closed on leaving.
struct Pg {
    explicit Pg(const QString &conninfo)
        : conn(PQconnectdb(conninfo.toUtf8().constData()))
    {
        if (PQstatus(conn) != CONNECTION_OK) {
            const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
            PQfinish(conn);
            fail(conninfo, why);
        }
    }
    ~Pg() { PQfinish(conn); }
    Pg(const Pg &) = delete;
    Pg &operator=(const Pg &) = delete;
    PGconn *conn;
};

class PgCopy
{
public:
    PgCopy(PGconn *conn, const char *table, const char *columns)
        : m_conn(conn)
    {
        pgResult(conn, QByteArray("COPY ") + table + " (" + columns + ") FROM STDIN", PGRES_COPY_IN);
    }

    void add(const QVector<Cell> &row)
    {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_buffer += '\t';
            const Cell &c = row[i];
            switch (c.kind) {
            case Cell::Null:
                m_buffer += "\\N";
                break;
            case Cell::Int:
                m_buffer += QByteArray::number(c.number);
                break;
            case Cell::Text:
            case Cell::Blob:
                for (char ch : c.bytes) {
                    switch (ch) {
                    case '\\':
                        m_buffer += "\\\\";
                        break;
                    case '\t':
                        m_buffer += "\\t";
                        break;
                    case '\n':
                        m_buffer += "\\n";
                        break;
                    case '\r':
                        m_buffer += "\\r";
                        break;
                    default:
                        m_buffer += ch;
                    }
                }
            }
        }
        m_buffer += '\n';
        if (m_buffer.size() > (1 << 20))
            flush();
    }

    void finish()
    {
        flush();
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            fail(QStringLiteral("COPY"), QString::fromUtf8(PQerrorMessage(m_conn)));
        while (PGresult *r = PQgetResult(m_conn)) {
            const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            PQclear(r);
            if (!ok)
                fail(QStringLiteral("COPY"), QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        }
    }

private:
    void flush()
    {
        if (!m_buffer.isEmpty() && PQputCopyData(m_conn, m_buffer.constData(), m_buffer.size()) != 1)
            fail(QStringLiteral("COPY"), QString::fromUtf8(PQerrorMessage(m_conn)));
        m_buffer.clear();
    }

    PGconn *m_conn;
    QByteArray m_buffer;
};

// One pass over the cases into two row sinks (a bulk insert or a COPY).
template <typename Sink>
void writeCases(const KpiDistrict &district, int count, const QDateTime &now, const WorkingCalendar &calendar,
    bool server, Sink &incidents, Sink &history, LoadedCounts &n)
{
    district.forEachCase(count, now, calendar, [&](const BenchCase &c) {
        incidents.add(caseRow(c, server));
        for (const BenchStep &h : c.history)
            history.add(historyRow(c.fid, h));
        ++n.cases;
        n.history += c.history.size();
    });
}

template <typename Sink>
void writeScreenings(const KpiDistrict &district, const QDateTime &now, Sink &screenings, LoadedCounts &n)
{
    district.forEachScreening(now, [&](const BenchScreening &s) {
        screenings.add(screeningRow(s));
        ++n.screenings;
    });
}

} // namespace

LoadedCounts loadGeoPackage(const QString &path, const KpiDistrict &district, int count, const QDateTime &now)
{
    QElapsedTimer clock;
    clock.start();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    auto store = GpkgStore::create(path);
    store->addAdminUnits(district.units());
    const WorkingCalendar calendar = store->calendar();
    sqlite3 *db = sqlitehandle::of(store->database());
    if (!db)
        fail(path, QStringLiteral("no SQLite connection"));

    // The tables' own indexes and triggers (R-tree, change feed, audit,
    // append-only) go aside while the rows go in, and come back after.
    QVector<QPair<QByteArray, QByteArray>> objects; // (DROP statement, CREATE statement)
    {
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db,
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND sql IS NOT NULL AND tbl_name IN ('incidents', 'incident_history', 'screening_visits')",
            -1, &q, nullptr);
        while (sqlite3_step(q) == SQLITE_ROW) {
            const QByteArray type = reinterpret_cast<const char *>(sqlite3_column_text(q, 0));
            const QByteArray name = reinterpret_cast<const char *>(sqlite3_column_text(q, 1));
            objects.push_back({ "DROP " + type.toUpper() + " \"" + name + '"',
                reinterpret_cast<const char *>(sqlite3_column_text(q, 2)) });
        }
        sqlite3_finalize(q);
    }
    LoadedCounts n;
    sqliteExec(db, "PRAGMA cache_size = -262144");
    sqliteExec(db, "BEGIN IMMEDIATE");
    try {
        for (const auto &o : objects)
            sqliteExec(db, o.first);
        {
            SqliteInsert incidents(db, kTables[0], kCaseColumns);
            SqliteInsert history(db, kTables[1], kHistoryColumns);
            SqliteInsert screenings(db, kTables[2], kScreeningColumns);
            writeCases(district, count, now, calendar, false, incidents, history, n);
            writeScreenings(district, now, screenings, n);
        }
        sqliteExec(db,
            "INSERT INTO rtree_incidents_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
            "ST_MaxY(geom) FROM incidents WHERE geom NOT NULL AND NOT ST_IsEmpty(geom)");
        for (const auto &o : objects)
            sqliteExec(db, o.second);
        sqliteExec(db, "COMMIT");
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    n.seconds = clock.elapsed() / 1000.0;
    return n;
}

LoadedCounts loadServer(
    const QString &admin, const QString &target, const KpiDistrict &district, int count, const QDateTime &now)
{
    QElapsedTimer clock;
    clock.start();
    const QString name = QRegularExpression(QStringLiteral("dbname=(\\S+)")).match(target).captured(1);
    {
        QSqlDatabase db = pgconnection::open(admin, QStringLiteral("kpi-bench-admin"));
        QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (!QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            fail(admin, QStringLiteral("cannot create the database %1").arg(name));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kpi-bench-admin"));
    LoadedCounts n = loadServer(target, district, count, now);
    n.seconds = clock.elapsed() / 1000.0;
    return n;
}

LoadedCounts loadServer(const QString &target, const KpiDistrict &district, int count, const QDateTime &now)
{
    QElapsedTimer clock;
    clock.start();
    bool empty = false;
    {
        QSqlDatabase db = pgconnection::open(target, QStringLiteral("kpi-bench-setup"));
        pgschema::migrate(db);
        QSqlQuery units(db);
        empty = units.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM admin_units)")) && units.next()
            && units.value(0).toBool();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kpi-bench-setup"));
    if (!empty)
        fail(StoreLocation::server(target).describe(),
            QStringLiteral("the database already holds divisions; load into a new database"));
    WorkingCalendar calendar;
    {
        auto store = PgStore::open(target);
        store->addAdminUnits(district.units());
        calendar = store->calendar();
    }

    // Three connections: the index work, and two COPY streams fed by one
    // pass over the cases (a connection runs one COPY at a time).
    Pg main(target), cases(target), steps(target);
    const QList<QByteArray> indexes = pgResult(main.conn,
        "SELECT indexdef FROM pg_indexes i WHERE schemaname = 'public' AND tablename IN ('incidents', "
        "'incident_history', 'screening_visits') AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
        "c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)",
        PGRES_TUPLES_OK)
                                          .split('\n');
    for (const QByteArray &definition : indexes) {
        const QByteArray index = definition.mid(definition.indexOf("INDEX ") + 6).split(' ').value(0);
        if (!index.isEmpty())
            pgResult(main.conn, "DROP INDEX " + index);
    }
    LoadedCounts n;
    for (PGconn *c : { cases.conn, steps.conn }) {
        pgResult(c, "BEGIN");
        // The owner's bulk load: no per-row triggers (feed, audit, foreign keys).
        pgResult(c, "SET LOCAL session_replication_role = replica");
        // One stream waits while the other is fed (the screening visits come
        // after the cases): the server's guard against forgotten transactions
        // would end it.
        pgResult(c, "SET LOCAL idle_in_transaction_session_timeout = 0");
    }
    {
        PgCopy incidents(cases.conn, kTables[0], kCaseColumns);
        PgCopy history(steps.conn, kTables[1], kHistoryColumns);
        writeCases(district, count, now, calendar, true, incidents, history, n);
        incidents.finish();
        history.finish();
        PgCopy screenings(cases.conn, kTables[2], kScreeningColumns);
        writeScreenings(district, now, screenings, n);
        screenings.finish();
    }
    pgResult(cases.conn, "COMMIT");
    pgResult(steps.conn, "COMMIT");
    pgResult(main.conn, "SET maintenance_work_mem = '256MB'");
    for (const QByteArray &definition : indexes)
        if (!definition.isEmpty())
            pgResult(main.conn, definition);
    pgResult(main.conn, "SELECT setval(pg_get_serial_sequence('incidents', 'fid'), (SELECT max(fid) FROM incidents))",
        PGRES_TUPLES_OK);
    pgResult(main.conn, "ANALYZE");
    n.seconds = clock.elapsed() / 1000.0;
    return n;
}

} // namespace griddesk::bench
