// The R-tree packer against SQLite's own rtree module: trees of every
// shape (empty, one box, one full node, one more than a node, three
// levels) pass rtreecheck(), answer window queries exactly as a scan of the
// boxes does, keep every box's rounding outwards, and stay a working rtree
// that the module itself then inserts into and deletes from.
#include "RtreePack.h"
#include "StoreError.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <sqlite3.h>

using namespace griddesk;

namespace {

struct Db {
    sqlite3 *handle = nullptr;
    Db() { sqlite3_open(":memory:", &handle); }
    ~Db() { sqlite3_close(handle); }
    bool exec(const char *sql) { return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    QString text(const QString &sql)
    {
        sqlite3_stmt *s = nullptr;
        QString out;
        if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        return out;
    }
    QSet<qint64> ids(const QString &sql)
    {
        sqlite3_stmt *s = nullptr;
        QSet<qint64> out;
        if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &s, nullptr) == SQLITE_OK)
            while (sqlite3_step(s) == SQLITE_ROW)
                out.insert(sqlite3_column_int64(s, 0));
        sqlite3_finalize(s);
        return out;
    }
};

struct Source {
    qint64 id;
    double minX, maxX, minY, maxY;
};

QVector<Source> randomBoxes(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QVector<Source> out;
    for (int i = 0; i < n; ++i) {
        const double x = 119.3 + rng.generateDouble() * 0.4, y = 35.2 + rng.generateDouble() * 0.4;
        // Points mostly (as registers hold), some small boxes (footprints).
        const double w = i % 5 == 0 ? rng.generateDouble() * 0.001 : 0.0;
        out.push_back({qint64(i) * 3 + 7, x, x + w, y, y + w}); // ids neither dense nor from 1
    }
    return out;
}

} // namespace

class TestRtreePack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packsTreesOfEveryShape_data()
    {
        QTest::addColumn<int>("boxes");
        QTest::newRow("empty") << 0;
        QTest::newRow("one box") << 1;
        QTest::newRow("one full node") << 51;
        QTest::newRow("a node and one") << 52;
        QTest::newRow("two levels") << 2000;
        QTest::newRow("three levels") << 51 * 51 + 1;
        QTest::newRow("many") << 60000;
    }

    void packsTreesOfEveryShape()
    {
        QFETCH(int, boxes);
        Db db;
        QVERIFY(db.exec("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)"));
        const QVector<Source> source = randomBoxes(boxes, quint32(boxes) + 1);
        QVector<RtreeBox> packed;
        for (const Source &s : source)
            packed.push_back(RtreeBox::around(s.id, s.minX, s.maxX, s.minY, s.maxY));
        QVERIFY(db.exec("BEGIN"));
        rtreepack::write(db.handle, QStringLiteral("r"), packed);
        QVERIFY(db.exec("COMMIT"));
        QCOMPARE(db.text(QStringLiteral("SELECT rtreecheck('r')")), QStringLiteral("ok"));
        QCOMPARE(db.text(QStringLiteral("SELECT count(*) FROM r")).toInt(), boxes);

        // Each box holds its source, rounded outwards.
        for (const Source &s : source) {
            if (s.id % 97 != 7 && boxes > 100)
                continue; // a sample of the larger trees
            const QSet<qint64> hit = db.ids(QStringLiteral("SELECT id FROM r WHERE id = %1 AND minx <= %2 AND maxx >= %3 "
                                                           "AND miny <= %4 AND maxy >= %5")
                                                .arg(s.id).arg(s.minX, 0, 'g', 17).arg(s.maxX, 0, 'g', 17)
                                                .arg(s.minY, 0, 'g', 17).arg(s.maxY, 0, 'g', 17));
            QVERIFY2(hit.contains(s.id), qPrintable(QString::number(s.id)));
        }

        // Window queries through the tree find what a scan finds.
        QRandomGenerator rng(42);
        for (int q = 0; q < 40; ++q) {
            const double x = 119.3 + rng.generateDouble() * 0.4, y = 35.2 + rng.generateDouble() * 0.4;
            const double w = rng.generateDouble() * 0.05;
            QSet<qint64> expected;
            for (const RtreeBox &b : packed)
                if (b.maxX >= float(x) && b.minX <= float(x + w) && b.maxY >= float(y) && b.minY <= float(y + w))
                    expected.insert(b.id);
            const QSet<qint64> found = db.ids(QStringLiteral("SELECT id FROM r WHERE maxx >= %1 AND minx <= %2 AND maxy >= %3 "
                                                             "AND miny <= %4")
                                                  .arg(double(float(x)), 0, 'g', 17).arg(double(float(x + w)), 0, 'g', 17)
                                                  .arg(double(float(y)), 0, 'g', 17).arg(double(float(y + w)), 0, 'g', 17));
            QCOMPARE(found, expected);
        }

        // The module goes on with the packed tree: inserts, deletes, updates.
        QVERIFY(db.exec("BEGIN"));
        for (int i = 0; i < 300; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO r VALUES (%1, 119.5, 119.6, 35.3, 35.4)").arg(1000000 + i).toUtf8().constData()));
        QVERIFY(db.exec("DELETE FROM r WHERE id % 2 = 1"));
        QVERIFY(db.exec("UPDATE r SET minx = minx - 0.01 WHERE id % 3 = 0"));
        QVERIFY(db.exec("COMMIT"));
        QCOMPARE(db.text(QStringLiteral("SELECT rtreecheck('r')")), QStringLiteral("ok"));
    }

    void readsBackWhatItWrote()
    {
        Db db;
        QVERIFY(db.exec("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)"));
        QVERIFY(db.exec("INSERT INTO r VALUES (5, 1.1, 2.2, 3.3, 4.4), (9, -1.0, 0.5, -2.0, 7.0)"));
        QVector<RtreeBox> boxes = rtreepack::read(db.handle, QStringLiteral("r"));
        QCOMPARE(boxes.size(), 2);
        boxes.push_back(RtreeBox::around(12, 0.1, 0.2, 0.3, 0.4));
        rtreepack::write(db.handle, QStringLiteral("r"), boxes);
        QCOMPARE(db.text(QStringLiteral("SELECT rtreecheck('r')")), QStringLiteral("ok"));
        QCOMPARE(db.ids(QStringLiteral("SELECT id FROM r WHERE minx <= 1.5 AND maxx >= 1.5")), (QSet<qint64>{5}));
        QCOMPARE(db.ids(QStringLiteral("SELECT id FROM r WHERE minx <= 0.15 AND maxx >= 0.15")), (QSet<qint64>{9, 12}));
    }

    void roundsOutwards()
    {
        // 0.1 is not a float: the box's edges lie on either side of it.
        const RtreeBox b = RtreeBox::around(1, 0.1, 0.1, -0.1, -0.1);
        QVERIFY(double(b.minX) <= 0.1);
        QVERIFY(double(b.maxX) >= 0.1);
        QVERIFY(double(b.minY) <= -0.1);
        QVERIFY(double(b.maxY) >= -0.1);
        QVERIFY(b.minX < b.maxX);
    }

    void refusesWhatIsNoRtree()
    {
        Db db;
        QVERIFY(db.exec("CREATE TABLE plain (id INTEGER)"));
        QVERIFY_EXCEPTION_THROWN(rtreepack::write(db.handle, QStringLiteral("plain"), {}), StoreError);
    }
};

QTEST_GUILESS_MAIN(TestRtreePack)
#include "test_rtreepack.moc"
