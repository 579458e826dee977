#pragma once
// A map on a report page: a QgsLayoutItemMap over the caller's layers with a
// frame, a north arrow in its upper right corner, a scale bar in kilometres
// in its lower left corner and a legend of the chosen layers beside or under it.

#include <QCoreApplication>
#include <QList>
#include <QRectF>

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

class QgsLayout;
class QgsLayoutItemMap;
class QgsMapLayer;

namespace griddesk::map {

struct ReportMapSpec {
    QList<QgsMapLayer *> layers; // top first; they stay the caller's
    QList<QgsMapLayer *> legendLayers; // empty: the first layer
    QgsCoordinateReferenceSystem crs; // invalid: the first layer's
    QgsRectangle extent; // in `crs`; empty: the first layer's extent
    int legendColumns = 2;
    bool splitLayer = true; // one layer's classes may go in several columns
};

class ReportMapFrame
{
    Q_DECLARE_TR_FUNCTIONS(ReportMapFrame)

public:
    static QgsLayoutItemMap *add(
        QgsLayout &layout, int page, const ReportMapSpec &spec, const QRectF &mapMm, const QRectF &legendMm);
};

} // namespace griddesk::map
