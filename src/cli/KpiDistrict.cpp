#include "KpiDistrict.h"
#include "CategoryCatalog.h"
#include "ChinaTime.h"
#include "DeadlineClock.h"
#include "DemoCameras.h"
#include "IncidentWorkflow.h"
#include "Satisfaction.h"
#include "ScreeningWeek.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <cmath>
#include <random>

namespace griddesk::bench {

namespace {

constexpr double kCell = 0.012; // a community's square, in degrees

struct Category {
    const char *code;
    double weight;
    const char *department;
    const char *title;
};

// The demo's categories, their share of cases and their usual department.
const Category kCategories[] = {
    { "neighbourhood_dispute", 0.20, "community_committee", "邻里纠纷" },
    { "family_dispute", 0.09, "judicial_office", "家庭纠纷" },
    { "land_dispute", 0.05, "judicial_office", "土地纠纷" },
    { "labour_dispute", 0.08, "zongzhi_office", "劳资纠纷" },
    { "property_dispute", 0.12, "community_committee", "物业纠纷" },
    { "security_hazard", 0.16, "police_station", "安全隐患" },
    { "key_population", 0.05, "police_station", "重点人群动态" },
    { "petition", 0.07, "petition_office", "群众来访" },
    { "public_service", 0.18, "civil_affairs", "公共服务诉求" },
};

Polygon square(double x0, double y0, double w, double h)
{
    return Polygon { { Ring { { x0, y0 }, { x0 + w, y0 }, { x0 + w, y0 + h }, { x0, y0 + h }, { x0, y0 } } } };
}

QDateTime localTime(const QDate &day, int hour, int minute, int second)
{
    return QDateTime(day, QTime(hour, minute, second), Qt::OffsetFromUTC, kChinaOffset).toUTC();
}

} // namespace

std::optional<KpiDistrict> KpiDistrict::load(
    const QString &divisionsCsv, const QString &districtCode, int gridsPerCommunity, QString *error)
{
    QFile f(divisionsCsv);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the division tree %1").arg(divisionsCsv);
        return std::nullopt;
    }
    struct Row {
        QString code, name, parent;
    };
    std::optional<Row> district;
    QVector<Row> townships, communities;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QStringList c = line.trimmed().split(QLatin1Char(','));
        if (c.size() != 4)
            continue;
        const Row r { c[1], c[2], c[3] };
        if (c[0] == QLatin1String("3") && r.code == districtCode)
            district = r;
        else if (c[0] == QLatin1String("4") && r.parent == districtCode)
            townships << r;
        else if (c[0] == QLatin1String("5") && r.code.left(6) == districtCode.left(6))
            communities << r;
    }
    if (!district || townships.isEmpty()) {
        *error = QStringLiteral("%1 has no district %2 with townships").arg(divisionsCsv, districtCode);
        return std::nullopt;
    }

    KpiDistrict d;
    std::mt19937 rng(3711);
    std::uniform_int_distribution<int> residents(600, 3200);
    AdminUnit top;
    top.code = district->code;
    top.parentCode = district->parent;
    top.name = top.shortName = district->name;
    top.level = AdminLevel::District;
    d.m_units << top;
    // Townships side by side, each a block of community squares near Rizhao.
    double x0 = 119.0;
    const double y0 = 35.0;
    for (const Row &t : townships) {
        QVector<Row> own;
        for (const Row &c : communities)
            if (c.parent == t.code)
                own << c;
        if (own.isEmpty())
            continue;
        const int columns = int(std::ceil(std::sqrt(double(own.size()))));
        AdminUnit township;
        township.code = t.code;
        township.parentCode = top.code;
        township.name = township.shortName = t.name;
        township.level = AdminLevel::Township;
        const int townshipIndex = d.m_units.size();
        d.m_units << township;
        for (int i = 0; i < own.size(); ++i) {
            const double cx = x0 + (i % columns) * kCell, cy = y0 + (i / columns) * kCell;
            AdminUnit community;
            community.code = own[i].code;
            community.parentCode = t.code;
            community.name = community.shortName = own[i].name;
            community.level = AdminLevel::Community;
            community.geometry.polygons << square(cx, cy, kCell, kCell);
            d.m_units[townshipIndex].geometry.polygons << square(cx, cy, kCell, kCell);
            const int communityIndex = d.m_units.size();
            d.m_units << community;
            const double w = kCell / gridsPerCommunity;
            for (int g = 0; g < gridsPerCommunity; ++g) {
                AdminUnit grid;
                grid.code = community.code + QStringLiteral("%1").arg(g + 1, 3, 10, QLatin1Char('0'));
                grid.parentCode = community.code;
                grid.name = grid.shortName = QStringLiteral("%1第%2网格").arg(community.shortName).arg(g + 1);
                grid.level = AdminLevel::Grid;
                grid.geometry.polygons << square(cx + g * w, cy, w, kCell);
                grid.population = residents(rng);
                d.m_units[communityIndex].population += grid.population;
                d.m_units[townshipIndex].population += grid.population;
                d.m_grids << d.m_units.size();
                d.m_units << grid;
            }
        }
        x0 += (columns + 1) * kCell;
    }
    return d;
}

KpiDistrict KpiDistrict::fromUnits(const QVector<AdminUnit> &units)
{
    KpiDistrict d;
    d.m_units = units;
    for (int i = 0; i < units.size(); ++i)
        if (units[i].level == AdminLevel::Grid)
            d.m_grids << i;
    return d;
}

int KpiDistrict::count(AdminLevel level) const
{
    int n = 0;
    for (const AdminUnit &u : m_units)
        n += u.level == level;
    return n;
}

void KpiDistrict::forEachCase(int count, const QDateTime &now, const WorkingCalendar &calendar,
    const std::function<void(const BenchCase &)> &sink) const
{
    std::mt19937 rng(20261130);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QVector<DeadlineClock> clocks;
    QVector<double> weights;
    for (const Category &c : kCategories) {
        clocks << DeadlineClock(
            calendar, TimeLimits::forCaseDays(categorycatalog::find(QString::fromLatin1(c.code))->timeLimitDays));
        weights << c.weight;
    }
    std::discrete_distribution<int> pickCategory(weights.cbegin(), weights.cend());
    const QStringList centre { QStringLiteral("综治中心 王丽"), QStringLiteral("综治中心 刘洋"),
        QStringLiteral("综治中心 陈静"), QStringLiteral("综治中心 杨帆") };
    const qint64 span = qint64(5) * 365 * 86400;
    const QDateTime start = now.addSecs(-span);
    QDate day;
    int perDay = 0;
    BenchCase c;
    for (int i = 0; i < count; ++i) {
        // Report times spread evenly, in working hours.
        const QDateTime spread = start.addSecs(qint64((i + u(rng)) * double(span) / count));
        const QDate local = spread.toOffsetFromUtc(kChinaOffset).date();
        QDateTime reported = localTime(local, 8 + int(u(rng) * 11), int(u(rng) * 60), int(u(rng) * 60));
        if (reported > now)
            reported = now.addSecs(-60);
        perDay = local == day ? perDay + 1 : 1;
        day = local;

        const int cat = pickCategory(rng);
        const Category &category = kCategories[cat];
        const DeadlineClock &clock = clocks[cat];
        const AdminUnit &grid = m_units[m_grids[int(u(rng) * m_grids.size()) % m_grids.size()]];
        c = BenchCase();
        c.fid = i + 1;
        c.code = QStringLiteral("E%1-%2")
                     .arg(local.toString(QStringLiteral("yyyyMMdd")))
                     .arg(perDay, 5, 10, QLatin1Char('0'));
        c.categoryCode = QString::fromLatin1(category.code);
        c.title = QString::fromUtf8(category.title);
        c.grid = &grid;
        c.communityCode = grid.parentCode;
        c.townshipCode = grid.parentCode.left(9) + QStringLiteral("000");
        c.location = demo::randomPointIn(grid, rng);
        c.address = QStringLiteral("%1%2号楼附近").arg(grid.shortName).arg(1 + int(u(rng) * 40));
        const double s = u(rng);
        c.source = s < 0.45 ? IncidentSource::GridWorker
            : s < 0.65      ? IncidentSource::Hotline12345
            : s < 0.8       ? IncidentSource::Phone
            : s < 0.92      ? IncidentSource::Visit
                            : IncidentSource::Online;
        const QString worker = QStringLiteral("网格员 %1").arg(grid.code.right(5));
        const QString staff = centre[i % centre.size()];
        const QString handler = QStringLiteral("承办人 %1").arg(QString::fromLatin1(category.department));

        WorkflowRequest report;
        report.action = IncidentAction::Report;
        report.role = Role::GridWorker;
        report.actor = worker;
        report.at = reported;
        c.state = IncidentWorkflow::start(report);
        c.history.push_back({ IncidentAction::Report, Role::GridWorker, worker, reported, std::nullopt,
            IncidentState::Reported, incidentsource::code(c.source), {}, {}, 0 });

        // Each step a number of days after the one before; one step in 15
        // cases drags for days, and steps past `now` do not happen yet.
        const bool stuck = u(rng) < 0.07;
        const int stuckAt = 2 + int(u(rng) * 5);
        QDateTime t = reported;
        auto step
            = [&](IncidentAction a, Role r, const QString &actor, double lo, double hi, const QString &note,
                  const QString &department = {}, std::optional<Satisfaction> grade = std::nullopt, qint64 master = 0) {
                  double days = lo + u(rng) * (hi - lo);
                  if (stuck && c.history.size() == stuckAt)
                      days += 3.0 + u(rng) * 12.0;
                  t = t.addSecs(qint64(days * 86400) + 60);
                  if (t > now)
                      return false;
                  const WorkflowRequest q{a, r, actor, t, note, department, {}, grade, master};
                  const IncidentState before = c.state.state;
                  if (!IncidentWorkflow::apply(&c.state, q, nullptr))
                      return false;
                  c.history.push_back({ a, r, actor, t, before, c.state.state, note, department,
                      grade ? satisfaction::code(*grade) : QString(), master });
                  return true;
              };
        const QString dept = QString::fromLatin1(category.department);
        const double handleDays = clock.limits().handleDays;
        [&] {
            if (u(rng) < 0.03) {
                step(IncidentAction::Reject, Role::CentreStaff, staff, 0.05, 0.6, QStringLiteral("不属于受理范围"));
                return;
            }
            if (i > 100 && u(rng) < 0.01) {
                step(IncidentAction::Merge, Role::CentreStaff, staff, 0.05, 0.8, QStringLiteral("重复上报，并案"), {},
                    std::nullopt, c.fid - 1 - int(u(rng) * 50));
                return;
            }
            if (!step(IncidentAction::Accept, Role::CentreStaff, staff, 0.02, 0.5, {}))
                return;
            if (!step(
                    IncidentAction::Dispatch, Role::CentreStaff, staff, 0.02, 0.6, QStringLiteral("按职责派遣"), dept))
                return;
            // One case in 25 goes up a level, a few of those further.
            const double e = u(rng);
            const int escalations = e < 0.04 ? (e < 0.01 ? (e < 0.002 ? 3 : 2) : 1) : 0;
            for (int k = 0; k < escalations; ++k) {
                if (!step(IncidentAction::Handle, Role::DepartmentHandler, handler, 0.1, 1.0,
                        QStringLiteral("现场了解情况")))
                    return;
                if (!step(IncidentAction::Escalate, Role::CentreStaff, staff, 0.5, 2.0,
                        QStringLiteral("本级难以化解，提请上级")))
                    return;
                if (!step(IncidentAction::Dispatch, Role::CentreStaff, staff, 0.02, 0.6, QStringLiteral("上级派遣"),
                        QStringLiteral("zongzhi_office")))
                    return;
            }
            if (!step(
                    IncidentAction::Handle, Role::DepartmentHandler, handler, 0.1, 1.0, QStringLiteral("已联系当事人")))
                return;
            if (u(rng) < 0.05
                && !step(IncidentAction::Supervise, Role::Leader, QStringLiteral("领导 赵刚"), 0.5, 3.0,
                    QStringLiteral("请加快办理")))
                return;
            if (u(rng) < 0.003)
                return; // never replied: open, and long overdue
            if (!step(IncidentAction::Reply, Role::DepartmentHandler, handler, 0.2 * handleDays, 0.7 * handleDays,
                    QStringLiteral("已现场处置")))
                return;
            if (!step(IncidentAction::Verify, Role::GridWorker, worker, 0.1, 1.2, QStringLiteral("核查")))
                return;
            if (u(rng) < 0.08) {
                if (!step(
                        IncidentAction::Rework, Role::GridWorker, worker, 0.02, 0.2, QStringLiteral("问题未彻底解决")))
                    return;
                if (!step(IncidentAction::Reply, Role::DepartmentHandler, handler, 0.5, 0.3 * handleDays + 0.5,
                        QStringLiteral("已再次处置")))
                    return;
                if (!step(IncidentAction::Verify, Role::GridWorker, worker, 0.1, 1.0, QStringLiteral("复核属实")))
                    return;
            }
            if (!step(IncidentAction::Close, Role::CentreStaff, staff, 0.02, 0.5, QStringLiteral("予以结案")))
                return;
            if (u(rng) < 0.75) {
                const double r = u(rng);
                step(IncidentAction::Evaluate, Role::CentreStaff, staff, 0.3, 4.0, QStringLiteral("电话回访"), {},
                    r < 0.8 ? Satisfaction::Satisfied
                            : (r < 0.95 ? Satisfaction::BasicallySatisfied : Satisfaction::Dissatisfied));
            }
        }();
        c.deadlineAt = clock.businessDeadline(c.state);
        c.nodeDeadlineAt = clock.nodeDeadline(c.state);
        c.dueAt = clock.dueAt(c.state);
        c.warnAt = clock.warnAt(c.state);
        sink(c);
    }
}

void KpiDistrict::forEachScreening(const QDateTime &now, const std::function<void(const BenchScreening &)> &sink) const
{
    std::mt19937 rng(4490);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const QDate last = now.toOffsetFromUtc(kChinaOffset).date();
    const QDate first = screeningweek::monday(last.addDays(-5 * 365));
    for (int g : m_grids) {
        const AdminUnit &grid = m_units[g];
        const QString worker = QStringLiteral("网格员 %1").arg(grid.code.right(5));
        for (QDate monday = first; monday <= last; monday = monday.addDays(7)) {
            const double r = u(rng);
            const int visits = r < 0.1 ? 0 : (r < 0.85 ? 1 : 2);
            for (int v = 0; v < visits; ++v) {
                const QDateTime at
                    = localTime(monday.addDays(int(u(rng) * 5)), 9 + int(u(rng) * 8), int(u(rng) * 60), 0);
                if (at > now)
                    continue;
                sink({ grid.code, at, screeningweek::key(at), worker });
            }
        }
    }
}

} // namespace griddesk::bench
