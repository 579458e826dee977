#pragma once
// What an import found and did: the rows read, each bad row's problems
// (by row and field, with the reason), how many rows were written under
// which batch, and where the rows left out went.

#include "RegisterProblem.h"
#include "RegisterKind.h"

#include <QCoreApplication>
#include <QString>

namespace griddesk {

struct ImportReport {
    RegisterKind kind = RegisterKind::Residents;
    QString file;
    QString format;
    QString encoding;
    int sourceEpsg = 0;
    qint64 rowsRead = 0;
    qint64 badRows = 0;
    qint64 rowsImported = 0;
    QVector<RegisterProblem> problems; // by row
    QString errorFile;                 // the rows left out, in the source's format and encoding
    qint64 batch = 0;                  // register_imports.fid; 0 when nothing was written
    bool written = false;
    bool cancelled = false;
    double seconds = 0;

    qint64 validRows() const { return rowsRead - badRows; }
};

class ImportReportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    // "12,000 rows read, 3 with problems; 11,997 imported" in the reader's language.
    static QString summary(const ImportReport &report);
    // One line per problem ("row 12, 公民身份号码: …"), cut after maxLines.
    static QString problems(const ImportReport &report, int maxLines = 50);
};

} // namespace griddesk
