#include "DemoSlideSource.h"
#include "AgendaFacts.h"
#include "MeetingAgenda.h"
#include "Store.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace griddesk::test {

namespace {

QString zh(const char *text)
{
    return QString::fromUtf8(text);
}

ItemFacts item(AgendaKind kind, int position, int minutes, const QString &title, const QString &reason)
{
    ItemFacts f;
    f.item.id = 100 + position;
    f.item.meetingId = 1;
    f.item.position = position;
    f.item.kind = kind;
    f.item.plannedMinutes = minutes;
    f.title = title;
    f.reason = reason;
    return f;
}

void addCases(ItemFacts &f, const QVector<Incident> &cases)
{
    for (const Incident &c : cases) {
        f.caseIds << c.id;
        f.points << c.location;
        f.item.caseIds << c.id;
    }
}

// The demo meeting itself: an hour, chaired by the centre's director.
void fillMeeting(Meeting *meeting, const QString &township, const QDateTime &heldAt, const QVector<ItemFacts> &items)
{
    meeting->id = 1;
    meeting->code = zh("LY-20261130-01");
    meeting->townshipCode = township;
    meeting->heldAt = heldAt;
    meeting->lengthMinutes = 60;
    meeting->chair = zh("王建国");
    meeting->agenda.clear();
    for (const ItemFacts &f : items)
        meeting->agenda << f.item;
}

} // namespace

DemoSlideSource::DemoSlideSource(QObject *parent)
    : SlideSource(parent)
{
}

void DemoSlideSource::setMeeting(const Meeting &meeting, const QVector<ItemFacts> &facts)
{
    m_meeting = meeting;
    m_facts = facts;
    m_meeting.agenda.clear();
    for (const ItemFacts &f : facts)
        m_meeting.agenda << f.item;
    Q_EMIT agendaChanged();
}

void DemoSlideSource::setFacts(int index, const ItemFacts &facts)
{
    m_facts[index] = facts;
    m_meeting.agenda[index] = facts.item;
    Q_EMIT factsChanged(index);
}

QVector<ItemFacts> DemoSlideSource::demoItems(Store &store, const QDateTime &heldAt, Meeting *meeting)
{
    QHash<QString, QString> departments;
    for (const Department &d : store.departments())
        departments.insert(d.code, d.nameZh);
    QHash<QString, QString> units;
    QString township;
    for (const AdminUnit &u : store.adminUnits()) {
        units.insert(u.code, u.shortName.isEmpty() ? u.name : u.shortName);
        if (u.level == AdminLevel::Township) {
            township = u.code;
            units.insert(u.code, u.name);
        }
    }
    IncidentQuery open;
    open.states = { IncidentState::Accepted, IncidentState::Dispatched, IncidentState::Handling,
        IncidentState::Replied, IncidentState::Verified };
    QVector<Incident> cases = store.incidents(open);
    std::sort(cases.begin(), cases.end(), [](const Incident &a, const Incident &b) { return a.dueAt < b.dueAt; });

    QVector<ItemFacts> items;
    // 1. Overdue cases, by lead department.
    QVector<Incident> overdue;
    for (const Incident &c : cases)
        if (c.dueAt.isValid() && c.dueAt < heldAt)
            overdue << c;
    {
        ItemFacts f = item(AgendaKind::Overdue, 0, 10, zh("逾期未结案件 %1 件").arg(overdue.size()),
            zh("截至会前仍超过办理时限的案件，按牵头部门列出"));
        QMap<QString, int> byDept;
        for (const Incident &c : overdue)
            ++byDept[departments.value(c.leadDepartment, zh("未派遣"))];
        for (auto it = byDept.cbegin(); it != byDept.cend(); ++it)
            f.chart.append({ it.key(), double(it.value()) });
        f.chartTitle = zh("逾期案件（按牵头部门）");
        for (const Incident &c : overdue.mid(0, 4))
            f.facts << zh("%1 %2（%3，逾期 %4 天）")
                           .arg(c.code, c.title, units.value(c.gridCode))
                           .arg(std::max<qint64>(1, c.dueAt.daysTo(heldAt)));
        addCases(f, overdue);
        f.item.notes = zh("先请各牵头部门逐件说明未结原因；逾期超过 30 天的案件当场明确办结时限和责任人。");
        items << f;
    }
    // 2. Supervised cases.
    {
        QVector<Incident> supervised;
        for (const Incident &c : cases)
            if (c.supervised)
                supervised << c;
        if (supervised.isEmpty())
            supervised = cases.mid(0, 3);
        ItemFacts f = item(AgendaKind::Supervised, 1, 8, zh("督办案件 %1 件").arg(supervised.size()),
            zh("中心督办且尚未办结的案件"));
        for (const Incident &c : supervised.mid(0, 3))
            f.facts << zh("%1 %2：%3").arg(c.code, c.title, departments.value(c.leadDepartment, zh("待派遣")));
        addCases(f, supervised);
        f.item.notes = zh("请司法所说明调解进展；如本周仍无结果，提请街道分管领导协调。");
        items << f;
    }
    // 3. The grid with the most open cases: repeat disputes at one place.
    {
        QMap<QString, QVector<Incident>> byGrid;
        for (const Incident &c : cases)
            byGrid[c.gridCode] << c;
        QString grid;
        for (auto it = byGrid.cbegin(); it != byGrid.cend(); ++it)
            if (grid.isEmpty() || it.value().size() > byGrid.value(grid).size())
                grid = it.key();
        const QVector<Incident> here = byGrid.value(grid).mid(0, 6);
        ItemFacts f = item(AgendaKind::RepeatDispute, 2, 10,
            zh("%1 同一地点反复发生纠纷").arg(units.value(grid)),
            zh("90 天内同一网格同类案件 %1 件，疑为同一矛盾反复").arg(here.size()));
        for (const Incident &c : here)
            f.facts << zh("%1 %2").arg(c.code, c.title);
        f.unitCodes << grid;
        addCases(f, here);
        f.item.unitCodes = f.unitCodes;
        f.item.notes = zh("网格员已走访两次；建议由社区牵头、派出所和司法所联合调处。");
        items << f;
    }
    // 4. Grids not screened this week.
    {
        QStringList grids;
        for (const AdminUnit &u : store.adminUnits(int(AdminLevel::Grid)))
            if (grids.size() < 5)
                grids << u.code;
        ItemFacts f = item(AgendaKind::Unscreened, 3, 5, zh("本周未排查网格 %1 个").arg(grids.size()),
            zh("本周（第 48 周）尚无排查记录的网格"));
        for (const QString &g : grids)
            f.facts << zh("%1：上次排查 9 天前").arg(units.value(g));
        f.unitCodes = grids;
        f.item.unitCodes = grids;
        items << f;
    }
    // 5. Many facts: more than a slide holds.
    {
        const QVector<Incident> many = cases.mid(0, 14);
        ItemFacts f = item(AgendaKind::Escalated, 4, 8, zh("上周上报上级案件 %1 件").arg(many.size()),
            zh("自上次会议以来上报社区、街道或区级的案件"));
        for (const Incident &c : many)
            f.facts << zh("%1 %2，%3").arg(c.code, c.title, units.value(c.gridCode));
        addCases(f, many);
        items << f;
    }
    // 6. The staff's own item, about the whole township.
    {
        ItemFacts f = item(AgendaKind::Custom, 5, 10, zh("冬季消防安全专项检查部署"),
            zh("街道综治中心提出：入冬以来群租房、沿街商铺用火用电隐患增多"));
        f.item.title = f.title;
        f.facts << zh("检查对象：群租房、沿街商铺、老旧小区电动车停放点")
                << zh("时间：12 月 1 日至 12 月 20 日，每个网格至少检查一次")
                << zh("分工：社区牵头，派出所、消防站、市场监管所配合");
        f.unitCodes << township;
        f.item.unitCodes = f.unitCodes;
        f.item.notes = zh("会后三个工作日内各社区报送检查计划。");
        items << f;
    }
    fillMeeting(meeting, township, heldAt, items);
    return items;
}

QVector<ItemFacts> DemoSlideSource::builtItems(const Store &store, const QDateTime &heldAt, Meeting *meeting)
{
    QString township;
    for (const AdminUnit &u : store.adminUnits(int(AdminLevel::Township)))
        township = u.code;
    const MeetingAgenda agenda(store);
    const AgendaFacts words(agenda.names(), heldAt);
    QVector<AgendaItem> items = agenda.build(township, heldAt);
    QVector<ItemFacts> out;
    for (int i = 0; i < items.size(); ++i) {
        AgendaItem &item = items[i];
        item.id = 100 + i;
        item.meetingId = 1;
        item.position = i;
        out << words.facts(item, agenda.cases(item.caseIds));
    }
    fillMeeting(meeting, township, heldAt, out);
    return out;
}

} // namespace griddesk::test
