// The chart widgets, real and offscreen, in Chinese with the console's look:
// real clicks at the on-screen place of a bar, a trend point and a card (found
// through Qt Charts' own mapping) carry the right key or index; units with too
// few cases are not ranked; a card's arrows and colours follow whether higher
// is better; names and values are never cut. With GRIDDESK_CHART_SHOTS set to
// a folder, the widgets are also saved there as pictures to look at.
#include "AppResources.h"
#include "BreakdownChart.h"
#include "ChartFormat.h"
#include "ChartLook.h"
#include "Compat.h"
#include "ConsoleLook.h"
#include "KpiCardWidget.h"
#include "Language.h"
#include "RankingBarChart.h"
#include "TrendChart.h"

#include <QApplication>
#include <QDate>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QChartView>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

GRIDDESK_USE_QTCHARTS

using namespace griddesk::app;

namespace {
QVector<ChartValue> communities(int n, int tooFew)
{
    static const QStringList names { QStringLiteral("城关社区"), QStringLiteral("三里河村"),
        QStringLiteral("经济技术开发区管理委员会社会事务服务中心"), QStringLiteral("东港区石臼街道海滨第二社区"),
        QStringLiteral("河山镇"), QStringLiteral("南湖新村") };
    QVector<ChartValue> out;
    for (int i = 0; i < n; ++i) {
        ChartValue v;
        v.key = QStringLiteral("3711020010%1").arg(i, 2, 10, QLatin1Char('0'));
        v.label = names.at(i % names.size()) + (i >= names.size() ? QString::number(i) : QString());
        v.value = 60 + (i * 37) % 40 + (i % 3) * 0.3;
        v.valid = i >= tooFew;
        v.note = QStringLiteral("%1 件").arg(v.valid ? 20 + i : 2);
        out << v;
    }
    return out;
}

QVector<ChartValue> months(int n)
{
    QVector<ChartValue> out;
    for (int i = 0; i < n; ++i) {
        const QDate m = QDate(2025, 11, 1).addMonths(i);
        out << ChartValue { m.toString(QStringLiteral("yyyy-MM")), m.toString(QStringLiteral("yyyy-MM")),
            80 + 8 * std::sin(i * 0.7) + i * 0.5, i != 3, QString() };
    }
    return out;
}

KpiCardData closureCard()
{
    KpiCardData c;
    c.key = QStringLiteral("closure_rate");
    c.name = QStringLiteral("结案率");
    c.value = 87.5;
    c.sample = QStringLiteral("应结 120 件");
    c.previousPeriod = { true, 85.2 };
    c.samePeriodLastYear = { true, 90.0 };
    c.formula = QStringLiteral("结案率 = 期内已结案件 ÷ 期内应结案件");
    return c;
}

QChartView *chartViewOf(QWidget *w)
{
    return w->findChild<QChartView *>();
}

// A left click on the chart view's viewport at a point of the chart, after
// scrolling it into sight as a user would.
void clickChartAt(QChartView *view, const QPointF &inChart)
{
    const QPoint at = view->mapFromScene(view->chart()->mapToScene(inChart));
    if (auto *scroll
        = qobject_cast<QScrollArea *>(view->parentWidget() ? view->parentWidget()->parentWidget() : nullptr)) {
        scroll->ensureVisible(at.x(), at.y(), 4, 4);
        const QPoint inScroll = view->mapTo(scroll->viewport(), at);
        QVERIFY2(scroll->viewport()->rect().contains(inScroll), "the point is scrolled into sight");
    }
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

QList<QGraphicsSimpleTextItem *> texts(QChartView *view)
{
    QList<QGraphicsSimpleTextItem *> out;
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item); t && t->isVisible())
            out << t;
    return out;
}

// How many pixels of the picture are close to `colour`.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 40)
                ++n;
        }
    return n;
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        language::install(QStringLiteral("zh_CN"));
        look::apply(*qApp);
        QCOMPARE(ChartFormat::tooFewCases(), QStringLiteral("样本不足"));
    }

    void cardShowsValueAndChangesByBetterOrWorse()
    {
        KpiCardWidget card;
        card.setData(closureCard());
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QCOMPARE(card.findChild<QLabel *>(QStringLiteral("kpiValue"))->text(), QStringLiteral("87.5"));
        QCOMPARE(card.findChild<QLabel *>(QStringLiteral("kpiUnit"))->text(), QStringLiteral("%"));
        QCOMPARE(card.findChild<QLabel *>(QStringLiteral("kpiSample"))->text(), QStringLiteral("应结 120 件"));
        auto *previous = card.findChild<QLabel *>(QStringLiteral("kpiChangePrevious"));
        auto *lastYear = card.findChild<QLabel *>(QStringLiteral("kpiChangeLastYear"));
        QCOMPARE(previous->text(), QStringLiteral("环比 ▲ 2.3个百分点"));
        QCOMPARE(lastYear->text(), QStringLiteral("同比 ▼ 2.5个百分点"));
        QCOMPARE(card.previousPeriodTone(), KpiCardWidget::Tone::Good);
        QCOMPARE(card.lastYearTone(), KpiCardWidget::Tone::Bad);
        // The colours on screen, not only the flags.
        QVERIFY(pixelsNear(previous->grab().toImage(), chartlook::good()) > 20);
        QCOMPARE(pixelsNear(previous->grab().toImage(), chartlook::bad()), 0);
        QVERIFY(pixelsNear(lastYear->grab().toImage(), chartlook::bad()) > 20);
        QCOMPARE(pixelsNear(lastYear->grab().toImage(), chartlook::good()), 0);
        QVERIFY(card.toolTip().contains(QStringLiteral("期内已结案件")));

        // Lower is better (incidents per 1,000 residents): the same rise is bad.
        KpiCardData rate = closureCard();
        rate.kind = ChartValueKind::PerMille;
        rate.value = 2.41;
        rate.previousPeriod = { true, 2.05 };
        rate.samePeriodLastYear = { true, 2.90 };
        rate.higherIsBetter = false;
        card.setData(rate);
        QCOMPARE(previous->text(), QStringLiteral("环比 ▲ 0.36‰"));
        QCOMPARE(lastYear->text(), QStringLiteral("同比 ▼ 0.49‰"));
        QCOMPARE(card.previousPeriodTone(), KpiCardWidget::Tone::Bad);
        QCOMPARE(card.lastYearTone(), KpiCardWidget::Tone::Good);
        QVERIFY(pixelsNear(previous->grab().toImage(), chartlook::bad()) > 20);
        QVERIFY(pixelsNear(lastYear->grab().toImage(), chartlook::good()) > 20);

        // A change that rounds to nothing is no change, and has no arrow.
        rate.previousPeriod = { true, 2.412 };
        card.setData(rate);
        QCOMPARE(previous->text(), QStringLiteral("环比 持平"));
        QCOMPARE(card.previousPeriodTone(), KpiCardWidget::Tone::Neutral);
    }

    void cardWithoutComparisonOrWithTooFewCases()
    {
        KpiCardWidget card;
        KpiCardData c = closureCard();
        c.samePeriodLastYear = {};
        card.setData(c);
        auto *lastYear = card.findChild<QLabel *>(QStringLiteral("kpiChangeLastYear"));
        QCOMPARE(lastYear->text(), QStringLiteral("同比 无可比"));
        QCOMPARE(card.lastYearTone(), KpiCardWidget::Tone::Neutral);
        QCOMPARE(pixelsNear(lastYear->grab().toImage(), chartlook::good()), 0);
        QCOMPARE(pixelsNear(lastYear->grab().toImage(), chartlook::bad()), 0);

        c.valid = false;
        card.setData(c);
        auto *value = card.findChild<QLabel *>(QStringLiteral("kpiValue"));
        QCOMPARE(value->text(), QStringLiteral("样本不足"));
        QVERIFY(!card.findChild<QLabel *>(QStringLiteral("kpiUnit"))->isVisibleTo(&card));
        QCOMPARE(card.previousPeriodTone(), KpiCardWidget::Tone::Neutral);
        QCOMPARE(card.findChild<QLabel *>(QStringLiteral("kpiChangePrevious"))->text(), QStringLiteral("环比 无可比"));
        for (QLabel *l : card.findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(QStringLiteral("87")), qPrintable(l->text()));
    }

    void cardIsClickedByMouseAndKeyboard()
    {
        KpiCardWidget card;
        card.setData(closureCard());
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QSignalSpy clicked(&card, &KpiCardWidget::clicked);
        QTest::mouseClick(&card, Qt::LeftButton, Qt::NoModifier, card.rect().center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("closure_rate"));
        QCOMPARE(card.focusPolicy(), Qt::StrongFocus);
        card.setFocus();
        QTest::keyClick(&card, Qt::Key_Return);
        QTest::keyClick(&card, Qt::Key_Space);
        QCOMPARE(clicked.count(), 3);
    }

    void rankingPutsTooFewCasesLastWithoutRank()
    {
        RankingBarChart chart;
        QVector<ChartValue> units { { QStringLiteral("a"), QStringLiteral("甲"), 90, true, {} },
            { QStringLiteral("b"), QStringLiteral("乙"), 100, false, {} }, // 1 case, 100 %
            { QStringLiteral("c"), QStringLiteral("丙"), 70, true, {} },
            { QStringLiteral("d"), QStringLiteral("丁"), 90, true, {} },
            { QStringLiteral("e"), QStringLiteral("戊"), 95, true, {} } };
        chart.setUnits(units, ChartValueKind::Percent, true);
        QCOMPARE(chart.keys(), (QStringList { "e", "d", "a", "c", "b" })); // 丁 before 甲 by collation
        QCOMPARE(chart.rankOf(QStringLiteral("e")), 1);
        QCOMPARE(chart.rankOf(QStringLiteral("a")), 2);
        QCOMPARE(chart.rankOf(QStringLiteral("d")), 2);
        QCOMPARE(chart.rankOf(QStringLiteral("c")), 4);
        QCOMPARE(chart.rankOf(QStringLiteral("b")), 0);
        // Lower is better: the order turns round; the unit with too few cases stays last.
        chart.setUnits(units, ChartValueKind::PerMille, false);
        QCOMPARE(chart.keys().first(), QStringLiteral("c"));
        QCOMPARE(chart.keys().last(), QStringLiteral("b"));
        QCOMPARE(chart.rankOf(QStringLiteral("b")), 0);
        chart.setUnits({}, ChartValueKind::Percent, true);
        QVERIFY(!chart.hasData());
    }

    // A city's grids: the best and the worst fifty, a row for those between,
    // and one row for the units with too few cases.
    void rankingOfManyUnitsShowsTheBestAndTheWorst()
    {
        RankingBarChart chart;
        QVector<ChartValue> units;
        for (int i = 0; i < 250; ++i) // unit u0 is the best, u249 the worst
            units.push_back({QStringLiteral("u%1").arg(i), QStringLiteral("网格%1").arg(i, 3, 10, QLatin1Char('0')),
                             100.0 - i * 0.1, true, {}});
        for (int i = 0; i < 20; ++i)
            units.push_back({QStringLiteral("few%1").arg(i), QStringLiteral("少%1").arg(i), 100, false, {}});
        chart.setUnits(units, ChartValueKind::Percent, true);
        const QStringList keys = chart.keys();
        const int half = RankingBarChart::kMaxRows / 2;
        QCOMPARE(keys.size(), 2 * half + 2);
        QCOMPARE(keys.first(), QStringLiteral("u0"));
        QCOMPARE(keys.at(half - 1), QStringLiteral("u%1").arg(half - 1));
        QVERIFY(keys.at(half).isEmpty()); // the row that stands for those between
        QCOMPARE(keys.at(half + 1), QStringLiteral("u%1").arg(250 - half));
        QCOMPARE(keys.at(keys.size() - 2), QStringLiteral("u249"));
        QVERIFY(keys.last().isEmpty()); // the units with too few cases, in one row
        QCOMPARE(chart.rankOf(QStringLiteral("u0")), 1);
        QCOMPARE(chart.rankOf(QStringLiteral("u249")), 250); // ranks keep their numbers
        QCOMPARE(chart.rankOf(QStringLiteral("u120")), 0); // not shown
        QCOMPARE(chart.rankOf(QStringLiteral("few3")), 0);
        // A hundred units or fewer: every one, as before.
        units.resize(90);
        chart.setUnits(units, ChartValueKind::Percent, true);
        QCOMPARE(chart.keys().size(), 90);
        QCOMPARE(chart.rankOf(QStringLiteral("u89")), 90);
    }

    void rankingBarClickCarriesItsUnit()
    {
        RankingBarChart chart;
        chart.resize(480, 640);
        const QVector<ChartValue> units = communities(40, 3);
        chart.setUnits(units, ChartValueKind::Percent, true);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QChartView *view = chartViewOf(&chart);
        QVERIFY(view);
        QVERIFY2(view->height() > chart.height(), "40 units scroll rather than squeeze");
        auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
        QVERIFY(bars);
        QSignalSpy clicked(&chart, &RankingBarChart::barClicked);
        const QStringList keys = chart.keys();
        const int n = keys.size();
        for (const int row : { 0, 17, 36, 37, 39 }) { // the best, a middle one, the worst ranked, too few cases
            const QString key = keys.at(row);
            double value = 0;
            for (const ChartValue &u : units)
                if (u.key == key)
                    value = u.valid ? u.value : 0;
            // Half way along the bar (or at the start of a row without one).
            const QPointF p = view->chart()->mapToPosition(QPointF(value / 2, n - 1 - row), bars);
            clickChartAt(view, p + QPointF(value > 0 ? 0 : 8, 0));
            QVERIFY2(!clicked.isEmpty(), qPrintable(key));
            QCOMPARE(clicked.takeLast().at(0).toString(), key);
        }
        // Units with too few cases never get a rank.
        for (const ChartValue &u : units)
            QCOMPARE(chart.rankOf(u.key) == 0, !u.valid);
    }

    void rankingNamesAndValuesAreWhole()
    {
        // A wall screen's panel and a dock at 1366×768: names beside or above their bars.
        for (const int width : { 900, 380 }) {
            RankingBarChart chart;
            chart.resize(width, 500);
            const QVector<ChartValue> units = communities(12, 2);
            chart.setUnits(units, ChartValueKind::Percent, true);
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            QChartView *view = chartViewOf(&chart);
            auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
            const QRectF sceneArea(QPointF(0, 0), view->viewport()->size());
            const QList<QGraphicsSimpleTextItem *> items = texts(view);
            // Every name whole (wrapped at most), inside the chart.
            for (const ChartValue &u : units) {
                bool found = false;
                for (QGraphicsSimpleTextItem *t : items)
                    found = found || QString(t->text()).remove(QLatin1Char('\n')) == u.label;
                QVERIFY2(found, qPrintable(u.label + QStringLiteral(" is shown whole")));
            }
            // No text runs off the chart, over another text or over a bar.
            QVector<QRectF> barRects;
            const QStringList keys = chart.keys();
            for (int row = 0; row < keys.size(); ++row) {
                const double c = keys.size() - 1 - row, half = bars->barWidth() / 2;
                double value = 0;
                for (const ChartValue &u : units)
                    if (u.key == keys.at(row) && u.valid)
                        value = u.value;
                barRects << QRectF(view->chart()->mapToPosition(QPointF(0, c + half), bars),
                    view->chart()->mapToPosition(QPointF(value, c - half), bars))
                                .normalized();
            }
            for (int i = 0; i < items.size(); ++i) {
                const QRectF r = items.at(i)->sceneBoundingRect();
                QVERIFY2(sceneArea.contains(r), qPrintable(items.at(i)->text()));
                for (int j = i + 1; j < items.size(); ++j)
                    QVERIFY2(!r.intersects(items.at(j)->sceneBoundingRect()),
                        qPrintable(items.at(i)->text() + QStringLiteral(" / ") + items.at(j)->text()));
                for (const QRectF &b : qAsConst(barRects))
                    QVERIFY2(!r.intersects(b), qPrintable(items.at(i)->text()));
            }
        }
    }

    void trendPointClickCarriesItsIndex()
    {
        TrendChart chart;
        chart.resize(900, 420);
        const QVector<ChartValue> points = months(13);
        chart.setPoints(points, ChartValueKind::Percent, 12);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QChartView *view = chartViewOf(&chart);
        QScatterSeries *markers = nullptr;
        for (QAbstractSeries *s : view->chart()->series())
            if (auto *sc = qobject_cast<QScatterSeries *>(s); sc && !markers)
                markers = sc;
        QVERIFY(markers);
        QSignalSpy clicked(&chart, &TrendChart::pointClicked);
        for (const int i : { 0, 5, 12 }) {
            clickChartAt(view, view->chart()->mapToPosition(QPointF(i, points.at(i).value), markers));
            QCOMPARE(clicked.count(), 1);
            QCOMPARE(clicked.takeFirst().at(0).toInt(), i);
        }
        // The period with too few cases sits on the baseline and still opens its cases.
        QPointF baseline(-1, 0);
        for (QAbstractSeries *s : view->chart()->series())
            if (auto *sc = qobject_cast<QScatterSeries *>(s))
                for (const QPointF &p : sc->pointsVector())
                    if (p.x() == 3)
                        baseline = p;
        QCOMPARE(baseline.x(), 3.0);
        clickChartAt(view, view->chart()->mapToPosition(baseline, markers));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.takeFirst().at(0).toInt(), 3);
        // Between two points nothing is clicked.
        const QPointF a = view->chart()->mapToPosition(QPointF(7, points.at(7).value), markers);
        clickChartAt(view, a + QPointF(0, 60));
        QCOMPARE(clicked.count(), 0);
    }

    void trendLabelsNeverOverlap()
    {
        for (const int width : { 360, 1400 }) {
            TrendChart chart;
            chart.resize(width, 380);
            chart.setPoints(months(13), ChartValueKind::Percent, 12);
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            QVERIFY(chart.isPeriodLabelShown(12) && chart.isValueLabelShown(12));
            if (width == 1400)
                for (int i = 0; i < 13; ++i)
                    QVERIFY(chart.isPeriodLabelShown(i) && chart.isValueLabelShown(i));
            QChartView *view = chartViewOf(&chart);
            const QList<QGraphicsSimpleTextItem *> items = texts(view);
            const QRectF sceneArea(QPointF(0, 0), view->viewport()->size());
            for (int i = 0; i < items.size(); ++i) {
                QVERIFY2(sceneArea.contains(items.at(i)->sceneBoundingRect()), qPrintable(items.at(i)->text()));
                for (int j = i + 1; j < items.size(); ++j)
                    QVERIFY2(!items.at(i)->sceneBoundingRect().intersects(items.at(j)->sceneBoundingRect()),
                        qPrintable(items.at(i)->text() + QStringLiteral(" / ") + items.at(j)->text()));
            }
        }
    }

    void breakdownBarClickCarriesItsCategory()
    {
        BreakdownChart chart;
        chart.resize(520, 360);
        chart.setItems({ { QStringLiteral("dispute"), QStringLiteral("矛盾纠纷"), 37, true, {} },
            { QStringLiteral("env"), QStringLiteral("环境卫生"), 52, true, {} },
            { QStringLiteral("safety"), QStringLiteral("安全隐患"), 11, true, {} },
            { QStringLiteral("none"), QStringLiteral("其他"), 0, true, {} } });
        QCOMPARE(chart.keys(), (QStringList { "env", "dispute", "safety" }));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QChartView *view = chartViewOf(&chart);
        auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
        QSignalSpy clicked(&chart, &BreakdownChart::itemClicked);
        clickChartAt(view, view->chart()->mapToPosition(QPointF(30, 1), bars)); // the middle row, "dispute"
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("dispute"));
        QVERIFY(texts(view).size() >= 6);
    }

    void everyWidgetIsNamed()
    {
        QWidget host;
        new KpiCardWidget(&host);
        new TrendChart(&host);
        new RankingBarChart(&host);
        new BreakdownChart(&host);
        QStringList unnamed;
        for (QWidget *w : host.findChildren<QWidget *>())
            if (w->objectName().isEmpty() && !qobject_cast<QScrollBar *>(w))
                unnamed << QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" in ")
                        + w->parentWidget()->objectName();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void trendWithTooFewCasesEverywhereStillShowsThePeriods()
    {
        TrendChart chart;
        chart.resize(600, 360);
        QVector<ChartValue> points = months(4);
        for (ChartValue &p : points)
            p.valid = false;
        chart.setPoints(points, ChartValueKind::Percent, 3);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.hasData());
        QStringList shown;
        for (QGraphicsSimpleTextItem *t : texts(chartViewOf(&chart)))
            shown << t->text();
        QVERIFY2(shown.contains(QStringLiteral("2026-02")) && shown.count(QStringLiteral("样本不足")) >= 1,
            qPrintable(shown.join(QStringLiteral(", "))));
        chart.setPoints({}, ChartValueKind::Percent);
        QVERIFY(!chart.hasData());
    }

    // Not a check: pictures of every widget to look at, at the given size.
    void pictures()
    {
        const QString dir = qEnvironmentVariable("GRIDDESK_CHART_SHOTS");
        if (dir.isEmpty())
            QSKIP("set GRIDDESK_CHART_SHOTS to a folder to save pictures");
        QWidget board;
        board.setObjectName(QStringLiteral("chartBoard"));
        board.setStyleSheet(QStringLiteral("QWidget#chartBoard { background: #eef2f6; }"));
        auto *grid = new QGridLayout(&board);
        const QStringList names { QStringLiteral("事件发生率"), QStringLiteral("结案率"), QStringLiteral("按期结案率"),
            QStringLiteral("群众满意率") };
        for (int i = 0; i < 4; ++i) {
            auto *card = new KpiCardWidget(&board);
            KpiCardData c = closureCard();
            c.name = names.at(i);
            if (i == 0) {
                c.kind = ChartValueKind::PerMille;
                c.value = 2.41;
                c.previousPeriod = { true, 2.05 };
                c.samePeriodLastYear = { true, 2.90 };
                c.higherIsBetter = false;
                c.sample = QStringLiteral("事件 312 件 · 人口 12.9 万");
            }
            if (i == 2)
                c.samePeriodLastYear = {};
            if (i == 3) {
                c.valid = false;
                c.sample = QStringLiteral("评价 3 件");
            }
            card->setData(c);
            grid->addWidget(card, 0, i);
        }
        auto *trend = new TrendChart(&board);
        trend->setTitle(QStringLiteral("结案率 · 近 13 个月"));
        trend->setPoints(months(13), ChartValueKind::Percent, 12);
        grid->addWidget(trend, 1, 0, 1, 2);
        auto *breakdown = new BreakdownChart(&board);
        breakdown->setTitle(QStringLiteral("按类别"));
        breakdown->setItems({ { QStringLiteral("dispute"), QStringLiteral("矛盾纠纷"), 37, true, {} },
            { QStringLiteral("env"), QStringLiteral("环境卫生"), 52, true, {} },
            { QStringLiteral("safety"), QStringLiteral("安全隐患"), 11, true, {} },
            { QStringLiteral("city"), QStringLiteral("市容秩序"), 23, true, {} },
            { QStringLiteral("help"), QStringLiteral("民生服务诉求"), 8, true, {} } });
        grid->addWidget(breakdown, 1, 2, 1, 2);
        auto *ranking = new RankingBarChart(&board);
        ranking->setTitle(QStringLiteral("结案率排名 · 社区"));
        ranking->setUnits(communities(24, 3), ChartValueKind::Percent, true);
        ranking->setCurrentKey(QStringLiteral("371102001007"));
        grid->addWidget(ranking, 0, 4, 2, 1);
        grid->setColumnStretch(4, 2);
        for (int c = 0; c < 4; ++c)
            grid->setColumnStretch(c, 1);
        grid->setRowStretch(1, 1);
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
        for (const QSize &s : { QSize(1920, 1040), QSize(1366, 728) }) {
            board.resize(s);
            board.show();
            QVERIFY(QTest::qWaitForWindowExposed(&board));
            QTest::qWait(50);
            const QString file
                = QStringLiteral("%1/charts-%2x%3-scale%4.png").arg(dir).arg(s.width()).arg(s.height()).arg(scale);
            QVERIFY(board.grab().save(file));
        }
        // A narrow dock at 1366×768.
        QWidget dock;
        auto *column = new QVBoxLayout(&dock);
        auto *card = new KpiCardWidget(&dock);
        card->setData(closureCard());
        column->addWidget(card);
        auto *narrowRanking = new RankingBarChart(&dock);
        narrowRanking->setTitle(QStringLiteral("结案率排名 · 网格"));
        narrowRanking->setUnits(communities(60, 6), ChartValueKind::Percent, true);
        column->addWidget(narrowRanking, 2);
        auto *narrowTrend = new TrendChart(&dock);
        narrowTrend->setPoints(months(13), ChartValueKind::Percent, 12);
        column->addWidget(narrowTrend, 1);
        dock.resize(400, 700);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(dock.grab().save(QStringLiteral("%1/charts-dock-400x700-scale%2.png").arg(dir, scale)));
    }
};

int main(int argc, char *argv[])
{
    griddesk::compat::enableHighDpiScaling();
    QApplication app(argc, argv);
    TestCharts tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "test_charts.moc"
