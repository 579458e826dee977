#pragma once
// Citizen ID numbers for tests: a region, a birth date and a sequence, with
// the right GB 11643 check character (or a wrong one on purpose).

#include "PersonalData.h"

#include <QDate>
#include <QString>

namespace griddesk::test {

// Tests' people are registered in 五莲县 (371121): the demo township's own
// residents carry 东港区 numbers (371102) with small sequences, so a test's
// number can never be one the demo already registered.
inline QString idNumber(const QDate &birth, int sequence, const QString &region = QStringLiteral("371121"))
{
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + personaldata::idCheckCharacter(first17);
}

// The same number with its check character changed.
inline QString wrongCheck(const QString &id)
{
    const QChar right = id.at(17);
    return id.left(17) + (right == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
}

} // namespace griddesk::test
