// The assessment dashboard in the real console, offscreen, on the demo
// township: the figures equal the engine's and a second route through the
// store; for every KPI and every unit the drill-down lists exactly the cases
// (or grid-weeks, or worker-weeks) behind the numerator and the denominator;
// a real click on a card, on a ranking bar and on a grid of the KPI map opens
// those cases; the work-log KPIs show the figures the staff register and the
// work log give by a second route, with their counts per week.
#include "AppSettings.h"
#include "AssessmentDock.h"
#include "AssessmentModule.h"
#include "ConsoleSession.h"
#include "KpiCardWidget.h"
#include "KpiCasesDock.h"
#include "Language.h"
#include "MainWindow.h"
#include "QgisTestMain.h"
#include "RankingBarChart.h"
#include "StaffMember.h"
#include "Store.h"
#include "StoreOpener.h"
#include "TestDemo.h"

#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QChartView>

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include "KpiChoroplethTheme.h"
#include "UnitPickTool.h"

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

using namespace griddesk;
using namespace griddesk::app;

namespace {

QSet<qint64> asSet(const QVector<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // The dashboard reads when it is first seen; a window not on screen asks for it.
    static bool waitLoaded(AssessmentModule *m)
    {
        QTest::qWait(50);
        if (!m->isLoading() && m->data().units.isEmpty())
            m->reload();
        return waitRead(m);
    }
    static bool waitRead(AssessmentModule *m)
    {
        return QTest::qWaitFor([m] { return !m->isLoading() && !m->data().units.isEmpty(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
        m_path = test::createDemo(m_dir);
    }

    void drillDownEqualsEveryFigure()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        auto *m = w.findChild<AssessmentModule *>();
        QVERIFY(m);
        QVERIFY(waitLoaded(m));
        // Last month: a whole period with closures, evaluations and reworks in the demo's history.
        const QDate today = KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
        const KpiPeriod period = KpiPeriod::containing(KpiPeriod::Kind::Month, today).previous();
        m->dock()->setPeriod(period);
        m->reload();
        QVERIFY(waitLoaded(m));
        const AssessmentData &d = m->data();
        QVERIFY(d.period == period);
        QVERIFY2(d.current.figure(d.units.first().code, Kpi::ClosureRate).denominator > 0, "no cases due last month");

        int checked = 0;
        for (const KpiUnit &u : d.units) {
            for (Kpi k : kpi::all()) {
                const KpiFigure f = d.current.figure(u.code, k);
                const QString where = u.code + QLatin1Char(' ') + kpi::code(k);
                m->drillDown(k, u.code, period);
                KpiCasesDock *cases = m->casesDock();
                cases->showPart(KpiCasesDock::Part::Numerator);
                if (kpi::basis(k) == KpiBasis::WorkerWeeks) {
                    cases->showPart(KpiCasesDock::Part::Denominator);
                    QVERIFY2(cases->tableView()->model()->rowCount() == f.denominator, qPrintable(where));
                    continue;
                }
                if (k == Kpi::ScreeningCoverage) {
                    QVERIFY2(cases->shownGridWeeks().size() == f.numerator, qPrintable(where));
                    cases->showPart(KpiCasesDock::Part::Denominator);
                    QVERIFY2(cases->shownGridWeeks().size() == f.denominator, qPrintable(where));
                    continue;
                }
                QVERIFY2(cases->shownIds().size() == f.numerator,
                         qPrintable(where + QStringLiteral(" %1 listed, %2 counted").arg(cases->shownIds().size()).arg(f.numerator)));
                QCOMPARE(cases->tableView()->model()->rowCount(), int(f.numerator));
                if (kpi::isRatio(k) && k != Kpi::IncidenceRate) {
                    const QSet<qint64> num = asSet(cases->shownIds());
                    cases->showPart(KpiCasesDock::Part::Denominator);
                    QVERIFY2(cases->shownIds().size() == f.denominator, qPrintable(where));
                    QVERIFY2(asSet(cases->shownIds()).contains(num), qPrintable(where));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 100);

        // A second route: the on-time closure rate of the township, straight from the store's incidents.
        const QString township = session->store().adminUnits(int(AdminLevel::Township)).first().code;
        qint64 due = 0, onTime = 0;
        for (const Incident &i : session->store().incidents()) {
            if (i.state == IncidentState::Rejected || i.state == IncidentState::Merged || !period.contains(i.deadlineAt))
                continue;
            if (i.deadlineAt > d.asOf && !(i.closedAt.isValid() && i.closedAt <= d.asOf))
                continue;
            ++due;
            onTime += i.closedAt.isValid() && i.closedAt <= i.deadlineAt;
        }
        QCOMPARE(d.current.figure(township, Kpi::OnTimeClosureRate).denominator, due);
        QCOMPARE(d.current.figure(township, Kpi::OnTimeClosureRate).numerator, onTime);
    }

    void workLogKpisShowTheirValues()
    {
        // Last week, expecting 4 entries: a second route through the staff
        // register and the registers' own weekly counts of the work log.
        const QDate today = KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
        const KpiPeriod week = KpiPeriod::containing(KpiPeriod::Kind::Week, today).previous();
        QString township;
        qint64 workerWeeks = 0, met = 0, entries = 0;
        {
            auto store = StoreOpener(StoreLocation::file(m_path)).open();
            store->setSetting(QStringLiteral("assessment_work_log_per_week"), QStringLiteral("4"));
            township = store->adminUnits(int(AdminLevel::Township)).first().code;
            QHash<QString, int> logged; // grid|worker → assessed entries
            for (const WorkLogCount &c : store->workLogCounts(week.first(), week.last()))
                if (c.activity == QLatin1String("visit") || c.activity == QLatin1String("service")
                    || c.activity == QLatin1String("legal_education"))
                    logged[c.gridCode + QLatin1Char('|') + c.worker] += c.entries;
            QSet<QString> seen;
            for (const StaffMember &s : store->staffMembers(true)) {
                const QString key = s.gridCode + QLatin1Char('|') + s.name;
                if (seen.contains(key) || s.startedOn > week.last() || (!s.active && !s.endedOn.isValid())
                    || (s.endedOn.isValid() && s.endedOn < week.first()))
                    continue;
                seen.insert(key);
                ++workerWeeks;
                met += logged.value(key) >= 4;
                entries += logged.value(key);
            }
        }
        QVERIFY2(workerWeeks > 10 && met > 0 && met < workerWeeks, "the demo's log should meet the standard only sometimes");

        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *m = w.findChild<AssessmentModule *>();
        QVERIFY(waitLoaded(m));
        m->dock()->setPeriod(week);
        m->reload();
        QVERIFY(waitLoaded(m));
        m->dock()->setAreaCode(township);
        QCOMPARE(m->data().settings.workLogPerWeek, 4);
        const KpiFigure compliance = m->data().current.figure(township, Kpi::WorkLogCompliance);
        QCOMPARE(compliance.numerator, met);
        QCOMPARE(compliance.denominator, workerWeeks);
        QCOMPARE(m->data().current.figure(township, Kpi::WorkLogEntries).numerator, entries);

        // The cards, as a leader reads them.
        m->dock()->show();
        m->dock()->raise();
        m->dock()->tabs()->setCurrentIndex(0);
        KpiCardWidget *card = m->dock()->card(Kpi::WorkLogCompliance);
        QTRY_VERIFY(card->isVisible());
        const double percent = 100.0 * double(met) / double(workerWeeks);
        QVERIFY(card->data().valid);
        QCOMPARE(card->data().value, percent);
        auto shows = [](KpiCardWidget *c, const QString &text) {
            for (const QLabel *l : c->findChildren<QLabel *>())
                if (l->isVisible() && l->text() == text)
                    return true;
            return false;
        };
        QVERIFY2(shows(card, QLocale().toString(percent, 'f', 1)), qPrintable(QLocale().toString(percent, 'f', 1)));
        QVERIFY2(shows(card, QStringLiteral("%1 of %2 worker-weeks with 4 or more entries").arg(met).arg(workerWeeks)),
                 qPrintable(card->data().sample));
        KpiCardWidget *average = m->dock()->card(Kpi::WorkLogEntries);
        const QString perWorker = QLocale().toString(double(entries) / double(workerWeeks), 'f', 1);
        QVERIFY2(shows(average, perWorker), qPrintable(perWorker));

        // Ranked by grid, and drilled down to the week's counts.
        m->dock()->setRankLevel(QStringLiteral("grid"));
        m->dock()->setChosenKpi(Kpi::WorkLogCompliance);
        QVERIFY(m->dock()->rankingChart()->keys().size() >= 10);
        QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
        KpiCasesDock *cases = m->casesDock();
        QVERIFY(cases->heading().contains(kpi::name(Kpi::WorkLogCompliance)));
        cases->showPart(KpiCasesDock::Part::Numerator);
        QCOMPARE(cases->tableView()->model()->rowCount(), int(met));
        cases->showPart(KpiCasesDock::Part::Denominator);
        QCOMPARE(cases->tableView()->model()->rowCount(), int(workerWeeks));
        cases->showPart(KpiCasesDock::Part::ByWeek);
        QAbstractItemModel *byWeek = cases->tableView()->model();
        QCOMPARE(byWeek->rowCount(), 1);
        QCOMPARE(byWeek->index(0, 0).data().toString(), week.key());
        QCOMPARE(byWeek->index(0, 1).data(Qt::UserRole).toLongLong(), workerWeeks);
        QCOMPARE(byWeek->index(0, 2).data(Qt::UserRole).toLongLong(), met);
        QCOMPARE(byWeek->index(0, 6).data(Qt::UserRole).toLongLong(), entries);
        QCOMPARE(byWeek->index(0, 7).data().toString(), perWorker);
        {
            auto store = StoreOpener(StoreLocation::file(m_path)).open();
            store->setSetting(QStringLiteral("assessment_work_log_per_week"), QStringLiteral("3"));
        }
        settings::setAssessmentView({}); // the next tests open on the default view, as before
    }

    void aLeaderOpensOnTheDashboardForTheirArea()
    {
        QString community;
        {
            auto store = StoreOpener(StoreLocation::file(m_path)).open();
            community = store->adminUnits(int(AdminLevel::Community)).first().code;
        }
        UserAccount leader;
        leader.username = QStringLiteral("leader");
        leader.displayName = QStringLiteral("社区书记");
        leader.role = Role::Leader;
        leader.scopeCode = community;
        QString error;
        auto session = ConsoleSession::open(StoreOpener(StoreLocation::file(m_path), leader), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *m = w.findChild<AssessmentModule *>();
        QVERIFY(waitRead(m)); // read by itself: the dashboard is what a leader opens on
        QTRY_VERIFY(!m->dock()->visibleRegion().isEmpty()); // in front of its tab group
        QCOMPARE(m->dock()->areaCode(), community);
        // Only the leader's community and its grids, and only their cases.
        for (const KpiUnit &u : m->data().units) {
            if (u.department)
                continue;
            QVERIFY2(u.code == community || u.parentCode == community, qPrintable(u.code));
        }
        QVERIFY(!m->data().cases.isEmpty());
        for (const KpiCase &c : m->data().cases)
            QCOMPARE(c.communityCode, community);
    }

    void readsWhenFirstSeen()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *m = w.findChild<AssessmentModule *>();
        // Behind the details at the start, the dashboard has read nothing yet.
        QTest::qWait(500);
        QVERIFY(m->dock()->visibleRegion().isEmpty());
        QVERIFY(!m->isLoading());
        QVERIFY(m->data().units.isEmpty());
        // Brought to the front, it reads.
        m->dock()->raise();
        QVERIFY(waitRead(m));
        QVERIFY(!m->dock()->visibleRegion().isEmpty());
    }

    void exportsFromTheDock()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *m = w.findChild<AssessmentModule *>();
        QVERIFY(waitLoaded(m));
        QTemporaryDir out;
        const KpiFigure f = m->data().current.figure(m->dock()->areaCode(), Kpi::OnTimeClosureRate);

        // The workbook, read back by GDAL's own ogrinfo.
        const QString xlsx = out.filePath(QStringLiteral("assessment.xlsx"));
        QVERIFY2(m->exportReport(xlsx, &error), qPrintable(error));
        QProcess ogrinfo;
        ogrinfo.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-q"), xlsx});
        QVERIFY(ogrinfo.waitForFinished(60000));
        const QString listed = QString::fromUtf8(ogrinfo.readAllStandardOutput());
        QVERIFY2(listed.contains(m->dock()->unitNameOf(m->dock()->areaCode())), qPrintable(listed.left(400)));
        QVERIFY2(listed.contains(QString::number(f.numerator)), "the on-time numerator is in the workbook");

        // The PDF, through the KPI map; its text layer holds the KPI names and the figure.
        const QString pdf = out.filePath(QStringLiteral("assessment.pdf"));
        QVERIFY2(m->exportReport(pdf, &error), qPrintable(error));
        QVERIFY(m->mapTheme()->isShown());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (Kpi k : {Kpi::ClosureRate, Kpi::OnTimeClosureRate, Kpi::SatisfactionRate})
            QVERIFY2(words.contains(kpi::name(k)), qPrintable(kpi::name(k)));
        QVERIFY2(words.contains(kpi::formatValue(Kpi::OnTimeClosureRate, *f.value).remove(QLatin1Char('%'))),
                 qPrintable(kpi::formatValue(Kpi::OnTimeClosureRate, *f.value)));

        // A place that cannot be written: a clear reason, and no file.
        const QString bad = out.filePath(QStringLiteral("no-such-dir/assessment.xlsx"));
        QVERIFY(!m->exportReport(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-dir")), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }

    void theLastComparisonIsRestored()
    {
        settings::setAssessmentView({QStringLiteral("satisfaction_rate"), QStringLiteral("community"),
                                     QStringLiteral("quarter"), true});
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        auto *m = w.findChild<AssessmentModule *>();
        QCOMPARE(m->dock()->chosenKpi(), Kpi::SatisfactionRate);
        QCOMPARE(m->dock()->rankLevel(), QStringLiteral("community"));
        QCOMPARE(m->dock()->period().kind(), KpiPeriod::Kind::Quarter);
        QVERIFY(m->dock()->mapThemeShown());
        QVERIFY(waitLoaded(m));
        QTRY_VERIFY_WITH_TIMEOUT(m->mapTheme()->isShown(), 10000);
        m->dock()->setChosenKpi(Kpi::ClosureRate);
        QCOMPARE(settings::assessmentView().kpi, QStringLiteral("closure_rate"));
        settings::setAssessmentView({});
    }

    void realClicksOpenTheCases()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *m = w.findChild<AssessmentModule *>();
        QVERIFY(waitLoaded(m));
        const QDate today = KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
        m->dock()->setPeriod(KpiPeriod::containing(KpiPeriod::Kind::Month, today).previous());
        m->reload();
        QVERIFY(waitLoaded(m));
        m->dock()->show();
        m->dock()->raise();
        const AssessmentData &d = m->data();
        const KpiEngine engine = d.engine();

        // A card.
        m->dock()->tabs()->setCurrentIndex(0);
        KpiCardWidget *card = m->dock()->card(Kpi::OnTimeClosureRate);
        QTRY_VERIFY(card->isVisible());
        QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
        const KpiMembers cardMembers = engine.members(Kpi::OnTimeClosureRate, m->dock()->areaCode(), d.cases,
                                                      d.activity, d.period, d.asOf);
        m->casesDock()->showPart(KpiCasesDock::Part::Numerator);
        QCOMPARE(asSet(m->casesDock()->shownIds()), asSet(cardMembers.numerator));
        QVERIFY(m->casesDock()->heading().contains(kpi::name(Kpi::OnTimeClosureRate)));

        // A bar of the grid ranking, clicked where it is drawn.
        m->dock()->tabs()->setCurrentIndex(1);
        RankingBarChart *ranking = m->dock()->rankingChart();
        QTRY_VERIFY(ranking->isVisible());
        const QStringList keys = ranking->keys();
        QVERIFY(keys.size() >= 10);
        auto *view = ranking->findChild<QChartView *>();
        QVERIFY(view);
        auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
        QVERIFY(bars);
        const QString barKey = keys.at(2);
        const KpiFigure barFigure = d.current.figure(barKey, Kpi::OnTimeClosureRate);
        const double length = barFigure.isRankable() ? *barFigure.value : 0;
        const QPointF inChart = view->chart()->mapToPosition(QPointF(length / 2, keys.size() - 1 - 2), bars);
        const QPoint at = view->mapFromScene(view->chart()->mapToScene(inChart));
        if (auto *scroll = qobject_cast<QScrollArea *>(view->parentWidget()->parentWidget()))
            scroll->ensureVisible(at.x(), at.y(), 4, 4);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        const KpiMembers barMembers = engine.members(Kpi::OnTimeClosureRate, barKey, d.cases, d.activity, d.period, d.asOf);
        QVERIFY2(m->casesDock()->heading().contains(m->dock()->unitNameOf(barKey)), qPrintable(m->casesDock()->heading()));
        QCOMPARE(asSet(m->casesDock()->shownIds()), asSet(barMembers.numerator));

        // A grid on the KPI map, clicked where it is drawn.
        m->dock()->findChild<QCheckBox *>(QStringLiteral("assessmentOnMap"))->setChecked(true);
        map::KpiChoroplethTheme *theme = m->mapTheme();
        QTRY_VERIFY_WITH_TIMEOUT(theme->isShown() && theme->isReady() && theme->layer(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m->dock()->legendLabels().isEmpty(), 20000); // classed on a worker thread
        QgsMapCanvas *canvas = session->canvas();
        QCOMPARE(canvas->mapTool(), m->unitPickTool());
        QgsFeature f;
        QString grid;
        QPoint px;
        QgsFeatureIterator it = theme->layer()->getFeatures();
        const QgsCoordinateTransform ct(theme->layer()->crs(), canvas->mapSettings().destinationCrs(),
                                        QgsProject::instance()->transformContext());
        while (it.nextFeature(f)) {
            const QgsPointXY p = ct.transform(f.geometry().pointOnSurface().asPoint());
            const QgsPointXY s = canvas->getCoordinateTransform()->transform(p);
            px = QPoint(qRound(s.x()), qRound(s.y()));
            if (canvas->viewport()->rect().adjusted(20, 20, -20, -20).contains(px)) {
                grid = f.attribute(QStringLiteral("code")).toString();
                break;
            }
        }
        QVERIFY2(!grid.isEmpty(), "no grid of the KPI map lies on the screen");
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, px);
        const KpiMembers gridMembers = engine.members(Kpi::OnTimeClosureRate, grid, d.cases, d.activity, d.period, d.asOf);
        QVERIFY2(m->casesDock()->heading().contains(m->dock()->unitNameOf(grid)), qPrintable(m->casesDock()->heading()));
        QCOMPARE(asSet(m->casesDock()->shownIds()), asSet(gridMembers.numerator));
        m->casesDock()->showPart(KpiCasesDock::Part::Denominator);
        QCOMPARE(asSet(m->casesDock()->shownIds()), asSet(gridMembers.denominator));

        // Leaving the KPI map gives the map its tool back.
        m->dock()->findChild<QCheckBox *>(QStringLiteral("assessmentOnMap"))->setChecked(false);
        QVERIFY(!theme->isShown());
        QVERIFY(canvas->mapTool() != m->unitPickTool());
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestAssessment, [] {})
#include "test_assessment.moc"
