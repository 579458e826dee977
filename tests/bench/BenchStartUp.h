#pragma once
// What several benchmarks share: medians and spreads, the console's
// start-up (process start to first complete map paint, with its peak memory)
// measured by starting the real program, and frames rendered off-screen.

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

class QgsMapCanvas;
class QgsMapLayer;
class QgsMapSettings;

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
    QVector<double> sessionPeakMb; // … and up to `stayMs` after the first paint
};
// Waits until the canvas finishes a render (at most `timeoutMs`).
void waitForPaint(QgsMapCanvas *canvas, int timeoutMs = 20000);

// Starts the console (beside this program) `runs` times on `location` (a
// path or pg:CONNINFO), each as a first start, and waits for its first paint;
// the console stays `stayMs` longer (its memory over the opening's reads).
StartUp startUp(const QString &location, int runs, int stayMs = 0);

// Renders the frame of `settings` `runs` times off-screen with QGIS's
// parallel job, as QGIS Desktop draws, after one run that warms the
// providers. Returns each run's ms; `layers` gets each layer's mean ms,
// slowest first.
QVector<double> jobRenders(const QgsMapSettings &settings, int runs,
                           QVector<QPair<double, QgsMapLayer *>> *layers = nullptr);

struct CachedRedraw {
    double ms = 0;            // the frame drawn again after `layer` asked
    QStringList drawn;        // the layers drawn again (with their ms), not from the cache
    bool labelsFromCache = false;
};
// As the canvas redraws when one layer asks: the frame of `settings` drawn
// with a render cache, then `layer` asks for a repaint and the frame is
// drawn again with the same cache. Says what the second frame drew anew.
CachedRedraw cachedRedraw(const QgsMapSettings &settings, QgsMapLayer *layer);

} // namespace griddesk::bench
