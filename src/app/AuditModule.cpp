#include "AuditModule.h"
#include "AccessPolicy.h"
#include "AuditChangeFormatter.h"
#include "AuditChecker.h"
#include "AuditLogPages.h"
#include "ChangeWatcher.h"
#include "ConsoleSession.h"
#include "ModuleHost.h"
#include "Language.h"
#include "PendingWork.h"
#include "Store.h"
#include "StoreError.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace griddesk::app {

AuditModule::AuditModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

void AuditModule::install(ModuleHost &host)
{
    // Administrators only (and whoever works alone on a local file).
    if (m_session.user() && !accesspolicy::isAdministrator(*m_session.user()))
        return;
    m_dock = new QDockWidget(tr("Audit Log"), host.window());
    m_dock->setObjectName(QStringLiteral("auditDock"));
    auto *body = new QWidget(m_dock);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *top = new QHBoxLayout;
    m_verdict = new QLabel(body);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    top->addWidget(m_verdict, 1);
    m_filter = new QLineEdit(body);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter by person, action, table or content…"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    auto *verify = new QPushButton(tr("Check Again"), body);
    verify->setObjectName(QStringLiteral("auditVerifyButton"));
    top->addWidget(verify);
    layout->addLayout(top);

    m_model = new QStandardItemModel(0, 7, this);
    m_model->setHorizontalHeaderLabels({tr("No."), tr("Time"), tr("Person"), tr("Action"), tr("Table"), tr("Row"), tr("Change")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the newest entries, not from all 2,000 rows.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    m_dock->setWidget(body);
    // A tab behind the case lists: read when it is brought to the front.
    host.addDockBehind(m_dock, QStringLiteral("incidentListDock"), Qt::BottomDockWidgetArea);
    auto *showLog = new QAction(tr("Show &Audit Log"), this);
    showLog->setObjectName(QStringLiteral("actionShowAuditLog"));
    showLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(showLog, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
    });
    host.menu(ModuleHost::Menu::View)->addAction(showLog);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(verify, &QPushButton::clicked, this, &AuditModule::reload);
    m_loader = new QFutureWatcher<Read>(this);
    connect(m_loader, &QFutureWatcher<Read>::finished, this, [this] {
        show(m_loader->result());
        const int queued = std::exchange(m_queued, 0);
        if (queued)
            read(queued == 1);
    });
    // New entries come with every write: read them shortly after changes.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1500);
    connect(m_debounce, &QTimer::timeout, this, &AuditModule::readNew);
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, m_debounce, [this] {
        if (m_dock->isVisible())
            m_debounce->start();
    });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reload();
    });
}

bool AuditModule::isLoading() const
{
    return m_loader && isPending(*m_loader);
}

void AuditModule::reload()
{
    read(false);
}

void AuditModule::readNew()
{
    read(true);
}

void AuditModule::read(bool onlyNew)
{
    if (!m_loader)
        return;
    // New entries go on from an intact head; a log not read yet goes on
    // from the start (a default verdict's head), which is reading it whole.
    onlyNew = onlyNew && m_checked.intact;
    if (isPending(*m_loader)) {
        m_queued = std::max(m_queued, onlyNew ? 1 : 2);
        return;
    }
    if (!onlyNew)
        m_verdict->setText(tr("Reading and checking the audit log…"));
    const StoreOpener opener = m_session.opener();
    // The session's unit names: a city's 17,000 outlines stay on the server.
    const QHash<QString, QString> units = m_session.unitNames();
    const auditchain::Verdict head = onlyNew ? m_checked : auditchain::Verdict();
    m_loader->setFuture(QtConcurrent::run([opener, units, head, onlyNew] {
        Read read;
        read.onlyNew = onlyNew;
        try {
            const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
            // Checked a page at a time; only the newest entries are kept to show.
            auditchain::Checker checker(head);
            QVector<AuditEntry> tail;
            auditlog::forEachEntry(*store, head.headSeq, [&](const AuditEntry &e) {
                checker.add(e);
                tail.push_back(e);
                if (tail.size() >= 2 * kShown)
                    tail.remove(0, tail.size() - kShown);
                return true;
            });
            read.verdict = checker.verdict();
            const AuditChangeFormatter formatter(codeNames(*store, units));
            for (int i = tail.size() - 1; i >= 0 && read.newest.size() < kShown; --i) {
                read.newest.push_back(tail[i]);
                read.actors.push_back(formatter.actor(tail[i].actor));
                read.changes.push_back(formatter.changes(tail[i]));
            }
        } catch (const StoreError &e) {
            read.error = e.message();
        }
        return read;
    }));
}

AuditChangeFormatter::Names AuditModule::codeNames(const Store &store, const QHash<QString, QString> &units)
{
    AuditChangeFormatter::Names names;
    const bool zh = language::isChinese();
    for (const IncidentCategory &c : store.categories())
        names.categories.insert(c.code, zh ? c.nameZh : c.nameEn);
    for (const Department &d : store.departments())
        names.departments.insert(d.code, zh ? d.nameZh : d.nameEn);
    names.units = units;
    for (const UserAccount &u : store.users())
        names.people.insert(u.username, u.displayName);
    return names;
}

namespace {
QString actionName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("insert"), QT_TRANSLATE_NOOP("AuditModule", "Added")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("AuditModule", "Changed")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("AuditModule", "Removed")},
        {QStringLiteral("reveal"), QT_TRANSLATE_NOOP("AuditModule", "Viewed personal data")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("AuditModule", "Signed in")},
        {QStringLiteral("login_failed"), QT_TRANSLATE_NOOP("AuditModule", "Sign-in refused")}};
    const char *name = names.value(code);
    return name ? QCoreApplication::translate("AuditModule", name) : code;
}

QString tableName(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("incidents"), QT_TRANSLATE_NOOP("AuditModule", "Incidents")},
        {QStringLiteral("incident_history"), QT_TRANSLATE_NOOP("AuditModule", "Case history")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("AuditModule", "Attachments")},
        {QStringLiteral("screening_visits"), QT_TRANSLATE_NOOP("AuditModule", "Screening visits")},
        {QStringLiteral("admin_units"), QT_TRANSLATE_NOOP("AuditModule", "Areas and grids")},
        {QStringLiteral("unit_versions"), QT_TRANSLATE_NOOP("AuditModule", "Versions of areas and grids")},
        {QStringLiteral("cameras"), QT_TRANSLATE_NOOP("AuditModule", "Cameras")},
        {QStringLiteral("incident_categories"), QT_TRANSLATE_NOOP("AuditModule", "Categories")},
        {QStringLiteral("departments"), QT_TRANSLATE_NOOP("AuditModule", "Departments")},
        {QStringLiteral("routing_rules"), QT_TRANSLATE_NOOP("AuditModule", "Routing rules")},
        {QStringLiteral("working_calendar"), QT_TRANSLATE_NOOP("AuditModule", "Working calendar")},
        {QStringLiteral("gd_meta"), QT_TRANSLATE_NOOP("AuditModule", "Settings")},
        {QStringLiteral("gd_users"), QT_TRANSLATE_NOOP("AuditModule", "People")}};
    const char *name = names.value(table);
    return name ? QCoreApplication::translate("AuditModule", name) : table;
}
} // namespace

void AuditModule::show(const Read &read)
{
    if (!read.error.isEmpty()) {
        m_verdict->setText(read.error);
        m_checked.intact = false; // the next read checks from the start
        return;
    }
    const qint64 previousHead = m_checked.headSeq;
    m_checked = read.verdict;
    if (read.verdict.intact) {
        m_verdict->setStyleSheet(QStringLiteral("color: #1b6e3a; font-weight: bold;"));
        m_verdict->setText(tr("Chain intact: %1 entries checked; latest %2").arg(read.verdict.checked).arg(read.verdict.headSeq)
                           + (read.verdict.unsealed ? tr(" (%1 not yet sealed)").arg(read.verdict.unsealed) : QString()));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_verdict->setText(tr("TAMPERED: %1").arg(read.verdict.reason));
    }
    if (read.onlyNew) {
        // Entries after the last head that were listed already (not sealed
        // then) come again: they leave the top of the list first.
        int listed = 0;
        while (listed < m_model->rowCount() && m_model->item(listed, 0)->text().toLongLong() > previousHead)
            ++listed;
        m_model->removeRows(0, listed);
    } else {
        m_model->removeRows(0, m_model->rowCount());
    }
    const bool fresh = m_model->rowCount() == 0;
    // A whole list (the first read, or a check from the start) goes in with
    // the filter and the table detached: one reset, instead of 2,000 inserts
    // each taken up by the filter and the table on its own (90 ms on the GUI
    // thread at a city's scale).
    if (fresh)
        m_proxy->setSourceModel(nullptr);
    for (int i = 0; i < read.newest.size(); ++i) {
        const AuditEntry &e = read.newest[i];
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        QList<QStandardItem *> row;
        auto *actor = new QStandardItem(read.actors.value(i));
        actor->setToolTip(e.actor); // as stored, for the record
        auto *change = new QStandardItem(read.changes.value(i).join(tr("; ")));
        change->setToolTip(read.changes.value(i).join(QLatin1Char('\n')).left(4000));
        row << new QStandardItem(QString::number(e.seq)) << new QStandardItem(QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            << actor << new QStandardItem(actionName(e.action)) << new QStandardItem(tableName(e.table))
            << new QStandardItem(e.rowId ? QString::number(*e.rowId) : QString()) << change;
        if (!read.verdict.intact && e.seq == read.verdict.firstBadSeq)
            for (QStandardItem *item : row)
                item->setBackground(QColor(255, 220, 214));
        m_model->insertRow(i, row); // newest first
    }
    if (m_model->rowCount() > kShown)
        m_model->removeRows(kShown, m_model->rowCount() - kShown);
    if (fresh) {
        m_proxy->setSourceModel(m_model);
        m_view->resizeColumnsToContents(); // not at each new entry: it measures every row
    }
}

} // namespace griddesk::app
