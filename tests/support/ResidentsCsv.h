#pragma once
// A large residents file for the import benchmark and the kill test: UTF-8
// CSV rows with plausible names, valid and distinct citizen ID numbers,
// phones, types and a point inside one of the given grids.

#include "PolygonOps.h"
#include "TestIds.h"

#include <QFile>
#include <QRandomGenerator>
#include <QVector>

#include "AdminUnit.h"

namespace griddesk::test {

inline QString residentsHeader()
{
    return QStringLiteral("姓名,公民身份号码,人口类型,联系电话,户号,与户主关系,经度,纬度,现住址,民族");
}

// Writes `rows` residents; false when the file cannot be written.
inline bool writeResidentsCsv(const QString &path, qint64 rows, const QVector<AdminUnit> &grids, quint32 seed = 7)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || grids.isEmpty())
        return false;
    QRandomGenerator rng(seed);
    static const char *const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"};
    static const char *const given[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明"};
    static const char *const types[] = {"户籍人口", "户籍人口", "户籍人口", "流动人口"};
    static const char *const relations[] = {"户主", "配偶", "子女", "父母"};
    static const char *const roads[] = {"海滨二路", "北京路", "烟台路", "青岛路", "临沂路", "威海路"};
    QVector<GeoBounds> boxes;
    for (const AdminUnit &g : grids)
        boxes << polygon::bounds(g.geometry);
    QByteArray buffer = residentsHeader().toUtf8() + "\n";
    const QDate first(1940, 1, 1);
    for (qint64 i = 0; i < rows; ++i) {
        // Distinct numbers: the birth day and the sequence come from i.
        const QDate birth = first.addDays(int(i / 997 % 29000));
        const QString id = idNumber(birth, int(i % 997));
        // A point about a metre inside a grid, so that any point-in-polygon test agrees.
        GeoPoint p;
        for (bool found = false; !found;) {
            const int g = int(rng.bounded(grids.size()));
            p = {boxes[g].minX + rng.generateDouble() * (boxes[g].maxX - boxes[g].minX),
                 boxes[g].minY + rng.generateDouble() * (boxes[g].maxY - boxes[g].minY)};
            const double d = 0.00001;
            found = polygon::contains(grids[g].geometry, p) && polygon::contains(grids[g].geometry, {p.x - d, p.y - d})
                    && polygon::contains(grids[g].geometry, {p.x + d, p.y + d})
                    && polygon::contains(grids[g].geometry, {p.x - d, p.y + d})
                    && polygon::contains(grids[g].geometry, {p.x + d, p.y - d});
        }
        buffer += QString::fromUtf8(surnames[rng.bounded(16)]).toUtf8() + QString::fromUtf8(given[rng.bounded(16)]).toUtf8();
        buffer += ',' + id.toUtf8() + ',' + QByteArray(types[rng.bounded(4)]) + ",13"
                  + QByteArray::number(100000000 + rng.bounded(899999999)) + ",HH"
                  + QByteArray::number(i / 3) + ',' + QByteArray(relations[i % 3 == 0 ? 0 : 1 + rng.bounded(3)]) + ','
                  + QByteArray::number(p.x, 'f', 6) + ',' + QByteArray::number(p.y, 'f', 6) + ','
                  + QByteArray(roads[rng.bounded(6)]) + QByteArray::number(1 + rng.bounded(300)) + "号,汉\n";
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size() && file.flush();
}

} // namespace griddesk::test
