#include "ReportMapFrame.h"
#include "ReportLayoutKit.h"

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgslayout.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgsmaplayer.h>
#include <qgsproject.h>
#include <qgstextformat.h>

namespace griddesk::map {

using Kit = ReportLayoutKit;

QgsLayoutItemMap *ReportMapFrame::add(
    QgsLayout &layout, int page, const ReportMapSpec &spec, const QRectF &mm, const QRectF &legendMm)
{
    QgsMapLayer *top = spec.layers.first();
    const QgsCoordinateReferenceSystem crs = spec.crs.isValid() ? spec.crs : top->crs();
    QgsRectangle extent = spec.extent;
    if (extent.isEmpty()) {
        const QgsCoordinateTransform toMap(top->crs(), crs, QgsProject::instance()->transformContext());
        try {
            extent = toMap.transformBoundingBox(top->extent());
        } catch (const QgsCsException &) {
            extent = top->extent();
        }
        extent.scale(1.06);
    }
    auto *item = new QgsLayoutItemMap(&layout);
    layout.addLayoutItem(item);
    item->attemptResize(QgsLayoutSize(mm.width(), mm.height()));
    item->attemptMove(QgsLayoutPoint(mm.x(), mm.y()), true, false, page);
    item->setCrs(crs);
    item->setLayers(spec.layers);
    item->setKeepLayerSet(true);
    item->zoomToExtent(extent);
    item->setFrameEnabled(true);
    item->setFrameStrokeColor(QColor(0xc8, 0xcf, 0xd8));
    item->setFrameStrokeWidth(QgsLayoutMeasurement(0.3));

    auto *north = new QgsLayoutItemPicture(&layout);
    north->setPicturePath(QgsApplication::pkgDataPath() + QStringLiteral("/svg/arrows/NorthArrow_02.svg"));
    north->setLinkedMap(item);
    north->setNorthMode(QgsLayoutItemPicture::GridNorth);
    layout.addLayoutItem(north);
    north->attemptResize(QgsLayoutSize(9, 13));
    north->attemptMove(QgsLayoutPoint(mm.right() - 12, mm.y() + 3), true, false, page);

    auto *scale = new QgsLayoutItemScaleBar(&layout);
    layout.addLayoutItem(scale);
    scale->setLinkedMap(item);
    scale->applyDefaultSize(QgsUnitTypes::DistanceKilometers);
    scale->setStyle(QStringLiteral("Single Box"));
    scale->setUnits(QgsUnitTypes::DistanceKilometers);
    scale->setUnitLabel(tr("km"));
    scale->setNumberOfSegmentsLeft(0);
    scale->setNumberOfSegments(2);
    scale->setSegmentSizeMode(QgsScaleBarSettings::SegmentSizeFitWidth);
    scale->setMinimumBarWidth(18);
    scale->setMaximumBarWidth(32);
    scale->setHeight(1.8);
    QgsTextFormat text = QgsTextFormat::fromQFont(Kit::font(7));
    text.setSize(7);
    text.setSizeUnit(QgsUnitTypes::RenderPoints);
    scale->setTextFormat(text);
    scale->setBackgroundEnabled(true);
    scale->setBackgroundColor(QColor(255, 255, 255, 210));
    scale->resizeToMinimumWidth();
    scale->attemptMove(QgsLayoutPoint(mm.x() + 3, mm.bottom() - 12), true, false, page);

    auto *legend = new QgsLayoutItemLegend(&layout);
    layout.addLayoutItem(legend);
    legend->setLinkedMap(item);
    legend->setAutoUpdateModel(false);
    QgsLayerTree *root = legend->model()->rootGroup();
    root->removeAllChildren();
    for (QgsMapLayer *l : spec.legendLayers.isEmpty() ? QList<QgsMapLayer *> { top } : spec.legendLayers)
        root->addLayer(l);
    legend->setTitle(QString());
    for (QgsLegendStyle::Style s : { QgsLegendStyle::Title, QgsLegendStyle::Group, QgsLegendStyle::Subgroup })
        legend->setStyleFont(s, Kit::font(8.5, true));
    legend->setStyleFont(QgsLegendStyle::SymbolLabel, Kit::font(8));
    legend->setColumnCount(spec.legendColumns);
    legend->setSplitLayer(spec.splitLayer);
    legend->setSymbolWidth(6);
    legend->setSymbolHeight(3.5);
    legend->setBackgroundEnabled(false);
    legend->setFrameEnabled(false);
    legend->setResizeToContents(true);
    legend->adjustBoxSize();
    legend->attemptMove(QgsLayoutPoint(legendMm.x(), legendMm.y()), true, false, page);
    return item;
}

} // namespace griddesk::map
