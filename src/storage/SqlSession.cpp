#include "SqlSession.h"
#include "AuditChain.h"
#include "AuditRows.h"
#include "Migrations.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "StoreError.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>

namespace griddesk {

namespace {
// Nobody signed in: the operating-system account and the program.
QString defaultSessionUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    const QString program = QCoreApplication::applicationName();
    return QStringLiteral("%1 (%2)").arg(user.isEmpty() ? QStringLiteral("?") : user,
                                         program.isEmpty() ? QStringLiteral("griddesk") : program);
}

// Marks the calls made inside a call, which run as part of it.
class Nested
{
public:
    explicit Nested(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~Nested() { --m_depth; }
    Nested(const Nested &) = delete;
    Nested &operator=(const Nested &) = delete;

private:
    int &m_depth;
};
} // namespace

SqlSession::SqlSession(QString location, QString connection, SqlDialect dialect)
    : m_location(std::move(location))
    , m_connection(std::move(connection))
    , m_dialect(dialect)
    , m_db(QSqlDatabase::database(m_connection, false))
{
}

SqlSession::~SqlSession()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int SqlSession::schemaVersion() const
{
    return read([this] { return m_dialect.isPostgres() ? pgschema::currentVersion(m_db) : migrations::currentVersion(m_db); });
}

bool SqlSession::reconnect()
{
    return !m_dialect.isPostgres() || pgconnection::reopen(m_db);
}

bool SqlSession::releaseStalls()
{
    if (!m_dialect.isPostgres())
        return false;
    // Its own short transaction: the call that waited has rolled back.
    sql::Transaction tx(m_db);
    sql::exec(m_db, QStringLiteral("SELECT gd_release_stalls()"));
    tx.commit();
    return true;
}

void SqlSession::execute(const std::function<void()> &call, const std::function<bool()> &landed, Retry retry) const
{
    const bool outermost = m_depth == 0;
    Nested nested(m_depth);
    if (!outermost || retry == Retry::Never || m_patienceMs <= 0) {
        call();
        return;
    }
    QDeadlineTimer deadline(m_patienceMs);
    bool retried = false;
    for (;;) {
        try {
            if (retried && landed && landed())
                return;
            call();
            return;
        } catch (const StoreError &e) {
            if (deadline.hasExpired())
                throw;
            if (e.kind() == StoreError::Kind::Busy) {
                // The call rolled back; free the server of whoever stalls it
                // (a session too young to end yet leaves this call Busy too).
                bool release = false;
                try {
                    release = const_cast<SqlSession *>(this)->releaseStalls();
                } catch (const StoreError &again) {
                    release = again.kind() == StoreError::Kind::Busy;
                }
                if (!release)
                    throw;
                continue;
            }
            if (e.kind() != StoreError::Kind::Unavailable)
                throw;
            waitForServer(e.message());
            retried = true;
        }
    }
}

void SqlSession::waitForServer(const QString &firstFailure) const
{
    QDeadlineTimer deadline(m_patienceMs);
    int pauseMs = 100;
    while (!const_cast<SqlSession *>(this)->reconnect()) {
        if (deadline.hasExpired())
            throw StoreError(StoreError::Kind::Unavailable,
                             tr("%1; gave up after %2 s. Nothing was written.").arg(firstFailure).arg(m_patienceMs / 1000));
        QThread::msleep(quint32(qMin<qint64>(pauseMs, qMax<qint64>(1, deadline.remainingTime()))));
        pauseMs = qMin(pauseMs * 2, 1000);
    }
    ++m_reconnections;
}

SqlSession::WriteTransaction::WriteTransaction(SqlSession &session)
    : m_session(session)
    , m_tx(session.m_db)
{
    if (!session.m_dialect.isPostgres())
        session.sealAudit(QStringLiteral("external"));
}

QString SqlSession::actor()
{
    if (m_dialect.isPostgres()) {
        QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT session_user"));
        return q.next() ? q.value(0).toString() : QString();
    }
    if (m_signedIn)
        return m_signedIn->username;
    return m_sessionUser.isEmpty() ? programUser() : m_sessionUser;
}

QString SqlSession::programUser()
{
    return defaultSessionUser();
}

void SqlSession::WriteTransaction::commit()
{
    if (!m_session.m_dialect.isPostgres())
        m_session.sealAudit(m_session.m_sessionUser.isEmpty() ? defaultSessionUser() : m_session.m_sessionUser);
    m_tx.commit();
}

void SqlSession::sealPendingAudit()
{
    WriteTransaction tx(*this); // its start seals them
    tx.commit();
}

void SqlSession::sealAudit(const QString &actor)
{
    QSqlQuery pending = sql::exec(m_db, QStringLiteral("SELECT %1 FROM audit_log WHERE hash IS NULL ORDER BY seq").arg(auditrows::columns()));
    QVector<AuditEntry> rows;
    while (pending.next())
        rows.push_back(auditrows::read(pending));
    if (rows.isEmpty())
        return;
    QSqlQuery last = sql::exec(m_db, QStringLiteral(
        "SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1"));
    QString prev = last.next() ? last.value(0).toString() : auditchain::genesis();
    last.finish();
    QSqlQuery seal(m_db);
    seal.prepare(QStringLiteral("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ? AND hash IS NULL"));
    for (AuditEntry &e : rows) {
        // Whatever name another program wrote, the sealer records who it
        // knows wrote the row: this store's user, or "external".
        e.actor = actor;
        e.prevHash = prev;
        e.hash = auditchain::hashOf(e);
        seal.bindValue(0, e.actor);
        seal.bindValue(1, e.prevHash);
        seal.bindValue(2, e.hash);
        seal.bindValue(3, e.seq);
        if (!seal.exec())
            sql::fail(m_db, seal.lastQuery(), seal.lastError());
        prev = e.hash;
    }
}

void SqlSession::appendAudit(const QString &action, const QString &table, qint64 rowId, const QString &after)
{
    sql::exec(m_db, QStringLiteral(
        "INSERT INTO audit_log (at, action, table_name, row_id, after) VALUES (?, ?, ?, ?, ?)"),
        {sql::toDbTime(QDateTime::currentDateTimeUtc()), action, table, rowId > 0 ? QVariant(rowId) : QVariant(), after});
}

} // namespace griddesk
