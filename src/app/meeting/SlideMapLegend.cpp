#include "SlideMapLegend.h"
#include "SlideLook.h"
#include "SlideText.h"

#include <QLabel>
#include <QPainter>

namespace griddesk::app {

SlideMapLegend::SlideMapLegend(QWidget *parent)
    : QWidget(parent)
    , m_cases(new QLabel(this))
    , m_area(new QLabel(this))
{
    setObjectName(QStringLiteral("slideMapLegend"));
    m_cases->setObjectName(QStringLiteral("slideMapLegendCases"));
    m_area->setObjectName(QStringLiteral("slideMapLegendArea"));
}

void SlideMapLegend::update(const SlideLook &look, bool withCases, int maxWidth)
{
    const QFont font = look.small();
    const QFontMetrics fm(font);
    m_symbol = fm.height() * 3 / 4;
    const int pad = look.px(14);
    const int gap = look.px(10);
    m_gap = gap;
    const int entryGap = look.px(28);
    const QColor ink(0x11, 0x11, 0x11); // on the legend's white box, whatever the theme
    slidetext::style(m_cases, font, ink);
    slidetext::style(m_area, font, ink);
    const QString cases = tr("This item's cases");
    const QString area = tr("Its area");
    const int casesWidth = withCases ? fm.horizontalAdvance(cases) + 1 : 0;
    const int areaWidth = fm.horizontalAdvance(area) + 1;
    const int textRoom = std::max(1, maxWidth - 2 * pad - m_symbol - gap);
    int x = pad;
    int h = fm.height();
    m_cases->setVisible(withCases);
    if (withCases) {
        x += m_symbol + gap;
        slidetext::place(m_cases, cases, QRect(x, pad / 2, std::min(casesWidth, textRoom), fm.height()));
        x += std::min(casesWidth, textRoom) + entryGap;
    }
    // The second entry goes on its own line when both do not fit side by side.
    int y = pad / 2;
    if (withCases && x + m_symbol + gap + areaWidth + pad > maxWidth) {
        x = pad;
        y += fm.height() + look.px(6);
        h += fm.height() + look.px(6);
    }
    x += m_symbol + gap;
    slidetext::place(m_area, area, QRect(x, y, std::min(areaWidth, textRoom), fm.height()));
    const int right = std::max(m_cases->isVisibleTo(this) ? m_cases->geometry().right() : 0, m_area->geometry().right());
    resize(std::min(maxWidth, right + 1 + pad), h + pad);
    QWidget::update();
}

void SlideMapLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(rect(), m_symbol / 4.0, m_symbol / 4.0);
    const auto symbolRect = [this](const QLabel *label) {
        return QRectF(label->x() - m_gap - m_symbol, label->y() + (label->height() - m_symbol) / 2.0, m_symbol, m_symbol);
    };
    if (m_cases->isVisibleTo(this)) {
        // As ItemHighlightLayers draws a case: black inside white.
        const QRectF r = symbolRect(m_cases).adjusted(2, 2, -2, -2);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::white, std::max(2.0, m_symbol / 5.0)));
        p.drawEllipse(r);
        p.setPen(QPen(QColor(0x11, 0x11, 0x11), std::max(1.0, m_symbol / 10.0)));
        p.drawEllipse(r);
    }
    const QRectF r = symbolRect(m_area).adjusted(2, 2, -2, -2);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0xc2, 0x18, 0x5b), std::max(2.0, m_symbol / 8.0)));
    p.drawRect(r);
}

} // namespace griddesk::app
