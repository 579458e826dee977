#include "ChangeWatcher.h"
#include "GpkgStore.h"
#include "PgConnection.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

namespace griddesk {

namespace {
QString watcherConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("griddesk-watch-%1").arg(counter.fetchAndAddRelaxed(1));
}

// How often a server connection checks that it is still alive.
constexpr int kServerHeartbeatMs = 1000;
} // namespace

ChangeWatcher::ChangeWatcher(const StoreLocation &location, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_connection(watcherConnectionName())
    , m_server(location.isServer())
{
    qRegisterMetaType<QVector<ChangeRecord>>("QVector<griddesk::ChangeRecord>");
    if (m_server) {
        m_db = pgconnection::open(location.conninfo(), m_connection);
        listen();
    } else {
        m_db = GpkgStore::openConnection(location.path(), m_connection, GpkgStore::Access::ReadOnly);
    }
    try {
        if (m_server) { // xmin before the last seq: see readFeed()
            QSqlQuery x = sql::exec(m_db, QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
            m_xmin = x.next() ? x.value(0).toString() : m_xmin;
        }
        QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM gd_changes"));
        m_lastSeq = q.next() ? q.value(0).toLongLong() : 0;
        if (m_server) { // start from now: what is committed is already read by the caller
            QSqlQuery r = sql::exec(m_db, QStringLiteral("SELECT seq, xid::text FROM gd_changes WHERE xid >= ?::xid8"), {m_xmin});
            while (r.next())
                m_recent.insert(r.value(0).toLongLong(), r.value(1).toString());
        }
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw;
    }
    m_timer.setInterval(m_server ? qMax(intervalMs, kServerHeartbeatMs) : intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher()
{
    m_timer.stop();
    if (m_probe) {
        m_probe->wait();
        delete m_probe;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void ChangeWatcher::listen()
{
    QSqlDriver *driver = m_db.driver();
    driver->subscribeToNotification(QStringLiteral("griddesk"));
    // Unique: a reconnection subscribes again on the same driver.
    connect(driver, QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(&QSqlDriver::notification),
            this, &ChangeWatcher::onNotification, Qt::UniqueConnection);
}

void ChangeWatcher::start()
{
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

bool ChangeWatcher::reconnect()
{
    if (!pgconnection::reopen(m_db))
        return false;
    listen();
    return true;
}

void ChangeWatcher::setOnline(bool online, const QString &message)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online && !message.isEmpty())
        Q_EMIT failed(message);
    Q_EMIT onlineChanged(online);
}

void ChangeWatcher::probeServer()
{
    if (m_probe) {
        if (!m_probe->isFinished())
            return;
        delete m_probe;
        m_probe = nullptr;
    }
    const QString conninfo = m_location.conninfo() + QStringLiteral(" connect_timeout=3");
    const QString name = m_connection + QStringLiteral("-probe");
    m_probe = QThread::create([this, conninfo, name] {
        bool answers = false;
        try {
            QSqlDatabase db = pgconnection::open(conninfo, name);
            answers = db.isOpen();
            db.close();
        } catch (const StoreError &) {
        }
        QSqlDatabase::removeDatabase(name);
        if (answers)
            QMetaObject::invokeMethod(this, [this] { if (!m_online && reconnect()) fetch(); }, Qt::QueuedConnection);
    });
    m_probe->start();
}

bool ChangeWatcher::poll()
{
    if (m_server && !m_online) {
        probeServer();
        return false;
    }
    if (!m_server) {
        try {
            QSqlQuery v = sql::exec(m_db, QStringLiteral("PRAGMA data_version"));
            const qint64 version = v.next() ? v.value(0).toLongLong() : -1;
            v.finish();
            if (version == m_dataVersion)
                return false;
            m_dataVersion = version;
        } catch (const StoreError &e) {
            if (!m_reportedFailure)
                Q_EMIT failed(e.message());
            m_reportedFailure = true;
            return false;
        }
    }
    // On a server the notification normally got here first; reading the feed
    // again costs one indexed query and catches up after a reconnect.
    return fetch();
}

QVector<ChangeRecord> ChangeWatcher::readFeed()
{
    QVector<ChangeRecord> changes;
    auto record = [](const QSqlQuery &q) {
        const QString op = q.value(3).toString();
        return ChangeRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                            op.isEmpty() ? QChar() : op.at(0)};
    };
    if (!m_server) { // SQLite writers are serialised: rows commit in seq order
        QSqlQuery q = sql::exec(m_db, QStringLiteral(
            "SELECT seq, table_name, row_id, op FROM gd_changes WHERE seq > ? ORDER BY seq"), {m_lastSeq});
        while (q.next())
            changes.push_back(record(q));
        if (!changes.isEmpty())
            m_lastSeq = changes.last().seq;
        return changes;
    }
    // xmin first: every transaction still running when the rows are read
    // below started at or above it, so the next read's "xid >= xmin" sees
    // whatever it commits.
    QSqlQuery x = sql::exec(m_db, QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
    const QString xmin = x.next() ? x.value(0).toString() : m_xmin;
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT seq, table_name, row_id, op, xid::text FROM gd_changes WHERE seq > ? OR xid >= ?::xid8 ORDER BY seq"),
        {m_lastSeq, m_xmin});
    while (q.next()) {
        const ChangeRecord r = record(q);
        if (r.seq <= m_lastSeq && m_recent.contains(r.seq))
            continue; // read before
        m_recent.insert(r.seq, q.value(4).toString());
        changes.push_back(r);
    }
    for (const ChangeRecord &r : changes)
        m_lastSeq = qMax(m_lastSeq, r.seq);
    // Transactions below the new xmin have all ended: their rows are all read.
    m_xmin = xmin;
    for (auto it = m_recent.begin(); it != m_recent.end();)
        it = it.value().toULongLong() < xmin.toULongLong() ? m_recent.erase(it) : std::next(it);
    return changes;
}

void ChangeWatcher::onNotification()
{
    fetch();
}

bool ChangeWatcher::fetch()
{
    try {
        const QVector<ChangeRecord> changes = readFeed();
        QSet<QString> tables;
        for (const ChangeRecord &r : changes)
            tables.insert(r.table);
        m_reportedFailure = false;
        setOnline(true);
        if (changes.isEmpty())
            return false;
        Q_EMIT changed(changes);
        Q_EMIT tablesChanged(tables);
        return true;
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Unavailable) {
            setOnline(false, e.message());
            return false;
        }
        if (!m_reportedFailure)
            Q_EMIT failed(e.message());
        m_reportedFailure = true;
        return false;
    }
}

} // namespace griddesk
