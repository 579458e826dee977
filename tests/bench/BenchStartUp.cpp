#include "BenchStartUp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <qgsmapcanvas.h>
#include <qgsmaplayer.h>
#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>

#include <algorithm>

namespace griddesk::bench {

Stats stats(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) { return v[std::min(v.size() - 1, int(q * (v.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95), v.last()};
}

void waitForPaint(QgsMapCanvas *canvas, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

double peakMemoryMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : 0;
}

StartUp startUp(const QString &db, int runs, int stayMs)
{
    StartUp r;
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/griddesk");
    for (int i = 0; i < runs; ++i) {
        // A first start each time: the default window layout, no saved state.
        QTemporaryDir config;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(program, {QStringLiteral("--db"), db, QStringLiteral("--quit-after-first-paint=%1").arg(stayMs)});
        p.waitForStarted();
        const qint64 pid = p.processId();
        bool painted = false;
        double peak = 0, sessionPeak = 0;
        // Sampled while it runs; the high-water mark read at the paint
        // includes everything the start-up needed, the last one read before
        // it quits everything the session did.
        while (p.state() == QProcess::Running && t.elapsed() < 60000 + stayMs) {
            p.waitForReadyRead(10);
            const double now = peakMemoryMb(pid);
            sessionPeak = std::max(sessionPeak, now);
            if (!painted)
                peak = std::max(peak, now);
            if (!painted && p.readAllStandardOutput().contains("first-paint-ms")) {
                r.ms << double(t.elapsed());
                peak = std::max(peak, peakMemoryMb(pid));
                painted = true;
            }
        }
        p.waitForFinished(30000);
        if (painted && peak > 0) {
            r.peakMb << peak;
            r.sessionPeakMb << sessionPeak;
        }
        if (!painted)
            QTextStream(stdout) << "start-up run " << i << " did not paint: " << p.readAllStandardError() << "\n";
    }
    return r;
}

QVector<double> jobRenders(const QgsMapSettings &settings, int runs, QVector<QPair<double, QgsMapLayer *>> *layers)
{
    QVector<double> out;
    QHash<QgsMapLayer *, double> perLayer;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        QgsMapRendererParallelJob job(settings);
        job.start();
        job.waitForFinished();
        if (i == 0) // the first one warms the providers
            continue;
        out << t.nsecsElapsed() / 1e6;
        const QHash<QgsMapLayer *, int> times = job.perLayerRenderingTime();
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            perLayer[it.key()] += double(it.value()) / runs;
    }
    if (layers) {
        for (auto it = perLayer.cbegin(); it != perLayer.cend(); ++it)
            *layers << qMakePair(it.value(), it.key());
        std::sort(layers->begin(), layers->end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
    }
    return out;
}

CachedRedraw cachedRedraw(const QgsMapSettings &settings, QgsMapLayer *layer)
{
    QgsMapRendererCache cache;
    {
        QgsMapRendererParallelJob first(settings);
        first.setCache(&cache);
        first.start();
        first.waitForFinished();
    }
    layer->triggerRepaint();
    CachedRedraw out;
    QElapsedTimer t;
    t.start();
    QgsMapRendererParallelJob again(settings);
    again.setCache(&cache);
    again.start();
    again.waitForFinished();
    out.ms = t.nsecsElapsed() / 1e6;
    const QStringList fromCache = again.layersRedrawnFromCache();
    const QHash<QgsMapLayer *, int> times = again.perLayerRenderingTime();
    for (QgsMapLayer *l : settings.layers())
        if (l->isInScaleRange(settings.scale()) && !fromCache.contains(l->id()))
            out.drawn << QStringLiteral("%1 %2 ms").arg(l->name()).arg(times.value(l));
    out.labelsFromCache = again.usedCachedLabels();
    return out;
}

} // namespace griddesk::bench
