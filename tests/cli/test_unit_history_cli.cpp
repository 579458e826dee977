// griddesk-admin unit history and unit list --on: after a grid is split,
// the old grid's one version ends today, each piece begins today as a
// split of it, a past day lists the old grid and not the pieces, and bad
// days are refused with a clear message.
#include "AdminRun.h"
#include "GridSplit.h"
#include "GpkgStore.h"
#include "TestDemo.h"

#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

class TestUnitHistoryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_old;
    QStringList m_pieces;
    QDate m_today;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::createDemo(m_dir);
        m_today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
        auto store = GpkgStore::open(m_path);
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).first();
        m_old = grid.code;
        const GeoBounds b = polygon::bounds(grid.geometry);
        const double x = (b.minX + b.maxX) / 2;
        const GridEdit split = test::splitAlong(grid, x);
        m_pieces = store->saveGridEdit(split).created;
        QCOMPARE(m_pieces.size(), 2);
    }

    void historyOfARetiredGridAndItsPieces()
    {
        const test::AdminRun old = test::admin({QStringLiteral("unit"), QStringLiteral("history"), m_old,
                                                QStringLiteral("--db"), m_path});
        QVERIFY2(old.exitCode == 0, qPrintable(old.err));
        const QStringList lines = old.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].startsWith(QStringLiteral("1\tstart\t%1\trecorded\t").arg(m_today.toString(Qt::ISODate))),
                 qPrintable(lines[1]));
        const test::AdminRun piece = test::admin({QStringLiteral("units"), QStringLiteral("history"), m_pieces[1],
                                                  QStringLiteral("--db"), m_path});
        QVERIFY2(piece.exitCode == 0, qPrintable(piece.err));
        const QStringList fields = piece.out.trimmed().split(QLatin1Char('\n')).value(1).split(QLatin1Char('\t'));
        QCOMPARE(fields.value(0), QStringLiteral("1"));
        QCOMPARE(fields.value(1), m_today.toString(Qt::ISODate));
        QCOMPARE(fields.value(2), QStringLiteral("current"));
        QCOMPARE(fields.value(3), QStringLiteral("split"));
        QCOMPARE(fields.value(4), QStringLiteral("东片"));
        QCOMPARE(fields.value(6), m_old);
        const test::AdminRun none = test::admin({QStringLiteral("unit"), QStringLiteral("history"),
                                                 m_old.left(12) + QStringLiteral("998"), QStringLiteral("--db"), m_path});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no unit has this code")), qPrintable(none.err));
    }

    void listOnAPastDay()
    {
        const QString yesterday = m_today.addDays(-1).toString(Qt::ISODate);
        const test::AdminRun past = test::admin({QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--on"),
                                                 yesterday, QStringLiteral("--level"), QStringLiteral("grid"),
                                                 QStringLiteral("--db"), m_path});
        QVERIFY2(past.exitCode == 0, qPrintable(past.err));
        QVERIFY(past.out.contains(m_old + QStringLiteral("\tgrid\t")));
        QVERIFY(!past.out.contains(m_pieces[0]));
        const test::AdminRun now = test::admin({QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--on"),
                                                m_today.toString(Qt::ISODate), QStringLiteral("--level"),
                                                QStringLiteral("grid"), QStringLiteral("--db"), m_path});
        QVERIFY(now.out.contains(m_pieces[0]) && now.out.contains(m_pieces[1]));
        QVERIFY(!now.out.contains(m_old + QStringLiteral("\t")));
        QCOMPARE(past.out.count(QLatin1Char('\n')), now.out.count(QLatin1Char('\n')) - 1);
        const test::AdminRun bad = test::admin({QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--on"),
                                                QStringLiteral("2026-02-30"), QStringLiteral("--level"),
                                                QStringLiteral("grid"), QStringLiteral("--db"), m_path});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("2026-02-30")) && bad.err.contains(QStringLiteral("not a day")),
                 qPrintable(bad.err));
        const test::AdminRun noLevel = test::admin({QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--on"),
                                                    yesterday, QStringLiteral("--db"), m_path});
        QCOMPARE(noLevel.exitCode, 2);
        QVERIFY2(noLevel.err.contains(QStringLiteral("needs --level")), qPrintable(noLevel.err));
    }
};

QTEST_GUILESS_MAIN(TestUnitHistoryCli)
#include "test_unit_history_cli.moc"
