#include "AuditChecker.h"

namespace griddesk::auditchain {

Checker::Checker(const Verdict &intactHead)
{
    m_verdict.checked = intactHead.checked;
    m_verdict.headHash = intactHead.headHash;
    m_verdict.headSeq = intactHead.headSeq;
    m_expectedPrev = intactHead.headHash.isEmpty() ? genesis() : intactHead.headHash;
}

bool Checker::add(const AuditEntry &e)
{
    Verdict &v = m_verdict;
    if (!v.intact)
        return false;
    if (e.hash.isEmpty()) {
        ++v.unsealed;
        return true;
    }
    if (v.unsealed > 0) {
        v.intact = false;
        v.firstBadSeq = e.seq;
        v.reason = QStringLiteral("entry %1 is sealed after unsealed entries").arg(e.seq);
        return false;
    }
    if (e.prevHash != m_expectedPrev) {
        v.intact = false;
        v.firstBadSeq = e.seq;
        v.reason = QStringLiteral("entry %1 does not follow the entry before it: an entry before it was removed, "
                                  "inserted or changed")
                       .arg(e.seq);
        return false;
    }
    if (hashOf(e) != e.hash) {
        v.intact = false;
        v.firstBadSeq = e.seq;
        v.reason = QStringLiteral("entry %1 (%2 %3 on %4 by %5) was changed after it was written")
                       .arg(e.seq)
                       .arg(e.at, e.action, e.table, e.actor);
        return false;
    }
    m_expectedPrev = e.hash;
    ++v.checked;
    v.headHash = e.hash;
    v.headSeq = e.seq;
    return true;
}

} // namespace griddesk::auditchain
