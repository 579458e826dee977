#pragma once
// Checks the audit log's hash chain one entry at a time, in seq order, so that
// a log of any length is checked without holding it in memory.

#include "AuditChain.h"

namespace griddesk::auditchain {

class Checker
{
public:
    // From the start of the log, or on from an intact verdict's head (the
    // entries after it, counts going on from it).
    explicit Checker(const Verdict &intactHead = Verdict());

    // Checks the next entry. False once the chain is broken: later entries
    // are not checked, and the verdict names the first bad one.
    bool add(const AuditEntry &e);
    const Verdict &verdict() const { return m_verdict; }

private:
    Verdict m_verdict;
    QString m_expectedPrev;
};

} // namespace griddesk::auditchain
