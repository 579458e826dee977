#pragma once
// Reads a statistical-code division list (a CSV file with the columns
// level, code, name, parent_code) through GDAL/OGR's CSV driver. Each row
// keeps the line of the file it starts on, for error messages.

#include "DivisionRow.h"

#include <QCoreApplication>
#include <QVector>

namespace griddesk {

class DivisionFile
{
    Q_DECLARE_TR_FUNCTIONS(DivisionFile)

public:
    // The rows in file order; throws StoreError (NotFound, Invalid) naming
    // the file and what is wrong with it.
    static QVector<DivisionRow> read(const QString &path);
};

} // namespace griddesk
