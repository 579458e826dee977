// The staffing rule: every kind of breach, the grid's state for the map,
// retired staff not counted, unknown grids, configurable numbers, and the
// rule's own validation; the findings worded in zh_CN.
#include "StaffingCheck.h"
#include "StaffingText.h"

#include <QTest>
#include <QTranslator>

using namespace griddesk;

namespace {

StaffMember person(const QString &grid, StaffRole role, bool active = true)
{
    StaffMember s;
    s.name = QStringLiteral("张三");
    s.gridCode = grid;
    s.role = role;
    s.active = active;
    return s;
}

// A grid with `managers` managers and `assistants` assistants (full-time
// and part-time taking turns).
QVector<StaffMember> crew(const QString &grid, int managers, int assistants)
{
    QVector<StaffMember> out;
    for (int i = 0; i < managers; ++i)
        out << person(grid, StaffRole::Manager);
    for (int i = 0; i < assistants; ++i)
        out << person(grid, i % 2 ? StaffRole::PartTime : StaffRole::FullTime);
    return out;
}

const QString kGrid = QStringLiteral("371102002017001");

} // namespace

class TestStaffingCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<int>("managers");
        QTest::addColumn<int>("assistants");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QList<int>>("counts");
        QTest::newRow("as the rule says") << 1 << 2 << "ok" << QStringList() << QList<int>();
        QTest::newRow("five assistants") << 1 << 5 << "ok" << QStringList() << QList<int>();
        QTest::newRow("no manager") << 0 << 3 << "no_manager" << QStringList{"no_manager"} << QList<int>{0};
        QTest::newRow("nobody") << 0 << 0 << "no_manager" << QStringList{"no_manager", "too_few_assistants"}
                                << QList<int>{0, 0};
        QTest::newRow("two managers") << 2 << 3 << "over_staffed" << QStringList{"too_many_managers"} << QList<int>{2};
        QTest::newRow("one assistant") << 1 << 1 << "under_staffed" << QStringList{"too_few_assistants"} << QList<int>{1};
        QTest::newRow("six assistants") << 1 << 6 << "over_staffed" << QStringList{"too_many_assistants"} << QList<int>{6};
        QTest::newRow("two managers, one assistant")
            << 2 << 1 << "under_staffed" << QStringList{"too_many_managers", "too_few_assistants"} << QList<int>{2, 1};
    }
    void kinds()
    {
        QFETCH(int, managers);
        QFETCH(int, assistants);
        QFETCH(QString, state);
        QFETCH(QStringList, codes);
        QFETCH(QList<int>, counts);
        const QVector<GridStaffing> result = staffingcheck::check({kGrid}, crew(kGrid, managers, assistants), StaffingRule());
        QCOMPARE(result.size(), 1);
        QCOMPARE(result[0].managers, managers);
        QCOMPARE(result[0].assistants, assistants);
        QCOMPARE(staffingstate::code(result[0].state), state);
        QStringList found;
        QList<int> foundCounts;
        for (const StaffingViolation &v : result[0].violations) {
            found << v.code();
            foundCounts << v.count;
            QCOMPARE(v.gridCode, kGrid);
        }
        QCOMPARE(found, codes);
        QCOMPARE(foundCounts, counts);
    }

    void retiredStaffAreNotCounted()
    {
        QVector<StaffMember> staff = crew(kGrid, 1, 2);
        staff << person(kGrid, StaffRole::Manager, false) << person(kGrid, StaffRole::FullTime, false);
        const QVector<GridStaffing> result = staffingcheck::check({kGrid}, staff, StaffingRule());
        QCOMPARE(result[0].managers, 1);
        QCOMPARE(result[0].assistants, 2);
        QVERIFY(result[0].violations.isEmpty());
    }

    void unknownGridsAreListedAfterTheGrids()
    {
        const QString other = QStringLiteral("371102002017002");
        const QString gone = QStringLiteral("371102002099001");
        QVector<StaffMember> staff = crew(kGrid, 1, 2) + crew(gone, 1, 1);
        staff << person(QStringLiteral("371102002099009"), StaffRole::PartTime, false); // retired: no finding
        const QVector<GridStaffing> result = staffingcheck::check({kGrid, other}, staff, StaffingRule());
        QCOMPARE(result.size(), 3);
        QCOMPARE(result[0].gridCode, kGrid);
        QCOMPARE(result[1].gridCode, other);
        QCOMPARE(staffingstate::code(result[1].state), QStringLiteral("no_manager"));
        QCOMPARE(result[2].gridCode, gone);
        QCOMPARE(result[2].violations.size(), 1);
        QCOMPARE(result[2].violations[0].code(), QStringLiteral("unknown_grid"));
        QCOMPARE(result[2].violations[0].count, 2);
        QCOMPARE(staffingcheck::violations(result).size(), 2 + 1); // the empty grid's two and the unknown grid's one
    }

    void numbersAreConfigurable()
    {
        StaffingRule rule;
        rule.managers = 2;
        rule.minAssistants = 3;
        rule.maxAssistants = 4;
        QVERIFY(rule.check().isEmpty());
        auto stateOf = [&](int managers, int assistants) {
            return staffingstate::code(staffingcheck::check({kGrid}, crew(kGrid, managers, assistants), rule)[0].state);
        };
        QCOMPARE(stateOf(2, 3), QStringLiteral("ok"));
        QCOMPARE(stateOf(2, 4), QStringLiteral("ok"));
        QCOMPARE(stateOf(1, 3), QStringLiteral("under_staffed"));
        QCOMPARE(staffingcheck::check({kGrid}, crew(kGrid, 1, 3), rule)[0].violations[0].code(),
                 QStringLiteral("too_few_managers"));
        QCOMPARE(stateOf(2, 2), QStringLiteral("under_staffed"));
        QCOMPARE(stateOf(2, 5), QStringLiteral("over_staffed"));
        QCOMPARE(stateOf(3, 3), QStringLiteral("over_staffed"));
        const StaffingViolation v = staffingcheck::check({kGrid}, crew(kGrid, 2, 5), rule)[0].violations[0];
        QCOMPARE(v.expected, 4);
        QCOMPARE(v.count, 5);
    }

    void badRulesAreRefusedByField()
    {
        StaffingRule r;
        r.managers = 0;
        QCOMPARE(r.check().value(0).field, StaffingRule::managersKey());
        r = StaffingRule();
        r.minAssistants = 4;
        r.maxAssistants = 3;
        QCOMPARE(r.check().size(), 1);
        QCOMPARE(r.check()[0].field, StaffingRule::maxAssistantsKey());
        r = StaffingRule();
        r.minAssistants = -1;
        QCOMPARE(r.check()[0].field, StaffingRule::minAssistantsKey());
        QVERIFY(StaffingRule().check().isEmpty());
    }

    void codesRoundTrip()
    {
        for (StaffRole role : staffrole::all()) {
            StaffRole back = StaffRole::Manager;
            QVERIFY(staffrole::fromCode(staffrole::code(role), &back));
            QCOMPARE(back, role);
        }
        QVERIFY(!staffrole::fromCode(QStringLiteral("chief"), nullptr));
        for (StaffingState state : {StaffingState::Ok, StaffingState::UnderStaffed, StaffingState::NoManager,
                                    StaffingState::OverStaffed}) {
            StaffingState back = StaffingState::Ok;
            QVERIFY(staffingstate::fromCode(staffingstate::code(state), &back));
            QCOMPARE(back, state);
        }
    }

    void wordedInChinese()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(GRIDDESK_ZH_QM)));
        QCoreApplication::installTranslator(&zh);
        const StaffingViolation six{StaffingViolationKind::TooManyAssistants, kGrid, 6, 5};
        QCOMPARE(StaffingText::describe(six, QStringLiteral("林海社区第1网格")),
                 QStringLiteral("林海社区第1网格有 6 名网格员，最多 5 名"));
        QCOMPARE(StaffingText::describe({StaffingViolationKind::NoManager, kGrid, 0, 1}),
                 kGrid + QStringLiteral("没有网格长"));
        QCOMPARE(staffrole::displayName(StaffRole::Manager), QStringLiteral("网格长"));
        QCOMPARE(staffrole::displayName(StaffRole::FullTime), QStringLiteral("专职网格员"));
        QCOMPARE(staffrole::displayName(StaffRole::PartTime), QStringLiteral("兼职网格员"));
        QCOMPARE(StaffingText::stateName(StaffingState::UnderStaffed), QStringLiteral("人员不足"));
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(StaffingText::describe(six, QStringLiteral("G")), QStringLiteral("G has 6 grid workers; at most 5 are allowed"));
    }
};

QTEST_GUILESS_MAIN(TestStaffingCheck)
#include "test_staffingcheck.moc"
