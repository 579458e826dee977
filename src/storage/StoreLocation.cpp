#include "StoreLocation.h"
#include "GpkgStore.h"
#include "PgConnection.h"
#include "PgStore.h"

namespace griddesk {

namespace {
const QLatin1String kServerPrefix("pg:");
}

StoreLocation::StoreLocation(Kind kind, QString value)
    : m_kind(kind)
    , m_value(std::move(value))
{
}

StoreLocation StoreLocation::parse(const QString &text)
{
    if (text.startsWith(kServerPrefix))
        return server(text.mid(kServerPrefix.size()));
    return file(text);
}

StoreLocation StoreLocation::file(const QString &path)
{
    return path.isEmpty() ? StoreLocation() : StoreLocation(Kind::GeoPackage, path);
}

StoreLocation StoreLocation::server(const QString &conninfo)
{
    return StoreLocation(Kind::Server, conninfo.trimmed());
}

QString StoreLocation::text() const
{
    return isServer() ? kServerPrefix + m_value : m_value;
}

QString StoreLocation::describe() const
{
    return isServer() ? pgconnection::describe(m_value) : m_value;
}

QString StoreLocation::displayName() const
{
    return isServer() ? pgconnection::shortName(m_value) : m_value;
}

std::unique_ptr<Store> StoreLocation::open(bool readOnly) const
{
    if (isServer())
        return PgStore::open(m_value);
    return GpkgStore::open(m_value, readOnly ? GpkgStore::Access::ReadOnly : GpkgStore::Access::ReadWrite);
}

} // namespace griddesk
