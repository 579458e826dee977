#include "DemoIncidents.h"
#include "CategoryCatalog.h"
#include "DemoCameras.h"
#include "DemoNames.h"
#include "Department.h"
#include "DivisionCode.h"
#include "EscalationPolicy.h"
#include "IncidentWorkflow.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <algorithm>

namespace griddesk::demo {

namespace {

struct CategoryText {
    QString category;
    double weight;
    QString department;
    QStringList titles;
};

const QVector<CategoryText> &texts()
{
    static const QVector<CategoryText> t = {
        {QStringLiteral("neighbourhood_dispute"), 0.20, QStringLiteral("community_committee"),
         {QStringLiteral("楼上漏水引发邻里纠纷"), QStringLiteral("噪音扰民引发邻里矛盾"), QStringLiteral("占用公共楼道堆放杂物"),
          QStringLiteral("宅基地边界墙引发邻里争执"), QStringLiteral("饲养犬只扰邻")}},
        {QStringLiteral("family_dispute"), 0.09, QStringLiteral("judicial_office"),
         {QStringLiteral("夫妻矛盾激化需调解"), QStringLiteral("赡养老人问题家庭纠纷"), QStringLiteral("遗产继承家庭纠纷")}},
        {QStringLiteral("land_dispute"), 0.05, QStringLiteral("judicial_office"),
         {QStringLiteral("承包地边界争议"), QStringLiteral("征地补偿分配争议")}},
        {QStringLiteral("labour_dispute"), 0.08, QStringLiteral("zongzhi_office"),
         {QStringLiteral("建筑工地拖欠农民工工资"), QStringLiteral("餐饮店拖欠员工工资"), QStringLiteral("劳动合同解除补偿争议")}},
        {QStringLiteral("property_dispute"), 0.12, QStringLiteral("community_committee"),
         {QStringLiteral("物业费收缴纠纷"), QStringLiteral("小区停车位管理纠纷"), QStringLiteral("电梯维修资金使用争议"),
          QStringLiteral("小区绿地被占用")}},
        {QStringLiteral("security_hazard"), 0.16, QStringLiteral("police_station"),
         {QStringLiteral("电动车楼道充电存在火灾隐患"), QStringLiteral("沿街商铺消防通道堵塞"), QStringLiteral("路灯损坏夜间存在治安隐患"),
          QStringLiteral("废弃厂房有人员聚集"), QStringLiteral("井盖缺失存在安全隐患")}},
        {QStringLiteral("key_population"), 0.05, QStringLiteral("police_station"),
         {QStringLiteral("社区矫正人员动态异常"), QStringLiteral("严重精神障碍患者情绪波动")}},
        {QStringLiteral("petition"), 0.07, QStringLiteral("petition_office"),
         {QStringLiteral("群众反映拆迁安置问题"), QStringLiteral("群众反映低保评定问题"), QStringLiteral("群众反映企业环境污染")}},
        {QStringLiteral("public_service"), 0.18, QStringLiteral("civil_affairs"),
         {QStringLiteral("小区供暖不热"), QStringLiteral("道路积水影响出行"), QStringLiteral("公共厕所无人保洁"),
          QStringLiteral("老年人申请居家养老服务"), QStringLiteral("残疾人申请补贴咨询")}},
    };
    return t;
}

const QStringList kRoads = {QStringLiteral("海滨二路"), QStringLiteral("海滨三路"), QStringLiteral("黄海一路"),
                            QStringLiteral("黄海二路"), QStringLiteral("石臼路"), QStringLiteral("港口路"),
                            QStringLiteral("海曲东路"), QStringLiteral("临港路"), QStringLiteral("望海路"),
                            QStringLiteral("金港路")};
const CategoryText &pickCategory(std::mt19937 &rng)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    double r = u(rng);
    for (const CategoryText &c : texts()) {
        r -= c.weight;
        if (r <= 0)
            return c;
    }
    return texts().last();
}

} // namespace

QVector<IncidentRecord> buildIncidents(const QVector<AdminUnit> &communities, const QVector<AdminUnit> &grids,
                                       int count, const QDateTime &now, const WorkingCalendar &calendar,
                                       std::mt19937 &rng)
{
    QHash<QString, QString> communityName;
    for (const AdminUnit &c : communities)
        communityName.insert(c.code, c.shortName);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const QDateTime start = now.addDays(-90);

    // Draw report times first so case numbers follow the calendar.
    QVector<QDateTime> times;
    for (int i = 0; i < count; ++i) {
        // Reports cluster in working hours, China Standard Time.
        QDateTime t = start.addSecs(qint64(u(rng) * 90 * 86400));
        const QDateTime local = t.toOffsetFromUtc(8 * 3600);
        const int hour = 8 + int(u(rng) * 11);
        t = QDateTime(local.date(), QTime(hour, int(u(rng) * 60), int(u(rng) * 60)), Qt::OffsetFromUTC, 8 * 3600).toUTC();
        if (t > now)
            t = now.addSecs(-int(u(rng) * 3600) - 60);
        times.push_back(t);
    }
    std::sort(times.begin(), times.end());

    QMap<QString, int> perDay;
    QVector<IncidentRecord> out;
    for (int i = 0; i < count; ++i) {
        const CategoryText &cat = pickCategory(rng);
        const IncidentCategory *def = categorycatalog::find(cat.category);
        const AdminUnit &grid = grids[int(u(rng) * grids.size()) % grids.size()];
        const QString community = communityName.value(grid.parentCode);

        Incident inc;
        inc.reportedAt = times[i];
        const QString day = inc.reportedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
        inc.code = QStringLiteral("E%1-%2").arg(day).arg(++perDay[day], 4, 10, QLatin1Char('0'));
        inc.categoryCode = cat.category;
        inc.title = cat.titles[int(u(rng) * cat.titles.size()) % cat.titles.size()];
        inc.location = randomPointIn(grid, rng);
        inc.address = u(rng) < 0.5
            ? QStringLiteral("%1%2号楼附近").arg(community).arg(1 + int(u(rng) * 40))
            : QStringLiteral("%1%2号").arg(kRoads[int(u(rng) * kRoads.size()) % kRoads.size()]).arg(1 + int(u(rng) * 300));
        inc.reporter = personName(rng);
        const double s = u(rng);
        inc.source = s < 0.45 ? IncidentSource::GridWorker
            : s < 0.65 ? IncidentSource::Hotline12345
            : s < 0.8 ? IncidentSource::Phone
            : s < 0.92 ? IncidentSource::Visit : IncidentSource::Online;
        inc.description = QStringLiteral("%1反映：%2，地点位于%3，请尽快核实处理。")
                              .arg(inc.reporter, inc.title, inc.address);
        inc.gridCode = grid.code;
        inc.communityCode = grid.parentCode;
        inc.townshipCode = divisioncode::parentOf(grid.parentCode);

        // Each case runs through the loop at a realistic pace, step by step,
        // until "now" cuts it off: most are on time, a few are stuck in one
        // node long enough to run overdue, a few are rejected.
        const TimeLimits limits = TimeLimits::forCaseDays(def->timeLimitDays);
        const bool stuck = u(rng) < 0.07;
        const bool rejected = !stuck && u(rng) < 0.04;
        const int stuckAt = 1 + int(u(rng) * 4); // which step drags
        const QString worker = QStringLiteral("网格员 %1").arg(personName(rng));
        const QString centre = QStringLiteral("综治中心 %1").arg(personName(rng));
        const QString handler = QStringLiteral("承办人 %1").arg(personName(rng));
        QVector<WorkflowRequest> steps;
        WorkflowRequest report;
        report.action = IncidentAction::Report;
        report.role = inc.source == IncidentSource::GridWorker ? Role::GridWorker : Role::CentreStaff;
        report.actor = inc.source == IncidentSource::GridWorker ? worker : centre;
        report.at = inc.reportedAt;
        report.note = incidentsource::code(inc.source);
        steps << report;
        QDateTime t = inc.reportedAt;
        // Gaps in days, drawn between lo and hi; the stuck step takes several times its node's limit.
        auto next = [&](IncidentAction a, Role r, const QString &actor, const QString &note, double lo,
                        double hi) -> WorkflowRequest & {
            double days = lo + u(rng) * (hi - lo);
            if (stuck && steps.size() == stuckAt)
                days = 2.0 + u(rng) * 3.0 * std::max(1, limits.handleDays / 3);
            t = t.addSecs(qint64(days * 86400) + 300);
            WorkflowRequest q;
            q.action = a;
            q.role = r;
            q.actor = actor;
            q.at = t;
            q.note = note;
            steps << q;
            return steps.last();
        };
        const double handle = std::max(1, limits.handleDays);
        if (rejected) {
            next(IncidentAction::Reject, Role::CentreStaff, centre, QStringLiteral("不属于受理范围，已告知当事人通过诉讼途径解决"), 0.05, 0.6);
        } else {
            const QString dept = departmentcatalog::route(departmentcatalog::seedRouting(), inc.categoryCode, grid.code);
            next(IncidentAction::Accept, Role::CentreStaff, centre, QString(), 0.02, 0.5);
            next(IncidentAction::Dispatch, Role::CentreStaff, centre, QStringLiteral("按职责派遣"), 0.02, 0.6).department = dept;
            if (u(rng) < 0.12)
                next(IncidentAction::Transfer, Role::DepartmentHandler, handler, QStringLiteral("属地管辖调整，转办"), 0.2, 1.0)
                    .department = dept == QLatin1String("zongzhi_office") ? QStringLiteral("judicial_office")
                                                                          : QStringLiteral("zongzhi_office");
            if (u(rng) < 0.1)
                next(IncidentAction::CoHandle, Role::CentreStaff, centre, QStringLiteral("需多部门联合处置"), 0.1, 0.8)
                    .departments = QStringList{QStringLiteral("community_committee")};
            next(IncidentAction::Handle, Role::DepartmentHandler, handler, QStringLiteral("已联系当事人，现场了解情况"), 0.1, 1.0);
            next(IncidentAction::Reply, Role::DepartmentHandler, handler, QStringLiteral("已现场处置，当事双方达成一致"),
                 0.2 * handle, 0.7 * handle);
            if (u(rng) < 0.08) {
                next(IncidentAction::Verify, Role::GridWorker, worker, QStringLiteral("现场核查发现问题未彻底解决"), 0.1, 1.0);
                next(IncidentAction::Rework, Role::GridWorker, worker, QStringLiteral("请承办单位继续处置"), 0.02, 0.2);
                next(IncidentAction::Reply, Role::DepartmentHandler, handler, QStringLiteral("已再次处置完毕"), 0.5, 0.3 * handle + 0.5);
            }
            next(IncidentAction::Verify, Role::GridWorker, worker, QStringLiteral("经现场核查属实，问题已解决"), 0.1, 1.2);
            next(IncidentAction::Close, Role::CentreStaff, centre, QStringLiteral("予以结案"), 0.02, 0.5);
            if (u(rng) < 0.75) {
                const double r = u(rng);
                next(IncidentAction::Evaluate, Role::CentreStaff, centre, QStringLiteral("电话回访"), 0.3, 4.0)
                    .satisfaction = r < 0.8 ? Satisfaction::Satisfied
                                            : (r < 0.95 ? Satisfaction::BasicallySatisfied : Satisfaction::Dissatisfied);
            }
        }
        // Apply through the state machine, as the store would; steps that
        // would land in the future are dropped, so the case stops where it is.
        CaseState state = IncidentWorkflow::start(report);
        IncidentRecord rec;
        auto record = [&](const WorkflowRequest &q, IncidentState before, IncidentState after, bool hasBefore) {
            IncidentHistoryEntry h;
            h.action = incidentaction::code(q.action);
            h.actor = q.actor;
            h.at = q.at;
            h.hasStateBefore = hasBefore;
            h.stateBefore = before;
            h.stateAfter = after;
            h.note = q.note;
            h.role = role::code(q.role);
            h.department = q.department;
            h.departments = q.departments;
            h.satisfaction = q.satisfaction ? satisfaction::code(*q.satisfaction) : QString();
            rec.history.push_back(h);
        };
        record(report, IncidentState::Reported, IncidentState::Reported, false);
        for (int k = 1; k < steps.size(); ++k) {
            if (steps[k].at > now)
                break;
            const IncidentState before = state.state;
            if (!IncidentWorkflow::apply(&state, steps[k], nullptr))
                break;
            record(steps[k], before, state.state, true);
        }
        // The time-limit monitor has run on every open case.
        const DeadlineClock clock(calendar, limits);
        const EscalationPolicy policy(clock, EscalationSettings{});
        for (const WorkflowRequest &q : policy.due(state, now)) {
            // The monitor's notes are codes, shown in each reader's language.
            const IncidentState before = state.state;
            if (IncidentWorkflow::apply(&state, q, nullptr))
                record(q, before, state.state, true);
        }
        inc.setCaseState(state);
        clock.stamp(inc);
        rec.incident = inc;
        out.push_back(rec);
    }
    return out;
}

} // namespace griddesk::demo
