#pragma once
// Watches a GeoPackage for commits by any other connection and emits the
// change-feed rows written since the last look. SQLite has no notifications,
// so it polls PRAGMA data_version, which costs microseconds when nothing changed.

#include "ChangeRecord.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <QVector>

namespace griddesk {

class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // Throws StoreError when the file cannot be opened.
    explicit ChangeWatcher(const QString &path, int intervalMs = 100, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    void start();
    void stop();
    qint64 lastSeq() const { return m_lastSeq; }
    // Looks for changes now; returns true when some were found and emitted.
    bool poll();

Q_SIGNALS:
    void changed(const QVector<griddesk::ChangeRecord> &changes);
    void tablesChanged(const QSet<QString> &tables);
    void failed(const QString &message);

private:
    QString m_connection;
    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    bool m_reportedFailure = false;
};

} // namespace griddesk
