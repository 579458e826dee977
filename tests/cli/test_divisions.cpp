// The real division tree: griddesk-admin unit import-divisions loads the
// shared list of 日照市 into the demo township's database (a GeoPackage, or
// a copy on the test server), and the counts per district match a count of
// the file made here, line by line.
#include "GpkgGeometry.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestPeople.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("divisions-pass-1");

struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run admin(const QStringList &args)
{
    QProcess p;
    p.start(test::adminProgram(), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString sharedFile()
{
    return QStringLiteral(GRIDDESK_SHARED_DATA "/rizhao_3711_divisions.csv");
}

// The file as plain lines: code -> (level, name, parent).
struct Listed {
    int level;
    QString name;
    QString parent;
};

QHash<QString, Listed> readPlainly(const QString &path)
{
    QHash<QString, Listed> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(1)) {
        const QStringList cols = line.trimmed().split(QLatin1Char(','));
        if (cols.size() == 4)
            rows.insert(cols[1], {cols[0].toInt(), cols[2], cols[3]});
    }
    return rows;
}

} // namespace

class TestDivisions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QHash<QString, Listed> m_file;
    QHash<QString, QByteArray> m_shapes; // the demo's units with geometry, before the import
    QString m_suffix;

    qint64 count(const QString &sql) const
    {
        const QString name = QStringLiteral("divisions-count");
        qint64 n = -1;
        {
            QSqlDatabase db = m_backend.rawConnection(name);
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }
    qint64 unitCount() const { return count(QStringLiteral("SELECT count(*) FROM admin_units")); }
    qint64 auditCount() const { return count(QStringLiteral("SELECT count(*) FROM audit_log")); }

    // A copy of the shared file with `bad` put in before line `at`.
    QString planted(const QString &name, int at, const QString &bad) const
    {
        QFile in(sharedFile());
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        lines.insert(at - 1, bad);
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(lines.join(QLatin1Char('\n')).toUtf8());
        return path;
    }

    void refusedAndNothingWritten(const QString &file, const QString &expected)
    {
        const qint64 units = unitCount();
        const qint64 audit = auditCount();
        const Run r = admin({QStringLiteral("unit"), QStringLiteral("import-divisions"), file,
                             QStringLiteral("--db"), m_backend.location()});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
        QCOMPARE(unitCount(), units);
        QCOMPARE(auditCount(), audit);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(sharedFile()), qPrintable(sharedFile() + QStringLiteral(" is missing")));
        QVERIFY2(QFile::exists(test::adminProgram()), "GRIDDESK_ADMIN must name the built griddesk-admin");
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_file = readPlainly(sharedFile());
        QVERIFY(m_file.size() > 1700);
        auto store = m_backend.open();
        for (const AdminUnit &u : store->adminUnits())
            if (!u.geometry.isEmpty())
                m_shapes.insert(u.code, gpkggeometry::encodeMultiPolygon(u.geometry));
        QVERIFY(m_shapes.size() > 50); // the township, its communities and grids
        m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
        test::addPeople(*store, {{"leader", Role::Leader, store->adminUnits(int(AdminLevel::Township)).first().code, {}, false}},
                        m_suffix, kPassword);
    }

    // Each kind of bad row is named with its line and column, and the
    // whole list is refused.
    void badRowsWriteNothing()
    {
        refusedAndNothingWritten(planted(QStringLiteral("code.csv"), 100, QStringLiteral("5,37110200100X,坏村,371102001000")),
                                 QStringLiteral("line 100, code:"));
        refusedAndNothingWritten(planted(QStringLiteral("level.csv"), 7, QStringLiteral("6,371102001901,某村,371102001000")),
                                 QStringLiteral("line 7, level:"));
        refusedAndNothingWritten(planted(QStringLiteral("parent.csv"), 1500, QStringLiteral("5,371102999001,某村,371102999000")),
                                 QStringLiteral("line 1500, parent_code: 371102999000"));
        // The same code twice, under another township the second time.
        refusedAndNothingWritten(planted(QStringLiteral("twice.csv"), 1742, QStringLiteral("5,371102002017,林海社区居委会,371102001000")),
                                 QStringLiteral("line 1742, "));
        refusedAndNothingWritten(planted(QStringLiteral("dup.csv"), 1742, QStringLiteral("4,371102001000,另一街道,371102000000")),
                                 QStringLiteral("line 1742, code: 371102001000 is already on line"));
        const Run missing = admin({QStringLiteral("unit"), QStringLiteral("import-divisions"),
                                   m_dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--db"), m_backend.location()});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("none.csv: no such file")), qPrintable(missing.err));
    }

    // Only an administrator may load the tree (on a server, the login's own rights).
    void refusedForOthers()
    {
        const qint64 units = unitCount();
        auto leader = m_backend.openAs(QStringLiteral("leader") + m_suffix, kPassword);
        QVERIFY(leader);
        DivisionRow row{2, QStringLiteral("4"), QStringLiteral("371102001000"), QStringLiteral("日照街道"),
                        QStringLiteral("371102000000")};
        bool refused = false;
        try {
            leader->importDivisions({row});
        } catch (const StoreError &) {
            refused = true;
        }
        QVERIFY(refused);
        if (test::TestBackend::isPg()) {
            const QString name = QStringLiteral("divisions-leader");
            {
                QSqlDatabase db = pgconnection::open(m_backend.conninfo()
                                                         + QStringLiteral(" user=leader%1 password='%2'").arg(m_suffix, kPassword),
                                                     name);
                QSqlQuery q(db);
                QVERIFY(!q.exec(QStringLiteral("INSERT INTO admin_units (code, parent_code, name, short_name, level) "
                                               "VALUES ('371102001000', '371102000000', 'x', 'x', 4)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QCOMPARE(unitCount(), units);
    }

    void importsTheWholeTree()
    {
        // A stored name that differs from the list's is corrected: a short
        // list renames the demo township first.
        const QString renamed = QStringLiteral("371102002000");
        QVERIFY(m_file.contains(renamed));
        QFile shortList(m_dir.filePath(QStringLiteral("rename.csv")));
        QVERIFY(shortList.open(QIODevice::WriteOnly));
        shortList.write(QStringLiteral("level,code,name,parent_code\n4,%1,旧名,371102000000\n").arg(renamed).toUtf8());
        shortList.close();
        const Run first = admin({QStringLiteral("unit"), QStringLiteral("import-divisions"), shortList.fileName(),
                                 QStringLiteral("--db"), m_backend.location()});
        QVERIFY2(first.out.contains(QStringLiteral("0 units added (no boundary yet), 1 renamed, 0 unchanged")),
                 qPrintable(first.out + first.err));
        QCOMPARE(m_backend.open()->adminUnit(renamed)->name, QStringLiteral("旧名"));
        const qint64 audit = auditCount();

        const Run r = admin({QStringLiteral("units"), QStringLiteral("import-divisions"), sharedFile(),
                             QStringLiteral("--db"), m_backend.location()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(", 1 renamed,")), qPrintable(r.out));

        // The independent count: per district, its townships and communities.
        QHash<QString, int> townshipsPer, communitiesPer;
        int communities = 0;
        for (auto it = m_file.cbegin(); it != m_file.cend(); ++it) {
            if (it->level == 4)
                ++townshipsPer[it->parent];
            if (it->level == 5) {
                ++communities;
                ++communitiesPer[m_file.value(it->parent).parent];
            }
        }
        QCOMPARE(communities, 1679);
        QCOMPARE(townshipsPer.size(), 5);

        auto store = m_backend.open();
        QHash<QString, AdminUnit> stored;
        for (const AdminUnit &u : store->adminUnits())
            stored.insert(u.code, u);
        QHash<QString, int> storedTownshipsPer, storedCommunitiesPer;
        for (const AdminUnit &u : stored) {
            if (u.level == AdminLevel::Township)
                ++storedTownshipsPer[u.parentCode];
            if (u.level == AdminLevel::Community)
                ++storedCommunitiesPer[stored.value(u.parentCode).parentCode];
        }
        QCOMPARE(storedTownshipsPer, townshipsPer);
        QCOMPARE(storedCommunitiesPer, communitiesPer);
        QCOMPARE(store->adminUnits(int(AdminLevel::Community)).size(), 1679);
        QCOMPARE(store->adminUnits(int(AdminLevel::District)).size(), 5);
        QVERIFY(stored.contains(QStringLiteral("371171000000"))); // the statistics-only zone

        // Every listed unit, with its level, name and parent; the city is no unit.
        for (auto it = m_file.cbegin(); it != m_file.cend(); ++it) {
            if (it->level == 2) {
                QVERIFY(!stored.contains(it.key()));
                continue;
            }
            QVERIFY2(stored.contains(it.key()), qPrintable(it.key()));
            const AdminUnit &u = stored[it.key()];
            QCOMPARE(int(u.level), it->level);
            QCOMPARE(u.name, it->name);
            QCOMPARE(u.parentCode, it->level == 3 ? QString() : it->parent);
        }

        // The demo's units keep their geometry; the new ones have none.
        for (auto it = m_shapes.cbegin(); it != m_shapes.cend(); ++it)
            QVERIFY2(gpkggeometry::encodeMultiPolygon(stored.value(it.key()).geometry) == it.value(), qPrintable(it.key()));
        const QVector<AdminUnit> open = store->unitsWithoutBoundary();
        QCOMPARE(open.size(), 55 + 1679 - 14);
        for (const AdminUnit &u : open) {
            QVERIFY(u.geometry.isEmpty());
            QVERIFY(!m_shapes.contains(u.code));
        }
        QCOMPARE(store->unitsWithoutBoundary(int(AdminLevel::Township)).size(), 55);

        // Audited like every write: per unit added, its row and its first version; for the rename,
        // the row, and its version closed and the next one recorded.
        const int added = stored.size() - m_shapes.size() - 1;
        QCOMPARE(auditCount(), audit + 2 * added + 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM unit_versions WHERE change = 'renamed' AND valid_to IS NULL")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'admin_units' AND action = 'update'")), 2);

        // The console-facing list.
        const Run list = admin({QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--no-boundary"),
                                QStringLiteral("--level"), QStringLiteral("township"), QStringLiteral("--db"),
                                m_backend.location()});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), 1 + 55);
        QVERIFY(list.out.contains(QStringLiteral("371102001000\ttownship\t-\t371102000000\t日照街道")));
        QVERIFY(!list.out.contains(QStringLiteral("371102002000")));
    }

    void secondRunChangesNothing()
    {
        const qint64 units = unitCount();
        const qint64 audit = auditCount();
        const Run r = admin({QStringLiteral("unit"), QStringLiteral("import-divisions"), sharedFile(),
                             QStringLiteral("--db"), m_backend.location()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" 0 units added (no boundary yet), 0 renamed, 1740 unchanged")), qPrintable(r.out));
        QCOMPARE(unitCount(), units);
        QCOMPARE(auditCount(), audit);
    }
};

QTEST_GUILESS_MAIN(TestDivisions)
#include "test_divisions.moc"
