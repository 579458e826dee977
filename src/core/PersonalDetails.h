#pragma once
// A reporter's personal data in full, as revealed (and audited) on request.

#include <QString>

namespace griddesk {

struct PersonalDetails {
    QString phone;
    QString idNumber;
};

} // namespace griddesk
