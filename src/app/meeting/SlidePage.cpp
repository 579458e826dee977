#include "SlidePage.h"

namespace griddesk::app {

SlidePage::SlidePage(QWidget *parent)
    : QWidget(parent)
    , m_look(QSize(1920, 1080), 1.0, SlideTheme::Light)
{
}

void SlidePage::setLook(const SlideLook &look)
{
    m_look = look;
    relayout();
}

void SlidePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

} // namespace griddesk::app
