#pragma once
// One connection to a township's database, shared by all of a store's
// capabilities: the SQL dialect, the person the audit log names, the
// signed-in person's scope, and the one path every call runs through.
//
// That path rides out a lost server: a call that finds the server gone
// reconnects and tries again until the patience runs out, then fails with
// StoreError::Kind::Unavailable. Writes land once or are refused: since
// nobody knows whether a commit that lost its connection landed, a write is
// tried again only after its `landed` check finds no trace of the first try.
// A call that waited on a lock (Busy) asks the server to end stalled
// sessions and tries again. Calls made inside a call run as part of it.
//
// Capabilities are written against the session, so each one, old or new,
// gets reconnection and scope without restating anything.

#include "SqlDialect.h"
#include "SqlHelpers.h"
#include "StoreScope.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <type_traits>

namespace griddesk {

class SqlSession
{
    Q_DECLARE_TR_FUNCTIONS(SqlSession)

public:
    // Takes over the QtSql connection registered under `connection`.
    SqlSession(QString location, QString connection, SqlDialect dialect);
    ~SqlSession();
    SqlSession(const SqlSession &) = delete;
    SqlSession &operator=(const SqlSession &) = delete;

    // File path or connection description, for messages and the status bar.
    QString location() const { return m_location; }
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase &db() const { return m_db; }

    int schemaVersion() const;
    // Re-establishes a lost connection to a server; true when it is usable
    // again. A local file never loses its connection.
    bool reconnect();
    // After a call failed as Busy: ends other sessions that have held a
    // writing transaction open too long (a server's stalled or hostile
    // logins); true when the call is worth trying again. A local file has
    // no such sessions.
    bool releaseStalls();

    // How long one call keeps trying to reach a lost server; 0 (the start)
    // leaves every failure to the caller.
    void setPatience(int ms) { m_patienceMs = ms; }
    // Reconnections made so far (for the status bar and tests).
    int reconnections() const { return m_reconnections; }

    // A read: tried again after a lost connection.
    template<typename Call>
    auto read(Call call) const
    {
        return run(call, std::function<bool()>(), Retry::Always);
    }
    // A write that `landed` recognises once it is in the database (returning
    // the result as the write would have); run again only when it is not.
    template<typename Call, typename Landed>
    auto write(Call call, Landed landed)
    {
        using T = decltype(call());
        std::optional<T> found;
        return run(call, std::function<bool()>([&] { return bool(found = landed()); }), Retry::Always, &found);
    }
    // A write that leaves the same result when it runs twice (setting values).
    template<typename Call>
    auto rewrite(Call call)
    {
        return run(call, std::function<bool()>(), Retry::Always);
    }
    // A write that must not run twice and cannot be recognised (bulk set-up,
    // a new login): a lost connection fails it, and the caller starts again.
    template<typename Call>
    auto once(Call call)
    {
        return run(call, std::function<bool()>(), Retry::Never);
    }

    // Limits every capability to what this person may see and do.
    void setScope(StoreScope scope) { m_scope = std::move(scope); }
    // The person's scope for a call from outside; inside a call (a write's
    // own reads, a landed check) nothing is limited.
    const StoreScope &scope() const { return m_depth > 0 ? m_unlimited : m_scope; }

    // Who the local audit log names for this session's writes (on a server
    // the log names the database login instead).
    void setSessionUser(const QString &name) { m_sessionUser = name; }
    QString sessionUser() const { return m_sessionUser; }
    // Who the local audit log names when nobody signed in: the system user
    // and the program ("ops (griddesk-admin)").
    static QString programUser();
    // Who a row's actor column names: on a server the login (its policies
    // check it), locally the signed-in person, else the session's user.
    QString actor();
    // Locally, the person whose password authenticate() last accepted.
    const std::optional<UserAccount> &signedIn() const { return m_signedIn; }
    void setSignedIn(const std::optional<UserAccount> &person) { m_signedIn = person; }

    // A write transaction. On a GeoPackage the audit triggers leave their
    // rows unsealed; commit() seals them into the hash chain first, and the
    // start seals rows another program left behind as "external".
    class WriteTransaction
    {
    public:
        explicit WriteTransaction(SqlSession &session);
        void commit();

    private:
        SqlSession &m_session;
        sql::Transaction m_tx;
    };

    // Seals audit rows that another program's writes left unsealed (a
    // GeoPackage's triggers write them; a server seals its own at once).
    void sealPendingAudit();
    // An audit row, sealed with the session's user when the caller's transaction commits.
    void appendAudit(const QString &action, const QString &table, qint64 rowId, const QString &after);

private:
    enum class Retry { Always, Never };

    template<typename Call, typename Found = std::nullptr_t>
    auto run(Call &call, const std::function<bool()> &landed, Retry retry, Found found = nullptr) const
    {
        using T = decltype(call());
        if constexpr (std::is_void_v<T>) {
            execute([&] { call(); }, landed, retry);
        } else {
            std::optional<T> result;
            execute([&] { result.emplace(call()); }, landed, retry);
            if constexpr (!std::is_same_v<Found, std::nullptr_t>) {
                if (!result)
                    return std::move(**found);
            }
            return std::move(*result);
        }
    }
    void execute(const std::function<void()> &call, const std::function<bool()> &landed, Retry retry) const;
    void waitForServer(const QString &firstFailure) const;
    void sealAudit(const QString &actor);

    QString m_location;
    QString m_connection;
    SqlDialect m_dialect;
    mutable QSqlDatabase m_db;
    QString m_sessionUser;
    std::optional<UserAccount> m_signedIn;
    StoreScope m_scope;
    StoreScope m_unlimited;
    int m_patienceMs = 0;
    mutable int m_reconnections = 0;
    mutable int m_depth = 0;
};

} // namespace griddesk
