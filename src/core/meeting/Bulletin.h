#pragma once
// A security bulletin (治安预警): the centre warns of a risk in an area for a
// period, at a level, in its own words. It shows on every console whose
// scope overlaps the area until it expires or is withdrawn.
#include "GeoTypes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace griddesk {

enum class BulletinLevel {
    Blue = 1,   // 蓝色 (一般)
    Yellow = 2, // 黄色 (较重)
    Orange = 3, // 橙色 (严重)
    Red = 4,    // 红色 (特别严重)
};

struct Bulletin {
    qint64 id = 0;
    QString code;              // "YJ-20261130-01"
    QString townshipCode;
    BulletinLevel level = BulletinLevel::Blue;
    QString title;
    QString text;
    MultiPolygon area;         // EPSG:4490
    QStringList unitCodes;     // the grids, communities and township the area touches (scope)
    QDateTime validFrom;
    QDateTime validTo;
    QDateTime publishedAt;
    QString publishedBy;
    QDateTime withdrawnAt;     // invalid unless withdrawn
    int rowVersion = 0;

    bool isActive(const QDateTime &at) const
    {
        return !withdrawnAt.isValid() && validFrom <= at && at < validTo;
    }
};

} // namespace griddesk
