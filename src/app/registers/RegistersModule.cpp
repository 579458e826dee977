#include "RegistersModule.h"
#include "AdminLevel.h"
#include "AppSettings.h"
#include "ChangeWatcher.h"
#include "CodeListRows.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "KpiPeriod.h"
#include "ModuleHost.h"
#include "PickPointTool.h"
#include "PolygonOps.h"
#include "RegisterDock.h"
#include "RegisterForm.h"
#include "RegisterFormExtras.h"
#include "RegisterLayers.h"
#include "RegisterStore.h"
#include "RegisterTableModel.h"
#include "RegisterTransferModule.h"
#include "Store.h"
#include "StoreError.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace griddesk::app {

namespace {

// Half the side of the box "Show on Map" zooms to round a point, in degrees (about 150 m).
constexpr double kPointBox = 0.0015;

} // namespace

const QVector<RegisterKind> &RegistersModule::listedKinds()
{
    // A dispute's parties and a key person's visits are kept in their record's form.
    static const QVector<RegisterKind> kinds = {RegisterKind::Residents, RegisterKind::Houses, RegisterKind::Disputes,
                                                RegisterKind::KeyPersons, RegisterKind::Organisations,
                                                RegisterKind::WorkLog};
    return kinds;
}

RegistersModule::RegistersModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

RegistersModule::~RegistersModule() = default;

RegisterStore &RegistersModule::registers() const
{
    return m_session.store();
}

Store &RegistersModule::store() const
{
    return m_session.store();
}

bool RegistersModule::mayWrite() const
{
    if (!m_session.isWritable())
        return false;
    if (!m_session.user())
        return true;
    const Role role = m_session.user()->role;
    return role == Role::Administrator || role == Role::CentreStaff || role == Role::CommunityStaff
        || role == Role::GridWorker;
}

bool RegistersModule::mayReveal() const
{
    return m_session.isOnline() && (!m_session.user() || m_session.user()->personalData);
}

void RegistersModule::install(ModuleHost &host)
{
    m_status = host.statusBar();
    QMenu *menu = host.menu(ModuleHost::Menu::Registers);
    for (RegisterKind kind : listedKinds()) {
        installDock(host, kind);
        menu->addAction(m_openActions.value(int(kind)));
    }
    menu->addSeparator();

    m_layers = std::make_unique<map::RegisterLayers>(&m_session.layers(), &m_session.watcher(), QgsProject::instance(),
                                                     nullptr, [this] { m_session.breathe(); });
    m_showMap = new QAction(tr("Registers on the &Map"), this);
    m_showMap->setObjectName(QStringLiteral("actionRegistersOnMap"));
    m_showMap->setCheckable(true);
    m_showMap->setToolTip(tr("Houses, disputes, key persons and organisations on the map"));
    menu->addAction(m_showMap);
    connect(m_showMap, &QAction::toggled, this, [this](bool on) {
        m_layers->setShown(on);
        settings::setRegistersMapShown(on);
    });
    connect(m_layers.get(), &map::RegisterLayers::shownChanged, m_showMap, &QAction::setChecked);
    m_showMap->setChecked(settings::registersMapShown());
    m_layers->setShown(m_showMap->isChecked());
    menu->addSeparator();
    m_transfer = new RegisterTransferModule(m_session, this);
    m_transfer->install(host);
    for (RegisterKind kind : listedKinds()) {
        RegisterDock *d = dock(kind);
        connect(d->importButton(), &QPushButton::clicked, m_transfer, [this, kind] { m_transfer->openImportDialog(kind); });
        connect(d->exportButton(), &QPushButton::clicked, m_transfer, [this, kind, d] {
            m_transfer->openExportDialog(kind, d->exportQuery(), d->filterText());
        });
    }

    m_pick = new map::PickPointTool(m_session.canvas());
    m_pick->setParent(this);
    connect(m_pick, &map::PickPointTool::picked, this, [this](const GeoPoint &p) {
        if (m_picking) {
            m_picking->setLocation(p);
            m_picking->raise();
            m_picking->activateWindow();
        }
        m_session.canvas()->unsetMapTool(m_pick);
    });
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, this, &RegistersModule::onTablesChanged);
    connect(&m_session, &ConsoleSession::unitsChanged, this, &RegistersModule::reloadUnits);
    connect(&m_session, &ConsoleSession::writableChanged, this, [this] {
        for (RegisterKind kind : listedKinds())
            updateButtons(kind);
    });
    reloadUnits();
    m_session.afterFirstPaint(this, [this] { reloadMarks(); });
}

void RegistersModule::installDock(ModuleHost &host, RegisterKind kind)
{
    auto *d = new RegisterDock(kind, host.window());
    host.addDockBehind(d, QStringLiteral("incidentListDock"), Qt::BottomDockWidgetArea);
    d->hide();
    m_docks.insert(int(kind), d);
    m_stale.insert(int(kind), true);
    auto *loader = new RegisterLoader(m_session.opener(), this);
    m_loaders.insert(int(kind), loader);
    connect(loader, &RegisterLoader::loaded, this, &RegistersModule::showLoaded);
    auto *open = new QAction(registerkind::displayName(kind), this);
    open->setObjectName(QStringLiteral("actionRegister_") + registerkind::table(kind));
    open->setToolTip(tr("Open the list of %1").arg(registerkind::displayName(kind)));
    // Ctrl+Alt+1 … 6, in the menu's order.
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + listedKinds().indexOf(kind))));
    m_openActions.insert(int(kind), open);
    connect(open, &QAction::triggered, this, [this, kind] { openRegister(kind); });
    // A register is read when it is first looked at, not at start.
    connect(d, &QDockWidget::visibilityChanged, this, [this, kind](bool visible) {
        if (visible && m_stale.value(int(kind)))
            reload(kind);
    });
    connect(d, &RegisterDock::queryChanged, this, [this, kind] { reload(kind); });
    connect(d, &RegisterDock::selectionChanged, this, [this, kind] { updateButtons(kind); });
    connect(d->model(), &QAbstractItemModel::rowsInserted, d,
            [d] { d->setCount(d->model()->rowCount(), d->model()->total()); });
    connect(d->addButton(), &QPushButton::clicked, this, [this, kind] { openAddForm(kind); });
    connect(d->editButton(), &QPushButton::clicked, this, [this, kind] { openEditForm(kind, dock(kind)->selectedId()); });
    connect(d->removeButton(), &QPushButton::clicked, this, [this, kind] { removeSelected(kind); });
    connect(d->mapButton(), &QPushButton::clicked, this, [this, kind] { showOnMap(kind, dock(kind)->selectedId()); });
    connect(d->revealButton(), &QPushButton::clicked, this, [this, kind] { revealSelected(kind); });
    connect(d, &RegisterDock::recordActivated, this, [this, kind](qint64 id) {
        mayWrite() ? openEditForm(kind, id) : showOnMap(kind, id);
    });
    updateButtons(kind);
}

void RegistersModule::openRegister(RegisterKind kind)
{
    RegisterDock *d = dock(kind);
    if (!d)
        return;
    d->show();
    d->raise();
    if (m_stale.value(int(kind)))
        reload(kind);
}

void RegistersModule::reload(RegisterKind kind)
{
    RegisterDock *d = dock(kind);
    if (!d)
        return;
    m_stale.insert(int(kind), false);
    if (!m_selectAfterLoad.contains(int(kind)) && d->selectedId() > 0)
        m_selectAfterLoad.insert(int(kind), d->selectedId());
    RegisterLoader::Request request;
    request.kind = kind;
    request.query = d->query();
    request.week = d->week();
    request.pageSize = RegisterTableModel::kPageSize;
    m_loading.insert(int(kind));
    d->countLabel()->setText(tr("Reading…"));
    m_loaders.value(int(kind))->load(request);
}

void RegistersModule::showLoaded(const RegisterLoader::Result &result)
{
    const RegisterKind kind = result.request.kind;
    RegisterDock *d = dock(kind);
    m_loading.remove(int(kind));
    if (!d)
        return;
    if (result.request.week.first.isValid())
        d->model()->setRecords(result.rows);
    else
        d->model()->setPage(&registers(), result.request.query, result.rows, result.total);
    if (!result.error.isEmpty())
        d->countLabel()->setText(tr("The register cannot be read: %1").arg(result.error));
    else
        d->setCount(d->model()->rowCount(), d->model()->total());
    if (kind == RegisterKind::WorkLog)
        showWeekSummary(*d);
    if (kind == RegisterKind::KeyPersons || kind == RegisterKind::Disputes)
        d->model()->setFlagged(m_layers->marked(kind));
    const qint64 select = m_selectAfterLoad.take(int(kind));
    if (select > 0)
        d->selectRecord(select);
    updateButtons(kind);
}

void RegistersModule::showWeekSummary(RegisterDock &d)
{
    const QPair<QDate, QDate> week = d.week();
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    const QPair<QDate, QDate> span = week.first.isValid() ? week : qMakePair(monday, monday.addDays(6));
    QHash<QString, QPair<int, qint64>> byActivity;
    try {
        for (const WorkLogCount &c : registers().workLogCounts(span.first, span.second)) {
            auto &sum = byActivity[c.activity];
            sum.first += c.entries;
            sum.second += c.peopleReached;
        }
    } catch (const StoreError &e) {
        d.summaryLabel()->setText(e.message());
        d.summaryLabel()->show();
        return;
    }
    const RegisterField *activity = registercatalog::spec(RegisterKind::WorkLog).field(QStringLiteral("activity"));
    QStringList parts;
    for (const CodeOption &o : activity->codes)
        if (byActivity.contains(o.code))
            parts << tr("%1 %2 (%3 people)").arg(o.displayName()).arg(byActivity[o.code].first).arg(byActivity[o.code].second);
    d.summaryLabel()->setText(tr("Week of %1: %2")
                                  .arg(span.first.toString(Qt::ISODate),
                                       parts.isEmpty() ? tr("nothing logged") : parts.join(tr(", "))));
    d.summaryLabel()->show();
}

void RegistersModule::reloadUnits()
{
    // One model for every dock's area filter: grids indented under their
    // community, each with its code as data and tool tip.
    CodeListRows rows(true);
    rows.add(RegisterDock::allAreas(), QString());
    QHash<QString, QString> names;
    m_grids.clear();
    for (const AdminUnit &c : m_session.units(AdminLevel::Community)) {
        QVector<QPair<QString, QString>> under;
        for (const AdminUnit &g : m_session.childrenOf(c.code))
            if (g.level == AdminLevel::Grid)
                under << qMakePair(g.code, g.name);
        if (under.isEmpty())
            continue;
        rows.add(c.name, c.code);
        names.insert(c.code, c.name);
        for (const auto &g : under) {
            rows.add(QStringLiteral("    ") + g.second, g.first);
            names.insert(g.first, g.second);
            m_grids << g;
        }
    }
    QStandardItemModel *model = rows.takeModel(this);
    for (RegisterDock *d : qAsConst(m_docks))
        d->setUnits(model, names);
    delete m_unitModel; // no dock shows it any more
    m_unitModel = model;
}

void RegistersModule::reloadMarks()
{
    QSet<qint64> repeats, overdue;
    try {
        for (const DisputeRepeat &r : registers().disputeRepeats())
            repeats.insert(r.disputeId);
        // The township's day, as the list's "overdue visits only" judges it.
        for (const RegisterRecord &k : registers().overdueKeyPersons(KpiPeriod::dayOf(QDateTime::currentDateTimeUtc())))
            overdue.insert(k.id);
    } catch (const StoreError &e) {
        m_status->showMessage(tr("The registers cannot be read: %1").arg(e.message()), 10000);
        return;
    }
    m_layers->setMarked(RegisterKind::Disputes, repeats);
    m_layers->setMarked(RegisterKind::KeyPersons, overdue);
    dock(RegisterKind::Disputes)->model()->setFlagged(repeats);
    dock(RegisterKind::KeyPersons)->model()->setFlagged(overdue);
}

void RegistersModule::onTablesChanged(const QSet<QString> &changed)
{
    const QSet<QString> tables = map::RegisterLayers::changedRegisters(changed);
    bool marks = false;
    for (RegisterKind kind : registerkind::all()) {
        if (!tables.contains(registerkind::table(kind)))
            continue;
        marks = marks || kind == RegisterKind::Disputes || kind == RegisterKind::DisputeParties
            || kind == RegisterKind::KeyPersons || kind == RegisterKind::KeyPersonVisits;
        const RegisterKind listed = kind == RegisterKind::DisputeParties ? RegisterKind::Disputes
            : kind == RegisterKind::KeyPersonVisits                      ? RegisterKind::KeyPersons
                                                                         : kind;
        RegisterDock *d = dock(listed);
        if (!d)
            continue;
        // Open (in front or as a tab behind another): read now; closed: when next opened.
        if (!d->isHidden())
            reload(listed);
        else
            m_stale.insert(int(listed), true);
    }
    if (marks)
        reloadMarks();
}

void RegistersModule::updateButtons(RegisterKind kind)
{
    if (RegisterDock *d = dock(kind))
        d->setKeeping(mayWrite(), mayReveal());
}

void RegistersModule::openAddForm(RegisterKind kind)
{
    if (!mayWrite())
        return;
    auto *form = new RegisterForm(kind, m_session.canvas()->window());
    form->setGrids(m_grids);
    if (RegisterDock *d = dock(kind))
        form->setGrid(d->unitFilter()->currentData().toString());
    if (kind == RegisterKind::WorkLog && m_session.user())
        form->setValue(QStringLiteral("worker"), m_session.user()->displayName);
    registerformextras::attach(*form, *this);
    runForm(form, true);
}

void RegistersModule::openEditForm(RegisterKind kind, qint64 id)
{
    if (!mayWrite() || id <= 0)
        return;
    std::optional<RegisterRecord> record;
    try {
        record = registers().registerRecord(kind, id);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_session.canvas()->window(), registerkind::displayName(kind), e.message());
        return;
    }
    if (!record)
        return;
    auto *form = new RegisterForm(kind, m_session.canvas()->window());
    form->setGrids(m_grids);
    form->setRecord(*record);
    registerformextras::attach(*form, *this);
    runForm(form, false);
}

void RegistersModule::openChildForm(RegisterKind kind, const QVariant &parentKey)
{
    if (!mayWrite())
        return;
    auto *form = new RegisterForm(kind, m_session.canvas()->window());
    form->setValue(registercatalog::spec(kind).parentColumn, parentKey);
    if (kind == RegisterKind::KeyPersonVisits && m_session.user())
        form->setValue(QStringLiteral("staff_name"), m_session.user()->displayName);
    runForm(form, true);
}

void RegistersModule::runForm(RegisterForm *form, bool adding)
{
    const RegisterKind kind = form->kind();
    form->setSaver([this, adding, kind](const RegisterRecord &r) {
        RegisterRecord saved = kind == RegisterKind::KeyPersonVisits && adding ? registers().recordKeyPersonVisit(r)
            : adding                                                          ? registers().addRegisterRecord(r)
                                                                              : registers().updateRegisterRecord(r);
        // Seen at once here; other consoles follow through the change feed.
        const RegisterKind listed = kind == RegisterKind::DisputeParties ? RegisterKind::Disputes
            : kind == RegisterKind::KeyPersonVisits                      ? RegisterKind::KeyPersons
                                                                         : kind;
        m_layers->refreshTables({registerkind::table(listed)});
        if (listed == kind)
            m_selectAfterLoad.insert(int(kind), saved.id);
        reload(listed);
        reloadMarks();
        m_status->showMessage(tr("Saved in %1 (%2)")
                                  .arg(registerkind::displayName(kind), m_session.unitName(saved.gridCode)),
                              10000);
        return saved;
    });
    connect(form, &RegisterForm::pickOnMapRequested, this, [this, form] {
        m_picking = form;
        m_session.canvas()->setMapTool(m_pick);
        m_status->showMessage(tr("Click the place on the map"), 10000);
    });
    if (m_formHook) {
        if (m_formHook(*form))
            form->save();
        delete form;
        return;
    }
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->show();
}

QString RegistersModule::removeRecord(RegisterKind kind, qint64 id)
{
    try {
        registers().removeRegisterRecord(kind, id);
    } catch (const StoreError &e) {
        return e.message();
    }
    m_layers->refreshTables({registerkind::table(kind)});
    reload(kind);
    reloadMarks();
    return {};
}

void RegistersModule::removeSelected(RegisterKind kind)
{
    RegisterDock *d = dock(kind);
    const qint64 id = d ? d->selectedId() : 0;
    if (id <= 0 || !mayWrite())
        return;
    const QString what = d->model()->data(d->model()->index(d->model()->rowOf(id), 0), Qt::DisplayRole).toString();
    if (QMessageBox::question(d->window(), tr("Remove record"),
                              tr("Remove %1 from %2? The audit log keeps what it held.")
                                  .arg(what, registerkind::displayName(kind)))
        != QMessageBox::Yes)
        return;
    const QString refused = removeRecord(kind, id);
    if (!refused.isEmpty())
        QMessageBox::warning(d->window(), tr("Remove record"), refused);
}

void RegistersModule::showOnMap(RegisterKind kind, qint64 id)
{
    std::optional<RegisterRecord> r;
    try {
        r = registers().registerRecord(kind, id);
    } catch (const StoreError &e) {
        m_status->showMessage(e.message(), 10000);
        return;
    }
    if (!r)
        return;
    QgsMapCanvas *canvas = m_session.canvas();
    if (r->location) {
        GeoBounds box;
        box.include(GeoPoint{r->location->x - kPointBox, r->location->y - kPointBox});
        box.include(GeoPoint{r->location->x + kPointBox, r->location->y + kPointBox});
        canvas->setExtent(m_session.layers().displayExtent(box));
        if (!m_layers->isShown() && m_layers->layer(kind))
            m_showMap->setChecked(true);
        for (QgsVectorLayer *l : m_layers->allLayers())
            l->removeSelection();
        if (QgsVectorLayer *l = m_layers->layer(kind))
            l->selectByIds({QgsFeatureId(id)});
    } else {
        const std::optional<AdminUnit> grid = m_session.store().adminUnit(r->gridCode);
        if (!grid || grid->geometry.isEmpty()) {
            m_status->showMessage(tr("This record has no place on the map"), 10000);
            return;
        }
        canvas->setExtent(m_session.layers().displayExtent(polygon::bounds(grid->geometry)));
        m_status->showMessage(tr("No location of its own: showing its grid, %1").arg(m_session.unitName(r->gridCode)), 10000);
    }
    canvas->refresh();
}

void RegistersModule::revealSelected(RegisterKind kind)
{
    RegisterDock *d = dock(kind);
    const qint64 id = d ? d->selectedId() : 0;
    if (id <= 0 || !mayReveal())
        return;
    const RegisterSpec &spec = registercatalog::spec(kind);
    QString column = d->selectedColumn();
    const RegisterField *field = spec.field(column);
    if (!field || !field->personal)
        field = spec.field(spec.personalColumns().value(0));
    if (!field)
        return;
    QString text;
    QMessageBox::Icon icon = QMessageBox::Information;
    try {
        const QString value = registers().revealRegisterValue(kind, id, field->column);
        text = tr("%1: %2\n\nThis reading is recorded in the audit log.").arg(field->displayName(), value);
    } catch (const StoreError &e) {
        text = e.message();
        icon = QMessageBox::Warning;
    }
    // Window-modal, so that the console keeps running (and updating) behind it.
    auto *box = new QMessageBox(icon, tr("Personal data"), text, QMessageBox::Ok, d->window());
    box->setObjectName(QStringLiteral("registerRevealBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

} // namespace griddesk::app
