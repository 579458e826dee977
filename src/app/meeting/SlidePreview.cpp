#include "SlidePreview.h"

#include <QPainter>

namespace griddesk::app {

SlidePreview::SlidePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("slidePreview"));
}

void SlidePreview::setPicture(const QPixmap &picture)
{
    m_picture = picture;
    update();
}

QRect SlidePreview::pictureRect() const
{
    if (m_picture.isNull())
        return rect();
    QSize size = (QSizeF(m_picture.size()) / m_picture.devicePixelRatioF()).toSize();
    size.scale(this->size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void SlidePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect r = pictureRect();
    if (!m_picture.isNull())
        p.drawPixmap(r, m_picture);
    p.setPen(QPen(QColor(0x80, 0x86, 0x90), 1));
    p.drawRect(r.adjusted(0, 0, -1, -1));
}

} // namespace griddesk::app
