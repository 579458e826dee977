#include "ScaleBarItem.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <qgsmapcanvas.h>

#include <cmath>

namespace griddesk::map {

namespace {
constexpr int kTargetPixels = 180;
}

ScaleBarItem::ScaleBarItem(QgsMapCanvas *canvas)
    : QWidget(canvas)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("scaleBar"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_TranslucentBackground);
    resize(kTargetPixels + 80, 52);
    canvas->installEventFilter(this);
    connect(canvas, &QgsMapCanvas::scaleChanged, this, qOverload<>(&QWidget::update));
    connect(canvas, &QgsMapCanvas::extentsChanged, this, qOverload<>(&QWidget::update));
    reposition();
}

double ScaleBarItem::barMetres() const
{
    const double mupp = m_canvas->mapUnitsPerPixel();
    if (!(mupp > 0.0))
        return 0.0;
    const double raw = mupp * kTargetPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double nice = magnitude;
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude <= raw)
            nice = step * magnitude;
    return nice;
}

int ScaleBarItem::barPixels() const
{
    const double mupp = m_canvas->mapUnitsPerPixel();
    return mupp > 0.0 ? int(std::lround(barMetres() / mupp)) : 0;
}

bool ScaleBarItem::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        reposition();
    return QWidget::eventFilter(watched, event);
}

void ScaleBarItem::reposition()
{
    move(16, m_canvas->height() - height() - 12);
    raise();
}

void ScaleBarItem::paintEvent(QPaintEvent *)
{
    const double metres = barMetres();
    const int px = barPixels();
    if (metres <= 0.0 || px <= 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto label = [](double m) {
        return m >= 1000.0 ? QStringLiteral("%1 km").arg(m / 1000.0) : QStringLiteral("%1 m").arg(m);
    };
    QFont f = font();
    f.setPointSizeF(10.5);
    f.setBold(true);
    p.setFont(f);

    const int x0 = 10, y0 = 28, h = 8;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(QRect(0, 0, px + 60, height()), 6, 6);
    // Four alternating segments, as on survey maps.
    for (int i = 0; i < 4; ++i) {
        p.setBrush(i % 2 ? QColor(255, 255, 255) : QColor(40, 40, 40));
        p.drawRect(QRectF(x0 + i * px / 4.0, y0, px / 4.0, h));
    }
    p.setPen(QPen(QColor(40, 40, 40), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(x0, y0, px, h));
    p.setPen(QColor(30, 30, 30));
    p.drawText(QPointF(x0 - 3, y0 - 6), QStringLiteral("0"));
    const QString end = label(metres);
    p.drawText(QPointF(x0 + px - p.fontMetrics().horizontalAdvance(end) / 2.0, y0 - 6), end);
}

} // namespace griddesk::map
