#pragma once
// Statistical division codes: 12 digits for district, township and community
// (province 2, city 2, county 2, township 3, village 3), and 15 digits for a
// grid (its community's code plus a 3-digit sequence).

#include "AdminLevel.h"

#include <QString>

namespace griddesk::divisioncode {

bool isDigits(const QString &s);
// The level a well-formed code denotes, judged from its length and zero tail.
bool levelOf(const QString &code, AdminLevel *level);
bool isValid(const QString &code, AdminLevel expected);
QString gridCode(const QString &communityCode, int sequence);
// The code of the unit one level up.
QString parentOf(const QString &code);

} // namespace griddesk::divisioncode
