#include "TopologyBench.h"

#include "topology/TopologyCheck.h"
#include "TopologyDistrict.h"
#include "topology/TopologyText.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

namespace griddesk::bench {

namespace {

struct Timed {
    topology::TopologyReport report;
    double ms = 0.0;      // start to finish, as the waiting thread sees it
    int lastDone = 0;
    int total = 0;
    int updates = 0;
};

// One run on a worker thread; with cancelAfterMs >= 0 the waiting thread
// cancels it after that long.
Timed timedRun(const TopologyDistrict &d, int cancelAfterMs = -1)
{
    std::atomic<int> done{0}, total{0}, updates{0};
    std::atomic<bool> cancel{false};
    topology::TopologyCheck check;
    check.setProgress([&](int n, int of) {
        done = n;
        total = of;
        ++updates;
    });
    check.setCancelled([&] { return cancel.load(); });
    QElapsedTimer clock;
    clock.start();
    QFuture<topology::TopologyReport> future =
        QtConcurrent::run([&check, &d] { return check.run(d.communities, d.grids); });
    while (!future.isFinished()) {
        if (cancelAfterMs >= 0 && clock.elapsed() >= cancelAfterMs)
            cancel = true;
        QThread::msleep(1);
    }
    Timed t;
    t.report = future.result();
    t.ms = clock.nsecsElapsed() / 1e6;
    t.lastDone = done;
    t.total = total;
    t.updates = updates;
    return t;
}

} // namespace

int runTopologyBench(const TopologyBenchOptions &o, QTextStream &out)
{
    QElapsedTimer build;
    build.start();
    const TopologyDistrict d = buildTopologyDistrict(o.grids, o.vertices);
    out << "topology district: " << d.communities.size() << " communities, " << d.grids.size() << " grids, "
        << QString::number(d.meanGridVertices, 'f', 1) << " vertices per grid on average (built in "
        << build.elapsed() << " ms)\n";
    out.flush();
    QVector<double> ms;
    int failed = 0;
    for (int r = 0; r < o.runs; ++r) {
        const Timed t = timedRun(d);
        ms << t.ms;
        out << "  run " << (r + 1) << ": " << QString::number(t.ms, 'f', 0) << " ms, progress " << t.lastDone << "/"
            << t.total << " in " << t.updates << " updates, " << t.report.problems.size() << " problems\n";
        if (t.lastDone != t.total || t.report.cancelled)
            ++failed;
        if (r == 0)
            for (int i = 0; i < std::min(5, int(t.report.problems.size())); ++i)
                out << "    " << topology::TopologyText::describe(t.report.problems[i]) << "\n";
        out.flush();
    }
    std::sort(ms.begin(), ms.end());
    out << "topology check of " << d.grids.size() << " grids on a worker thread: median "
        << QString::number(ms[ms.size() / 2], 'f', 0) << " ms, best " << QString::number(ms.first(), 'f', 0)
        << " ms, worst " << QString::number(ms.last(), 'f', 0) << " ms (target <= 2000 ms)\n";
    const Timed cancelled = timedRun(d, int(ms.first() / 4));
    out << "cancelled after " << int(ms.first() / 4) << " ms: stopped at " << QString::number(cancelled.ms, 'f', 0)
        << " ms, " << cancelled.lastDone << "/" << cancelled.total << " steps done"
        << (cancelled.report.cancelled ? "" : " (finished before the cancel)") << "\n";
    return failed;
}

} // namespace griddesk::bench
