#pragma once
// Watches a township's database for commits by any other connection (another
// console, the CLI, QGIS Desktop) and emits the change-feed rows written
// since the last look.
//  - GeoPackage: SQLite has no notifications, so it polls PRAGMA
//    data_version, which costs microseconds when nothing changed.
//  - PostgreSQL: it LISTENs on channel "griddesk" and reads the feed as soon
//    as a notification arrives; the timer only checks that the server is
//    still there. After a lost connection it reconnects by itself and catches
//    up on everything written meanwhile, so no change is missed.

#include "ChangeRecord.h"
#include "StoreLocation.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <QVector>

class QThread;

namespace griddesk {

class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // Throws StoreError when the database cannot be opened.
    explicit ChangeWatcher(const StoreLocation &location, int intervalMs = 20, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    void start();
    void stop();
    qint64 lastSeq() const { return m_lastSeq; }
    bool isOnline() const { return m_online; }
    bool isServer() const { return m_server; }
    // Looks for changes now; returns true when some were found and emitted.
    bool poll();

Q_SIGNALS:
    void changed(const QVector<griddesk::ChangeRecord> &changes);
    void tablesChanged(const QSet<QString> &tables);
    void failed(const QString &message);
    // The server went away (false) or is back (true); local files never go away.
    void onlineChanged(bool online);

private:
    void onNotification();
    // Offline: checks on a worker thread whether the server answers again,
    // so an unreachable network never blocks the caller's thread.
    void probeServer();
    bool fetch();
    QVector<ChangeRecord> readFeed();
    void setOnline(bool online, const QString &message = {});
    bool reconnect();
    void listen();

    StoreLocation m_location;
    QString m_connection;
    QSqlDatabase m_db;
    QTimer m_timer;
    QThread *m_probe = nullptr;
    bool m_server = false;
    bool m_online = true;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    // Server only: sequence numbers are taken when a row is written but
    // become visible when its transaction commits, so they can arrive out of
    // order. Rows of transactions at or above the last snapshot's xmin may
    // still appear below m_lastSeq; they are read again and told apart by seq.
    QString m_xmin = QStringLiteral("0");
    QHash<qint64, QString> m_recent; // seq → xid of rows at or above m_xmin
    bool m_reportedFailure = false;
};

} // namespace griddesk
