#include "SessionShelf.h"
#include "PgConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <vector>

namespace griddesk::sessionshelf {

namespace {

constexpr int kPerKey = 2;
constexpr qint64 kIdleMs = 60000;

struct Kept {
    QString key;
    std::unique_ptr<SqlSession> session;
    QElapsedTimer idle;
};

// Closed in the thread's end, on the thread that opened them (a QtSql
// connection belongs to its thread). The application's end waits for the
// worker threads to finish before QtSql goes.
thread_local std::vector<Kept> shelf;

bool onMainThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return !app || QThread::currentThread() == app->thread();
}

void dropStale()
{
    for (auto it = shelf.begin(); it != shelf.end();)
        it = it->idle.elapsed() > kIdleMs ? shelf.erase(it) : it + 1;
}

} // namespace

std::unique_ptr<SqlSession> take(const QString &key)
{
    dropStale();
    for (auto it = shelf.rbegin(); it != shelf.rend(); ++it)
        if (it->key == key) {
            std::unique_ptr<SqlSession> session = std::move(it->session);
            shelf.erase(std::next(it).base());
            return session;
        }
    return nullptr;
}

void keep(const QString &key, std::unique_ptr<SqlSession> session)
{
    if (!session || onMainThread() || !session->dialect().isPostgres() || !pgconnection::isIdle(session->db()))
        return; // closed as it goes
    dropStale();
    int sameKey = 0;
    for (const Kept &k : shelf)
        sameKey += k.key == key ? 1 : 0;
    if (sameKey >= kPerKey)
        return;
    Kept k{key, std::move(session), {}};
    k.idle.start();
    shelf.push_back(std::move(k));
}

int keptHere()
{
    return int(shelf.size());
}

} // namespace griddesk::sessionshelf
