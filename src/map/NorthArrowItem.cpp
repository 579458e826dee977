#include "NorthArrowItem.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <qgsmapcanvas.h>

namespace griddesk::map {

NorthArrowItem::NorthArrowItem(QgsMapCanvas *canvas)
    : QWidget(canvas)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("northArrow"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_TranslucentBackground);
    resize(44, 64);
    canvas->installEventFilter(this);
    move(canvas->width() - width() - 16, 16);
}

bool NorthArrowItem::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize) {
        move(m_canvas->width() - width() - 16, 16);
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void NorthArrowItem::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double cx = width() / 2.0;
    QPainterPath left, right;
    left.moveTo(cx, 18);
    left.lineTo(cx - 11, 58);
    left.lineTo(cx, 50);
    left.closeSubpath();
    right.moveTo(cx, 18);
    right.lineTo(cx + 11, 58);
    right.lineTo(cx, 50);
    right.closeSubpath();
    p.setPen(QPen(QColor(40, 40, 40), 1.2));
    p.setBrush(QColor(40, 40, 40));
    p.drawPath(left);
    p.setBrush(Qt::white);
    p.drawPath(right);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(12);
    p.setFont(f);
    p.drawText(QRectF(0, 0, width(), 18), Qt::AlignCenter, QStringLiteral("N"));
}

} // namespace griddesk::map
