#include "DemoCameras.h"
#include "PolygonOps.h"

#include <QHash>

namespace griddesk::demo {

GeoPoint randomPointIn(const AdminUnit &unit, std::mt19937 &rng)
{
    const GeoBounds b = polygon::bounds(unit.geometry);
    std::uniform_real_distribution<double> ux(b.minX, b.maxX), uy(b.minY, b.maxY);
    for (int i = 0; i < 10000; ++i) {
        const GeoPoint p{ux(rng), uy(rng)};
        if (polygon::contains(unit.geometry, p))
            return p;
    }
    return polygon::centroid(unit.geometry);
}

QVector<Camera> buildCameras(const AdminUnit &township, const QVector<AdminUnit> &communities,
                             const QVector<AdminUnit> &grids, int count, std::mt19937 &rng)
{
    QHash<QString, QString> communityName;
    for (const AdminUnit &c : communities)
        communityName.insert(c.code, c.shortName);

    // Places by class: class 1 are key public places, class 2 residential
    // entrances and main roads, class 3 everything else.
    const QStringList class1 = {QStringLiteral("学校门口"), QStringLiteral("农贸市场"), QStringLiteral("主干道路口"),
                                QStringLiteral("客运站广场"), QStringLiteral("医院门诊楼"), QStringLiteral("港区大门")};
    const QStringList class2 = {QStringLiteral("小区北门"), QStringLiteral("小区南门"), QStringLiteral("社区服务中心"),
                                QStringLiteral("沿街商铺"), QStringLiteral("公交站台"), QStringLiteral("停车场出入口")};
    const QStringList class3 = {QStringLiteral("楼道口"), QStringLiteral("背街小巷"), QStringLiteral("健身广场"),
                                QStringLiteral("垃圾分类点"), QStringLiteral("电动车充电棚"), QStringLiteral("河道护栏")};

    std::uniform_real_distribution<double> u(0.0, 1.0);
    QVector<Camera> cameras;
    QHash<QString, int> perPlace;
    // Township seat prefix for GB/T 28181: 6-digit county code + 2-digit township sequence.
    const QString centre = township.code.left(6) + township.code.mid(7, 2);
    for (int i = 0; i < count; ++i) {
        const AdminUnit &grid = grids[i % grids.size()];
        Camera c;
        const double r = u(rng);
        c.cameraClass = r < 0.15 ? CameraClass::Class1 : (r < 0.5 ? CameraClass::Class2 : CameraClass::Class3);
        const QStringList &places = c.cameraClass == CameraClass::Class1
            ? class1
            : (c.cameraClass == CameraClass::Class2 ? class2 : class3);
        const QString place = places[int(u(rng) * places.size()) % places.size()];
        const QString base = communityName.value(grid.parentCode) + place;
        const int n = ++perPlace[base];
        c.name = n == 1 ? base : QStringLiteral("%1%2号").arg(base).arg(n);
        // 20 digits: centre (8), industry 00 (social security), type 132 (network camera),
        // network flag 0, serial (6).
        c.deviceId = centre + QStringLiteral("001320") + QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        c.online = u(rng) > (c.cameraClass == CameraClass::Class1 ? 0.04 : 0.12);
        c.networked = c.cameraClass != CameraClass::Class3 || u(rng) > 0.4;
        c.installedAt = QDateTime(QDate(2019, 3, 1).addDays(int(u(rng) * 2000)), QTime(0, 0), Qt::UTC);
        c.location = randomPointIn(grid, rng);
        c.gridCode = grid.code;
        cameras.push_back(c);
    }
    return cameras;
}

} // namespace griddesk::demo
