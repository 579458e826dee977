#pragma once
// Test helper: drives a QGIS map canvas with mouse events at the pixels
// where lon/lat points are drawn, through the window as the platform would
// send them, so that a drag carries its pressed button and a double click
// is one.

#include <QTest>
#include <QWindow>

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

namespace griddesk::test {

class CanvasMouse
{
public:
    explicit CanvasMouse(QgsMapCanvas *canvas)
        : m_canvas(canvas)
    {
    }

    QgsCoordinateTransform toMap() const
    {
        return QgsCoordinateTransform(QgsCoordinateReferenceSystem::fromEpsgId(4490),
                                      m_canvas->mapSettings().destinationCrs(), QgsProject::instance());
    }
    QPoint pixel(const QgsPointXY &lonLat) const { return mapPixel(toMap().transform(lonLat)); }
    QPoint mapPixel(const QgsPointXY &map) const
    {
        const QgsPointXY s = m_canvas->getCoordinateTransform()->transform(map);
        return QPoint(qRound(s.x()), qRound(s.y()));
    }
    QgsPointXY lonLatAt(const QPoint &p) const
    {
        return toMap().transform(m_canvas->getCoordinateTransform()->toMapCoordinates(p), Qgis::TransformDirection::Reverse);
    }
    // Ground size of one pixel, in degrees (near the map's centre).
    double pixelDegrees() const
    {
        const QPoint c = m_canvas->viewport()->rect().center();
        return lonLatAt(c).distance(lonLatAt(c + QPoint(1, 0)));
    }

    void click(const QPoint &p, Qt::MouseButton b = Qt::LeftButton) const
    {
        QTest::mouseMove(window(), inWindow(p));
        QTest::mouseClick(window(), b, Qt::NoModifier, inWindow(p));
    }
    void doubleClick(const QPoint &p) const
    {
        QTest::mouseMove(window(), inWindow(p));
        QTest::mouseDClick(window(), Qt::LeftButton, Qt::NoModifier, inWindow(p));
    }
    void drag(const QPoint &from, const QPoint &to) const
    {
        QTest::mouseMove(window(), inWindow(from));
        QTest::mousePress(window(), Qt::LeftButton, Qt::NoModifier, inWindow(from));
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(window(), inWindow(from + (to - from) * step / 5));
        QTest::mouseRelease(window(), Qt::LeftButton, Qt::NoModifier, inWindow(to));
    }

    // The two ends of a horizontal line across a lon/lat shape through a
    // point inside it, `beyond` pixels outside its edges; empty when none.
    QVector<QPoint> lineAcross(const QgsGeometry &lonLat, int beyond) const
    {
        QgsGeometry shape = lonLat;
        shape.transform(toMap());
        const QgsPointXY inside = shape.pointOnSurface().asPoint();
        const double far = shape.boundingBox().width() * 2;
        const QgsGeometry across = QgsGeometry::fromPolylineXY({QgsPointXY(inside.x() - far, inside.y()),
                                                                QgsPointXY(inside.x() + far, inside.y())})
                                       .intersection(shape);
        QgsPolylineXY chord;
        for (const QgsGeometry &part : across.asGeometryCollection())
            if (part.distance(QgsGeometry::fromPointXY(inside)) < 1e-6)
                chord = part.asPolyline();
        if (chord.size() < 2)
            return {};
        const double out = m_canvas->mapUnitsPerPixel() * beyond;
        return {mapPixel(QgsPointXY(qMin(chord.first().x(), chord.last().x()) - out, inside.y())),
                mapPixel(QgsPointXY(qMax(chord.first().x(), chord.last().x()) + out, inside.y()))};
    }

private:
    QPoint inWindow(const QPoint &viewport) const { return m_canvas->viewport()->mapTo(m_canvas->window(), viewport); }
    QWindow *window() const { return m_canvas->window()->windowHandle(); }

    QgsMapCanvas *m_canvas;
};

} // namespace griddesk::test
