// A worker thread's read-only sessions to a server are kept between its
// reads (SessionShelf.h): the second read runs on the first one's
// connection; a session left in a transaction, a writing session, a session
// of the main thread and a file's session are closed as before; a kept
// session whose connection the server ended opens a new one by itself; and
// a kept session keeps the scope of the person it was opened for.
#include "SessionShelf.h"
#include "StoreOpener.h"
#include "TestBackend.h"
#include "TestPeople.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using namespace griddesk;

namespace {

// Runs `work` on a thread of its own and waits for it.
void onWorker(const std::function<void()> &work)
{
    QThread *thread = QThread::create(work);
    thread->start();
    QVERIFY(thread->wait(60000));
    delete thread;
}

qint64 backendPid(Store &store)
{
    if (!store.dialect().isPostgres())
        return 0;
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestSessionShelf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
    }

    void workerReadsShareOneConnection()
    {
        const StoreOpener opener(m_backend.storeLocation());
        qint64 first = 0, second = 0, third = 0;
        int keptBetween = -1, keptDuring = -1, units = 0;
        onWorker([&] {
            first = backendPid(*opener.open(StoreOpener::Access::ReadOnly));
            keptBetween = sessionshelf::keptHere();
            {
                const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
                keptDuring = sessionshelf::keptHere();
                second = backendPid(*store);
                units = store->adminUnits().size();
            }
            third = backendPid(*opener.open(StoreOpener::Access::ReadOnly));
        });
        QVERIFY(units > 0);
        if (test::TestBackend::isPg()) {
            QVERIFY(first > 0);
            QCOMPARE(keptBetween, 1);
            QCOMPARE(keptDuring, 0); // taken off the shelf while in use
            QCOMPARE(second, first);
            QCOMPARE(third, first);
        } else {
            QCOMPARE(keptBetween, 0); // a file's connection is not kept
            QCOMPARE(keptDuring, 0);
        }
    }

    void twoAtOnceAreTwoConnections()
    {
        if (!test::TestBackend::isPg())
            QSKIP("only a server's sessions are kept");
        const StoreOpener opener(m_backend.storeLocation());
        qint64 a = 0, b = 0, again = 0;
        int kept = -1;
        onWorker([&] {
            {
                const std::unique_ptr<Store> one = opener.open(StoreOpener::Access::ReadOnly);
                const std::unique_ptr<Store> two = opener.open(StoreOpener::Access::ReadOnly);
                a = backendPid(*one);
                b = backendPid(*two);
            }
            kept = sessionshelf::keptHere();
            again = backendPid(*opener.open(StoreOpener::Access::ReadOnly));
        });
        QVERIFY(a > 0 && b > 0);
        QVERIFY(a != b);
        QCOMPARE(kept, 2);
        QVERIFY(again == a || again == b);
    }

    void notKeptWhenItMayNotBe()
    {
        if (!test::TestBackend::isPg())
            QSKIP("only a server's sessions are kept");
        const StoreOpener opener(m_backend.storeLocation());
        int afterTransaction = -1, afterWrite = -1;
        qint64 leftOpen = 0, next = 0;
        onWorker([&] {
            {
                const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
                leftOpen = backendPid(*store);
                QSqlQuery(store->database()).exec(QStringLiteral("BEGIN"));
            }
            afterTransaction = sessionshelf::keptHere();
            next = backendPid(*opener.open(StoreOpener::Access::ReadOnly));
            opener.open(StoreOpener::Access::ReadOnly).reset(); // back on the shelf
            const int before = sessionshelf::keptHere();
            opener.open(StoreOpener::Access::ReadWrite).reset();
            afterWrite = sessionshelf::keptHere() - before;
        });
        QCOMPARE(afterTransaction, 0); // a transaction left open: closed, not kept
        QVERIFY(next != leftOpen);
        QCOMPARE(afterWrite, 0); // a writing session is never kept
        // Nor is one of the main thread.
        opener.open(StoreOpener::Access::ReadOnly).reset();
        QCOMPARE(sessionshelf::keptHere(), 0);
    }

    void keptSessionReconnectsAfterTheServerEndedIt()
    {
        if (!test::TestBackend::isPg())
            QSKIP("a local file has no server to end it");
        const StoreOpener opener(m_backend.storeLocation());
        qint64 before = 0, after = 0;
        int units = 0;
        onWorker([&] {
            before = backendPid(*opener.open(StoreOpener::Access::ReadOnly));
            test::TestBackend::serverExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before));
            QThread::msleep(200);
            const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
            units = store->adminUnits().size(); // the session's reconnection opens a new connection
            after = backendPid(*store);
        });
        QVERIFY(before > 0);
        QVERIFY(units > 0);
        QVERIFY(after > 0);
        QVERIFY(after != before);
    }

    void keptSessionKeepsItsPersonsScope()
    {
        if (!test::TestBackend::isPg())
            QSKIP("only a server's sessions are kept");
        // A grid worker sees their own grid's cases, on the first read and
        // on the kept session's next one; a leader signed in on the same
        // thread gets a session of their own.
        const QString suffix = QStringLiteral("_shelf%1").arg(QCoreApplication::applicationPid());
        const QString password = QStringLiteral("Shelf 2026 pw");
        int all = 0;
        {
            std::unique_ptr<Store> owner = m_backend.open();
            const test::TestPlaces places = test::TestPlaces::of(*owner);
            test::addPeople(*owner,
                            {{"grid_a", Role::GridWorker, places.gridA.code, {}, false},
                             {"leader", Role::Leader, places.township, {}, false}},
                            suffix, password);
            all = owner->incidents().size();
        }
        const auto openerFor = [&](const char *name) {
            const QString login = QString::fromLatin1(name) + suffix;
            const StoreLocation location = StoreLocation::server(
                m_backend.conninfo() + QStringLiteral(" user=%1 password='%2'").arg(login, password));
            return StoreOpener(location, location.open()->currentUser());
        };
        const StoreOpener asWorker = openerFor("grid_a");
        const StoreOpener asLeader = openerFor("leader");
        QVERIFY(asWorker.user() && asLeader.user());
        int first = -1, second = -1, leaderSees = -1;
        qint64 workerPid = 0, leaderPid = 0;
        onWorker([&] {
            first = asWorker.open(StoreOpener::Access::ReadOnly)->incidents().size();
            const std::unique_ptr<Store> again = asWorker.open(StoreOpener::Access::ReadOnly);
            second = again->incidents().size();
            workerPid = backendPid(*again);
            const std::unique_ptr<Store> leader = asLeader.open(StoreOpener::Access::ReadOnly);
            leaderSees = leader->incidents().size();
            leaderPid = backendPid(*leader);
        });
        QVERIFY(first >= 0);
        QVERIFY(first < all);
        QCOMPARE(second, first);
        QCOMPARE(leaderSees, all);
        QVERIFY(workerPid != leaderPid);
    }
};

QTEST_GUILESS_MAIN(TestSessionShelf)
#include "test_sessionshelf.moc"
