#include "PickPointTool.h"
#include "MapCrs.h"

#include <QKeyEvent>

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>

namespace griddesk::map {

PickPointTool::PickPointTool(QgsMapCanvas *canvas)
    : QgsMapTool(canvas)
{
    setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::CrossHair));
}

void PickPointTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const QgsCoordinateTransform toLonLat(canvas()->mapSettings().destinationCrs(), storageCrs(),
                                          QgsProject::instance()->transformContext());
    try {
        const QgsPointXY p = toLonLat.transform(e->mapPoint());
        Q_EMIT picked(GeoPoint{p.x(), p.y()});
    } catch (const QgsCsException &) {
        // A click outside the projection's domain picks nothing.
    }
}

void PickPointTool::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) {
        Q_EMIT confirmed();
        e->accept();
    } else if (e->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        e->accept();
    } else {
        e->ignore();
    }
}

} // namespace griddesk::map
