#include "TrendChart.h"
#include "ChartFormat.h"
#include "ChartLook.h"
#include "QtChartsSupport.h"

#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QToolTip>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <algorithm>
#include <cmath>

namespace griddesk::app {

struct TrendChart::Private {
    QChartView *view = nullptr;
    QValueAxis *xAxis = nullptr;
    QValueAxis *yAxis = nullptr;
    QVector<ChartValue> points;
    ChartValueKind kind = ChartValueKind::Percent;
    int current = -1;
    QAbstractSeries *anchor = nullptr; // any series, for the chart's mapping
    QScatterSeries *tooFew = nullptr; // periods with too few cases, on the baseline
    QScatterSeries *normalMarkers = nullptr;
    QScatterSeries *currentMarkers = nullptr;
    double lo = 0, hi = 0; // the values' range
    QVector<QGraphicsSimpleTextItem *> valueLabels;
    QVector<QGraphicsSimpleTextItem *> periodLabels;
    QVector<bool> valueShown, periodShown;

    QChart *chart() const { return view->chart(); }
    bool usable(int i) const { return points.at(i).valid && std::isfinite(points.at(i).value); }
};

namespace {
// The least range the axis shows, so that noise does not look like a trend.
double leastSpan(ChartValueKind kind)
{
    switch (kind) {
    case ChartValueKind::Percent:
        return 10;
    case ChartValueKind::PerMille:
    case ChartValueKind::Average:
        return 0.5;
    case ChartValueKind::Count:
        break;
    }
    return 4;
}

// 1, 2, 2.5 or 5 times a power of ten, about a quarter of `span`.
double tickStep(double span)
{
    const double raw = span / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : { 1.0, 2.0, 2.5, 5.0 })
        if (raw <= f * power)
            return f * power;
    return 10 * power;
}

QString axisFormat(ChartValueKind kind, double step)
{
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
    const QString number = QStringLiteral("%.%1f").arg(decimals);
    switch (kind) {
    case ChartValueKind::Percent:
        return number + QStringLiteral("%");
    case ChartValueKind::PerMille:
        return number + QStringLiteral("‰");
    case ChartValueKind::Count:
    case ChartValueKind::Average:
        break;
    }
    return number;
}

// Every k-th label counting from `keep` (the current period), so that labels
// `width` wide never overlap in columns `column` wide.
QVector<bool> thinned(int n, int keep, double width, double column)
{
    const int step = column > 0 ? std::max(1, int(std::ceil(width * 1.15 / column))) : 1;
    const int from = keep >= 0 ? keep : n - 1;
    QVector<bool> shown(n);
    for (int i = 0; i < n; ++i)
        shown[i] = (std::abs(i - from) % step) == 0;
    return shown;
}
} // namespace

TrendChart::TrendChart(QWidget *parent)
    : ChartPanel(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("trendChart"));
    d->view = qtcharts::newView(this);
    d->view->setObjectName(QStringLiteral("trendChartView"));
    d->view->viewport()->setCursor(Qt::PointingHandCursor);
    d->xAxis = qtcharts::newValueAxis(font(), false);
    d->xAxis->setVisible(false); // the periods are labelled by hand, thinned to fit
    d->yAxis = qtcharts::newValueAxis(chartlook::labelFont(font()), true);
    d->yAxis->setTickCount(5);
    d->chart()->addAxis(d->xAxis, Qt::AlignBottom);
    d->chart()->addAxis(d->yAxis, Qt::AlignLeft);
    connect(d->chart(), &QChart::plotAreaChanged, this, &TrendChart::placeLabels);
    setChart(d->view);
}

TrendChart::~TrendChart() = default;

void TrendChart::setPoints(const QVector<ChartValue> &points, ChartValueKind kind, int currentIndex)
{
    d->points = points;
    d->kind = kind;
    d->current = currentIndex >= 0 && currentIndex < points.size() ? currentIndex : -1;
    rebuild();
}

int TrendChart::pointCount() const
{
    return d->points.size();
}

int TrendChart::currentIndex() const
{
    return d->current;
}

bool TrendChart::isValueLabelShown(int index) const
{
    return index >= 0 && index < d->valueShown.size() && d->valueShown.at(index);
}

bool TrendChart::isPeriodLabelShown(int index) const
{
    return index >= 0 && index < d->periodShown.size() && d->periodShown.at(index);
}

void TrendChart::changeEvent(QEvent *event)
{
    ChartPanel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void TrendChart::rebuild()
{
    QChart *chart = d->chart();
    chart->removeAllSeries();
    qDeleteAll(d->valueLabels);
    qDeleteAll(d->periodLabels);
    d->valueLabels.clear();
    d->periodLabels.clear();
    d->anchor = nullptr;
    d->tooFew = d->normalMarkers = d->currentMarkers = nullptr;
    const int n = d->points.size();
    bool any = false;
    double lo = 0, hi = 0;
    for (int i = 0; i < n; ++i) {
        if (!d->usable(i))
            continue;
        const double v = d->points.at(i).value;
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    }
    // Periods that all have too few cases still show, greyed on the baseline.
    setHasData(n > 0);
    if (n == 0)
        return;

    const QFont labelFont = chartlook::labelFont(font());
    const QFontMetricsF lm(labelFont);
    const double line = lm.height();
    // Room for the values above the points and the periods below the plot.
    chart->setMargins(QMargins(qRound(line * 0.3), qRound(line * 1.6), qRound(line * 1.2), qRound(line * 1.5)));
    d->lo = lo;
    d->hi = hi;
    d->yAxis->setLabelsFont(labelFont);
    d->yAxis->setLabelsVisible(any); // no scale to read without a single figure
    d->yAxis->setTickType(QValueAxis::TicksDynamic);
    d->yAxis->setTickAnchor(0);
    // A first range, its ticks set in step with it (Qt Charts makes a label
    // for every tick, so a small step on a wide range would be millions);
    // placeLabels() fits both to the plot.
    const double span = std::max(hi - lo, leastSpan(d->kind));
    d->yAxis->setTickInterval(span * 10);
    d->yAxis->setRange(lo - span / 4, hi + span / 4);
    d->yAxis->setTickInterval(tickStep(span * 1.5));
    d->view->setMinimumHeight(qRound(line * 9));
    d->xAxis->setRange(-0.5, n - 0.5);

    const auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(d->xAxis);
        s->attachAxis(d->yAxis);
        d->anchor = s;
    };
    // The line breaks where a period has too few cases.
    QLineSeries *segment = nullptr;
    for (int i = 0; i < n; ++i) {
        if (!d->usable(i)) {
            segment = nullptr;
            continue;
        }
        if (!segment) {
            segment = new QLineSeries;
            segment->setPen(QPen(chartlook::series(), std::max(2.0, line * 0.16)));
            attach(segment);
        }
        segment->append(i, d->points.at(i).value);
    }
    const double marker = line * 0.85;
    const auto markers = [&](const QColor &fill, double size) {
        auto *s = new QScatterSeries;
        s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        s->setMarkerSize(size);
        s->setColor(fill);
        s->setBorderColor(chartlook::background());
        attach(s);
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            const int i = qRound(p.x());
            if (i >= 0 && i < d->points.size())
                Q_EMIT pointClicked(i);
        });
        // The period and its value on hover, also where the labels are thinned out.
        connect(s, &QScatterSeries::hovered, this, [this](const QPointF &p, bool entered) {
            const int i = qRound(p.x());
            if (!entered || i < 0 || i >= d->points.size()) {
                QToolTip::hideText();
                return;
            }
            const ChartValue &v = d->points.at(i);
            QString text = v.label + QStringLiteral(": ")
                + (d->usable(i) ? ChartFormat::value(v.value, d->kind) : ChartFormat::tooFewCases());
            if (!v.note.isEmpty())
                text += QStringLiteral(" · ") + v.note;
            QToolTip::showText(QCursor::pos(), text, d->view);
        });
        return s;
    };
    QScatterSeries *normal = d->normalMarkers = markers(chartlook::series(), marker);
    d->tooFew = markers(chartlook::tooFewCases(), marker);
    QScatterSeries *current = d->currentMarkers = markers(chartlook::emphasis(), marker * 1.5);
    const QFont valueFont = chartlook::valueFont(font());
    for (int i = 0; i < n; ++i) {
        const ChartValue &p = d->points.at(i);
        const bool ok = d->usable(i);
        // A period with too few cases sits on the baseline (set with the
        // range), still clickable.
        const QPointF at(i, ok ? p.value : lo);
        (i == d->current && ok ? current : ok ? normal : d->tooFew)->append(at);
        QFont vf = ok ? valueFont : labelFont;
        QColor vc = ok ? chartlook::ink() : chartlook::tooFewCases();
        if (i == d->current) {
            vf = chartlook::titleFont(font());
            vc = ok ? chartlook::emphasis() : vc;
        }
        auto *value = qtcharts::newText(chart, vf, vc);
        value->setText(ok ? ChartFormat::value(p.value, d->kind) : ChartFormat::tooFewCases());
        qtcharts::plateBehind(value); // legible where the line passes behind
        d->valueLabels << value;
        QFont pf = labelFont;
        pf.setBold(i == d->current);
        auto *period = qtcharts::newText(chart, pf, i == d->current ? chartlook::emphasis() : chartlook::muted());
        period->setText(p.label);
        d->periodLabels << period;
    }
    placeLabels();
}

void TrendChart::placeLabels()
{
    const int n = d->points.size();
    if (!d->anchor || !d->tooFew || d->valueLabels.size() != n)
        return;
    QChart *chart = d->chart();
    const QRectF plot = chart->plotArea();
    if (plot.width() < 1 || plot.height() < 1)
        return;
    // Markers as large as the type, smaller when many periods share a narrow chart.
    const double line = QFontMetricsF(chartlook::labelFont(font())).height();
    const double marker = std::clamp(0.6 * plot.width() / std::max(1, n), 0.45 * line, 0.85 * line);
    d->normalMarkers->setMarkerSize(marker);
    d->tooFew->setMarkerSize(marker);
    d->currentMarkers->setMarkerSize(marker * 1.5);
    // Ranges with room for whole markers at the edges (the plot clips the
    // series), and under the values for the baseline of too few cases.
    const double radius = marker * 0.75 + 3;
    const double ends = std::max(0.5, radius * n / plot.width());
    d->xAxis->setRange(-ends, n - 1 + ends);
    const double span = std::max(d->hi - d->lo, leastSpan(d->kind));
    const double middle = (d->hi + d->lo) / 2;
    const double lo = middle - span / 2, hi = middle + span / 2;
    // Below the lowest value: room for a label under a low point, and for the
    // baseline of too few cases.
    double labelHeight = 0;
    for (const QGraphicsSimpleTextItem *label : qAsConst(d->valueLabels))
        labelHeight = std::max(labelHeight, label->boundingRect().height());
    const double below = radius + labelHeight + 4 + (d->tooFew->count() > 0 ? radius : 0);
    const double unitsPerPixel = span / std::max(1.0, plot.height() - radius - below);
    const double yMin = lo - below * unitsPerPixel, yMax = hi + radius * unitsPerPixel;
    const double step = tickStep(yMax - yMin);
    d->yAxis->setLabelFormat(axisFormat(d->kind, step));
    if (std::abs(d->yAxis->min() - yMin) > 1e-9 || std::abs(d->yAxis->max() - yMax) > 1e-9)
        d->yAxis->setRange(yMin, yMax);
    d->yAxis->setTickInterval(step);
    const double baseline = yMin + (radius + 1) * unitsPerPixel;
    QVector<QPointF> tooFew = d->tooFew->pointsVector();
    for (QPointF &p : tooFew)
        p.setY(baseline);
    d->tooFew->replace(tooFew);
    const double column = plot.width() / std::max(1, n);
    double valueWidth = 0, periodWidth = 0;
    for (int i = 0; i < n; ++i) {
        if (i != d->current) {
            valueWidth = std::max(valueWidth, d->valueLabels.at(i)->boundingRect().width());
            periodWidth = std::max(periodWidth, d->periodLabels.at(i)->boundingRect().width());
        }
    }
    d->valueShown = thinned(n, d->current, valueWidth, column);
    d->periodShown = thinned(n, d->current, periodWidth, column);
    for (int i = 0; i < n; ++i) {
        const bool ok = d->usable(i);
        const QPointF at = chart->mapToPosition(QPointF(i, ok ? d->points.at(i).value : baseline), d->anchor);
        // A value goes above its point, or below it at a dip, where the line
        // leaves upwards on both sides.
        const double lift = (i == d->current ? 0.75 : 0.5) * marker + 2;
        const auto neighbour = [&](int j) { return j >= 0 && j < n && d->usable(j); };
        const auto higher = [&](int j) { return !neighbour(j) || d->points.at(j).value > d->points.at(i).value; };
        const bool dip = ok && higher(i - 1) && higher(i + 1) && (neighbour(i - 1) || neighbour(i + 1));
        if (dip)
            qtcharts::place(d->valueLabels.at(i), QPointF(at.x(), at.y() + lift), Qt::AlignHCenter | Qt::AlignTop);
        else
            qtcharts::place(d->valueLabels.at(i), QPointF(at.x(), at.y() - lift), Qt::AlignHCenter | Qt::AlignBottom);
        qtcharts::place(
            d->periodLabels.at(i), QPointF(at.x(), plot.bottom() + marker * 0.3), Qt::AlignHCenter | Qt::AlignTop);
        // Labels at the ends stay inside the chart rather than run off it.
        for (QGraphicsSimpleTextItem *label : { d->valueLabels.at(i), d->periodLabels.at(i) }) {
            const double w = label->boundingRect().width();
            label->setX(std::clamp(label->x(), 0.0, std::max(0.0, chart->size().width() - w)));
        }
        d->valueLabels.at(i)->setVisible(d->valueShown.at(i) || i == d->current);
        d->periodLabels.at(i)->setVisible(d->periodShown.at(i) || i == d->current);
    }
}

} // namespace griddesk::app
