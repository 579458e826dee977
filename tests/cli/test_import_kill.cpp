// An import of 1,000,000 residents killed with SIGKILL while it writes: the
// register then holds exactly its earlier rows, no import is recorded, the
// file passes SQLite's integrity check (the server is still up and
// consistent), and the audit log's chain still verifies.
#include "AdminRun.h"
#include "ResidentsCsv.h"
#include "TestBackend.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace griddesk;

class TestImportKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_location;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(test::adminProgram()), "GRIDDESK_ADMIN must name the built griddesk-admin");
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_location = m_backend.createDemo(m_dir);
    }

    void killedWhileWritingLeavesTheRegisterAsItWas()
    {
        const QString csv = m_dir.filePath(QStringLiteral("million.csv"));
        qint64 before = 0;
        {
            auto store = m_backend.open();
            QVERIFY(test::writeResidentsCsv(csv, 1000000, store->adminUnits(int(AdminLevel::Grid))));
        }
        // Some residents there before the import: the big file's last three rows, moved to a file of their own.
        {
            QFile in(csv), out(m_dir.filePath(QStringLiteral("seed.csv")));
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            out.write(in.readLine());
            QStringList rows;
            while (!in.atEnd())
                rows << QString::fromUtf8(in.readLine());
            for (int i = 0; i < 3; ++i)
                out.write(rows[rows.size() - 1 - i].toUtf8());
            out.close();
            in.close();
            QFile big(csv);
            QVERIFY(big.open(QIODevice::WriteOnly | QIODevice::Truncate));
            big.write(test::residentsHeader().toUtf8() + "\n");
            for (int i = 0; i < rows.size() - 3; ++i)
                big.write(rows[i].toUtf8());
        }
        const qint64 demo = m_backend.open()->registerCount(RegisterKind::Residents);
        const test::AdminRun seeded = test::admin({QStringLiteral("import"), QStringLiteral("residents"),
                                                   m_dir.filePath(QStringLiteral("seed.csv")), QStringLiteral("--db"), m_location});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err.right(1500)));
        before = m_backend.open()->registerCount(RegisterKind::Residents);
        QCOMPARE(before, demo + 3);
        qint64 auditBefore = 0;
        {
            auto store = m_backend.open();
            auditBefore = store->auditEntries().size();
        }

        QProcess import;
        import.setProgram(test::adminProgram());
        import.setProcessChannelMode(QProcess::SeparateChannels);
        import.setReadChannel(QProcess::StandardError);
        import.setArguments({QStringLiteral("import"), QStringLiteral("residents"), csv, QStringLiteral("--progress"),
                             QStringLiteral("--db"), m_location});
        import.start();
        QVERIFY(import.waitForStarted());
        // Wait until it has written 300,000 rows (a server, slower, 50,000), then kill it.
        const qint64 threshold = test::TestBackend::isPg() ? 50000 : 300000;
        qint64 written = 0;
        QByteArray seen;
        const QRegularExpression progress(QStringLiteral("(\\d+) rows"));
        while (written < threshold && import.state() == QProcess::Running) {
            import.waitForReadyRead(100);
            seen += import.readAllStandardError();
            QRegularExpressionMatchIterator it = progress.globalMatch(QString::fromUtf8(seen));
            while (it.hasNext())
                written = qMax(written, it.next().captured(1).toLongLong());
        }
        QVERIFY2(import.state() == QProcess::Running, qPrintable(QString::fromUtf8(seen + import.readAllStandardError())));
        QVERIFY2(written >= threshold, qPrintable(QString::fromUtf8(seen)));
        ::kill(pid_t(import.processId()), SIGKILL);
        QVERIFY(import.waitForFinished(30000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        auto store = m_backend.open();
        QCOMPARE(store->registerCount(RegisterKind::Residents), before);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM register_imports WHERE status <> 'done'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        if (!test::TestBackend::isPg()) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM gd_changes WHERE table_name = 'residents'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0); // each import is fed once, as its register_imports row
        }
        QCOMPARE(qint64(store->auditEntries().size()), auditBefore);
        const test::AdminRun verify = test::admin({QStringLiteral("audit"), QStringLiteral("verify"), m_location});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        // And the same file passes whole afterwards.
        if (test::TestBackend::isPg())
            return;
        const test::AdminRun again = test::admin({QStringLiteral("validate"), QStringLiteral("residents"), csv,
                                                  QStringLiteral("--db"), m_location});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "test_import_kill.moc"
