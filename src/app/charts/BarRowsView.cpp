#include "BarRowsView.h"
#include "ChartLook.h"
#include "QtChartsSupport.h"
#include "TextWrap.h"

#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>

#include <algorithm>

namespace griddesk::app {

namespace {
// Type and the widths that do not depend on the view's size.
struct Metrics {
    QFont label, value;
    double line = 0, pad = 0, gap = 0, rankWidth = 0, valueWidth = 0, nameWidth = 0;
    double nameLeft() const { return pad + rankWidth + (rankWidth > 0 ? gap : 0); }
};

Metrics measure(const QFont &base, const QVector<BarRow> &rows)
{
    Metrics m;
    m.label = chartlook::labelFont(base);
    m.value = chartlook::valueFont(base);
    const QFontMetricsF lm(m.label), vm(m.value);
    m.line = lm.height();
    m.pad = m.gap = m.line * 0.5;
    for (const BarRow &r : rows) {
        m.rankWidth = std::max(m.rankWidth, vm.horizontalAdvance(r.rank));
        m.nameWidth = std::max(m.nameWidth, lm.horizontalAdvance(r.label));
        if (!r.greyed)
            m.valueWidth = std::max(m.valueWidth, vm.horizontalAdvance(r.valueText));
    }
    return m;
}
} // namespace

struct BarRowsView::Private {
    // Items of one row drawn on the chart.
    struct RowItems {
        QGraphicsSimpleTextItem *rank = nullptr;
        QGraphicsSimpleTextItem *name = nullptr;
        QGraphicsSimpleTextItem *value = nullptr;
    };

    QChartView *view = nullptr;
    QHorizontalStackedBarSeries *series = nullptr;
    QBarSet *normal = nullptr;
    QBarSet *current = nullptr;
    QBarCategoryAxis *rowAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    QVector<BarRow> rows;
    QVector<RowItems> items;
    QString currentKey;
    // The layout at the current width. Inline: the name left of its bar. Stacked
    // (a narrow view): the name on its own line above the bar, full width.
    bool stacked = false;
    double nameColumn = 0; // the names' width (they wrap to it)
    double nameHeight = 0; // the tallest name
    double barHeight = 0;
    double minRowHeight = 0;
    double rowHeight = 0;

    QChart *chart() const { return view->chart(); }
    int rowOf(const QString &key) const
    {
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).key == key)
                return i;
        return -1;
    }
    // Where the name block sits above the bar's centre in a stacked row.
    double nameAbove(const Metrics &m) const { return stacked ? barHeight / 2 + m.line * 0.15 : 0; }
    double plotTop(const Metrics &m) const
    {
        if (!stacked)
            return m.pad;
        return m.pad + std::max(0.0, nameHeight + nameAbove(m) - rowHeight / 2);
    }
};

BarRowsView::BarRowsView(QWidget *parent)
    : QScrollArea(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("barRows"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->view = qtcharts::newView(this);
    d->view->setObjectName(QStringLiteral("barRowsChart"));
    d->view->setFocusPolicy(Qt::StrongFocus);
    d->view->viewport()->setCursor(Qt::PointingHandCursor);
    d->series = new QHorizontalStackedBarSeries;
    d->normal = new QBarSet(QString());
    d->current = new QBarSet(QString());
    for (QBarSet *set : { d->normal, d->current }) {
        const QColor c = set == d->normal ? chartlook::series() : chartlook::emphasis();
        set->setColor(c);
        set->setBorderColor(c);
        d->series->append(set);
    }
    d->chart()->addSeries(d->series);
    d->rowAxis = new QBarCategoryAxis;
    d->rowAxis->setVisible(false);
    d->valueAxis = qtcharts::newValueAxis(font(), false);
    d->chart()->addAxis(d->valueAxis, Qt::AlignBottom);
    d->chart()->addAxis(d->rowAxis, Qt::AlignLeft);
    d->series->attachAxis(d->valueAxis);
    d->series->attachAxis(d->rowAxis);
    setWidget(d->view);
    d->view->installEventFilter(this);
    d->view->viewport()->installEventFilter(this);
}

BarRowsView::~BarRowsView() = default;

void BarRowsView::setRows(const QVector<BarRow> &rows)
{
    d->rows = rows;
    for (const Private::RowItems &it : qAsConst(d->items)) {
        delete it.rank;
        delete it.name;
        delete it.value;
    }
    d->items.clear();
    d->normal->remove(0, d->normal->count());
    d->current->remove(0, d->current->count());
    QStringList categories;
    double maxValue = 0;
    const int n = rows.size();
    // Qt Charts stacks categories from the bottom; the first row goes on top.
    for (int c = 0; c < n; ++c) {
        categories << QString::number(c);
        *d->normal << 0.0;
        *d->current << 0.0;
        if (!rows.at(c).greyed)
            maxValue = std::max(maxValue, rows.at(c).value);
    }
    d->rowAxis->setCategories(categories);
    d->valueAxis->setRange(0, maxValue > 0 ? maxValue : 1);
    const Metrics m = measure(font(), rows);
    for (const BarRow &r : rows) {
        const QColor ink = r.greyed ? chartlook::tooFewCases() : chartlook::text();
        Private::RowItems it;
        it.rank = qtcharts::newText(d->chart(), m.value, ink);
        it.rank->setText(r.rank);
        it.rank->setVisible(!r.rank.isEmpty());
        it.name = qtcharts::newText(d->chart(), m.label, ink);
        it.value = qtcharts::newText(
            d->chart(), r.greyed ? m.label : m.value, r.greyed ? chartlook::tooFewCases() : chartlook::ink());
        it.value->setText(r.valueText);
        d->items << it;
    }
    wrapNames();
    setCurrentKey(d->currentKey);
    updateGeometry();
}

const QVector<BarRow> &BarRowsView::rows() const
{
    return d->rows;
}

QStringList BarRowsView::keys() const
{
    QStringList out;
    for (const BarRow &r : d->rows)
        out << r.key;
    return out;
}

void BarRowsView::setCurrentKey(const QString &key)
{
    const int row = d->rowOf(key);
    d->currentKey = row >= 0 ? key : QString();
    const int n = d->rows.size();
    for (int r = 0; r < n; ++r) {
        const BarRow &br = d->rows.at(r);
        const double v = br.greyed ? 0.0 : br.value;
        d->normal->replace(n - 1 - r, r == row ? 0.0 : v);
        d->current->replace(n - 1 - r, r == row ? v : 0.0);
        QFont f = d->items.at(r).name->font();
        f.setBold(r == row);
        d->items.at(r).name->setFont(f);
    }
    if (row >= 0 && d->rowHeight > 0) {
        const Metrics m = measure(font(), d->rows);
        const double y = d->plotTop(m) + (row + 0.5) * d->rowHeight;
        ensureVisible(0, qRound(y), 0, qRound(d->rowHeight));
    }
}

QString BarRowsView::currentKey() const
{
    return d->currentKey;
}

QSize BarRowsView::sizeHint() const
{
    const Metrics m = measure(font(), d->rows);
    const double w = m.nameLeft() + m.nameWidth + m.valueWidth + 12 * m.line;
    const int shown = std::clamp(int(d->rows.size()), 3, 12);
    return QSize(qRound(w), qRound(shown * 2 * m.line + 2 * m.pad));
}

QSize BarRowsView::minimumSizeHint() const
{
    // Narrow views put names above their bars, so the value and a short bar
    // are all a row needs side by side.
    const Metrics m = measure(font(), d->rows);
    const double w = m.nameLeft() + m.valueWidth + 6 * m.line;
    return QSize(qRound(w), qRound(std::min<double>(d->rows.size(), 3) * 2.5 * m.line + 2 * m.pad));
}

void BarRowsView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    wrapNames();
}

void BarRowsView::wrapNames()
{
    // A name left of its bar when the longest fits beside a bar of a third of
    // the width; otherwise every name on its own line above its bar.
    const Metrics m = measure(font(), d->rows);
    const double width = viewport()->width();
    const double minBar = std::max(4 * m.line, 0.3 * width);
    const double room = width - m.nameLeft() - m.gap - m.valueWidth - m.gap - m.pad - minBar;
    d->stacked = m.nameWidth > room;
    d->nameColumn = d->stacked ? std::max(4 * m.line, width - m.nameLeft() - m.pad) : m.nameWidth;
    int lines = 1;
    for (int r = 0; r < d->rows.size(); ++r) {
        const QStringList wrapped = textwrap::lines(d->rows.at(r).label, m.label, d->nameColumn);
        d->items.at(r).name->setText(wrapped.join(QLatin1Char('\n')));
        lines = std::max(lines, int(wrapped.size()));
    }
    d->nameHeight = lines * m.line;
    d->barHeight = m.line * 1.05;
    d->minRowHeight = d->stacked ? d->nameHeight + d->barHeight + m.line * 0.8
                                 : std::max(1.9 * m.line, d->nameHeight + 0.8 * m.line);
    d->rowHeight = d->minRowHeight;
    const int height = qRound(d->plotTop(m) + d->rows.size() * d->minRowHeight + m.pad);
    if (d->view->minimumHeight() != height)
        d->view->setMinimumHeight(height); // resizes the view, which lays the rows out
    layoutRows();
}

void BarRowsView::layoutRows()
{
    const int n = d->rows.size();
    if (n == 0)
        return;
    // Rows are laid out by hand: the plot area starts after the names (or
    // under them) and ends before the widest value, so neither is ever cut.
    const Metrics m = measure(font(), d->rows);
    const double width = d->view->width();
    const double spare = d->view->height() - d->plotTop(m) - m.pad;
    // Inline rows may grow to fill the view a little; stacked rows keep each
    // name close above its own bar.
    d->rowHeight = d->stacked ? d->minRowHeight : std::clamp(spare / n, d->minRowHeight, 1.4 * d->minRowHeight);
    // Grid lines would run through the names of stacked rows.
    d->valueAxis->setGridLineVisible(!d->stacked);
    const double left = d->stacked ? m.nameLeft() : m.nameLeft() + d->nameColumn + m.gap;
    const double right = width - m.pad - m.valueWidth - m.gap;
    const QRectF plot(left, d->plotTop(m), std::max(1.0, right - left), n * d->rowHeight);
    d->chart()->setPlotArea(plot);
    d->series->setBarWidth(std::min(0.62, d->barHeight / d->rowHeight));
    const double maxValue = d->valueAxis->max();
    for (int r = 0; r < n; ++r) {
        const BarRow &br = d->rows.at(r);
        const Private::RowItems &it = d->items.at(r);
        const double bar = plot.top() + (r + 0.5) * d->rowHeight; // the bar's centre
        if (d->stacked) {
            const double bottom = bar - d->nameAbove(m);
            qtcharts::place(it.name, QPointF(m.nameLeft(), bottom), Qt::AlignLeft | Qt::AlignBottom);
            const double nameTop = bottom - it.name->boundingRect().height();
            const double firstLine = QFontMetricsF(it.name->font()).height();
            qtcharts::place(
                it.rank, QPointF(m.pad + m.rankWidth, nameTop + firstLine / 2), Qt::AlignRight | Qt::AlignVCenter);
        } else {
            qtcharts::place(it.name, QPointF(m.nameLeft(), bar), Qt::AlignLeft | Qt::AlignVCenter);
            qtcharts::place(it.rank, QPointF(m.pad + m.rankWidth, bar), Qt::AlignRight | Qt::AlignVCenter);
        }
        const double end = br.greyed ? plot.left() : plot.left() + plot.width() * br.value / maxValue;
        qtcharts::place(it.value, QPointF(end + m.gap * 0.6, bar), Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void BarRowsView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setRows(QVector<BarRow>(d->rows));
}

bool BarRowsView::eventFilter(QObject *watched, QEvent *event)
{
    const int n = d->rows.size();
    if (watched == d->view && event->type() == QEvent::Resize) {
        layoutRows();
        return false;
    }
    if (watched == d->view->viewport() && event->type() == QEvent::MouseButtonRelease && n > 0) {
        const auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() != Qt::LeftButton)
            return false;
        // The row under the pointer, by the chart's own mapping of the bars'
        // categories; a stacked row reaches up over its name.
        QPointF inChart = d->chart()->mapFromScene(d->view->mapToScene(me->pos()));
        inChart.ry() += d->stacked ? (d->nameHeight + d->nameAbove(measure(font(), d->rows))) / 2 : 0;
        const double category = d->chart()->mapToValue(inChart, d->series).y();
        const int row = n - 1 - qRound(category);
        if (row >= 0 && row < n && category > -0.5 && category < n - 0.5) {
            setCurrentKey(d->rows.at(row).key);
            Q_EMIT rowClicked(d->rows.at(row).key);
        }
        return false;
    }
    if (watched == d->view && event->type() == QEvent::KeyPress && n > 0) {
        const auto *ke = static_cast<QKeyEvent *>(event);
        const int row = d->rowOf(d->currentKey);
        if (ke->key() == Qt::Key_Down || ke->key() == Qt::Key_Up) {
            const int next = row < 0 ? 0 : std::clamp(row + (ke->key() == Qt::Key_Down ? 1 : -1), 0, n - 1);
            setCurrentKey(d->rows.at(next).key);
            return true;
        }
        if ((ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter || ke->key() == Qt::Key_Space) && row >= 0) {
            Q_EMIT rowClicked(d->currentKey);
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace griddesk::app
