#include "DemoRegisters.h"
#include "CreditCode.h"
#include "DemoCameras.h"
#include "DemoNames.h"
#include "PersonalData.h"
#include "PolygonOps.h"
#include "RegisterImport.h"
#include "Store.h"
#include "StoreError.h"

#include <QFile>
#include <QTemporaryDir>

namespace griddesk::demo {

namespace {

// Rows of one CSV file, written UTF-8.
struct Csv {
    QString header;
    QStringList rows;
};

std::uniform_real_distribution<double> unit(0.0, 1.0);

int pick(std::mt19937 &rng, int n)
{
    return int(unit(rng) * n) % n;
}

GeoPoint pointIn(const AdminUnit &grid, std::mt19937 &rng)
{
    return randomPointIn(grid, rng);
}

QString idFor(const QDate &birth, QHash<QDate, int> &next)
{
    return idNumber(QStringLiteral("371102"), birth, next);
}

QString phone(std::mt19937 &rng)
{
    return mobilePhone(rng);
}

QString creditCode(std::mt19937 &rng)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    QString c = QStringLiteral("91371102");
    while (c.size() < 17)
        c += QLatin1Char(alphabet[pick(rng, 31)]);
    return c + creditcode::checkCharacter(c + QLatin1Char('0'));
}

QString at(const GeoPoint &p)
{
    return QStringLiteral("%1,%2").arg(p.x, 0, 'f', 6).arg(p.y, 0, 'f', 6);
}

void write(const QString &path, const Csv &csv)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot write %1").arg(path));
    f.write((csv.header + QLatin1Char('\n') + csv.rows.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

qint64 import(Store &store, RegisterKind kind, const QString &path)
{
    const ImportReport report = RegisterImport(store.session()).run(kind, path, {});
    if (!report.written)
        throw StoreError(StoreError::Kind::Invalid, QStringLiteral("demo %1: %2\n%3")
                                                        .arg(registerkind::cliName(kind), ImportReportText::summary(report),
                                                             ImportReportText::problems(report, 5)));
    return report.rowsImported;
}

struct Person {
    QString name, id, grid;
    GeoPoint where;
    QString address;
};

} // namespace

DemoRegisterCounts addDemoRegisters(Store &store, const QVector<AdminUnit> &grids, const QVector<StaffMember> &staff,
                                    const QDate &today, std::mt19937 &rng)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot make a temporary folder for the demo registers"));
    DemoRegisterCounts counts;
    static const char *const roads[] = {"海滨二路", "北京路", "烟台路", "青岛路", "临沂路", "威海路", "黄海一路", "山海路"};
    Csv houses{QStringLiteral("房屋编码,地址,楼栋,单元房号,房屋用途,居住状态,产权人,产权人身份证号,建筑面积,经度,纬度"), {}};
    Csv residents{QStringLiteral("姓名,公民身份号码,人口类型,联系电话,户号,与户主关系,房屋编码,地址,民族,工作单位"), {}};
    QVector<Person> people;
    QHash<QDate, int> sequence;
    for (const AdminUnit &g : grids) {
        const QString road = QString::fromUtf8(roads[pick(rng, 8)]);
        const int count = 40 + pick(rng, 30);
        for (int h = 0; h < count; ++h) {
            const GeoPoint p = pointIn(g, rng);
            const QString houseNo = QStringLiteral("FW%1%2").arg(g.code.right(6)).arg(h + 1, 3, 10, QLatin1Char('0'));
            const int building = 1 + h / 12, room = 101 + (h % 6) * 100 + (h / 6) % 2;
            const QString address = QStringLiteral("%1%2号%3号楼%4室").arg(road).arg(8 + 2 * building).arg(building).arg(room);
            const double r = unit(rng);
            const QString use = r < 0.88 ? QStringLiteral("住宅") : r < 0.95 ? QStringLiteral("商住") : QStringLiteral("商业");
            const double s = unit(rng);
            const QString state = s < 0.78 ? QStringLiteral("自住") : s < 0.94 ? QStringLiteral("出租") : QStringLiteral("空置");
            const QString owner = personName(rng);
            const QDate ownerBirth = today.addYears(-35 - pick(rng, 40)).addDays(-pick(rng, 365));
            const QString ownerId = idFor(ownerBirth, sequence);
            houses.rows << QStringLiteral("%1,%2,%3号楼,%4,%5,%6,%7,%8,%9,%10")
                               .arg(houseNo, address).arg(building).arg(room)
                               .arg(use, state, owner, ownerId, QString::number(60 + pick(rng, 90)), at(p));
            if (state == QStringLiteral("空置"))
                continue;
            // A household: the owner's, or a tenant's family of the floating population.
            const bool rented = state == QStringLiteral("出租");
            const QString type = rented ? QStringLiteral("流动人口") : QStringLiteral("户籍人口");
            const QString household = QStringLiteral("H%1").arg(houseNo.mid(2));
            const int members = 1 + pick(rng, 4);
            for (int m = 0; m < members; ++m) {
                const bool head = m == 0;
                const QString name = head && !rented ? owner : personName(rng);
                const QDate birth = head && !rented ? ownerBirth
                                    : m == 1        ? today.addYears(-30 - pick(rng, 40)).addDays(-pick(rng, 365))
                                                    : today.addYears(-1 - pick(rng, 25)).addDays(-pick(rng, 365));
                const QString id = head && !rented ? ownerId : idFor(birth, sequence);
                const QString relation = head ? QStringLiteral("户主") : m == 1 ? QStringLiteral("配偶") : QStringLiteral("子女");
                residents.rows << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,汉,%9")
                                      .arg(name, id, type, phone(rng), household, relation, houseNo, address,
                                           m < 2 ? QStringLiteral("日照港集团") : QString());
                people.push_back({name, id, g.code, p, address});
            }
        }
    }
    // A few foreign residents, with passports; without a house, their grid is named.
    Csv foreign{residents.header + QStringLiteral(",网格编码"), {}};
    for (int i = 0; i < 6; ++i) {
        const Person &host = people[pick(rng, people.size())];
        foreign.rows << QStringLiteral("Kim Minho %1,M%2,境外人员,%3,,,,%4,,日照港集团,%5")
                            .arg(i + 1).arg(72814530 + i * 37).arg(phone(rng), host.address, host.grid);
    }
    write(dir.filePath(QStringLiteral("houses.csv")), houses);
    write(dir.filePath(QStringLiteral("residents.csv")), residents);
    write(dir.filePath(QStringLiteral("foreign.csv")), foreign);
    counts.houses = import(store, RegisterKind::Houses, dir.filePath(QStringLiteral("houses.csv")));
    counts.residents = import(store, RegisterKind::Residents, dir.filePath(QStringLiteral("residents.csv")))
                       + import(store, RegisterKind::Residents, dir.filePath(QStringLiteral("foreign.csv")));

    // A year of disputes, two parties each; one applicant twice, and two disputes at one place.
    static const char *const types[] = {"邻里纠纷", "婚姻家庭纠纷", "物业纠纷", "合同债务纠纷", "劳动争议", "损害赔偿纠纷", "土地山林纠纷"};
    static const char *const titles[] = {"楼上漏水引发邻里争执", "夫妻因赡养老人发生矛盾", "物业费收缴争议", "装修款拖欠",
                                         "工资拖欠", "车辆剐蹭赔偿", "宅基地边界争议"};
    static const char *const states[] = {"调解成功", "调解成功", "调解成功", "调解中", "已登记", "调解未成功", "已移交"};
    static const char *const methods[] = {"人民调解", "人民调解", "行政调解", "司法调解"};
    Csv disputes{QStringLiteral("台账编号,纠纷简述,纠纷类型,发生日期,调处状态,调解方式,调解员,调处结果,经度,纬度,发生地点"), {}};
    Csv parties{QStringLiteral("台账编号,姓名,当事人类型,公民身份号码,联系电话"), {}};
    const int disputeCount = 60;
    const Person repeated = people[pick(rng, people.size())];
    for (int i = 0; i < disputeCount; ++i) {
        const int t = pick(rng, 7);
        const QString ledger = QStringLiteral("TZ%1-%2").arg(today.year()).arg(i + 1, 3, 10, QLatin1Char('0'));
        const Person a = i == 5 || i == 41 ? repeated : people[pick(rng, people.size())];
        const Person b = people[pick(rng, people.size())];
        const GeoPoint where = i == 23 ? GeoPoint{a.where.x + 0.0001, a.where.y} : a.where;
        const QString state = QString::fromUtf8(states[pick(rng, 7)]);
        const bool done = state == QStringLiteral("调解成功");
        disputes.rows << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10")
                             .arg(ledger, QString::fromUtf8(titles[t]), QString::fromUtf8(types[t]),
                                  today.addDays(-pick(rng, 360)).toString(Qt::ISODate), state,
                                  state == QStringLiteral("已登记") ? QString() : QString::fromUtf8(methods[pick(rng, 4)]),
                                  personName(rng), done ? QStringLiteral("双方达成调解协议并履行") : QString(), at(where), a.address);
        parties.rows << QStringLiteral("%1,%2,申请人,%3,%4").arg(ledger, a.name, a.id, phone(rng))
                     << QStringLiteral("%1,%2,被申请人,%3,%4").arg(ledger, b.name, b.id, phone(rng));
    }
    write(dir.filePath(QStringLiteral("disputes.csv")), disputes);
    write(dir.filePath(QStringLiteral("parties.csv")), parties);
    counts.disputes = import(store, RegisterKind::Disputes, dir.filePath(QStringLiteral("disputes.csv")));
    counts.parties = import(store, RegisterKind::DisputeParties, dir.filePath(QStringLiteral("parties.csv")));
    // Some disputes came in as cases: linked to a case of their grid.
    QHash<QString, qint64> caseOfGrid;
    for (const Incident &i : store.incidents())
        caseOfGrid.insert(i.gridCode, i.id);
    int linked = 0;
    for (const RegisterRecord &d : store.registerRecords(RegisterKind::Disputes)) {
        if (linked >= 12)
            break;
        if (caseOfGrid.contains(d.gridCode)) {
            store.linkIncident(RegisterKind::Disputes, d.id, caseOfGrid.value(d.gridCode));
            ++linked;
        }
    }

    // Key persons, each with a grid worker responsible; some visits overdue.
    QHash<QString, QStringList> workers;
    for (const StaffMember &s : staff)
        if (s.active)
            workers[s.gridCode] << s.name;
    static const char *const kinds[] = {"社区矫正对象", "刑满释放人员", "吸毒人员", "严重精神障碍患者", "重点青少年", "重点信访人员"};
    static const char *const risks[] = {"低", "低", "中", "中", "高"};
    Csv keys{QStringLiteral("姓名,公民身份号码,人群类别,风险等级,包联责任人,走访周期,列管日期,下次走访日期,联系电话,经度,纬度,地址"), {}};
    QSet<QString> listed;
    for (int i = 0; i < 80; ++i) {
        const Person p = people[pick(rng, people.size())];
        if (listed.contains(p.id) || !workers.contains(p.grid))
            continue;
        listed.insert(p.id);
        const QString risk = QString::fromUtf8(risks[pick(rng, 5)]);
        const int days = risk == QStringLiteral("高") ? 7 : risk == QStringLiteral("中") ? 15 : 30;
        // One in eight is overdue by a few days.
        const QDate due = i % 8 == 3 ? today.addDays(-1 - pick(rng, 6)) : today.addDays(1 + pick(rng, days));
        keys.rows << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11")
                         .arg(p.name, p.id, QString::fromUtf8(kinds[pick(rng, 6)]), risk,
                              workers[p.grid][pick(rng, workers[p.grid].size())], QString::number(days),
                              today.addDays(-30 - pick(rng, 700)).toString(Qt::ISODate), due.toString(Qt::ISODate),
                              phone(rng), at(p.where), p.address);
    }
    write(dir.filePath(QStringLiteral("keys.csv")), keys);
    counts.keyPersons = import(store, RegisterKind::KeyPersons, dir.filePath(QStringLiteral("keys.csv")));
    // The last visit of a few of them, through the store as a worker records it.
    int visited = 0;
    for (const RegisterRecord &k : store.registerRecords(RegisterKind::KeyPersons)) {
        if (visited >= 20)
            break;
        const QDate due = k.value(QStringLiteral("next_visit_due")).toDate();
        if (!due.isValid() || due < today)
            continue;
        RegisterRecord v = RegisterRecord::blank(RegisterKind::KeyPersonVisits);
        v.set(QStringLiteral("key_person_id"), k.id);
        v.set(QStringLiteral("visited_on"), today.addDays(-pick(rng, 6)));
        v.set(QStringLiteral("visit_kind"), visited % 3 == 0 ? QStringLiteral("帮教") : QStringLiteral("走访"));
        v.set(QStringLiteral("staff_name"), k.text(QStringLiteral("responsible")));
        v.set(QStringLiteral("finding"), QStringLiteral("本人在家，情绪稳定，近期无异常"));
        v.set(QStringLiteral("next_due"), due);
        store.recordKeyPersonVisit(v);
        ++visited;
    }
    counts.visits = visited;

    // Organisations: a property company and an owners' committee in many grids, and others.
    Csv orgs{QStringLiteral("名称,组织类型,统一社会信用代码,联系人,联系电话,地址,经度,纬度"), {}};
    static const char *const orgTypes[] = {"社会组织", "企业", "个体工商户"};
    static const char *const orgNames[] = {"志愿者协会", "商贸有限公司", "便利店"};
    int o = 0;
    for (const AdminUnit &g : grids) {
        const GeoPoint p = pointIn(g, rng);
        if (o % 3 == 0)
            orgs.rows << QStringLiteral("%1物业服务有限公司,物业服务企业,%2,%3,%4,%5,%6")
                             .arg(g.shortName, creditCode(rng), personName(rng), phone(rng), QStringLiteral("%1服务中心").arg(g.shortName), at(p));
        if (o % 2 == 0)
            orgs.rows << QStringLiteral("%1业主委员会,业主委员会,,%2,%3,%4,%5")
                             .arg(g.shortName, personName(rng), phone(rng), QStringLiteral("%1居民活动室").arg(g.shortName), at(pointIn(g, rng)));
        const int k = pick(rng, 3);
        orgs.rows << QStringLiteral("日照%1%2,%3,%4,%5,%6,%7,%8")
                         .arg(personName(rng).left(1) + QString::fromUtf8("海"), QString::fromUtf8(orgNames[k]),
                              QString::fromUtf8(orgTypes[k]), k == 0 ? QString() : creditCode(rng), personName(rng), phone(rng),
                              QStringLiteral("%1沿街商铺").arg(g.shortName), at(pointIn(g, rng)));
        ++o;
    }
    write(dir.filePath(QStringLiteral("orgs.csv")), orgs);
    counts.organisations = import(store, RegisterKind::Organisations, dir.filePath(QStringLiteral("orgs.csv")));
    // Property companies are party to some cases of their grid.
    linked = 0;
    for (const RegisterRecord &org : store.registerRecords(RegisterKind::Organisations))
        if (linked < 5 && org.text(QStringLiteral("org_type")) == QLatin1String("property_company")
            && caseOfGrid.contains(org.gridCode)) {
            store.linkIncident(RegisterKind::Organisations, org.id, caseOfGrid.value(org.gridCode));
            ++linked;
        }

    // Eight weeks of each grid worker's log.
    static const char *const activities[] = {"入户走访", "入户走访", "便民服务", "法治宣传", "巡查"};
    static const char *const subjects[] = {"走访独居老人", "核查出租房屋人员信息", "代办社保认证", "宣传防范电信诈骗",
                                           "巡查消防通道"};
    Csv log{QStringLiteral("日期,网格员,工作类型,工作内容,服务人数,网格编码"), {}};
    for (const StaffMember &s : staff) {
        if (!s.active)
            continue;
        for (int week = 0; week < 8; ++week) {
            const int entries = 2 + pick(rng, 5);
            for (int e = 0; e < entries; ++e) {
                const QDate day = today.addDays(-7 * week - pick(rng, 7));
                const int a = pick(rng, 5);
                log.rows << QStringLiteral("%1,%2,%3,%4,%5,%6")
                                .arg(day.toString(Qt::ISODate), s.name, QString::fromUtf8(activities[a]), QString::fromUtf8(subjects[a]))
                                .arg(1 + pick(rng, 12))
                                .arg(s.gridCode);
            }
        }
    }
    write(dir.filePath(QStringLiteral("log.csv")), log);
    counts.workLog = import(store, RegisterKind::WorkLog, dir.filePath(QStringLiteral("log.csv")));
    return counts;
}

} // namespace griddesk::demo
