#pragma once
// Imports a register from a file (CSV, XLSX, Shapefile, GeoJSON or
// GeoPackage, through tables::TableSource): each row mapped to the
// register's fields, brought to stored form and checked (RegisterValidator),
// placed in its grid (ImportLookups), and checked against the file's other
// rows and the stored records. Reading and checking run on a thread of
// their own while the rows already checked are written, all in one
// transaction: a cancelled, failed or killed import leaves the database as
// it was. validate() does the same without writing.
//
// A file with bad rows is refused whole unless only the valid rows are
// asked for; the rows left out then go to an error file in the source's
// format and encoding, each with its reasons.

#include "ImportMapping.h"
#include "ImportReport.h"
#include "tables/TableReadOptions.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>
#include <functional>

namespace griddesk {

class SqlSession;

struct ImportOptions {
    tables::TableReadOptions read;
    std::optional<ImportMapping> mapping; // none: guessed from the file's fields
    bool validOnly = false;
    QString errorFile; // empty: beside the source, "<name>.errors.<suffix>"
};

class RegisterImport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)

public:
    // Rows read so far and the rows in the file (-1 when unknown).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit RegisterImport(SqlSession &session);

    // Throws StoreError for a file that cannot be read or a mapping that does
    // not fit it; bad rows are in the report.
    ImportReport validate(RegisterKind kind, const QString &path, const ImportOptions &options,
                          const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    ImportReport run(RegisterKind kind, const QString &path, const ImportOptions &options,
                     const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The error file's name for a source.
    static QString errorFileFor(const QString &path);

private:
    ImportReport execute(RegisterKind kind, const QString &path, const ImportOptions &options, bool write,
                         const Progress &progress, const std::atomic_bool *cancel);

    SqlSession &m_session;
};

} // namespace griddesk
