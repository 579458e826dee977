#include "ChangeWatcher.h"
#include "GpkgStore.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace griddesk {

namespace {
QString watcherConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("griddesk-watch-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

ChangeWatcher::ChangeWatcher(const QString &path, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_connection(watcherConnectionName())
{
    qRegisterMetaType<QVector<ChangeRecord>>("QVector<griddesk::ChangeRecord>");
    m_db = GpkgStore::openConnection(path, m_connection, GpkgStore::Access::ReadOnly);
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM gd_changes"));
    m_lastSeq = q.next() ? q.value(0).toLongLong() : 0;
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher()
{
    m_timer.stop();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void ChangeWatcher::start()
{
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

bool ChangeWatcher::poll()
{
    try {
        QSqlQuery v = sql::exec(m_db, QStringLiteral("PRAGMA data_version"));
        const qint64 version = v.next() ? v.value(0).toLongLong() : -1;
        v.finish();
        if (version == m_dataVersion)
            return false;
        m_dataVersion = version;

        QVector<ChangeRecord> changes;
        QSet<QString> tables;
        QSqlQuery q = sql::exec(m_db, QStringLiteral(
            "SELECT seq, table_name, row_id, op FROM gd_changes WHERE seq > ? ORDER BY seq"), {m_lastSeq});
        while (q.next()) {
            const QString op = q.value(3).toString();
            ChangeRecord r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                           op.isEmpty() ? QChar() : op.at(0)};
            m_lastSeq = r.seq;
            tables.insert(r.table);
            changes.push_back(r);
        }
        m_reportedFailure = false;
        if (changes.isEmpty())
            return false;
        Q_EMIT changed(changes);
        Q_EMIT tablesChanged(tables);
        return true;
    } catch (const StoreError &e) {
        if (!m_reportedFailure)
            Q_EMIT failed(e.message());
        m_reportedFailure = true;
        return false;
    }
}

} // namespace griddesk
