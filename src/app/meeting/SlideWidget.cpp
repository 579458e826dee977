#include "SlideWidget.h"
#include "AgendaSlidePage.h"
#include "EndSlidePage.h"
#include "ItemSlidePage.h"
#include "SlideMapView.h"

namespace griddesk::app {

SlideWidget::SlideWidget(map::ConsoleLayers *layers, QWidget *parent)
    : QWidget(parent)
    , m_agenda(new AgendaSlidePage(this))
    , m_item(new ItemSlidePage(layers, this))
    , m_end(new EndSlidePage(this))
{
    setObjectName(QStringLiteral("slide"));
    setAutoFillBackground(true);
    connect(m_item->mapView(), &SlideMapView::rendered, this, &SlideWidget::repainted);
    showPage(SlideKind::Title);
    applyLook();
}

SlideLook SlideWidget::look() const
{
    return SlideLook(size(), devicePixelRatioF(), m_theme);
}

void SlideWidget::showTitle(const Meeting &meeting, const QStringList &titles)
{
    m_agenda->setMeeting(meeting, titles);
    showPage(SlideKind::Title);
}

void SlideWidget::showItem(const ItemFacts &facts, int number, int total, const QString &footer)
{
    m_item->setItem(facts, number, total, footer);
    showPage(SlideKind::Item);
}

void SlideWidget::showEnd(const Meeting &meeting, int usedSeconds)
{
    m_end->setMeeting(meeting, usedSeconds);
    showPage(SlideKind::End);
}

void SlideWidget::setBlank(bool blank)
{
    m_blank = blank;
    showPage(m_kind);
}

void SlideWidget::setTheme(SlideTheme theme)
{
    m_theme = theme;
    applyLook();
}

void SlideWidget::showPage(SlideKind kind)
{
    m_kind = kind;
    m_agenda->setVisible(!m_blank && kind == SlideKind::Title);
    m_item->setVisible(!m_blank && kind == SlideKind::Item);
    m_end->setVisible(!m_blank && kind == SlideKind::End);
    QPalette p = palette();
    p.setColor(QPalette::Window, m_blank ? QColor(Qt::black) : look().background());
    setPalette(p);
    Q_EMIT repainted();
}

void SlideWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (QWidget *page : { static_cast<QWidget *>(m_agenda), static_cast<QWidget *>(m_item),
             static_cast<QWidget *>(m_end) })
        page->setGeometry(rect());
    applyLook();
}

void SlideWidget::applyLook()
{
    const SlideLook k = look();
    m_agenda->setLook(k);
    m_item->setLook(k);
    m_end->setLook(k);
    showPage(m_kind);
}

} // namespace griddesk::app
