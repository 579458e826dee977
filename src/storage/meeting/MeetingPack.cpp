#include "MeetingPack.h"

namespace griddesk {

QStringList MeetingPack::caseNumbers(const QVector<qint64> &ids) const
{
    QStringList out;
    for (qint64 id : ids)
        out << caseCodes.value(id, QStringLiteral("#%1").arg(id));
    return out;
}

} // namespace griddesk
