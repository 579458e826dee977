// griddesk-admin staff from a shell: the demo's planted breaches listed in
// the reader's language with exit code 3, a manager added to the grid that
// lacked one, the rule changed and refused when it makes no sense, phones
// listed masked, and bad input named by field with nothing written.
#include "AdminRun.h"
#include "GpkgStore.h"
#include "TestDemo.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

class TestStaffCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    test::AdminRun staff(QStringList args) const
    {
        args.prepend(QStringLiteral("staff"));
        args << QStringLiteral("--db") << m_db;
        return test::admin(args);
    }

    // The violation codes `staff check` lists, one per line.
    QStringList violations(const QString &output) const
    {
        QStringList codes;
        for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
            codes << line.section(QLatin1Char('\t'), 4, 4);
        return codes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(test::adminProgram()), "GRIDDESK_ADMIN must name the built griddesk-admin");
        m_db = m_dir.filePath(QStringLiteral("staff.gpkg"));
        const test::AdminRun r = test::admin({QStringLiteral("demo"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" grid staff")), qPrintable(r.out));
    }

    void demoBreachesAreListed()
    {
        const test::AdminRun r = staff({QStringLiteral("check"), QStringLiteral("--language"), QStringLiteral("zh_CN")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(violations(r.out), (QStringList{"no_manager", "too_few_assistants", "too_many_assistants"}));
        QVERIFY2(r.out.contains(QStringLiteral("没有网格长")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("有 6 名网格员，最多 5 名")), qPrintable(r.out));
    }

    void phonesAreListedMasked()
    {
        const test::AdminRun r = staff({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 100);
        for (const QString &line : lines.mid(1))
            QVERIFY2(QRegularExpression(QStringLiteral("^1\\d\\d\\*{4}\\d{4}$")).match(line.section(QLatin1Char('\t'), 4, 4)).hasMatch(),
                     qPrintable(line));
    }

    void addingTheMissingManagerClearsTheBreach()
    {
        const QString grid = violationGrid(QStringLiteral("no_manager"));
        QVERIFY(!grid.isEmpty());
        const test::AdminRun added = staff({QStringLiteral("add"), QStringLiteral("--grid"), grid, QStringLiteral("--name"),
                                            QStringLiteral("王建国"), QStringLiteral("--phone"), QStringLiteral("138 1234 5678"),
                                            QStringLiteral("--role"), QStringLiteral("manager")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("138****5678")), qPrintable(added.out));
        QCOMPARE(violations(staff({QStringLiteral("check")}).out), (QStringList{"too_few_assistants", "too_many_assistants"}));
    }

    void theRuleIsConfigurable()
    {
        const test::AdminRun bad = staff({QStringLiteral("rule"), QStringLiteral("--min-assistants"), QStringLiteral("9")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("staffing_max_assistants")), qPrintable(bad.err));
        const test::AdminRun set = staff({QStringLiteral("rule"), QStringLiteral("--min-assistants"), QStringLiteral("1"),
                                          QStringLiteral("--max-assistants"), QStringLiteral("6")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains(QStringLiteral("min_assistants\t1")));
        QCOMPARE(staff({QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(GpkgStore::open(m_db)->staffingRule(), (StaffingRule{1, 1, 6}));
        QCOMPARE(staff({QStringLiteral("rule"), QStringLiteral("--min-assistants"), QStringLiteral("2"),
                        QStringLiteral("--max-assistants"), QStringLiteral("5")}).exitCode, 0);
    }

    void badInputIsNamedAndNothingWritten()
    {
        const int before = GpkgStore::open(m_db)->staffMembers(true).size();
        const test::AdminRun role = staff({QStringLiteral("add"), QStringLiteral("--grid"), QStringLiteral("371102002017001"),
                                           QStringLiteral("--name"), QStringLiteral("李"), QStringLiteral("--phone"),
                                           QStringLiteral("13812345678"), QStringLiteral("--role"), QStringLiteral("boss")});
        QCOMPARE(role.exitCode, 2);
        QVERIFY2(role.err.contains(QStringLiteral("role: \"boss\"")), qPrintable(role.err));
        const test::AdminRun phone = staff({QStringLiteral("add"), QStringLiteral("--grid"), QStringLiteral("371102002017001"),
                                            QStringLiteral("--name"), QStringLiteral("李"), QStringLiteral("--phone"),
                                            QStringLiteral("12345"), QStringLiteral("--role"), QStringLiteral("part_time")});
        QCOMPARE(phone.exitCode, 1);
        QVERIFY2(phone.err.contains(QStringLiteral("phone: \"12345\"")), qPrintable(phone.err));
        QVERIFY(phone.out.isEmpty());
        const test::AdminRun grid = staff({QStringLiteral("add"), QStringLiteral("--grid"), QStringLiteral("371102002017999"),
                                           QStringLiteral("--name"), QStringLiteral("李"), QStringLiteral("--phone"),
                                           QStringLiteral("13812345678"), QStringLiteral("--role"), QStringLiteral("part_time")});
        QCOMPARE(grid.exitCode, 1);
        QVERIFY2(grid.err.contains(QStringLiteral("grid_code: \"371102002017999\"")), qPrintable(grid.err));
        QCOMPARE(staff({QStringLiteral("retire"), QStringLiteral("999999")}).exitCode, 1);
        QCOMPARE(GpkgStore::open(m_db)->staffMembers(true).size(), before);
    }

    void retiringKeepsThePersonInTheRegister()
    {
        const QString line = staff({QStringLiteral("list")}).out.split(QLatin1Char('\n')).value(1);
        const QString id = line.section(QLatin1Char('\t'), 0, 0);
        const test::AdminRun r = staff({QStringLiteral("retire"), id, QStringLiteral("--on"), QStringLiteral("2026-11-01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("retired\t")));
        QVERIFY(!staff({QStringLiteral("list")}).out.contains(line));
        QVERIFY(staff({QStringLiteral("list"), QStringLiteral("--all")}).out.contains(line.section(QLatin1Char('\t'), 0, 5)));
    }

private:
    QString violationGrid(const QString &code) const
    {
        for (const QString &line : staff({QStringLiteral("check")}).out.split(QLatin1Char('\n')))
            if (line.section(QLatin1Char('\t'), 4, 4) == code)
                return line.section(QLatin1Char('\t'), 0, 0);
        return {};
    }
};

QTEST_GUILESS_MAIN(TestStaffCli)
#include "test_staff_cli.moc"
