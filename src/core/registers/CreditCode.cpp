#include "CreditCode.h"

namespace griddesk::creditcode {

namespace {

const char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int valueOf(QChar c)
{
    for (int i = 0; i < 31; ++i)
        if (c.unicode() == ushort(kAlphabet[i]))
            return i;
    return -1;
}

} // namespace

QString normalize(const QString &code)
{
    return code.trimmed().toUpper();
}

bool hasShape(const QString &code)
{
    if (code.size() != 18)
        return false;
    for (QChar c : code)
        if (valueOf(c) < 0)
            return false;
    return true;
}

QChar checkCharacter(const QString &code)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += valueOf(code.at(i)) * weights[i];
    const int check = (31 - sum % 31) % 31;
    return QLatin1Char(kAlphabet[check]);
}

bool isValid(const QString &raw)
{
    const QString code = normalize(raw);
    return hasShape(code) && checkCharacter(code) == code.at(17);
}

} // namespace griddesk::creditcode
