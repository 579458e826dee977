#include "StoreLocation.h"
#include "GpkgStore.h"
#include "PgConnection.h"
#include "PgStore.h"

namespace griddesk::storelocation {

namespace {
const QLatin1String kPrefix("pg:");
}

bool isServer(const QString &location)
{
    return location.startsWith(kPrefix);
}

QString conninfo(const QString &location)
{
    return isServer(location) ? location.mid(kPrefix.size()).trimmed() : QString();
}

QString describe(const QString &location)
{
    return isServer(location) ? pgconnection::describe(conninfo(location)) : location;
}

QString displayName(const QString &location)
{
    if (!isServer(location))
        return location;
    return pgconnection::shortName(conninfo(location));
}

std::unique_ptr<SqlStore> open(const QString &location, bool readOnly)
{
    if (isServer(location))
        return PgStore::open(conninfo(location));
    return GpkgStore::open(location, readOnly ? GpkgStore::Access::ReadOnly : GpkgStore::Access::ReadWrite);
}

} // namespace griddesk::storelocation
