#pragma once
// The audit log's hash chain. Each entry's hash covers the previous entry's
// hash and every field of its own, so editing an entry changes its hash and
// deleting one breaks the link of the next. The same formula is computed by
// the PostgreSQL trigger (PgSchema) and by the GeoPackage store.

#include "AuditEntry.h"

#include <QVector>

namespace griddesk::auditchain {

// The previous hash of the first entry: 64 zeros.
QString genesis();
// hex SHA-256 of prevHash, at, actor, action, table, row id, before and after,
// joined by line feeds (row id empty when 0).
QString hashOf(const AuditEntry &e);

struct Verdict {
    bool intact = true;
    qint64 checked = 0;     // entries whose hash was recomputed
    qint64 unsealed = 0;    // trailing entries not sealed yet (written outside GridDesk)
    qint64 firstBadSeq = 0; // the first entry that fails, when not intact
    QString reason;         // what is wrong with it, fit to show
    QString headHash;       // the last sealed entry's hash: record it to detect a cut tail later
    qint64 headSeq = 0;
};

// Checks entries in seq order from the start of the log.
Verdict verify(const QVector<AuditEntry> &entries);
// Checks the entries that follow an intact verdict's head (those with a
// greater seq, in seq order) as if the whole log had been checked again:
// the counts go on from it. Entries before the head are not read again, so
// a change to them shows at the next check from the start.
Verdict verifyFrom(const Verdict &intactHead, const QVector<AuditEntry> &after);

} // namespace griddesk::auditchain
