// The joint meeting's agenda rules on a hand-built township: each rule puts
// exactly the expected items on the agenda with its reason, in order; an open
// decision comes back until it is done; a rebuilt agenda keeps the staff's
// edits; the facts of an item follow its cases.
#include "AgendaBuilder.h"
#include "AgendaFacts.h"
#include "AgendaText.h"
#include "KpiPeriod.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace griddesk;

namespace {

// Monday 30 November 2026, 09:00 China time; the last meeting a week before.
QDateTime cst(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(8 * 3600)).toUTC();
}
const QDateTime kAt = cst(11, 30, 9);
const QDateTime kLast = cst(11, 23, 9);

const QString T = QStringLiteral("371102001000");
const QString T2 = QStringLiteral("371102002000");
const QString C1 = QStringLiteral("371102001001");
const QString C2 = QStringLiteral("371102001002");
const QString G1 = C1 + QStringLiteral("001");
const QString G2 = C1 + QStringLiteral("002");
const QString G3 = C2 + QStringLiteral("001");

QVector<KpiUnit> units()
{
    return {{T, QString(), QStringLiteral("镇"), AdminLevel::Township, false, 0},
            {C1, T, QStringLiteral("东社区"), AdminLevel::Community, false, 0},
            {C2, T, QStringLiteral("西社区"), AdminLevel::Community, false, 0},
            {G1, C1, QStringLiteral("东一网格"), AdminLevel::Grid, false, 0},
            {G2, C1, QStringLiteral("东二网格"), AdminLevel::Grid, false, 0},
            {G3, C2, QStringLiteral("西一网格"), AdminLevel::Grid, false, 0}};
}

qint64 g_next = 1;

KpiCase kase(const QString &grid, const QDateTime &reported, IncidentState state = IncidentState::Handling)
{
    KpiCase c;
    c.id = g_next++;
    c.code = QStringLiteral("SJ-%1").arg(c.id);
    c.gridCode = grid;
    c.communityCode = grid.left(12);
    c.townshipCode = grid.left(9) + QStringLiteral("000");
    c.state = state;
    c.reportedAt = reported;
    c.categoryCode = QStringLiteral("noise");
    // Far apart, so that no repeat place or cluster forms by accident.
    c.location = GeoPoint{119.0 + 0.01 * double(c.id), 35.0 + 0.01 * double(c.id)};
    return c;
}

AgendaInputs inputs()
{
    AgendaInputs in;
    in.townshipCode = T;
    in.at = kAt;
    in.lastMeetingAt = kLast;
    in.units = units();
    // Every grid screened in the meeting's week (the week of Sunday 29 November, 2026-W48).
    for (const QString &g : {G1, G2, G3})
        in.screenings << KpiScreening{g, QStringLiteral("2026-W48")};
    return in;
}

AgendaNames names()
{
    AgendaNames n;
    for (const KpiUnit &u : units())
        n.units.insert(u.code, u.name);
    n.departments.insert(QStringLiteral("D01"), QStringLiteral("城管中队"));
    n.categories.insert(QStringLiteral("noise"), QStringLiteral("噪声扰民"));
    return n;
}

} // namespace

class TestAgendaBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQuietTownshipHasAnEmptyAgenda()
    {
        AgendaInputs in = inputs();
        in.cases << kase(G1, cst(11, 25)); // open, within its deadline, nothing else
        QCOMPARE(AgendaBuilder().build(in).size(), 0);
    }

    void overdueCasesOnePerLeadDepartment()
    {
        AgendaInputs in = inputs();
        KpiCase a = kase(G1, cst(11, 2));
        a.deadlineAt = cst(11, 20);
        a.leadDepartment = QStringLiteral("D01");
        a.supervised = true;
        KpiCase b = kase(G2, cst(11, 5));
        b.deadlineAt = cst(11, 27);
        b.leadDepartment = QStringLiteral("D01");
        KpiCase c = kase(G3, cst(11, 5), IncidentState::Reported); // never dispatched
        c.deadlineAt = cst(11, 28);
        KpiCase closed = kase(G1, cst(11, 1), IncidentState::Closed); // closed late: not on the agenda
        closed.deadlineAt = cst(11, 10);
        closed.closedAt = cst(11, 12);
        KpiCase merged = kase(G1, cst(11, 1)); // merged into another: not on it
        merged.deadlineAt = cst(11, 10);
        merged.masterId = a.id;
        KpiCase other = kase(QStringLiteral("371102002001001"), cst(11, 1)); // another township
        other.deadlineAt = cst(11, 10);
        KpiCase onTime = kase(G1, cst(11, 25));
        onTime.deadlineAt = cst(12, 5);
        in.cases << a << b << c << closed << merged << other << onTime;

        const QVector<AgendaItem> items = AgendaBuilder().overdue(in);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].params.value(QStringLiteral("department")).toString(), QStringLiteral("D01"));
        QCOMPARE(items[0].caseIds, (QVector<qint64>{a.id, b.id})); // the longest overdue first
        QCOMPARE(items[0].params.value(QStringLiteral("supervised")).toInt(), 1);
        QCOMPARE(items[0].params.value(QStringLiteral("maxDays")).toInt(), 10);
        QCOMPARE(items[1].params.value(QStringLiteral("department")).toString(), QString());
        QCOMPARE(items[1].caseIds, QVector<qint64>{c.id});
        QCOMPARE(AgendaText::title(items[0], names()), QStringLiteral("Overdue cases of 城管中队: 2"));
        QCOMPARE(AgendaText::reason(items[0], names()),
                 QStringLiteral("2 open cases are past their deadline, the longest by 10 days; 1 of them are supervised."));
        QCOMPARE(AgendaText::title(items[1], names()), QStringLiteral("Overdue cases not yet dispatched: 1"));
        QCOMPARE(AgendaBuilder().supervised(in).size(), 0); // the supervised one is overdue: listed there
    }

    void supervisedCasesWithinTheirDeadline()
    {
        AgendaInputs in = inputs();
        KpiCase a = kase(G1, cst(11, 20));
        a.deadlineAt = cst(12, 4);
        a.supervised = true;
        KpiCase b = kase(G2, cst(11, 21));
        b.deadlineAt = cst(12, 2);
        b.supervised = true;
        KpiCase closed = kase(G2, cst(11, 21), IncidentState::Closed);
        closed.supervised = true;
        closed.closedAt = cst(11, 25);
        in.cases << a << b << closed << kase(G3, cst(11, 26));
        const QVector<AgendaItem> items = AgendaBuilder().build(in);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, AgendaKind::Supervised);
        QCOMPARE(items[0].caseIds, (QVector<qint64>{b.id, a.id})); // the nearest deadline first
        QCOMPARE(AgendaText::reason(items[0], names()),
                 QStringLiteral("2 open cases are under supervision (督办) and still within their deadline."));
    }

    void casesEscalatedSinceTheLastMeeting()
    {
        AgendaInputs in = inputs();
        KpiCase before = kase(G1, cst(11, 1));
        before.events << KpiEvent{IncidentAction::Escalate, cst(11, 20)}; // before the last meeting
        before.level = AdminLevel::Community;
        KpiCase toCommunity = kase(G1, cst(11, 10));
        toCommunity.events << KpiEvent{IncidentAction::Escalate, cst(11, 24)};
        toCommunity.level = AdminLevel::Community;
        KpiCase twice = kase(G3, cst(11, 10));
        twice.events << KpiEvent{IncidentAction::Escalate, cst(11, 20)} << KpiEvent{IncidentAction::Escalate, cst(11, 26)};
        twice.level = AdminLevel::Township;
        KpiCase closedSince = kase(G2, cst(11, 10), IncidentState::Closed); // escalated, then closed: still listed
        closedSince.events << KpiEvent{IncidentAction::Escalate, cst(11, 25)};
        closedSince.closedAt = cst(11, 27);
        closedSince.level = AdminLevel::Community;
        in.cases << before << toCommunity << twice << closedSince;
        const QVector<AgendaItem> items = AgendaBuilder().escalated(in);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].caseIds, (QVector<qint64>{twice.id, closedSince.id, toCommunity.id})); // newest first
        QCOMPARE(AgendaText::reason(items[0], names()),
                 QStringLiteral("Escalated since 2026-11-23: 2 to the community, 1 to the township, 0 to the district."));
        // Without an earlier meeting the agenda looks back one week.
        in.lastMeetingAt = QDateTime();
        QCOMPARE(AgendaBuilder().escalated(in).value(0).caseIds.size(), 3);
    }

    void repeatDisputesWithACaseSinceTheLastMeeting()
    {
        AgendaInputs in = inputs();
        KpiCase first = kase(G1, cst(10, 20));
        first.parties = QStringList{QStringLiteral("王某")};
        KpiCase again = kase(G1, cst(11, 25));
        again.parties = QStringList{QStringLiteral("王某"), QStringLiteral("李某")};
        KpiCase oldA = kase(G2, cst(9, 1)); // an old repeat, nothing since the last meeting
        oldA.parties = QStringList{QStringLiteral("赵某")};
        KpiCase oldB = kase(G2, cst(9, 20));
        oldB.parties = QStringList{QStringLiteral("赵某")};
        in.cases << first << again << oldA << oldB;
        const QVector<AgendaItem> items = AgendaBuilder().build(in);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, AgendaKind::RepeatDispute);
        QCOMPARE(items[0].caseIds, (QVector<qint64>{first.id, again.id}));
        QCOMPARE(AgendaText::title(items[0], names()), QStringLiteral("Repeat dispute: 王某 (2 cases)"));
        QVERIFY2(AgendaText::reason(items[0], names()).contains(QStringLiteral("王某 named in 2 cases")),
                 qPrintable(AgendaText::reason(items[0], names())));
    }

    void onlyTheLargestRepeatsMakeTheAgenda()
    {
        AgendaInputs in = inputs();
        // Seven parties come back: 王1 three times, the others twice.
        for (int p = 1; p <= 7; ++p) {
            const int times = p == 1 ? 3 : 2;
            for (int k = 0; k < times; ++k) {
                KpiCase c = kase(G1, cst(11, 24 + k, 8 + p));
                c.parties = QStringList{QStringLiteral("王%1").arg(p)};
                in.cases << c;
            }
        }
        const QVector<AgendaItem> items = AgendaBuilder().repeatDisputes(in);
        QCOMPARE(items.size(), AgendaSettings().maxWarnings);
        QCOMPARE(items[0].params.value(QStringLiteral("party")).toString(), QStringLiteral("王1"));
        QCOMPARE(items[0].caseIds.size(), 3);
        // Then the latest of the equal ones: 王7's second case is the latest.
        QCOMPARE(items[1].params.value(QStringLiteral("party")).toString(), QStringLiteral("王7"));
    }

    void gridsNotScreenedInTheMeetingsWeek()
    {
        AgendaInputs in = inputs();
        in.screenings = {KpiScreening{G1, QStringLiteral("2026-W48")}, KpiScreening{G2, QStringLiteral("2026-W47")}};
        const QVector<AgendaItem> items = AgendaBuilder().build(in);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, AgendaKind::Unscreened);
        QCOMPARE(items[0].unitCodes, (QStringList{G2, G3}));
        QCOMPARE(AgendaText::reason(items[0], names()), QStringLiteral("2 of 3 grids have no screening visit in week 2026-W48."));
    }

    void kpiDropsAgainstTheMonthBefore()
    {
        AgendaInputs in = inputs();
        // C1: October 6 of 6 due cases closed on time; November 3 of 6.
        // C2: both months 5 of 5.
        auto due = [&](const QString &grid, int month, bool onTime) {
            KpiCase c = kase(grid, cst(month, 1), IncidentState::Closed);
            c.deadlineAt = cst(month, 10);
            c.closedAt = onTime ? cst(month, 8) : cst(month, 15);
            c.satisfaction = QStringLiteral("satisfied");
            return c;
        };
        for (int i = 0; i < 6; ++i) {
            in.cases << due(G1, 10, true) << due(G1, 11, i < 3);
        }
        for (int i = 0; i < 5; ++i)
            in.cases << due(G3, 10, true) << due(G3, 11, true);
        const QVector<AgendaItem> items = AgendaBuilder().kpiDrops(in);
        // The township (9 of 11 vs 11 of 11) and C1 dropped; C2 did not: one
        // item for the month, the township first.
        QCOMPARE(items.size(), 1);
        const AgendaItem &item = items.first();
        QCOMPARE(item.unitCodes, (QStringList{T, C1}));
        QCOMPARE(item.key(), QStringLiteral("kpi_drop:") + item.params.value(QStringLiteral("period")).toString());
        const QJsonArray areas = item.params.value(QStringLiteral("units")).toArray();
        QCOMPARE(areas.size(), 2);
        QCOMPARE(areas[0].toObject().value(QStringLiteral("unit")).toString(), T);
        QCOMPARE(areas[1].toObject().value(QStringLiteral("unit")).toString(), C1);
        const QJsonArray drops = areas[1].toObject().value(QStringLiteral("drops")).toArray();
        QStringList kpis;
        for (const QJsonValue &d : drops)
            kpis << d.toObject().value(QStringLiteral("kpi")).toString();
        QCOMPARE(kpis, (QStringList{QStringLiteral("on_time_closure_rate")}));
        QCOMPARE(drops[0].toObject().value(QStringLiteral("now")).toDouble(), 50.0);
        QCOMPARE(drops[0].toObject().value(QStringLiteral("before")).toDouble(), 100.0);
        QCOMPARE(AgendaText::title(item, names()), QStringLiteral("KPIs down in 2 areas"));
        QVERIFY2(AgendaText::reason(item, names()).startsWith(QStringLiteral("2 areas have KPIs in ")),
                 qPrintable(AgendaText::reason(item, names())));
        // The slide's facts: an area a line with its largest fall; no chart.
        const ItemFacts f = AgendaFacts(names(), kAt).facts(item, {});
        QCOMPARE(f.facts.size(), 2);
        QVERIFY2(f.facts[1].startsWith(QStringLiteral("东社区 — ")) && f.facts[1].contains(QStringLiteral("100.0% → 50.0%")),
                 qPrintable(f.facts[1]));
        QVERIFY(f.chart.isEmpty());
    }

    void earlyWarningsRisingAndClusters()
    {
        AgendaInputs in = inputs();
        // G3: one case a week for six weeks, then 6 in the meeting's week: rising.
        for (int w = 1; w <= 6; ++w)
            in.cases << kase(G3, cst(11, 23).addDays(-7 * w));
        for (int i = 0; i < 6; ++i)
            in.cases << kase(G3, cst(11, 23 + i));
        // Four noise cases within 100 m in two days in G1: a cluster.
        for (int i = 0; i < 4; ++i) {
            KpiCase c = kase(G1, cst(11, 26 + i / 2));
            c.location = GeoPoint{119.9 + 0.0002 * i, 35.9};
            in.cases << c;
        }
        const QVector<AgendaItem> items = AgendaBuilder().earlyWarnings(in);
        QStringList kinds;
        for (const AgendaItem &i : items)
            kinds << i.params.value(QStringLiteral("warning")).toString() + QLatin1Char(':')
                         + i.params.value(QStringLiteral("unit")).toString();
        QVERIFY2(kinds.contains(QStringLiteral("rising:") + G3), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY2(kinds.contains(QStringLiteral("cluster:") + G1), qPrintable(kinds.join(QLatin1Char(' '))));
        for (const AgendaItem &i : items)
            QVERIFY(!AgendaText::reason(i, names()).isEmpty());
    }

    void openDecisionsComeBackUntilDone()
    {
        AgendaInputs in = inputs();
        MeetingTask t;
        t.id = 7;
        t.code = QStringLiteral("RW-20261123-01");
        t.decision = QStringLiteral("清理东一网格占道经营");
        t.ownerDepartment = QStringLiteral("D01");
        t.decidedAt = kLast;
        t.dueAt = cst(11, 28, 0); // the end of 27 November
        t.townshipCode = T;
        t.gridCode = G1;
        t.caseIds = {3, 4};
        MeetingTask done = t;
        done.id = 8;
        done.state = TaskState::Done;
        MeetingTask elsewhere = t;
        elsewhere.id = 9;
        elsewhere.townshipCode = T2;
        MeetingTask thisMeeting = t; // decided during this very meeting
        thisMeeting.id = 10;
        thisMeeting.decidedAt = kAt.addSecs(600);
        in.tasks << t << done << elsewhere << thisMeeting;
        QVector<AgendaItem> items = AgendaBuilder().build(in);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, AgendaKind::OpenTask);
        QCOMPARE(items[0].taskId, qint64(7));
        QCOMPARE(items[0].position, 0);
        QCOMPARE(AgendaText::title(items[0], names()),
                 QStringLiteral("Decision RW-20261123-01 still open: 清理东一网格占道经营"));
        QCOMPARE(AgendaText::reason(items[0], names()),
                 QStringLiteral("Decided at the meeting of 2026-11-23 for 城管中队, due 2026-11-27, and not yet done."));
        in.tasks[0].state = TaskState::Done;
        QCOMPARE(AgendaBuilder().build(in).size(), 0);
    }

    void bulletinsInForceAtTheMeeting()
    {
        AgendaInputs in = inputs();
        Bulletin red;
        red.id = 1;
        red.code = QStringLiteral("YJ-1");
        red.townshipCode = T;
        red.level = BulletinLevel::Red;
        red.title = QStringLiteral("电信诈骗高发");
        red.validFrom = cst(11, 20);
        red.validTo = cst(12, 20);
        Bulletin blue = red;
        blue.id = 2;
        blue.level = BulletinLevel::Blue;
        Bulletin expired = red;
        expired.id = 3;
        expired.validTo = cst(11, 29);
        Bulletin withdrawn = red;
        withdrawn.id = 4;
        withdrawn.withdrawnAt = cst(11, 25);
        Bulletin future = red;
        future.id = 5;
        future.validFrom = cst(12, 1);
        in.bulletins << blue << expired << red << withdrawn << future;
        const QVector<AgendaItem> items = AgendaBuilder().build(in);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].bulletinId, qint64(1)); // red first
        QCOMPARE(items[1].bulletinId, qint64(2));
        QCOMPARE(AgendaText::title(items[0], names()), QStringLiteral("Security bulletin: 电信诈骗高发"));
        QCOMPARE(AgendaText::reason(items[0], names()), QStringLiteral("Red bulletin YJ-1 in force until 2026-12-20."));
    }

    void theRulesComeInOrder()
    {
        AgendaInputs in = inputs();
        in.screenings.clear();
        KpiCase late = kase(G1, cst(11, 1));
        late.deadlineAt = cst(11, 20);
        late.leadDepartment = QStringLiteral("D01");
        in.cases << late;
        MeetingTask t;
        t.id = 1;
        t.decidedAt = kLast;
        t.townshipCode = T;
        in.tasks << t;
        const QVector<AgendaItem> items = AgendaBuilder().build(in);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].kind, AgendaKind::OpenTask);
        QCOMPARE(items[1].kind, AgendaKind::Overdue);
        QCOMPARE(items[2].kind, AgendaKind::Unscreened);
        for (int i = 0; i < items.size(); ++i)
            QCOMPARE(items[i].position, i);
    }

    void aRebuiltAgendaKeepsTheStaffsEdits()
    {
        AgendaInputs in = inputs();
        in.screenings.clear();
        KpiCase late = kase(G1, cst(11, 1));
        late.deadlineAt = cst(11, 20);
        late.leadDepartment = QStringLiteral("D01");
        in.cases << late;
        QVector<AgendaItem> agenda = AgendaBuilder().build(in); // overdue, unscreened
        QCOMPARE(agenda.size(), 2);
        agenda[0].id = 11;
        agenda[0].plannedMinutes = 12;
        agenda[0].notes = QStringLiteral("请城管中队说明");
        AgendaItem own;
        own.id = 12;
        own.title = QStringLiteral("冬季防火");
        agenda.insert(0, own);
        const QString removedKey = agenda[2].key(); // the staff took the unscreened grids off
        agenda.remove(2);

        KpiCase later = kase(G2, cst(11, 2));
        later.deadlineAt = cst(11, 21);
        later.leadDepartment = QStringLiteral("D01");
        KpiCase second = kase(G3, cst(11, 2));
        second.deadlineAt = cst(11, 22);
        second.leadDepartment = QStringLiteral("D02");
        in.cases << later << second;
        const QVector<AgendaItem> merged = AgendaBuilder::merge(agenda, AgendaBuilder().build(in), {removedKey});
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged[0].title, QStringLiteral("冬季防火"));
        QCOMPARE(merged[1].id, qint64(11));
        QCOMPARE(merged[1].plannedMinutes, 12);
        QCOMPARE(merged[1].notes, QStringLiteral("请城管中队说明"));
        QCOMPARE(merged[1].caseIds, (QVector<qint64>{late.id, later.id})); // fresh facts
        QCOMPARE(merged[2].params.value(QStringLiteral("department")).toString(), QStringLiteral("D02"));
        QCOMPARE(merged[2].position, 2);
    }

    void factsFollowTheCases()
    {
        AgendaItem item;
        item.kind = AgendaKind::Overdue;
        item.params = QJsonObject{{QStringLiteral("department"), QStringLiteral("D01")}, {QStringLiteral("count"), 10}};
        QHash<qint64, Incident> cases;
        for (int i = 1; i <= 10; ++i) {
            item.caseIds << i;
            Incident c;
            c.id = i;
            c.code = QStringLiteral("SJ-%1").arg(i);
            c.title = QStringLiteral("案件%1").arg(i);
            c.gridCode = i <= 6 ? G1 : G3;
            c.communityCode = c.gridCode.left(12);
            c.state = IncidentState::Handling;
            c.deadlineAt = kAt.addDays(-i);
            c.location = GeoPoint{119.5 + 0.001 * i, 35.4};
            cases.insert(i, c);
        }
        cases.remove(10); // out of the reader's scope
        const AgendaFacts facts(names(), kAt);
        ItemFacts f = facts.facts(item, cases);
        QCOMPARE(f.caseIds.size(), 9);
        QCOMPARE(f.facts.size(), AgendaFacts::kMaxCaseLines + 1);
        QCOMPARE(f.facts.first(), QStringLiteral("SJ-1 案件1 · 东一网格 · %1, 1 days overdue")
                                      .arg(incidentstate::displayName(IncidentState::Handling)));
        QCOMPARE(f.facts.last(), QStringLiteral("and 1 more cases"));
        QCOMPARE(f.chart.size(), 2);
        QCOMPARE(f.chart[0].label, QStringLiteral("东社区"));
        QCOMPARE(f.chart[0].value, 6.0);
        QVERIFY(!f.bounds.isEmpty());
        // A case closed during the meeting shows as closed on the slide.
        cases[1].state = IncidentState::Closed;
        f = facts.facts(item, cases);
        QVERIFY2(f.facts.first().endsWith(incidentstate::displayName(IncidentState::Closed)), qPrintable(f.facts.first()));
    }

    void chartOnlyWhereItSaysSomething()
    {
        // One case in each of three communities: no chart. Thirteen
        // communities: ten bars, the last summing up four, shares whole.
        const AgendaFacts facts(names(), kAt);
        for (const int communities : {3, 13}) {
            AgendaItem item;
            item.kind = AgendaKind::Supervised;
            item.params = QJsonObject{{QStringLiteral("count"), communities * 2}};
            QHash<qint64, Incident> cases;
            for (int i = 1; i <= (communities == 3 ? 3 : 26); ++i) {
                Incident c;
                c.id = i;
                c.code = QStringLiteral("SJ-%1").arg(i);
                c.communityCode = QStringLiteral("3711020020%1").arg((i - 1) % communities, 2, 10, QLatin1Char('0'));
                c.gridCode = c.communityCode + QStringLiteral("001");
                c.state = IncidentState::Handling;
                item.caseIds << i;
                cases.insert(i, c);
            }
            const ItemFacts f = facts.facts(item, cases);
            if (communities == 3) {
                QVERIFY(f.chart.isEmpty());
                QVERIFY(f.chartTitle.isEmpty());
                continue;
            }
            QCOMPARE(f.chart.size(), AgendaFacts::kMaxBars);
            double sum = 0;
            for (const FactsBar &b : f.chart)
                sum += b.value;
            QCOMPARE(sum, 26.0);
            QCOMPARE(f.chart.last().label, QStringLiteral("4 other communities"));
            QCOMPARE(f.chart.last().value, 8.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestAgendaBuilder)
#include "test_agendabuilder.moc"
