#pragma once
// Test helper: the console's map rendered offscreen as the canvas draws it
// (display CRS, whole township, antialiased), and colour comparison for
// pixel probes. Labels keep QGIS's default outline format, in which QGIS
// paints every label and enters it in the job's labeling results (the
// canvas's plain text labels are painted by map::PlainLabelProvider, at the
// same places, and are not entered there).

#include "ConsoleLayers.h"

#include <QColor>
#include <QImage>

#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>

#include <cstdlib>

namespace griddesk::test {

inline const QColor kMapBackground(226, 233, 238);

inline QgsMapSettings consoleMapSettings(const map::ConsoleLayers &layers, const QSize &size = QSize(1400, 1000))
{
    QgsMapSettings settings;
    settings.setDestinationCrs(layers.displayCrs());
    settings.setTransformContext(QgsProject::instance()->transformContext());
    settings.setOutputSize(size);
    settings.setOutputDpi(96);
    settings.setBackgroundColor(kMapBackground);
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
    settings.setExtent(layers.fullExtent());
    return settings;
}

inline QImage renderMap(const QgsMapSettings &settings)
{
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    return job.renderedImage();
}

inline bool nearColour(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace griddesk::test
