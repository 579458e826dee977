#include "RegisterLoader.h"
#include "PendingWork.h"
#include "Store.h"
#include "StoreError.h"

#include <QtConcurrent>

namespace griddesk::app {

RegisterLoader::RegisterLoader(StoreOpener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
{
    m_watcher.setObjectName(QStringLiteral("registerPageRead"));
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_pending) {
            // A newer request came meanwhile: this result is already out of date.
            const Request next = *m_pending;
            m_pending.reset();
            start(next);
            return;
        }
        Q_EMIT loaded(m_watcher.result());
    });
}

RegisterLoader::~RegisterLoader()
{
    m_pending.reset();
    m_watcher.waitForFinished();
}

RegisterLoader::Result RegisterLoader::read(const RegisterStore &store, const Request &request)
{
    Result r;
    r.request = request;
    try {
        if (request.week.first.isValid()) {
            // A week of the work log, day by day (each day's entries are few).
            for (QDate day = request.week.first; day <= request.week.second; day = day.addDays(1)) {
                RegisterQuery q = request.query;
                q.equals.insert(QStringLiteral("worked_on"), day.toString(Qt::ISODate));
                r.rows += store.registerRecords(request.kind, q);
            }
            r.total = r.rows.size();
        } else {
            RegisterQuery first = request.query;
            first.limit = request.pageSize;
            first.offset = 0;
            r.total = store.registerCount(request.kind, request.query);
            r.rows = store.registerRecords(request.kind, first);
            r.total = qMax<qint64>(r.total, r.rows.size());
        }
    } catch (const StoreError &e) {
        r.rows.clear();
        r.total = 0;
        r.error = e.message();
    }
    return r;
}

void RegisterLoader::load(const Request &request)
{
    if (isPending(m_watcher)) {
        m_pending = request;
        return;
    }
    start(request);
}

void RegisterLoader::start(const Request &request)
{
    const StoreOpener opener = m_opener;
    m_watcher.setFuture(QtConcurrent::run([opener, request] {
        try {
            const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
            return read(*store, request);
        } catch (const StoreError &e) {
            Result r;
            r.request = request;
            r.error = e.message();
            return r;
        }
    }));
}

} // namespace griddesk::app
