#pragma once
// The assessment report as a PDF, laid out with a QGIS print layout on A4
// landscape pages: the unit's KPIs as text with their changes beside the KPI
// map (legend, scale bar, north arrow), the dock's charts, the units under
// it, the early warnings and the KPI definitions. Text stays text, so the
// PDF can be searched and copied. The file appears whole or not at all.

#include "AssessmentReport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QVector>

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

class QgsMapLayer;

namespace griddesk::map {

// The map of the report: the KPI choropleth on top, then whatever should
// show beneath it (outlines, a basemap). The layers stay the caller's.
struct AssessmentPdfMap {
    QList<QgsMapLayer *> layers; // top first; the legend lists the first
    QgsCoordinateReferenceSystem crs; // the map's CRS, e.g. ConsoleLayers::displayCrs()
    QgsRectangle extent; // in `crs`; empty: the first layer's extent
    QString title; // e.g. "结案率（按网格）"
};

// A chart of the dock, rendered to an image (QWidget::grab()).
struct AssessmentPdfChart {
    QString title;
    QImage image;
};

class AssessmentPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentPdfWriter)

public:
    // Runs on the GUI thread: the layout renders the map's layers, which
    // belong to it. On failure nothing is written at `path` and *error names
    // the file and the reason.
    static bool write(const AssessmentReport &report, const AssessmentPdfMap &map,
        const QVector<AssessmentPdfChart> &charts, const QString &path, QString *error);

    static QString title(const AssessmentReport &report);
};

} // namespace griddesk::map
