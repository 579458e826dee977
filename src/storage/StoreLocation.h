#pragma once
// Where a township's data lives, parsed once where it enters the program
// (command line, console options, connection dialog): a GeoPackage file, or
// a PostgreSQL/PostGIS server reached with a libpq connection string. As
// text, a server location is "pg:" followed by the connection string
// (pg:host=… port=… dbname=… user=…); anything else is a file path.

#include "Store.h"

#include <QMetaType>
#include <QString>

#include <memory>

namespace griddesk {

class StoreLocation
{
public:
    enum class Kind { None, GeoPackage, Server };

    StoreLocation() = default;
    static StoreLocation parse(const QString &text);
    static StoreLocation file(const QString &path);
    static StoreLocation server(const QString &conninfo);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None; }
    bool isServer() const { return m_kind == Kind::Server; }
    // The GeoPackage's path (empty for a server).
    QString path() const { return m_kind == Kind::GeoPackage ? m_value : QString(); }
    // The server's connection string (empty for a file).
    QString conninfo() const { return m_kind == Kind::Server ? m_value : QString(); }
    // The text form that parse() reads back (with any password: never show it).
    QString text() const;
    // For messages: the path, or the server with any password hidden.
    QString describe() const;
    // Short and readable: the path, or user@host:port/database.
    QString displayName() const;

    // Opens the store (a local file read-only when asked: a fresh connection
    // that writes nothing). Throws StoreError.
    std::unique_ptr<Store> open(bool readOnly = false) const;

    bool operator==(const StoreLocation &other) const { return m_kind == other.m_kind && m_value == other.m_value; }
    bool operator!=(const StoreLocation &other) const { return !(*this == other); }

private:
    StoreLocation(Kind kind, QString value);

    Kind m_kind = Kind::None;
    QString m_value;
};

} // namespace griddesk

Q_DECLARE_METATYPE(griddesk::StoreLocation)
