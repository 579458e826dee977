#pragma once
// Writes a register, as a list query selects it, to a CSV (UTF-8 or GBK),
// XLSX, GeoJSON, Shapefile or GeoPackage file through tables::TableSink:
// one column per field under its Chinese term (a Shapefile's under the
// column's own short name), codes as their Chinese terms, the grid's code,
// and the record's place (a house's footprint where it has one). Personal
// data is always masked. The export itself is recorded in the audit log
// with its register, file, format and number of rows, once the file is in
// place. Nothing appears at the path unless the whole file was written and
// audited: a stopped export leaves no file and no audit entry.

#include "RegisterQuery.h"
#include "tables/TableFormat.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace griddesk {

class Store;

struct ExportOptions {
    tables::TableFormat format = tables::TableFormat::Csv;
    QString encoding = QStringLiteral("UTF-8"); // CSV and Shapefile: UTF-8, GBK or GB18030
    int targetEpsg = 4490;
    RegisterQuery query;
    // Rows written so far and in all (called now and then, on the thread that runs the export).
    std::function<void(qint64 done, qint64 total)> progress;
    // Set (from any thread) to stop: nothing is left at the path, nothing audited.
    const std::atomic_bool *cancel = nullptr;
};

class RegisterExport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)

public:
    // The column names a register is written under in a format.
    static QStringList columnNames(RegisterKind kind, tables::TableFormat format);
    // The file a register is written to: `path`, except that a register
    // without places goes into a Shapefile's .dbf alone.
    static QString fileFor(RegisterKind kind, const QString &path, tables::TableFormat format);
    // What run() returns when stopped through ExportOptions::cancel.
    static constexpr qint64 kStopped = -1;
    // The rows written (to fileFor()), or kStopped; throws StoreError.
    static qint64 run(Store &store, RegisterKind kind, const QString &path, const ExportOptions &options);
};

} // namespace griddesk
