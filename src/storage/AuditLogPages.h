#pragma once
// The audit log read a page at a time.

#include "AuditEntry.h"

#include <functional>

namespace griddesk {

class PeopleStore;

namespace auditlog {

// Hands each entry after `afterSeq` to `each`, in seq order, reading
// `pageSize` entries at a time, so that one page is in memory however long
// the log is (a city's log holds a row for every camera, unit and case ever
// written). Stops when `each` returns false.
void forEachEntry(const PeopleStore &store, qint64 afterSeq, const std::function<bool(const AuditEntry &)> &each,
                  int pageSize = 5000);

} // namespace auditlog
} // namespace griddesk
