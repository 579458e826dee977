#include "AuditChain.h"

#include <QCryptographicHash>
#include <QStringList>

namespace griddesk::auditchain {

QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const AuditEntry &e)
{
    const QString text = QStringList{e.prevHash, e.at, e.actor, e.action, e.table,
                                     e.rowId ? QString::number(*e.rowId) : QString(), e.before, e.after}
                             .join(QLatin1Char('\n'));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Verdict verify(const QVector<AuditEntry> &entries)
{
    return verifyFrom(Verdict(), entries);
}

Verdict verifyFrom(const Verdict &intactHead, const QVector<AuditEntry> &entries)
{
    Verdict v;
    v.checked = intactHead.checked;
    v.headHash = intactHead.headHash;
    v.headSeq = intactHead.headSeq;
    QString expectedPrev = intactHead.headHash.isEmpty() ? genesis() : intactHead.headHash;
    for (const AuditEntry &e : entries) {
        if (e.hash.isEmpty()) {
            ++v.unsealed;
            continue;
        }
        if (v.unsealed > 0) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.reason = QStringLiteral("entry %1 is sealed after unsealed entries").arg(e.seq);
            return v;
        }
        if (e.prevHash != expectedPrev) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.reason = QStringLiteral("entry %1 does not follow the entry before it: an entry before it was removed, "
                                      "inserted or changed").arg(e.seq);
            return v;
        }
        if (hashOf(e) != e.hash) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.reason = QStringLiteral("entry %1 (%2 %3 on %4 by %5) was changed after it was written")
                           .arg(e.seq).arg(e.at, e.action, e.table, e.actor);
            return v;
        }
        expectedPrev = e.hash;
        ++v.checked;
        v.headHash = e.hash;
        v.headSeq = e.seq;
    }
    return v;
}

} // namespace griddesk::auditchain
