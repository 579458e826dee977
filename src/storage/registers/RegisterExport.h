#pragma once
// Writes a register, as a list query selects it, to a CSV (UTF-8 or GBK),
// XLSX, GeoJSON, Shapefile or GeoPackage file through tables::TableSink:
// one column per field under its Chinese term (a Shapefile's under the
// column's own short name), codes as their Chinese terms, the grid's code,
// and the record's place (a house's footprint where it has one). Personal
// data is always masked. The export itself is recorded in the audit log
// with its register, file, format and number of rows. Nothing appears at
// the path unless the whole file was written.

#include "RegisterQuery.h"
#include "tables/TableFormat.h"

#include <QCoreApplication>

namespace griddesk {

class Store;

struct ExportOptions {
    tables::TableFormat format = tables::TableFormat::Csv;
    QString encoding = QStringLiteral("UTF-8"); // CSV and Shapefile: UTF-8, GBK or GB18030
    int targetEpsg = 4490;
    RegisterQuery query;
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
    // The rows written (to fileFor()); throws StoreError.
    static qint64 run(Store &store, RegisterKind kind, const QString &path, const ExportOptions &options);
};

} // namespace griddesk
