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

std::unique_ptr<Store> PgStore::open(const QString &conninfo)
{
    const QString name = newConnectionName();
    pgconnection::open(conninfo, name); // the store takes the connection over by name
    auto store = std::make_unique<Store>(std::make_unique<SqlSession>(pgconnection::describe(conninfo), name, SqlDialect(SqlDialect::Kind::Postgres)));
    const int version = pgschema::currentVersion(store->database());
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

} // namespace griddesk
