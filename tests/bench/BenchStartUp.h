#pragma once
// What several benchmarks share: medians and spreads, and the console's
// start-up (process start to first complete map paint, with its peak memory)
// measured by starting the real program.

#include <QString>
#include <QVector>

class QgsMapCanvas;

namespace griddesk::bench {

struct Stats {
    double median, p95, max;
};
Stats stats(QVector<double> v);

// The peak resident memory of a running process so far (VmHWM), in MB; 0
// where /proc is not there.
double peakMemoryMb(qint64 pid);

struct StartUp {
    QVector<double> ms;     // process start to first complete map paint
    QVector<double> peakMb; // the console's peak resident memory up to then
};
// Waits until the canvas finishes a render (at most `timeoutMs`).
void waitForPaint(QgsMapCanvas *canvas, int timeoutMs = 20000);

// Starts the console (beside this program) `runs` times on `location` (a
// path or pg:CONNINFO), each as a first start, and waits for its first paint.
StartUp startUp(const QString &location, int runs);

} // namespace griddesk::bench
