#pragma once
// The real division names and codes the demo township uses: 石臼街道 of
// 日照市东港区, with its 14 communities, as published in the national
// statistical division codes (2022).

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <random>

namespace griddesk::demo {

struct NamedUnit {
    QString code;
    QString name;
};

struct TownshipNames {
    NamedUnit district;
    NamedUnit township;
    QVector<NamedUnit> communities;
    double centerLon = 0.0; // real location of the township seat, EPSG:4490
    double centerLat = 0.0;
};

const TownshipNames &shijiuSubdistrict();
// A plausible Chinese name of two or three characters (a common surname first).
QString personName(std::mt19937 &rng);
// A mobile number of a common prefix.
QString mobilePhone(std::mt19937 &rng);
// A citizen ID number (GB 11643) of a region (6 digits) and birth date, with
// the day's next sequence number from `next` (its last digit gives the sex).
QString idNumber(const QString &region, const QDate &birth, QHash<QDate, int> &next);
// "林海社区居委会" → "林海社区", "申家坡新村村民委员会" → "申家坡新村"
QString shortCommunityName(const QString &official);

} // namespace griddesk::demo
