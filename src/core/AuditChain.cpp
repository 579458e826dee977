#include "AuditChain.h"

#include "AuditChecker.h"

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
    Checker checker(intactHead);
    for (const AuditEntry &e : entries)
        if (!checker.add(e))
            break;
    return checker.verdict();
}

} // namespace griddesk::auditchain
