#include "DivisionCode.h"

namespace griddesk::divisioncode {

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool levelOf(const QString &code, AdminLevel *level)
{
    if (!isDigits(code))
        return false;
    AdminLevel l;
    if (code.size() == 15) {
        if (code.mid(12) == QLatin1String("000") || code.mid(9, 3) == QLatin1String("000"))
            return false;
        l = AdminLevel::Grid;
    } else if (code.size() == 12) {
        if (code.mid(9) != QLatin1String("000"))
            l = AdminLevel::Community;
        else if (code.mid(6, 3) != QLatin1String("000"))
            l = AdminLevel::Township;
        else if (code.mid(4, 2) != QLatin1String("00"))
            l = AdminLevel::District;
        else
            return false;
    } else {
        return false;
    }
    if (level)
        *level = l;
    return true;
}

bool isValid(const QString &code, AdminLevel expected)
{
    AdminLevel l;
    return levelOf(code, &l) && l == expected;
}

QString gridCode(const QString &communityCode, int sequence)
{
    return communityCode + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

QString parentOf(const QString &code)
{
    AdminLevel l;
    if (!levelOf(code, &l))
        return {};
    switch (l) {
    case AdminLevel::Grid: return code.left(12);
    case AdminLevel::Community: return code.left(9) + QStringLiteral("000");
    case AdminLevel::Township: return code.left(6) + QStringLiteral("000000");
    case AdminLevel::District: return code.left(4) + QStringLiteral("00000000");
    }
    return {};
}

} // namespace griddesk::divisioncode
