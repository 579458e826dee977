#include "AuditLogPages.h"

#include "PeopleStore.h"

namespace griddesk::auditlog {

void forEachEntry(const PeopleStore &store, qint64 afterSeq, const std::function<bool(const AuditEntry &)> &each,
                  int pageSize)
{
    for (;;) {
        const QVector<AuditEntry> page = store.auditEntries(afterSeq, pageSize);
        for (const AuditEntry &e : page)
            if (!each(e))
                return;
        if (page.size() < pageSize)
            return;
        afterSeq = page.last().seq;
    }
}

} // namespace griddesk::auditlog
