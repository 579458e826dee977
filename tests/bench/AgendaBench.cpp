#include "AgendaBench.h"
#include "BenchMedian.h"
#include "DemoHistory.h"
#include "AgendaFacts.h"
#include "DemoTownship.h"
#include "GpkgStore.h"
#include "MeetingAgenda.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgStore.h"
#include "StoreCopy.h"
#include "StoreError.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <algorithm>

namespace griddesk::bench {

namespace {

struct Figures {
    double readMs = 0;
    double buildMs = 0;
    int items = 0;
    int open = 0;
    int cases = 0;
    QStringList rules; // each rule's time
    double slideMs = 0; // the slowest item's slide facts (its cases read, then summed up)
    int slideCases = 0;  // that item's cases
};

// One agenda as the console builds it: on a worker thread with its own
// connection, the store's reads, then the rules.
Figures buildOnce(const std::function<std::unique_ptr<Store>()> &open, const QString &township, const QDateTime &at)
{
    return QtConcurrent::run([&] {
        Figures f;
        const std::unique_ptr<Store> store = open();
        QElapsedTimer t;
        t.start();
        const AgendaInputs in = MeetingAgenda(*store).inputs(township, at);
        f.readMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const QVector<AgendaItem> items = AgendaBuilder().build(in);
        f.buildMs = double(t.nsecsElapsed()) / 1e6;
        f.items = int(items.size());
        f.cases = int(in.cases.size());
        const AgendaBuilder b;
        const std::pair<const char *, std::function<void()>> rules[] = {
            {"tasks", [&] { b.openTasks(in); }},         {"overdue", [&] { b.overdue(in); }},
            {"supervised", [&] { b.supervised(in); }},   {"escalated", [&] { b.escalated(in); }},
            {"repeats", [&] { b.repeatDisputes(in); }},  {"warnings", [&] { b.earlyWarnings(in); }},
            {"kpi", [&] { b.kpiDrops(in); }},            {"unscreened", [&] { b.unscreened(in); }},
            {"bulletins", [&] { b.bulletins(in); }}};
        for (const auto &[name, rule] : rules) {
            t.restart();
            rule();
            f.rules << QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 0);
        }
        for (const KpiCase &c : in.cases)
            f.open += incidentstate::isOpen(c.state) && c.masterId == 0 ? 1 : 0;
        // Each item's slide, as the presentation shows it.
        const MeetingAgenda agenda(*store);
        const AgendaFacts facts(agenda.names(), at);
        for (const AgendaItem &item : items) {
            t.restart();
            facts.facts(item, agenda.cases(item.caseIds));
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (ms > f.slideMs) {
                f.slideMs = ms;
                f.slideCases = int(item.caseIds.size());
            }
        }
        return f;
    }).result();
}

void measure(const QString &backend, const std::function<std::unique_ptr<Store>()> &open, int runs, QTextStream &out)
{
    const std::unique_ptr<Store> store = open();
    const QString township = store->adminUnits(int(AdminLevel::Township)).value(0).code;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QVector<double> read, build, total;
    Figures last;
    buildOnce(open, township, at); // warm the caches, as a console that has run a while
    for (int r = 0; r < runs; ++r) {
        last = buildOnce(open, township, at);
        read << last.readMs;
        build << last.buildMs;
        total << last.readMs + last.buildMs;
    }
    out << QStringLiteral("agenda on %1: %2 open cases of %9 read, %3 items; median of %4 runs: read %5 ms + rules %6 ms = %7 ms "
                          "(max %8 ms; target <= 500 ms)\n")
               .arg(backend)
               .arg(last.open)
               .arg(last.items)
               .arg(runs)
               .arg(median(read), 0, 'f', 1)
               .arg(median(build), 0, 'f', 1)
               .arg(median(total), 0, 'f', 1)
               .arg(*std::max_element(total.begin(), total.end()), 0, 'f', 1)
               .arg(last.cases);
    out << "  rules (ms): " << last.rules.join(QStringLiteral(", ")) << "\n";
    out << QStringLiteral("  slowest slide: %1 ms, an item of %2 cases (read and summed up)\n")
               .arg(last.slideMs, 0, 'f', 1)
               .arg(last.slideCases);
    out.flush();
}

} // namespace

int runAgendaBench(const AgendaBenchOptions &o, QTextStream &out)
{
    QTemporaryDir dir;
    const QString path = o.keep.isEmpty() ? dir.filePath(QStringLiteral("agenda.gpkg")) : o.keep;
    try {
        if (!QFileInfo::exists(path)) {
            QElapsedTimer t;
            t.start();
            demo::DemoOptions d;
            d.cameras = 150;
            // The demo's workflow leaves about one recent case in eight open.
            d.incidents = o.dense ? o.openCases * 17 / 2 : o.openCases * 9 / 5;
            const demo::DemoSummary s = demo::createDemoDatabase(path, d);
            int backlog = 0, closed = 0;
            if (!o.dense) {
                auto store = GpkgStore::open(path);
                backlog = demo::addOpenBacklog(*store, std::max(0, o.openCases - s.openIncidents), 90, 365);
                closed = demo::addClosedHistory(*store, d.incidents * 4, 90);
            }
            out << QStringLiteral("built the township: %1 grids; %2 cases in the last 90 days (%3 open), a backlog of %4 "
                                  "open cases 90 to 365 days old, %5 closed cases before; in %6 s\n")
                       .arg(s.grids)
                       .arg(s.incidents)
                       .arg(s.openIncidents)
                       .arg(backlog)
                       .arg(closed)
                       .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1);
            out.flush();
        }
        measure(QStringLiteral("GeoPackage"), [&] { return GpkgStore::open(path); }, o.runs, out);
        if (!o.serverAdmin.isEmpty()) {
            QString target = o.serverAdmin;
            target.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=griddesk_agendabench"));
            bool reused = false;
            {
                QSqlDatabase db = pgconnection::open(o.serverAdmin, QStringLiteral("agenda-bench-admin"));
                QSqlQuery exists(db);
                reused = o.reuse && exists.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = 'griddesk_agendabench'"))
                      && exists.next();
                if (!reused) {
                    QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS griddesk_agendabench WITH (FORCE)"));
                    QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE griddesk_agendabench"));
                }
                exists.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("agenda-bench-admin"));
            if (!reused) {
                {
                    QSqlDatabase db = pgconnection::open(target, QStringLiteral("agenda-bench-setup"));
                    pgschema::migrate(db);
                    db.close();
                }
                QSqlDatabase::removeDatabase(QStringLiteral("agenda-bench-setup"));
                auto from = GpkgStore::open(path);
                auto to = PgStore::open(target);
                StoreCopy::copy(*from, *to);
                QSqlQuery(to->database()).exec(QStringLiteral("ANALYZE"));
            }
            measure(QStringLiteral("server"), [&] { return PgStore::open(target); }, o.runs, out);
        }
    } catch (const StoreError &e) {
        out << "agenda benchmark: " << e.message() << "\n";
        return 1;
    } catch (const std::exception &e) {
        out << "agenda benchmark: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

} // namespace griddesk::bench
