#pragma once
// The unified social credit code of an organisation (统一社会信用代码,
// GB 32100-2015): 18 characters from 0-9 and A-Y without I, O, Z, S and V,
// the last a MOD 31 check character.

#include <QString>

namespace griddesk::creditcode {

// Upper-cased and trimmed.
QString normalize(const QString &code);
// 18 characters of the code's alphabet.
bool hasShape(const QString &normalized);
// The check character for the first 17 characters (which must have the shape).
QChar checkCharacter(const QString &normalized);
bool isValid(const QString &code);

} // namespace griddesk::creditcode
