#pragma once
// Reads the first page of a register list, and the count of all that match,
// on a worker thread over a connection of its own, so that a filter on a
// register of 100,000 people never holds up the console. Only the newest
// request's result is delivered: one asked for while another runs waits
// for it and replaces it.

#include "PendingWork.h"
#include "RegisterQuery.h"
#include "RegisterRecord.h"
#include "StoreOpener.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPair>

#include <optional>

namespace griddesk {
class RegisterStore;
}

namespace griddesk::app {

class RegisterLoader : public QObject
{
    Q_OBJECT

public:
    struct Request {
        RegisterKind kind = RegisterKind::Residents;
        RegisterQuery query;
        QPair<QDate, QDate> week; // the work log's week, read day by day; invalid: a page of `query`
        int pageSize = 200;
    };
    struct Result {
        Request request;
        QVector<RegisterRecord> rows;
        qint64 total = 0;
        QString error;
    };

    RegisterLoader(StoreOpener opener, QObject *parent = nullptr);
    ~RegisterLoader() override;

    void load(const Request &request);
    bool isLoading() const { return isPending(m_watcher) || m_pending.has_value(); }

    // The same read on the caller's thread and store (tests, and the first read after a write).
    static Result read(const RegisterStore &store, const Request &request);

Q_SIGNALS:
    void loaded(const griddesk::app::RegisterLoader::Result &result);

private:
    void start(const Request &request);

    StoreOpener m_opener;
    QFutureWatcher<Result> m_watcher;
    std::optional<Request> m_pending;
};

} // namespace griddesk::app
