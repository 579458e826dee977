// The KPI engine on hand-built cases: every KPI at grid, community, township
// and department level, with rejected reports, merged duplicates, reworked
// cases, unevaluated cases, cases due but still open, cases closed after the
// period, the running period, escalations by level, the minimum number of
// cases, fair ranking, and drill-down lists that equal every figure.
#include "KpiEngine.h"
#include "KpiRanking.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace griddesk;

namespace {

// An instant in China Standard Time.
QDateTime cst(int month, int day, int hour = 10, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(8 * 3600)).toUTC();
}

struct CaseBuilder {
    KpiCase c;
    CaseBuilder(qint64 id, const QString &grid, IncidentState state, const QDateTime &reported)
    {
        c.id = id;
        c.code = QStringLiteral("E-%1").arg(id);
        c.gridCode = grid;
        c.communityCode = grid.left(12);
        c.townshipCode = grid.left(9) + QStringLiteral("000");
        c.state = state;
        c.reportedAt = reported;
        c.categoryCode = QStringLiteral("neighbourhood_dispute");
    }
    CaseBuilder &due(const QDateTime &t) { c.deadlineAt = t; return *this; }
    CaseBuilder &closed(const QDateTime &t)
    {
        c.closedAt = t;
        c.events << KpiEvent{IncidentAction::Close, t};
        return *this;
    }
    CaseBuilder &event(IncidentAction a, const QDateTime &t)
    {
        c.events << KpiEvent{a, t};
        if (a == IncidentAction::Rework)
            ++c.reworkCount;
        return *this;
    }
    CaseBuilder &rated(const QString &s) { c.satisfaction = s; return *this; }
    CaseBuilder &dept(const QString &d) { c.leadDepartment = d; return *this; }
    CaseBuilder &at(AdminLevel l) { c.level = l; return *this; }
    operator KpiCase() const { return c; }
};

const QString T = QStringLiteral("371102001000");
const QString C1 = QStringLiteral("371102001001");
const QString C2 = QStringLiteral("371102001002");
const QString G1 = C1 + QStringLiteral("001");
const QString G2 = C1 + QStringLiteral("002");
const QString G3 = C2 + QStringLiteral("001");
const QString D1 = QStringLiteral("civil_affairs");
const QString D2 = QStringLiteral("judicial_office");

QVector<KpiUnit> units()
{
    return {
        {T, QString(), QStringLiteral("镇"), AdminLevel::Township, false, 20000},
        {C1, T, QStringLiteral("一社区"), AdminLevel::Community, false, 12000},
        {C2, T, QStringLiteral("二社区"), AdminLevel::Community, false, 0},
        {G1, C1, QStringLiteral("一网格"), AdminLevel::Grid, false, 4000},
        {G2, C1, QStringLiteral("二网格"), AdminLevel::Grid, false, 8000},
        {G3, C2, QStringLiteral("三网格"), AdminLevel::Grid, false, 0},
        {D1, QString(), QStringLiteral("民政办"), AdminLevel::Township, true, 0},
        {D2, QString(), QStringLiteral("司法所"), AdminLevel::Township, true, 0},
    };
}

using S = IncidentState;
using A = IncidentAction;

QVector<KpiCase> cases()
{
    return {
        // 1 closed on time, satisfied
        CaseBuilder(1, G1, S::Closed, cst(10, 2)).due(cst(10, 10)).event(A::Reply, cst(10, 7)).closed(cst(10, 8))
            .rated(QStringLiteral("satisfied")).dept(D1),
        // 2 closed late, basically satisfied
        CaseBuilder(2, G1, S::Closed, cst(10, 3)).due(cst(10, 12)).event(A::Reply, cst(10, 13)).closed(cst(10, 14))
            .rated(QStringLiteral("basically_satisfied")).dept(D1),
        // 3 due, still open past its deadline, supervised
        CaseBuilder(3, G1, S::Handling, cst(10, 5)).due(cst(10, 20)).event(A::Supervise, cst(10, 21)).dept(D2),
        // 4 rejected report
        CaseBuilder(4, G1, S::Rejected, cst(10, 5)),
        // 5 merged duplicate that had been accepted
        CaseBuilder(5, G2, S::Merged, cst(10, 6)).due(cst(10, 15)),
        // 6 reworked once, then closed on time, dissatisfied
        CaseBuilder(6, G2, S::Closed, cst(10, 1)).due(cst(10, 11)).event(A::Reply, cst(10, 3))
            .event(A::Rework, cst(10, 4)).event(A::Reply, cst(10, 6)).closed(cst(10, 9))
            .rated(QStringLiteral("dissatisfied")).dept(D2),
        // 7 closed, not evaluated
        CaseBuilder(7, G2, S::Closed, cst(10, 10)).due(cst(10, 25)).event(A::Reply, cst(10, 19)).closed(cst(10, 20)),
        // 8 due in the period, closed after it
        CaseBuilder(8, G3, S::Closed, cst(10, 20)).due(cst(10, 30)).closed(cst(11, 2)),
        // 9 due in the next period, closed early in this one
        CaseBuilder(9, G3, S::Closed, cst(10, 25)).due(cst(11, 5)).closed(cst(10, 28)),
        // 10 reported the month before, due and closed in this one
        CaseBuilder(10, G3, S::Closed, cst(9, 28)).due(cst(10, 2)).closed(cst(10, 1)),
        // 11 escalated twice, to the community in September and the township in October
        CaseBuilder(11, G3, S::Handling, cst(9, 20)).at(AdminLevel::Township).due(cst(12, 20))
            .event(A::Escalate, cst(9, 29)).event(A::Supervise, cst(10, 2)).event(A::Escalate, cst(10, 3)),
    };
}

const KpiPeriod kOctober = KpiPeriod::month(2026, 10);
const QDateTime kLater = cst(11, 29);

} // namespace

class TestKpiEngine : public QObject
{
    Q_OBJECT

private:
    static void expect(const KpiTable &t, const QString &unit, Kpi k, qint64 num, qint64 den)
    {
        const KpiFigure f = t.figure(unit, k);
        const QString where = unit + QLatin1Char(' ') + kpi::code(k);
        QVERIFY2(f.numerator == num, qPrintable(where + QStringLiteral(" numerator %1").arg(f.numerator)));
        QVERIFY2(f.denominator == den, qPrintable(where + QStringLiteral(" denominator %1").arg(f.denominator)));
    }

private Q_SLOTS:
    void eachKpiAtTheTownship()
    {
        const KpiEngine e(units(), KpiSettings{1});
        const KpiTable t = e.compute(cases(), {}, kOctober, kLater);
        // Reported in October, not rejected or merged: 1 2 3 6 7 8 9.
        expect(t, T, Kpi::IncidenceRate, 7, 20000);
        QCOMPARE(*t.figure(T, Kpi::IncidenceRate).value, 7 * 1000.0 / 20000);
        // Due in October: 1 2 3 6 7 8 10 (5 is merged, 9 due in November, 11 in December).
        expect(t, T, Kpi::ClosureRate, 5, 7);   // 3 still open, 8 closed after the period
        expect(t, T, Kpi::OnTimeClosureRate, 4, 7); // 1 6 7 10
        expect(t, T, Kpi::OverdueCount, 3, 0);  // 2 late, 3 open, 8 late
        // Replied in October: 1 2 6 7; 6 was sent back.
        expect(t, T, Kpi::ReworkRate, 1, 4);
        // Closed in October: 1 2 6 7 9 10; 6 was reworked.
        expect(t, T, Kpi::FirstTimeFixRate, 5, 6);
        // Closed in October and evaluated: 1 2 6.
        expect(t, T, Kpi::SatisfactionRate, 2, 3);
        QCOMPARE(t.figure(T, Kpi::SatisfactionRate).sample, 3);
        expect(t, T, Kpi::SupervisedCount, 2, 0); // 3 and 11
        expect(t, T, Kpi::EscalatedToCommunity, 0, 0);
        expect(t, T, Kpi::EscalatedToTownship, 1, 0);
        expect(t, T, Kpi::EscalatedToDistrict, 0, 0);
        QVERIFY(qAbs(*t.figure(T, Kpi::ClosureRate).value - 500.0 / 7) < 1e-9);
    }

    void figuresAddUpThroughTheLevels()
    {
        const KpiEngine e(units(), KpiSettings{1});
        const KpiTable t = e.compute(cases(), {}, kOctober, kLater);
        for (Kpi k : kpi::all()) {
            if (k == Kpi::ScreeningCoverage || k == Kpi::IncidenceRate)
                continue;
            const KpiFigure g1 = t.figure(G1, k), g2 = t.figure(G2, k), g3 = t.figure(G3, k);
            const KpiFigure c1 = t.figure(C1, k), c2 = t.figure(C2, k), tw = t.figure(T, k);
            QCOMPARE(c1.numerator, g1.numerator + g2.numerator);
            QCOMPARE(c1.denominator, g1.denominator + g2.denominator);
            QCOMPARE(c2.numerator, g3.numerator);
            QCOMPARE(tw.numerator, c1.numerator + c2.numerator);
            QCOMPARE(tw.denominator, c1.denominator + c2.denominator);
        }
        expect(t, G1, Kpi::ClosureRate, 2, 3);
        expect(t, G3, Kpi::ClosureRate, 1, 2);
        // Departments: only the lead department's cases.
        expect(t, D1, Kpi::OnTimeClosureRate, 1, 2);
        expect(t, D2, Kpi::OnTimeClosureRate, 1, 2);
        expect(t, D2, Kpi::ReworkRate, 1, 1);
        QVERIFY(!t.figure(D1, Kpi::IncidenceRate).value); // no population
        QVERIFY(!t.figure(C2, Kpi::IncidenceRate).value);
        QVERIFY(!t.figure(G3, Kpi::IncidenceRate).value);
        QCOMPARE(*t.figure(G2, Kpi::IncidenceRate).value, 2 * 1000.0 / 8000); // 6 7; 5 merged
    }

    void theRunningPeriodCountsOnlyWhatIsDue()
    {
        const KpiEngine e(units(), KpiSettings{1});
        const KpiTable t = e.compute(cases(), {}, kOctober, cst(10, 15));
        // By 15 October: due and passed 1 2 6 10; 3 7 8 are due later this month.
        expect(t, T, Kpi::ClosureRate, 4, 4);
        expect(t, T, Kpi::OnTimeClosureRate, 3, 4);
        expect(t, T, Kpi::OverdueCount, 1, 0); // 2 closed late
        expect(t, T, Kpi::IncidenceRate, 5, 20000); // 1 2 3 6 7 (7 reported on the 10th)
        expect(t, T, Kpi::FirstTimeFixRate, 3, 4); // 1 2 6 10 closed by then
    }

    void aPastPeriodsFiguresDoNotChangeLater()
    {
        const KpiEngine e(units(), KpiSettings{1});
        const KpiTable a = e.compute(cases(), {}, kOctober, cst(11, 3));
        const KpiTable b = e.compute(cases(), {}, kOctober, cst(12, 31, 10, 2027));
        for (const KpiUnit &u : units())
            for (Kpi k : kpi::all()) {
                QCOMPARE(a.figure(u.code, k).numerator, b.figure(u.code, k).numerator);
                QCOMPARE(a.figure(u.code, k).denominator, b.figure(u.code, k).denominator);
            }
    }

    void escalationsCountAtEachLevelReached()
    {
        const KpiEngine e(units(), KpiSettings{1});
        const KpiTable sep = e.compute(cases(), {}, KpiPeriod::month(2026, 9), kLater);
        expect(sep, T, Kpi::EscalatedToCommunity, 1, 0);
        expect(sep, T, Kpi::EscalatedToTownship, 0, 0);
        // A case escalated straight to the district within one period counts at every level.
        KpiCase c = CaseBuilder(20, G1, S::Accepted, cst(10, 1)).at(AdminLevel::District)
                        .event(A::Escalate, cst(10, 2)).event(A::Escalate, cst(10, 3)).event(A::Escalate, cst(10, 4));
        const KpiTable t = e.compute({c}, {}, kOctober, kLater);
        expect(t, T, Kpi::EscalatedToCommunity, 1, 0);
        expect(t, T, Kpi::EscalatedToTownship, 1, 0);
        expect(t, T, Kpi::EscalatedToDistrict, 1, 0);
    }

    void screeningCoverageIsGridWeeks()
    {
        const KpiEngine e(units(), KpiSettings{1});
        QCOMPARE(kOctober.isoWeeks(), (QStringList{QStringLiteral("2026-W40"), QStringLiteral("2026-W41"),
                                                  QStringLiteral("2026-W42"), QStringLiteral("2026-W43"),
                                                  QStringLiteral("2026-W44")}));
        const QVector<KpiScreening> s{{G1, QStringLiteral("2026-W40")}, {G1, QStringLiteral("2026-W41")},
                                      {G3, QStringLiteral("2026-W40")}, {G3, QStringLiteral("2026-W45")},
                                      {G2, QStringLiteral("2026-W39")}};
        const KpiTable t = e.compute({}, KpiActivity{s, {}, {}}, kOctober, kLater);
        expect(t, T, Kpi::ScreeningCoverage, 3, 15);
        expect(t, C1, Kpi::ScreeningCoverage, 2, 10);
        expect(t, G2, Kpi::ScreeningCoverage, 0, 5);
        QCOMPARE(*t.figure(T, Kpi::ScreeningCoverage).value, 20.0);
        QVERIFY(!t.figure(D1, Kpi::ScreeningCoverage).value);
        const KpiMembers m = e.members(Kpi::ScreeningCoverage, C1, {}, KpiActivity{s, {}, {}}, kOctober, kLater);
        QCOMPARE(m.numeratorGridWeeks, (QStringList{G1 + QStringLiteral("|2026-W40"), G1 + QStringLiteral("|2026-W41")}));
        QCOMPARE(m.denominatorGridWeeks.size(), 10);
    }

    void workLogCountsWorkerWeeksAgainstTheExpectedNumber()
    {
        const KpiEngine e(units(), KpiSettings{1, 3});
        KpiActivity a;
        const QString wang = QStringLiteral("王芳"), li = QStringLiteral("李明"), zhang = QStringLiteral("张伟");
        a.workers = {
            {G1, wang, QDate(2026, 1, 1), {}},
            {G1, QStringLiteral(" 王芳 "), QDate(2025, 6, 1), {}}, // listed twice: one worker
            {G1, li, QDate(2026, 10, 12), {}},                     // from W42
            {G2, zhang, QDate(2025, 3, 1), QDate(2026, 10, 6)},    // to the Tuesday of W41
            {G3, QStringLiteral("赵强"), QDate(2025, 3, 1), QDate(2026, 9, 20)}, // left before October
        };
        auto log = [&](const QString &grid, const QString &who, int week, const char *activity, int n) {
            a.workLog << KpiWorkLogCount{grid, who, QStringLiteral("2026-W%1").arg(week), QLatin1String(activity), n};
        };
        log(G1, wang, 40, "visit", 2);
        log(G1, wang, 40, "service", 1);           // W40: 3, met
        log(G1, wang, 41, "legal_education", 1);
        log(G1, wang, 41, "patrol", 5);            // W41: 1 (patrols not assessed)
        log(G1, wang, 42, "visit", 4);             // W42: 4, met
        log(G1, wang, 44, "visit", 1);
        log(G1, wang, 44, "service", 1);
        log(G1, wang, 44, "legal_education", 1);   // W44: 3, met; W43: nothing
        log(G1, wang, 45, "visit", 9);             // November's
        log(G1, li, 41, "visit", 3);               // before he served
        log(G1, li, 42, "service", 2);             // W42: 2
        log(G1, li, 43, "visit", 3);               // W43: 3, met
        log(G2, zhang, 40, "visit", 5);            // W40: 5, met
        log(G2, zhang, 41, "service", 1);          // W41: 1
        log(G2, zhang, 42, "visit", 3);            // after he left
        log(G3, QStringLiteral("孙丽"), 40, "visit", 4); // not on the grid's staff

        const KpiTable t = e.compute({}, a, kOctober, kLater);
        // G1: 王芳 W40–W44 (5), 3 met, 3+1+4+0+3 = 11 entries; 李明 W42–W44 (3), 1 met, 2+3+0 = 5.
        expect(t, G1, Kpi::WorkLogCompliance, 4, 8);
        expect(t, G1, Kpi::WorkLogEntries, 16, 8);
        // G2: 张伟 W40–W41, 1 met, 5+1 = 6 entries.
        expect(t, G2, Kpi::WorkLogCompliance, 1, 2);
        expect(t, G2, Kpi::WorkLogEntries, 6, 2);
        expect(t, C1, Kpi::WorkLogCompliance, 5, 10);
        expect(t, T, Kpi::WorkLogEntries, 22, 10);
        QCOMPARE(*t.figure(T, Kpi::WorkLogCompliance).value, 50.0);
        QCOMPARE(*t.figure(T, Kpi::WorkLogEntries).value, 2.2);
        QCOMPARE(*t.figure(G1, Kpi::WorkLogCompliance).value, 50.0);
        QCOMPARE(*t.figure(G2, Kpi::WorkLogEntries).value, 3.0);
        QCOMPARE(kpi::formatValue(Kpi::WorkLogEntries, 2.2), QStringLiteral("2.2"));
        QVERIFY(!t.figure(G3, Kpi::WorkLogCompliance).value); // nobody served
        QVERIFY(!t.figure(C2, Kpi::WorkLogEntries).value);
        QVERIFY(!t.figure(D1, Kpi::WorkLogCompliance).value); // departments keep no grid log
        QVERIFY(kpi::higherIsBetter(Kpi::WorkLogCompliance));

        // Four expected: only G1's 王芳 in W42 (4) and G2's 张伟 in W40 (5) meet it.
        const KpiEngine strict(units(), KpiSettings{1, 4});
        expect(strict.compute({}, a, kOctober, kLater), T, Kpi::WorkLogCompliance, 2, 10);

        // The drill-down: the worker-weeks, by grid, week and worker, with what each logged.
        const KpiMembers m = e.members(Kpi::WorkLogCompliance, C1, {}, a, kOctober, kLater);
        QCOMPARE(m.workerWeeks.size(), 10);
        const KpiWorkerWeek &first = m.workerWeeks.first();
        QCOMPARE(first.gridCode, G1);
        QCOMPARE(first.isoWeek, QStringLiteral("2026-W40"));
        QCOMPARE(first.worker, wang);
        QCOMPARE(first.visits, 2);
        QCOMPARE(first.services, 1);
        QCOMPARE(first.legalEducation, 0);
        QVERIFY(first.met);
        QCOMPARE(std::count_if(m.workerWeeks.cbegin(), m.workerWeeks.cend(), [](const KpiWorkerWeek &w) { return w.met; }), 5);
        QCOMPARE(e.members(Kpi::WorkLogEntries, G2, {}, a, kOctober, kLater).workerWeeks.size(), 2);

        // On Wednesday 21 October: W40–W42 have ended; in the running W43 only
        // 李明 has already met the standard; W44 has not begun.
        const KpiTable running = e.compute({}, a, kOctober, cst(10, 21));
        // 王芳 W40 W41 W42 (2 met, 8 entries); 李明 W42 W43 (1 met, 5); 张伟 W40 W41 (1 met, 6).
        expect(running, T, Kpi::WorkLogCompliance, 4, 7);
        expect(running, T, Kpi::WorkLogEntries, 19, 7);
    }

    void drillDownListsExactlyTheCountedCases()
    {
        const KpiEngine e(units(), KpiSettings{1});
        for (const QDateTime &asOf : {kLater, cst(10, 15)}) {
            const KpiTable t = e.compute(cases(), {}, kOctober, asOf);
            for (const KpiUnit &u : units()) {
                for (Kpi k : kpi::all()) {
                    if (k == Kpi::ScreeningCoverage)
                        continue;
                    const KpiMembers m = e.members(k, u.code, cases(), {}, kOctober, asOf);
                    const KpiFigure f = t.figure(u.code, k);
                    const QString where = u.code + QLatin1Char(' ') + kpi::code(k);
                    QVERIFY2(m.numerator.size() == f.numerator, qPrintable(where));
                    if (k != Kpi::IncidenceRate && kpi::isRatio(k)) {
                        QVERIFY2(m.denominator.size() == f.denominator, qPrintable(where));
                        for (qint64 id : m.numerator)
                            QVERIFY2(m.denominator.contains(id), qPrintable(where)); // a subset
                    }
                }
            }
        }
        const KpiMembers onTime = e.members(Kpi::OnTimeClosureRate, T, cases(), {}, kOctober, kLater);
        QCOMPARE(onTime.numerator, (QVector<qint64>{1, 6, 7, 10}));
        QCOMPARE(onTime.denominator, (QVector<qint64>{1, 2, 3, 6, 7, 8, 10}));
    }

    void tooFewCasesAreNotRanked()
    {
        const KpiEngine e(units(), KpiSettings{3});
        const KpiTable t = e.compute(cases(), {}, kOctober, kLater);
        // Due cases: G1 3 (1 2 3), G2 2 (6 7), G3 2 (8 10).
        QVERIFY(t.figure(G1, Kpi::ClosureRate).sufficient);
        QVERIFY(!t.figure(G2, Kpi::ClosureRate).sufficient);
        QVERIFY(t.figure(G2, Kpi::ClosureRate).value.has_value()); // shown, but not ranked
        const QVector<RankedUnit> r = kpiranking::rank(t, Kpi::OnTimeClosureRate, {G2, G3, G1});
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0).unitCode, G1);
        QCOMPARE(r.at(0).rank, 1);
        QCOMPARE(r.at(1).rank, 0);
        QCOMPARE(r.at(2).rank, 0);
        // With a minimum of 1, G2 (2 of 2 on time) leads; G1 and G3 each have 1 of 3 and 1 of 2.
        const KpiEngine loose(units(), KpiSettings{1});
        const QVector<RankedUnit> all = kpiranking::rank(loose.compute(cases(), {}, kOctober, kLater),
                                                         Kpi::OnTimeClosureRate, {G1, G2, G3});
        QCOMPARE(all.at(0).unitCode, G2);
        QCOMPARE(all.at(1).unitCode, G3);
        QCOMPARE(all.at(2).unitCode, G1);
        QCOMPARE(all.at(2).rank, 3);
    }

    void lowerIsBetterRanksAscendingAndTiesShareARank()
    {
        const KpiEngine e(units(), KpiSettings{1});
        const KpiTable t = e.compute(cases(), {}, kOctober, kLater);
        // Overdue: G1 2 (2 3), G2 0, G3 1 (8).
        const QVector<RankedUnit> r = kpiranking::rank(t, Kpi::OverdueCount, {G1, G2, G3, C2});
        QCOMPARE(r.at(0).unitCode, G2);
        QCOMPARE(r.at(0).rank, 1);
        QCOMPARE(r.at(1).rank, 2); // G3 and C2 both 1
        QCOMPARE(r.at(2).rank, 2);
        QCOMPARE(r.at(3).unitCode, G1);
        QCOMPARE(r.at(3).rank, 4);
    }

    void changeNeedsTwoComparableFigures()
    {
        KpiFigure now{5, 10, 50.0, 10, true};
        KpiFigure before{3, 10, 30.0, 10, true};
        QCOMPARE(*kpiChange(now, before), 20.0);
        before.sufficient = false;
        QVERIFY(!kpiChange(now, before));
        QVERIFY(!kpiChange(now, KpiFigure{}));
    }

    void breakdownsCountTheReportedCases()
    {
        KpiEngine e(units(), KpiSettings{1});
        QVector<KpiCase> list = cases();
        list[1].categoryCode = QStringLiteral("road_damage");
        list[1].source = IncidentSource::Hotline12345;
        const auto cat = e.byCategory(T, list, kOctober);
        QCOMPARE(cat.value(QStringLiteral("road_damage")), (QVector<qint64>{2}));
        QCOMPARE(cat.value(QStringLiteral("neighbourhood_dispute")).size(), 6);
        const auto src = e.bySource(C1, list, kOctober);
        QCOMPARE(src.value(incidentsource::code(IncidentSource::Hotline12345)), (QVector<qint64>{2}));
    }
};

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "test_kpiengine.moc"
