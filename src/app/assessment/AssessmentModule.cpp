#include "AssessmentModule.h"
#include "AssessmentDock.h"
#include "AssessmentLoader.h"
#include "AssessmentPdfWriter.h"
#include "AssessmentReportBuilder.h"
#include "AssessmentXlsxWriter.h"
#include "BreakdownChart.h"
#include "PendingWork.h"
#include "RankingBarChart.h"
#include "TrendChart.h"
#include "ChangeWatcher.h"
#include "ConsoleSession.h"
#include "KpiCasesDock.h"
#include "KpiChoroplethTheme.h"
#include "UnitPickTool.h"
#include "ConsoleLayers.h"
#include "ModuleHost.h"
#include "Role.h"

#include <QAction>
#include <QEventLoop>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>
#include <QtConcurrent>

#include <utility>

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

namespace griddesk::app {

AssessmentModule::AssessmentModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

AssessmentModule::~AssessmentModule()
{
    if (m_loader)
        m_loader->waitForFinished();
}

void AssessmentModule::install(ModuleHost &host)
{
    m_dock = new AssessmentDock(m_session, host.window());
    m_cases = new KpiCasesDock(m_session, host.window());
    host.addDockBehind(m_dock, QStringLiteral("featureDetailsDock"), Qt::RightDockWidgetArea);
    host.addDockBehind(m_cases, QStringLiteral("incidentListDock"), Qt::BottomDockWidgetArea);

    m_show = new QAction(tr("Assessment Dashboard"), this);
    m_show->setObjectName(QStringLiteral("actionAssessmentDashboard"));
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_show, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
    });
    host.menu(ModuleHost::Menu::Incidents)->addSeparator();
    host.menu(ModuleHost::Menu::Incidents)->addAction(m_show);

    m_exportXlsx = new QAction(tr("Export Assessment Workbook (XLSX)…"), this);
    m_exportXlsx->setObjectName(QStringLiteral("actionExportAssessmentXlsx"));
    connect(m_exportXlsx, &QAction::triggered, this, [this] { askAndExport(QStringLiteral("xlsx")); });
    m_exportPdf = new QAction(tr("Export Assessment Report (PDF)…"), this);
    m_exportPdf->setObjectName(QStringLiteral("actionExportAssessmentPdf"));
    connect(m_exportPdf, &QAction::triggered, this, [this] { askAndExport(QStringLiteral("pdf")); });
    host.menu(ModuleHost::Menu::File)->addSeparator();
    host.menu(ModuleHost::Menu::File)->addActions({m_exportXlsx, m_exportPdf});
    m_dock->addExportActions({m_exportXlsx, m_exportPdf});

    m_loader = new QFutureWatcher<AssessmentData>(this);
    connect(m_loader, &QFutureWatcher<AssessmentData>::finished, this, &AssessmentModule::dataReady);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1500);
    connect(m_debounce, &QTimer::timeout, this, &AssessmentModule::reload);

    connect(m_dock, &AssessmentDock::periodChosen, this, &AssessmentModule::reload);
    connect(m_dock, &AssessmentDock::drillDown, this, &AssessmentModule::drillDown);
    connect(m_dock, &AssessmentDock::warningActivated, this, &AssessmentModule::showWarning);
    connect(m_dock, &AssessmentDock::breakdownClicked, this, &AssessmentModule::showBreakdown);
    connect(m_cases, &KpiCasesDock::caseActivated, this, &AssessmentModule::showCase);

    // The chosen KPI on the map: communities or grids in classes; a click on
    // a unit lists its cases.
    m_theme = new map::KpiChoroplethTheme(&m_session.layers(), QgsProject::instance(), this);
    connect(m_theme, &map::KpiChoroplethTheme::legendChanged, this,
            [this] { m_dock->setLegend(m_theme->legend()); });
    connect(m_dock, &AssessmentDock::mapThemeChanged, this, &AssessmentModule::updateMapTheme);
    if (QgsMapCanvas *canvas = m_session.canvas()) {
        m_pick = new map::UnitPickTool(canvas, m_theme);
        m_pick->setObjectName(QStringLiteral("unitPickTool"));
        connect(m_pick, &map::UnitPickTool::unitClicked, this,
                [this](const QString &code) { drillDown(m_dock->chosenKpi(), code, m_data.period); });
    }
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QStringList relevant{QStringLiteral("incidents"), QStringLiteral("incident_history"),
                                          QStringLiteral("screening_visits"), QStringLiteral("admin_units"),
                                          QStringLiteral("gd_meta"), QStringLiteral("work_log"),
                                          QStringLiteral("grid_staff")};
        for (const QString &t : relevant)
            if (tables.contains(t)) {
                // Out of sight (a tab behind others, and no KPI map), the
                // dashboard refreshes when it comes back: at city scale a
                // refresh is seconds of reading and a table of every unit.
                if (m_dock->visibleRegion().isEmpty() && !m_theme->isShown())
                    m_stale = true;
                else
                    m_debounce->start();
                return;
            }
    });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && std::exchange(m_stale, false))
            reload();
    });

    // The first read waits until the dashboard is seen: at city scale it is
    // seconds of work that would take the machine from the map's first paint.
    // Leaders open on the dashboard for their area, so theirs reads at once.
    m_stale = true;
    if (m_session.user() && m_session.user()->role == Role::Leader)
        QTimer::singleShot(0, m_dock, [this] { m_dock->raise(); });
}

bool AssessmentModule::isLoading() const
{
    return m_busy;
}

void AssessmentModule::reload()
{
    if (isPending(*m_loader)) {
        m_pending = true;
        return;
    }
    m_busy = true;
    m_dock->setBusy(true);
    const StoreOpener opener = m_session.opener();
    const KpiPeriod period = m_dock->period();
    const QDateTime asOf = QDateTime::currentDateTimeUtc();
    const int generation = ++m_generation;
    m_loader->setFuture(QtConcurrent::run([opener, period, asOf, generation] {
        return assessmentloader::load(opener, period, asOf, generation);
    }));
}

void AssessmentModule::dataReady()
{
    const AssessmentData d = m_loader->result();
    if (m_pending || !(d.period == m_dock->period())) {
        m_pending = false;
        reload();
        return;
    }
    if (d.error.isEmpty())
        m_data = d;
    m_dock->setData(d);
    if (!d.error.isEmpty()) {
        readShown();
        return;
    }
    // The figures go on screen over the next turns of the event loop.
    nextTurn([this] {
        m_dock->showFigures();
        nextTurn([this] {
            m_dock->showRanking();
            readShown();
        });
    });
}

void AssessmentModule::nextTurn(const std::function<void()> &step)
{
    QTimer::singleShot(0, this, [this, step, generation = m_generation] {
        if (generation != m_generation || isPending(*m_loader))
            return; // a newer read is under way: its figures follow
        step();
    });
}

void AssessmentModule::readShown()
{
    m_busy = false;
    updateMapTheme();
    Q_EMIT loaded();
}

QVector<KpiCase> AssessmentModule::casesOf(const QVector<qint64> &ids) const
{
    QHash<qint64, int> at;
    for (int i = 0; i < m_data.cases.size(); ++i)
        at.insert(m_data.cases.at(i).id, i);
    QVector<KpiCase> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (at.contains(id))
            out << m_data.cases.at(at.value(id));
    return out;
}

void AssessmentModule::drillDown(Kpi k, const QString &unitCode, const KpiPeriod &period)
{
    const KpiEngine &engine = m_data.engine();
    const KpiMembers m = engine.members(k, unitCode, m_data.cases, m_data.activity, period, m_data.asOf);
    const QString unit = m_dock->unitNameOf(unitCode);
    const QString title = tr("%1 · %2 · %3").arg(kpi::name(k), unit, period.label());
    if (kpi::basis(k) == KpiBasis::WorkerWeeks) {
        m_cases->showWorkerWeeks(title, kpi::numeratorName(Kpi::WorkLogCompliance), kpi::denominatorName(k),
                                 m.workerWeeks, m_data.settings.workLogPerWeek);
    } else if (kpi::basis(k) == KpiBasis::GridWeeks) {
        m_cases->showGridWeeks(title, kpi::numeratorName(k), m.numeratorGridWeeks, kpi::denominatorName(k),
                               m.denominatorGridWeeks);
    } else {
        const bool caseDenominator = kpi::isRatio(k) && k != Kpi::IncidenceRate;
        m_cases->show(title, kpi::numeratorName(k), casesOf(m.numerator),
                      caseDenominator ? kpi::denominatorName(k) : QString(), casesOf(m.denominator));
    }
}

void AssessmentModule::showBreakdown(const QString &unitCode, const QString &kind, const QString &key)
{
    const KpiEngine &engine = m_data.engine();
    const auto groups = kind == QLatin1String("category") ? engine.byCategory(unitCode, m_data.cases, m_data.period)
                                                          : engine.bySource(unitCode, m_data.cases, m_data.period);
    const QString title = tr("%1 · %2 · %3").arg(kpi::numeratorName(Kpi::IncidenceRate), m_dock->unitNameOf(unitCode),
                                                  m_data.period.label());
    m_cases->show(title, key == QString() ? QString() : m_dock->breakdownLabel(kind, key), casesOf(groups.value(key)),
                  QString(), {});
}

void AssessmentModule::showWarning(int index)
{
    if (index < 0 || index >= m_data.warnings.size())
        return;
    const KpiWarning &w = m_data.warnings.at(index);
    m_cases->show(w.kindName() + QStringLiteral(" · ") + m_dock->unitNameOf(w.unitCode), w.kindName(),
                  casesOf(w.caseIds), QString(), {});
    KpiCase where;
    where.location = w.where;
    showCase(where);
}

void AssessmentModule::updateMapTheme()
{
    QgsMapCanvas *canvas = m_session.canvas();
    const QString level = m_dock->rankLevel();
    const bool mappable = level == QLatin1String(AssessmentDock::kLevelGrid)
                       || level == QLatin1String(AssessmentDock::kLevelCommunity);
    if (!m_dock->mapThemeShown() || !mappable || m_data.units.isEmpty()) {
        if (m_theme->isShown())
            m_theme->hide();
        if (canvas && m_pick && canvas->mapTool() == m_pick)
            canvas->setMapTool(m_toolBefore ? m_toolBefore.data() : nullptr);
        m_dock->setLegend({});
        return;
    }
    const Kpi k = m_dock->chosenKpi();
    map::KpiChoroplethOptions o;
    o.level = level == QLatin1String(AssessmentDock::kLevelGrid) ? AdminLevel::Grid : AdminLevel::Community;
    o.title = tr("%1, %2").arg(kpi::name(k), m_data.period.label());
    o.higherIsBetter = kpi::higherIsBetter(k);
    o.decimals = kpi::kind(k) == KpiKind::Count ? 0 : kpi::kind(k) == KpiKind::PerThousand ? 2 : 1;
    o.suffix = kpi::kind(k) == KpiKind::Percent ? QStringLiteral("%") : QString();
    // A past period is drawn on its own last day's units (a grid split since shows whole).
    if (m_data.period.last() < KpiPeriod::dayOf(QDateTime::currentDateTimeUtc()))
        o.unitsOn = m_data.period.last();
    QVector<map::UnitKpiValue> values;
    for (const KpiUnit &u : m_data.units) {
        if (u.department || u.level != o.level)
            continue;
        const KpiFigure f = m_data.current.figure(u.code, k);
        values << map::UnitKpiValue{u.code, f.value.value_or(0.0), f.value.has_value(), f.sufficient};
    }
    m_theme->setOptions(o);
    m_theme->setValues(values);
    if (!m_theme->isShown())
        m_theme->show();
    if (canvas && m_pick && canvas->mapTool() != m_pick) {
        m_toolBefore = canvas->mapTool();
        canvas->setMapTool(m_pick);
    }
}

void AssessmentModule::askAndExport(const QString &suffix)
{
    const QString name = QStringLiteral("%1-%2.%3").arg(m_dock->unitNameOf(m_dock->areaCode()), m_data.period.key(), suffix);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = suffix == QLatin1String("pdf") ? tr("PDF report (*.pdf)") : tr("Excel workbook (*.xlsx)");
    QString path = QFileDialog::getSaveFileName(m_dock->window(), tr("Export Assessment"), dir + QLatin1Char('/') + name, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    if (exportReport(path, &error)) {
        if (auto *w = qobject_cast<QMainWindow *>(m_dock->window()))
            w->statusBar()->showMessage(tr("Assessment written to %1").arg(path), 10000);
    } else {
        QMessageBox::warning(m_dock->window(), tr("Export Assessment"), error);
    }
}

bool AssessmentModule::exportReport(const QString &path, QString *error)
{
    if (m_data.units.isEmpty()) {
        *error = tr("The figures are still being counted; try again in a moment.");
        return false;
    }
    QHash<QString, QString> categories;
    for (const KpiCase &c : m_data.cases)
        if (!categories.contains(c.categoryCode))
            categories.insert(c.categoryCode, m_session.categories().name(c.categoryCode));
    const std::optional<AssessmentReport> report
        = AssessmentReportBuilder::build(m_data.engine(), m_dock->areaCode(), m_data.period, m_data.asOf, m_data.cases,
                                         m_data.activity, categories, {}, error);
    if (!report)
        return false;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return AssessmentXlsxWriter::write(*report, path, error);
    // The PDF's map is the KPI map of the dock's choice, over the console's outlines.
    map::AssessmentPdfMap pdfMap;
    if (!m_theme->isShown()) {
        // The report's map is the KPI map: colour it, and wait (the GUI stays live) until it is.
        if (m_dock->rankLevel() != QLatin1String(AssessmentDock::kLevelGrid))
            m_dock->setRankLevel(QString::fromLatin1(AssessmentDock::kLevelCommunity));
        QEventLoop wait;
        QTimer::singleShot(15000, &wait, &QEventLoop::quit);
        connect(m_theme, &map::KpiChoroplethTheme::legendChanged, &wait, &QEventLoop::quit);
        m_dock->setMapThemeShown(true);
        if (!m_theme->isReady() || m_theme->legend().isEmpty())
            wait.exec();
    }
    if (m_theme->isShown() && m_theme->layer())
        pdfMap.layers << m_theme->layer();
    pdfMap.layers << m_session.layers().communities() << m_session.layers().township();
    pdfMap.crs = m_session.layers().displayCrs();
    pdfMap.title = tr("%1 (by %2)").arg(kpi::name(m_dock->chosenKpi()), m_dock->rankLevelName());
    QVector<map::AssessmentPdfChart> charts;
    charts << map::AssessmentPdfChart{m_dock->trendChart()->title(), m_dock->trendChart()->grab().toImage()}
           << map::AssessmentPdfChart{m_dock->rankingChart()->title(), m_dock->rankingChart()->grab().toImage()}
           << map::AssessmentPdfChart{m_dock->categoryChart()->title(), m_dock->categoryChart()->grab().toImage()};
    return map::AssessmentPdfWriter::write(*report, pdfMap, charts, path, error);
}

void AssessmentModule::showCase(const KpiCase &c)
{
    QgsMapCanvas *canvas = m_session.canvas();
    if (!canvas)
        return;
    const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490),
                                    canvas->mapSettings().destinationCrs(), QgsProject::instance()->transformContext());
    try {
        const QgsPointXY p = ct.transform(QgsPointXY(c.location.x, c.location.y));
        canvas->setCenter(p);
        canvas->refresh();
        canvas->flashGeometries({QgsGeometry::fromPointXY(p)}, canvas->mapSettings().destinationCrs());
    } catch (const QgsCsException &) {
        // A case without a usable location stays listed; the map does not move.
    }
}

} // namespace griddesk::app
