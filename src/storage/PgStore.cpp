#include "PgStore.h"
#include "Migrations.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace griddesk {

namespace {
QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("griddesk-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

PgStore::PgStore(QString conninfo, QString connection)
    : SqlStore(pgconnection::describe(conninfo), std::move(connection), SqlDialect(SqlDialect::Kind::Postgres))
    , m_conninfo(std::move(conninfo))
{
}

std::unique_ptr<PgStore> PgStore::open(const QString &conninfo)
{
    const QString name = newConnectionName();
    pgconnection::open(conninfo, name); // the store takes the connection over by name
    std::unique_ptr<PgStore> store(new PgStore(conninfo, name));
    const int version = pgschema::currentVersion(store->db());
    const QString where = pgconnection::describe(conninfo);
    if (version == 0)
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 has no GridDesk schema; set it up with: griddesk-admin db init --pg \"%2\"")
                             .arg(where, where));
    if (version > migrations::latestVersion())
        throw StoreError(StoreError::Kind::SchemaTooNew,
                         tr("%1 has schema version %2, but this GridDesk supports versions up to %3. "
                            "Install a newer GridDesk to use it.")
                             .arg(where)
                             .arg(version)
                             .arg(migrations::latestVersion()));
    if (version < migrations::latestVersion())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 has an older schema (version %2); upgrade it with: griddesk-admin db migrate --pg")
                             .arg(where)
                             .arg(version));
    return store;
}

int PgStore::schemaVersion() const
{
    return pgschema::currentVersion(db());
}

bool PgStore::reconnect()
{
    return pgconnection::reopen(db());
}

bool PgStore::releaseStalls()
{
    // Its own short transaction: the call that waited has rolled back.
    sql::Transaction tx(db());
    sql::exec(db(), QStringLiteral("SELECT gd_release_stalls()"));
    tx.commit();
    return true;
}

} // namespace griddesk
