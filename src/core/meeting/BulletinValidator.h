#pragma once
// Checks a bulletin before it is published and names each bad field: the
// title and the text (present, not too long), the period (valid times, the
// end after the start and not yet past) and the area (drawn, or units
// chosen).

#include "Bulletin.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QVector>

namespace griddesk {

class BulletinValidator
{
    Q_DECLARE_TR_FUNCTIONS(BulletinValidator)

public:
    static constexpr int kMaxTitle = 60;
    static constexpr int kMaxText = 2000;

    // `now`: the end must lie after it (a bulletin that has already expired
    // would never show).
    static QVector<FieldError> check(const Bulletin &draft, const QDateTime &now);
};

} // namespace griddesk
