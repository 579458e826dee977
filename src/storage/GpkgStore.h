#pragma once
// The GeoPackage backend of the Store API: one local file per township.

#include "SqlStore.h"

#include <memory>

namespace griddesk {

class GpkgStore final : public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(GpkgStore)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens an existing GridDesk GeoPackage, migrating an older schema forward.
    static std::unique_ptr<GpkgStore> open(const QString &path, Access access = Access::ReadWrite);
    // Creates a new, empty GridDesk GeoPackage; fails if the file exists.
    static std::unique_ptr<GpkgStore> create(const QString &path);

    int schemaVersion() const override;

    // Opens a raw QtSql connection to a GeoPackage with our SQL functions
    // registered; used by the change watcher. Throws StoreError.
    static QSqlDatabase openConnection(const QString &path, const QString &connectionName, Access access);

private:
    GpkgStore(QString path, QString connection);
};

} // namespace griddesk
