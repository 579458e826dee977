#pragma once
// Personal data of reporters: citizen ID numbers (GB 11643) and phone
// numbers, validated on entry and masked for roles without the right to see
// them, on screen and in every export.

#include <QDate>
#include <QString>

namespace griddesk::personaldata {

// An 18-character GB 11643 citizen ID: 17 digits and an ISO 7064 MOD 11-2
// check character (0-9 or X), with a plausible birth date. Lower-case x is
// accepted; normalizeIdNumber() upper-cases it.
bool isValidIdNumber(const QString &id);
QString normalizeIdNumber(const QString &id);
// The check character for the first 17 digits.
QChar idCheckCharacter(const QString &first17);

// Why an ID number is not valid, for messages that say which part is wrong.
enum class IdNumberFault { None, Shape, BirthDate, FutureBirth, CheckDigit };
// `today` bounds the birth date; *birth (when given) receives it.
IdNumberFault idNumberFault(const QString &normalizedId, const QDate &today, QDate *birth = nullptr);
// The sex the 17th digit gives: odd male, even female.
bool idNumberIsMale(const QString &normalizedId);

// A mainland mobile number (11 digits starting 1[3-9]) or a landline with
// area code (0xx-xxxxxxxx, the dash optional). Spaces and dashes are ignored.
bool isValidPhone(const QString &phone);
QString normalizePhone(const QString &phone);

// 3711**********123X: the first four and last four characters kept.
QString maskIdNumber(const QString &id);
// 138****5678: the first three and last four digits kept.
QString maskPhone(const QString &phone);
// 张**: a person's or party's name with only its first character kept, for
// reports that leave the console (the assessment's exports).
QString maskName(const QString &name);

} // namespace griddesk::personaldata
