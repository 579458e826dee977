#include "BenchHouseholds.h"
#include "DemoCameras.h"
#include "DemoNames.h"
#include "PolygonOps.h"
#include "RegisterImport.h"
#include "Store.h"
#include "StoreError.h"

#include <QFile>

#include <cmath>
#include <random>

namespace griddesk::demo {

namespace {

const char *const kRoads[] = {"海滨二路", "北京路", "烟台路", "青岛路", "临沂路", "威海路", "黄海一路", "山海路",
                              "泰安路", "望海路", "正阳路", "兴业路"};

// A buffered UTF-8 CSV file.
class CsvOut
{
public:
    CsvOut(const QString &path, const QString &header)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot write %1").arg(path));
        row(header);
    }
    void row(const QString &line)
    {
        m_buffer += line.toUtf8();
        m_buffer += '\n';
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    void close()
    {
        flush();
        m_file.close();
        if (m_file.error() != QFileDevice::NoError)
            throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot write %1").arg(m_file.fileName()));
    }

private:
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot write %1").arg(m_file.fileName()));
        m_buffer.clear();
    }
    QFile m_file;
    QByteArray m_buffer;
};

qint64 import(Store &store, RegisterKind kind, const QString &path)
{
    const ImportReport report = RegisterImport(store.session()).run(kind, path, {});
    if (!report.written)
        throw StoreError(StoreError::Kind::Invalid,
                         QStringLiteral("bench-data %1: %2\n%3")
                             .arg(registerkind::cliName(kind), ImportReportText::summary(report),
                                  ImportReportText::problems(report, 5)));
    return report.rowsImported;
}

QString at(const GeoPoint &p)
{
    return QStringLiteral("%1,%2").arg(p.x, 0, 'f', 7).arg(p.y, 0, 'f', 7);
}

// A point of the grid that stays inside it once written with seven decimals
// (a point on the city's edge could otherwise fall out of every grid).
GeoPoint placeIn(const AdminUnit &grid, std::mt19937 &rng)
{
    for (;;) {
        const GeoPoint p = randomPointIn(grid, rng);
        const GeoPoint written{std::round(p.x * 1e7) / 1e7, std::round(p.y * 1e7) / 1e7};
        if (polygon::contains(grid.geometry, written))
            return written;
    }
}

} // namespace

BenchHouseholdPlan planHouseholds(QVector<AdminUnit> &units, unsigned seed)
{
    BenchHouseholdPlan plan;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> houses(40, 94);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // Household sizes 1 to 5, three the most common.
    std::discrete_distribution<int> size({0.10, 0.20, 0.30, 0.25, 0.15});
    QHash<QString, int> at;
    for (int i = 0; i < units.size(); ++i) {
        units[i].population = 0;
        at.insert(units[i].code, i);
    }
    for (int i = 0; i < units.size(); ++i) {
        if (units[i].level != AdminLevel::Grid)
            continue;
        QVector<quint8> members(houses(rng));
        int people = 0;
        for (quint8 &m : members) {
            m = unit(rng) < 0.06 ? 0 : quint8(1 + size(rng));
            people += m;
        }
        plan.grids << i;
        plan.members << members;
        plan.houses += members.size();
        plan.residents += people;
        for (int u = i; u >= 0; u = at.value(units[u].parentCode, -1))
            units[u].population += people;
    }
    return plan;
}

BenchHouseholdCounts addBenchHouseholds(Store &store, const QVector<AdminUnit> &units, const BenchHouseholdPlan &plan,
                                        const QDate &today, unsigned seed, const QString &folder,
                                        const std::function<void(const QString &)> &stage)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto pick = [&](int n) { return int(unit(rng) * n) % n; };
    const QString housesPath = folder + QStringLiteral("/houses.csv");
    const QString residentsPath = folder + QStringLiteral("/residents.csv");
    if (stage)
        stage(QStringLiteral("writing houses and residents"));
    {
        CsvOut houses(housesPath, QStringLiteral("房屋编码,地址,楼栋,单元房号,房屋用途,居住状态,产权人,产权人身份证号,建筑面积,经度,纬度"));
        CsvOut residents(residentsPath, QStringLiteral("姓名,公民身份号码,人口类型,联系电话,户号,与户主关系,房屋编码,地址,民族,工作单位"));
        QHash<QString, QHash<QDate, int>> sequence; // per region of the ID numbers
        for (int k = 0; k < plan.grids.size(); ++k) {
            const AdminUnit &g = units[plan.grids[k]];
            QHash<QDate, int> &next = sequence[g.code.left(6)];
            const QString road = QString::fromUtf8(kRoads[pick(12)]);
            const QVector<quint8> &members = plan.members[k];
            for (int h = 0; h < members.size(); ++h) {
                const GeoPoint p = placeIn(g, rng);
                const QString houseNo = QStringLiteral("FW%1%2").arg(g.code).arg(h + 1, 3, 10, QLatin1Char('0'));
                const int building = 1 + h / 12, room = 101 + (h % 6) * 100 + (h / 6) % 2;
                const QString address = QStringLiteral("%1%2号%3号楼%4室").arg(road).arg(8 + 2 * building).arg(building).arg(room);
                const double r = unit(rng);
                const QString use = r < 0.88 ? QStringLiteral("住宅") : r < 0.95 ? QStringLiteral("商住") : QStringLiteral("商业");
                const bool vacant = members[h] == 0;
                const bool rented = !vacant && unit(rng) < 0.2;
                const QString state = vacant ? QStringLiteral("空置") : rented ? QStringLiteral("出租") : QStringLiteral("自住");
                const QString owner = personName(rng);
                const QDate ownerBirth = today.addYears(-35 - pick(40)).addDays(-pick(365));
                const QString ownerId = idNumber(g.code.left(6), ownerBirth, next);
                houses.row(QStringLiteral("%1,%2,%3号楼,%4,%5,%6,%7,%8,%9,%10")
                               .arg(houseNo, address)
                               .arg(building)
                               .arg(room)
                               .arg(use, state, owner, ownerId, QString::number(60 + pick(90)), at(p)));
                const QString type = rented ? QStringLiteral("流动人口") : QStringLiteral("户籍人口");
                const QString household = QStringLiteral("H%1").arg(houseNo.mid(2));
                for (int m = 0; m < members[h]; ++m) {
                    const bool head = m == 0;
                    const QString name = head && !rented ? owner : personName(rng);
                    const QDate birth = head && !rented ? ownerBirth
                                        : m == 1        ? today.addYears(-30 - pick(40)).addDays(-pick(365))
                                                        : today.addYears(-1 - pick(25)).addDays(-pick(365));
                    const QString id = head && !rented ? ownerId : idNumber(g.code.left(6), birth, next);
                    const QString relation = head ? QStringLiteral("户主") : m == 1 ? QStringLiteral("配偶") : QStringLiteral("子女");
                    residents.row(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,汉,%9")
                                      .arg(name, id, type, mobilePhone(rng), household, relation, houseNo, address,
                                           m < 2 ? QStringLiteral("日照港集团") : QString()));
                }
            }
        }
        houses.close();
        residents.close();
    }
    BenchHouseholdCounts counts;
    if (stage)
        stage(QStringLiteral("importing houses"));
    counts.houses = import(store, RegisterKind::Houses, housesPath);
    if (stage)
        stage(QStringLiteral("importing residents"));
    counts.residents = import(store, RegisterKind::Residents, residentsPath);
    QFile::remove(housesPath);
    QFile::remove(residentsPath);
    return counts;
}

} // namespace griddesk::demo
