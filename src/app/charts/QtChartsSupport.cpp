#include "QtChartsSupport.h"
#include "ChartLook.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace griddesk::app::qtcharts {

QChartView *newView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(chartlook::background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->viewport()->setObjectName(QStringLiteral("chartViewport"));
    view->setBackgroundBrush(chartlook::background());
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

QValueAxis *newValueAxis(const QFont &font, bool labels)
{
    auto *axis = new QValueAxis;
    axis->setLabelsVisible(labels);
    axis->setLabelsFont(font);
    axis->setLabelsColor(chartlook::muted());
    axis->setLineVisible(false);
    axis->setGridLinePen(QPen(chartlook::gridLine(), 1));
    axis->setMinorGridLineVisible(false);
    axis->setTitleVisible(false);
    return axis;
}

QGraphicsSimpleTextItem *newText(QChart *chart, const QFont &font, const QColor &colour)
{
    auto *item = new QGraphicsSimpleTextItem(chart);
    item->setFont(font);
    item->setBrush(colour);
    item->setZValue(20);
    return item;
}

void plateBehind(QGraphicsSimpleTextItem *item)
{
    auto *plate = new QGraphicsRectItem(item->boundingRect().adjusted(-3, -1, 3, 1), item);
    plate->setFlag(QGraphicsItem::ItemStacksBehindParent);
    QColor face = chartlook::background();
    face.setAlpha(225);
    plate->setBrush(face);
    plate->setPen(Qt::NoPen);
}

void place(QGraphicsSimpleTextItem *item, const QPointF &anchor, Qt::Alignment alignment)
{
    const QRectF r = item->boundingRect();
    QPointF topLeft(anchor.x() - r.width() / 2, anchor.y() - r.height() / 2);
    if (alignment & Qt::AlignLeft)
        topLeft.setX(anchor.x());
    else if (alignment & Qt::AlignRight)
        topLeft.setX(anchor.x() - r.width());
    if (alignment & Qt::AlignTop)
        topLeft.setY(anchor.y());
    else if (alignment & Qt::AlignBottom)
        topLeft.setY(anchor.y() - r.height());
    item->setPos(topLeft);
}

} // namespace griddesk::app::qtcharts
