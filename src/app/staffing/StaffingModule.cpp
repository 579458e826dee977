#include "StaffingModule.h"
#include "AppSettings.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "ModuleHost.h"
#include "PendingWork.h"
#include "PolygonOps.h"
#include "StaffDialog.h"
#include "StaffDock.h"
#include "StaffingTheme.h"
#include "Store.h"
#include "StoreError.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QtConcurrent>

#include <utility>

#include <qgsmapcanvas.h>
#include <qgsproject.h>

namespace griddesk::app {

StaffingModule::StaffingModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

bool StaffingModule::mayKeep() const
{
    const Role role = m_session.operatorRole();
    return m_session.isWritable()
        && (role == Role::Administrator || role == Role::CentreStaff || role == Role::CommunityStaff);
}

void StaffingModule::install(ModuleHost &host)
{
    m_status = host.statusBar();
    m_theme = new map::StaffingTheme(&m_session.layers(), QgsProject::instance(), this);
    m_dock = new StaffDock(host.window());
    host.addDockBehind(m_dock, QStringLiteral("featureDetailsDock"), Qt::RightDockWidgetArea);

    auto action = [this](const QString &text, const char *name) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_showMap = action(tr("&Staffing Map"), "actionStaffingMap");
    m_showMap->setCheckable(true);
    m_showMap->setToolTip(tr("Colour the grids by their staffing against the rule"));
    m_add = action(tr("&Add Grid Staff Member…"), "actionAddStaff");
    m_edit = action(tr("&Change Grid Staff Member…"), "actionEditStaff");
    m_retire = action(tr("&Retire Grid Staff Member"), "actionRetireStaff");
    m_reveal = action(tr("Show &Phone Number"), "actionRevealStaffPhone");
    QMenu *menu = host.menu(ModuleHost::Menu::Map)->addMenu(tr("Grid S&taff"));
    menu->setObjectName(QStringLiteral("gridStaffMenu"));
    menu->menuAction()->setObjectName(QStringLiteral("actionGridStaffMenu"));
    menu->addActions({m_showMap, m_add, m_edit, m_retire, m_reveal});

    connect(m_showMap, &QAction::toggled, this, [this](bool on) {
        on ? m_theme->show() : m_theme->hide();
        settings::setStaffingMapShown(on);
        m_dock->themeCheck()->setChecked(on);
        m_session.canvas()->refresh();
    });
    connect(m_dock->themeCheck(), &QCheckBox::toggled, m_showMap, &QAction::setChecked);
    // Turned on from the menu, the map comes with its legend and the breaches in front.
    connect(m_showMap, &QAction::triggered, this, [this](bool on) {
        if (!on)
            return;
        m_dock->show();
        m_dock->raise();
        m_dock->tabs()->setCurrentIndex(1);
    });
    connect(m_theme, &map::StaffingTheme::legendChanged, this, [this] {
        m_dock->setLegend(m_theme->legend());
        m_session.canvas()->refresh();
    });
    connect(m_add, &QAction::triggered, this, &StaffingModule::openAddDialog);
    connect(m_edit, &QAction::triggered, this, &StaffingModule::openEditDialog);
    connect(m_retire, &QAction::triggered, this, &StaffingModule::retireSelected);
    connect(m_reveal, &QAction::triggered, this, &StaffingModule::revealSelected);
    connect(m_dock->addButton(), &QPushButton::clicked, m_add, &QAction::trigger);
    connect(m_dock->editButton(), &QPushButton::clicked, m_edit, &QAction::trigger);
    connect(m_dock->retireButton(), &QPushButton::clicked, m_retire, &QAction::trigger);
    connect(m_dock->revealButton(), &QPushButton::clicked, m_reveal, &QAction::trigger);
    connect(m_dock, &StaffDock::zoomRequested, this, &StaffingModule::zoomToGrid);
    connect(m_dock, &StaffDock::selectionChanged, this, &StaffingModule::updateActions);
    connect(&m_session, &ConsoleSession::writableChanged, this, &StaffingModule::updateActions);
    // Another console's (or the CLI's) changes arrive through the change feed.
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(QStringLiteral("admin_units")))
            m_theme->reloadUnits();
        if (tables.contains(QStringLiteral("grid_staff")) || tables.contains(QStringLiteral("gd_meta"))
            || tables.contains(QStringLiteral("admin_units")))
            readInBackground();
    });
    m_reader = new QFutureWatcher<Read>(this);
    connect(m_reader, &QFutureWatcherBase::finished, this, [this] {
        show(m_reader->result());
        if (std::exchange(m_readAgain, false))
            readInBackground();
    });
    readInBackground();
    m_showMap->setChecked(settings::staffingMapShown());
}

StaffingModule::Read StaffingModule::read(Store &store)
{
    Read r;
    try {
        r.check = store.staffingCheck();
        r.staff = store.staffMembers(true);
        r.grids = store.staffedGrids();
    } catch (const StoreError &e) {
        r.error = e.message();
    }
    return r;
}

void StaffingModule::reload()
{
    show(read(m_session.store()));
}

bool StaffingModule::isLoading() const
{
    return m_reader && isPending(*m_reader);
}

void StaffingModule::readInBackground()
{
    if (isLoading()) {
        m_readAgain = true; // the latest change is read after this read
        return;
    }
    const StoreOpener opener = m_session.opener();
    m_reader->setFuture(QtConcurrent::run([opener] {
        try {
            return read(*opener.open(StoreOpener::Access::ReadOnly));
        } catch (const StoreError &e) {
            Read r;
            r.error = e.message();
            return r;
        }
    }));
}

void StaffingModule::show(const Read &r)
{
    if (!r.error.isEmpty()) {
        m_status->showMessage(tr("Could not read the grid staff: %1").arg(r.error), 10000);
    } else {
        m_dock->setData(r.staff, r.grids, r.check);
        QHash<QString, StaffingState> states;
        for (const GridStaffing &g : r.check)
            states.insert(g.gridCode, g.state);
        // The map's colours at the next turn of the event loop: at a city's
        // scale the list and the map are each tens of milliseconds.
        QTimer::singleShot(0, m_theme, [theme = m_theme, states] { theme->setStates(states); });
    }
    updateActions();
}

void StaffingModule::updateActions()
{
    const bool keep = mayKeep();
    const bool selected = m_dock->selectedId() > 0;
    const bool personalData = !m_session.user() || m_session.user()->personalData;
    m_add->setEnabled(keep);
    m_edit->setEnabled(keep && selected);
    m_retire->setEnabled(keep && selected);
    m_reveal->setEnabled(selected && personalData && m_session.isOnline());
    for (auto [button, a] : {qMakePair(m_dock->addButton(), m_add), qMakePair(m_dock->editButton(), m_edit),
                             qMakePair(m_dock->retireButton(), m_retire)}) {
        button->setVisible(keep);
        button->setEnabled(a->isEnabled());
    }
    m_dock->revealButton()->setVisible(personalData);
    m_dock->revealButton()->setEnabled(m_reveal->isEnabled());
}

void StaffingModule::runDialog(StaffDialog &dialog, bool adding)
{
    dialog.setSaver([this, adding](const StaffMember &s) -> QString {
        try {
            const StaffMember saved = adding ? m_session.store().addStaffMember(s) : m_session.store().updateStaffMember(s);
            reload();
            m_dock->selectStaff(saved.id);
            m_status->showMessage(tr("%1 (%2) saved in %3")
                                      .arg(saved.name, staffrole::displayName(saved.role), m_session.unitName(saved.gridCode)),
                                  10000);
            return {};
        } catch (const StoreError &e) {
            return e.message();
        }
    });
    if (m_dialogHook) {
        if (m_dialogHook(dialog))
            dialog.ui().buttonBox->button(QDialogButtonBox::Save)->click();
        return;
    }
    dialog.exec();
}

void StaffingModule::openAddDialog()
{
    if (!mayKeep())
        return;
    try {
        StaffDialog dialog(m_dock->window());
        dialog.setGrids(m_session.store().staffedGrids());
        // The grid in view: the breach selected, or the grid the list is filtered to.
        const QString grid = m_dock->tabs()->currentIndex() == 1 ? m_dock->selectedViolationGrid()
                                                                 : m_dock->gridFilter()->currentData().toString();
        if (!grid.isEmpty())
            dialog.setGrid(grid);
        runDialog(dialog, true);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_dock->window(), tr("Grid staff"), e.message());
    }
}

void StaffingModule::openEditDialog()
{
    const qint64 id = m_dock->selectedId();
    if (!mayKeep() || id <= 0)
        return;
    try {
        const std::optional<StaffMember> member = m_session.store().staffMember(id);
        if (!member)
            return;
        StaffDialog dialog(m_dock->window());
        dialog.setGrids(m_session.store().staffedGrids());
        dialog.setMember(*member);
        runDialog(dialog, false);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_dock->window(), tr("Grid staff"), e.message());
    }
}

bool StaffingModule::retire(qint64 id, const QDate &on)
{
    try {
        const StaffMember s = m_session.store().retireStaffMember(id, on);
        reload();
        m_status->showMessage(tr("%1 retired from %2 on %3")
                                  .arg(s.name, m_session.unitName(s.gridCode), on.toString(Qt::ISODate)),
                              10000);
        return true;
    } catch (const StoreError &e) {
        QMessageBox::warning(m_dock->window(), tr("Retire grid staff member"), e.message());
        return false;
    }
}

void StaffingModule::retireSelected()
{
    const qint64 id = m_dock->selectedId();
    if (!mayKeep() || id <= 0)
        return;
    const std::optional<StaffMember> s = m_session.store().staffMember(id);
    if (!s)
        return;
    const QDate today = QDate::currentDate();
    if (QMessageBox::question(m_dock->window(), tr("Retire grid staff member"),
                              tr("%1 leaves %2 today (%3). They stay in the register as retired.")
                                  .arg(s->name, m_session.unitName(s->gridCode), today.toString(Qt::ISODate)))
        == QMessageBox::Yes)
        retire(id, today);
}

void StaffingModule::revealSelected()
{
    const qint64 id = m_dock->selectedId();
    if (id <= 0)
        return;
    try {
        const QString phone = m_session.store().revealStaffPhone(id);
        QMessageBox::information(m_dock->window(), tr("Phone number"),
                                 tr("%1\n\nThis reading of the number is recorded in the audit log.").arg(phone));
    } catch (const StoreError &e) {
        QMessageBox::warning(m_dock->window(), tr("Phone number"), e.message());
    }
}

void StaffingModule::zoomToGrid(const QString &gridCode)
{
    try {
        const std::optional<AdminUnit> grid = m_session.store().adminUnit(gridCode);
        if (!grid || grid->geometry.isEmpty()) {
            m_status->showMessage(tr("Grid %1 has no boundary on the map").arg(gridCode), 10000);
            return;
        }
        QgsMapCanvas *canvas = m_session.canvas();
        canvas->setExtent(m_session.layers().displayExtent(polygon::bounds(grid->geometry)));
        canvas->refresh();
    } catch (const StoreError &e) {
        m_status->showMessage(e.message(), 10000);
    }
}

} // namespace griddesk::app
