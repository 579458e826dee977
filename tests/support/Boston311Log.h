#pragma once
// Reads the City of Boston's 311 service-request log (a CSV file, gzip
// compressed or plain) into the assessment's cases, so the KPI engine can be
// checked against a real city's log. Every case is put in one grid, community
// and township. The log's local times are read in China Standard Time, the
// fixed offset every day boundary in GridDesk uses, so a period's days hold
// the same requests as the log's own calendar days.
//
// The log's quirks are kept, not mended: a request without TARGET_DT has no
// deadline (it is never due), one that closes before it opens keeps both
// stamps, one without coordinates or at the city's default point has no
// place. A row that cannot be read at all is left out and named.

#include "KpiCase.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk::test {

struct Boston311Log {
    QVector<KpiCase> cases;
    int rows = 0; // data rows in the file
    int withoutDeadline = 0; // no TARGET_DT
    int closedBeforeOpened = 0; // CLOSED_DT earlier than OPEN_DT
    int withoutPlace = 0; // no coordinates, or the city's default point
    QStringList skipped; // "row 12 (CASE_ENQUIRY_ID …), OPEN_DT: …", one per row left out
    QString error; // why the file could not be read at all; empty when it was

    // Reads `path`; the cases get these unit codes.
    static Boston311Log read(
        const QString &path, const QString &gridCode, const QString &communityCode, const QString &townshipCode);
};

} // namespace griddesk::test
