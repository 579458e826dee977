#include "ScreeningModule.h"
#include "ChangeWatcher.h"
#include "ChinaTime.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "FieldPresenter.h"
#include "ModuleHost.h"
#include "PendingWork.h"
#include "ScreeningTableModel.h"
#include "ScreeningTheme.h"
#include "ScreeningVisitDialog.h"
#include "ScreeningWeek.h"
#include "SourceSortProxy.h"
#include "Store.h"
#include "StoreError.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

#include <qgsproject.h>

namespace griddesk::app {

ScreeningModule::ScreeningModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

void ScreeningModule::install(ModuleHost &host)
{
    m_dock = new QDockWidget(tr("Weekly screening"), host.window());
    m_dock->setObjectName(QStringLiteral("screeningDock"));
    auto *body = new QWidget(m_dock);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);
    // The week's coverage beside the button, the filter below: narrow enough
    // for the side of a laptop screen in either language.
    auto *row = new QHBoxLayout;
    m_coverage = new QLabel(body);
    m_coverage->setObjectName(QStringLiteral("screeningCoverageLabel"));
    m_coverage->setWordWrap(true);
    auto *recordButton = new QPushButton(tr("Record visit…"), body);
    recordButton->setObjectName(QStringLiteral("recordScreeningButton"));
    row->addWidget(m_coverage, 1);
    row->addWidget(recordButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_onlyMissing = new QCheckBox(tr("Only grids not yet screened"), body);
    m_onlyMissing->setObjectName(QStringLiteral("onlyUnscreenedCheck"));
    layout->addWidget(m_onlyMissing);
    m_model = new ScreeningTableModel(this);
    m_proxy = new SourceSortProxy(this); // the model sorts its rows itself
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(ScreeningTableModel::StateColumn);
    m_proxy->setFilterRole(ScreeningTableModel::ScreenedRole);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("screeningTable"));
    m_table->setModel(m_proxy);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScreeningTableModel::CommunityColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_dock->setWidget(body);
    host.addDockBehind(m_dock, QStringLiteral("featureDetailsDock"), Qt::RightDockWidgetArea);

    m_record = new QAction(tr("Record &Screening Visit…"), this);
    m_record->setObjectName(QStringLiteral("actionRecordScreening"));
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_record, &QAction::triggered, this, &ScreeningModule::recordVisit);
    m_record->setEnabled(m_session.isWritable());
    connect(&m_session, &ConsoleSession::writableChanged, m_record, &QAction::setEnabled);
    connect(&m_session, &ConsoleSession::writableChanged, recordButton, &QPushButton::setEnabled);
    connect(recordButton, &QPushButton::clicked, m_record, &QAction::trigger);
    host.menu(ModuleHost::Menu::Incidents)->addAction(m_record);

    m_headerFigure = new QLabel(host.window());
    m_headerFigure->setObjectName(QStringLiteral("screeningFigure"));
    m_headerFigure->setProperty("figure", true);
    host.addHeaderIndicator(m_headerFigure);

    m_theme = new map::ScreeningTheme(&m_session.layers(), &m_session.watcher(), QgsProject::instance(), this);
    m_reading = new QFutureWatcher<Read>(this);
    connect(m_reading, &QFutureWatcher<Read>::finished, this, &ScreeningModule::show);
    connect(m_onlyMissing, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setFilterFixedString(only ? QStringLiteral("false") : QString());
    });
    connect(&m_session, &ConsoleSession::unitsChanged, this, &ScreeningModule::fill);
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(QStringLiteral("screening_visits")))
            reload();
    });
    m_busy = true; // the first read waits for the map's first frame
    m_session.afterFirstPaint(this, [this] {
        m_busy = false;
        reload();
    });
}

QStringList ScreeningModule::unscreenedGrids() const
{
    QStringList out;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex grid = m_proxy->index(r, ScreeningTableModel::GridColumn);
        if (!grid.data(ScreeningTableModel::ScreenedRole).toBool())
            out << grid.data(ScreeningTableModel::GridCodeRole).toString();
    }
    return out;
}

void ScreeningModule::reload()
{
    if (isPending(*m_reading)) {
        m_readAgain = true; // read again once this read is shown
        return;
    }
    // The visits are read on a worker thread: on a city's server the newest
    // visit of each of 15,000 grids takes seconds.
    m_busy = true;
    const StoreOpener opener = m_session.opener();
    m_reading->setFuture(QtConcurrent::run([opener] {
        Read read;
        read.at = QDateTime::currentDateTimeUtc();
        try {
            auto store = opener.open(StoreOpener::Access::ReadOnly);
            read.last = store->lastScreeningVisits();
            for (const ScreeningVisit &v : store->screeningVisits(screeningweek::key(read.at)))
                read.screened.insert(v.gridCode);
        } catch (const StoreError &e) {
            read.error = e.message();
        }
        return read;
    }));
}

bool ScreeningModule::isLoading() const
{
    return m_busy || m_readAgain;
}

void ScreeningModule::show()
{
    const Read read = m_reading->result();
    m_busy = false;
    if (std::exchange(m_readAgain, false)) {
        reload();
        return;
    }
    if (!read.error.isEmpty()) {
        m_coverage->setText(tr("Could not read screening visits: %1").arg(read.error));
        return;
    }
    m_shown = read;
    fill();
}

void ScreeningModule::fill()
{
    if (!m_shown.at.isValid())
        return; // nothing read yet
    const QString week = screeningweek::key(m_shown.at);
    const QDate today = m_shown.at.toOffsetFromUtc(kChinaOffset).date();
    const QVector<AdminUnit> grids = m_session.units(AdminLevel::Grid);
    const QSet<QString> &screened = m_shown.screened;
    const QHash<QString, ScreeningVisit> &last = m_shown.last;
    m_coverage->setText(tr("<b>Week %1</b> (%2 – %3): %4 of %5 grids screened")
                            .arg(week.mid(6))
                            .arg(QLocale().toString(screeningweek::monday(today), QLocale::ShortFormat),
                                 QLocale().toString(screeningweek::sunday(today), QLocale::ShortFormat))
                            .arg(screened.size())
                            .arg(grids.size()));
    m_headerFigure->setText(tr("Screened <b>%1/%2</b>").arg(screened.size()).arg(grids.size()));
    // One model reset for every grid: at city scale the list has some 15,000.
    QVector<ScreeningTableModel::Row> rows;
    rows.reserve(grids.size());
    for (const AdminUnit &g : grids)
        rows.push_back({g.code, g.name, m_session.unitName(g.parentCode), screened.contains(g.code), last.value(g.code)});
    m_model->setRows(std::move(rows));
}

void ScreeningModule::recordVisit()
{
    QString grid;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows(ScreeningTableModel::GridColumn);
    if (!selected.isEmpty())
        grid = selected.first().data(ScreeningTableModel::GridCodeRole).toString();
    ScreeningVisitDialog dialog(m_session, grid, m_dock->window());
    const bool confirmed = m_dialogHook ? m_dialogHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (!confirmed)
        return;
    try {
        m_session.store().addScreeningVisit(dialog.visit(), dialog.finding());
        reload();
        m_theme->refresh();
    } catch (const StoreError &e) {
        QMessageBox::warning(m_dock->window(), tr("Record screening visit"), e.message());
    }
}

} // namespace griddesk::app
