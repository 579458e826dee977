#pragma once
// The GeoPackage backend of the Store: one local file per township. It
// opens (or creates) the file, checks and migrates its schema, and hands the
// connection to a Store.

#include "Store.h"

#include <QCoreApplication>

#include <memory>

namespace griddesk {

class GpkgStore final
{
    Q_DECLARE_TR_FUNCTIONS(GpkgStore)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens an existing GridDesk GeoPackage, migrating an older schema forward.
    static std::unique_ptr<Store> open(const QString &path, Access access = Access::ReadWrite);
    // Creates a new, empty GridDesk GeoPackage; fails if the file exists.
    static std::unique_ptr<Store> create(const QString &path);

    // Opens a raw QtSql connection to a GeoPackage with our SQL functions
    // registered; used by the change watcher. Throws StoreError.
    static QSqlDatabase openConnection(const QString &path, const QString &connectionName, Access access);
};

} // namespace griddesk
