#include "PersonalData.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace griddesk::personaldata {

QChar idCheckCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QString normalizeIdNumber(const QString &id)
{
    return id.trimmed().toUpper();
}

bool isValidIdNumber(const QString &raw)
{
    const QString id = normalizeIdNumber(raw);
    static const QRegularExpression shape(QStringLiteral("^[1-9]\\d{16}[\\dX]$"));
    if (!shape.match(id).hasMatch())
        return false;
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || birth > QDate::currentDate())
        return false;
    return idCheckCharacter(id.left(17)) == id.at(17);
}

IdNumberFault idNumberFault(const QString &id, const QDate &today, QDate *birth)
{
    if (id.size() != 18 || id.at(0) == QLatin1Char('0'))
        return IdNumberFault::Shape;
    for (int i = 0; i < 17; ++i)
        if (!id.at(i).isDigit() || id.at(i).unicode() > '9')
            return IdNumberFault::Shape;
    const QChar last = id.at(17);
    if (!(last.unicode() >= '0' && last.unicode() <= '9') && last != QLatin1Char('X'))
        return IdNumberFault::Shape;
    auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i)
            n = n * 10 + (id.at(i).unicode() - '0');
        return n;
    };
    const QDate date(number(6, 4), number(10, 2), number(12, 2));
    if (!date.isValid() || date.year() < 1900)
        return IdNumberFault::BirthDate;
    if (date > today)
        return IdNumberFault::FutureBirth;
    if (idCheckCharacter(id.left(17)) != last)
        return IdNumberFault::CheckDigit;
    if (birth)
        *birth = date;
    return IdNumberFault::None;
}

bool idNumberIsMale(const QString &id)
{
    return id.size() >= 17 && (id.at(16).unicode() - '0') % 2 == 1;
}

QString normalizePhone(const QString &phone)
{
    QString p = phone.trimmed();
    p.remove(QLatin1Char(' '));
    if (p.startsWith(QLatin1String("+86")))
        p = p.mid(3);
    return p;
}

bool isValidPhone(const QString &phone)
{
    const QString p = normalizePhone(phone);
    // Most numbers are mobiles: tell them without a regular expression.
    if (p.size() == 11 && p.at(0) == QLatin1Char('1') && p.at(1) >= QLatin1Char('3') && p.at(1) <= QLatin1Char('9')
        && std::all_of(p.cbegin() + 2, p.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return true;
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    return mobile.match(p).hasMatch() || landline.match(p).hasMatch();
}

QString maskIdNumber(const QString &id)
{
    if (id.size() <= 8)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4) + QString(id.size() - 8, QLatin1Char('*')) + id.right(4);
}

QString maskPhone(const QString &phone)
{
    if (phone.size() <= 7)
        return QString(phone.size(), QLatin1Char('*'));
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

QString maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A surrogate pair is one character.
    const int first = trimmed.at(0).isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    const int rest = int(trimmed.mid(first).toUcs4().size());
    return trimmed.left(first) + QString(std::max(rest, 1), QLatin1Char('*'));
}

} // namespace griddesk::personaldata
