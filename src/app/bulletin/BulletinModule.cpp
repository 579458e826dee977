#include "BulletinModule.h"
#include "AreaDrawTool.h"
#include "BulletinBanner.h"
#include "BulletinDialog.h"
#include "BulletinDock.h"
#include "BulletinTheme.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "ModuleHost.h"
#include "PolygonOps.h"
#include "Store.h"
#include "StoreError.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <qgsmapcanvas.h>
#include <qgsproject.h>

namespace griddesk::app {

BulletinModule::BulletinModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

BulletinDialog *BulletinModule::dialog() const
{
    return m_dialog;
}

bool BulletinModule::mayPublish() const
{
    const Role role = m_session.operatorRole();
    return m_session.isWritable() && (role == Role::CentreStaff || role == Role::Administrator);
}

void BulletinModule::install(ModuleHost &host)
{
    m_theme = new map::BulletinTheme(&m_session.layers(), m_session.store(), &m_session.watcher(), QgsProject::instance(), this);
    m_banner = new BulletinBanner;
    host.setHeaderBanner(m_banner);
    m_dock = new BulletinDock(host.window());
    host.addDockBehind(m_dock, QStringLiteral("featureDetailsDock"), Qt::RightDockWidgetArea);

    m_publish = new QAction(tr("Publish Security &Bulletin…"), this);
    m_publish->setObjectName(QStringLiteral("actionPublishBulletin"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_publish, &QAction::triggered, this, &BulletinModule::openPublishDialog);
    m_withdraw = new QAction(tr("&Withdraw Security Bulletin"), this);
    m_withdraw->setObjectName(QStringLiteral("actionWithdrawBulletin"));
    connect(m_withdraw, &QAction::triggered, this, &BulletinModule::withdrawSelected);
    QMenu *menu = host.menu(ModuleHost::Menu::Incidents);
    menu->addSeparator();
    menu->addAction(m_publish);
    menu->addAction(m_withdraw);
    connect(m_dock->publishButton(), &QPushButton::clicked, m_publish, &QAction::trigger);
    connect(m_dock->withdrawButton(), &QPushButton::clicked, m_withdraw, &QAction::trigger);
    connect(m_dock, &BulletinDock::zoomRequested, this, &BulletinModule::zoomTo);
    connect(m_banner, &BulletinBanner::bulletinClicked, this, &BulletinModule::zoomTo);
    connect(m_dock->table(), &QTableWidget::itemSelectionChanged, this, &BulletinModule::updateActions);
    connect(&m_session, &ConsoleSession::writableChanged, this, &BulletinModule::updateActions);

    m_drawTool = new map::AreaDrawTool(m_session.canvas());
    m_drawTool->setParent(this);
    connect(m_drawTool, &map::AreaDrawTool::areaDrawn, this, [this](const MultiPolygon &area) {
        m_session.canvas()->unsetMapTool(m_drawTool);
        if (m_dialog) {
            m_dialog->setDrawnArea(area);
            m_dialog->show();
            m_dialog->raise();
        }
    });
    connect(m_drawTool, &map::AreaDrawTool::cancelled, this, [this] {
        m_session.canvas()->unsetMapTool(m_drawTool);
        if (m_dialog)
            m_dialog->show();
    });

    QStatusBar *status = m_status = host.statusBar();
    connect(m_theme, &map::BulletinTheme::failed, status, [status](const QString &message) {
        status->showMessage(tr("Could not read security bulletins: %1").arg(message), 10000);
    });
    connect(m_theme, &map::BulletinTheme::activeChanged, m_banner, &BulletinBanner::setBulletins);
    connect(m_theme, &map::BulletinTheme::activeChanged, this, &BulletinModule::reloadDock);
    m_banner->setBulletins(m_theme->active());
    reloadDock();
    updateActions();
}

void BulletinModule::updateActions()
{
    m_publish->setEnabled(mayPublish());
    m_withdraw->setEnabled(mayPublish() && m_dock->selectedId() > 0);
    m_dock->publishButton()->setVisible(mayPublish());
    m_dock->withdrawButton()->setVisible(mayPublish());
    m_dock->withdrawButton()->setEnabled(m_withdraw->isEnabled());
}

void BulletinModule::reloadDock()
{
    try {
        m_dock->setBulletins(m_session.store().currentBulletins(QDateTime::currentDateTimeUtc()));
    } catch (const StoreError &) {
        // The theme reports the failure; the list keeps what it showed.
    }
    updateActions();
}

void BulletinModule::openPublishDialog()
{
    if (!mayPublish())
        return;
    if (m_dialog) {
        m_dialog->show();
        m_dialog->raise();
        return;
    }
    m_dialog = new BulletinDialog(m_session, m_dock->window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setPublisher([this](const Bulletin &draft) -> QString {
        try {
            const Bulletin b = m_session.store().publish(draft);
            m_theme->reload();
            reloadDock();
            m_status->showMessage(tr("Bulletin %1 published: %2").arg(b.code, b.title), 10000);
            return {};
        } catch (const StoreError &e) {
            return e.message();
        }
    });
    connect(m_dialog, &BulletinDialog::drawRequested, this, &BulletinModule::startDrawing);
    m_dialog->show();
}

void BulletinModule::startDrawing()
{
    m_dialog->hide();
    m_session.canvas()->setMapTool(m_drawTool);
    m_session.canvas()->setFocus();
    m_status->showMessage(
        tr("Click the corners of the area; right-click or double-click to finish, Esc to cancel."), 30000);
}

void BulletinModule::withdrawSelected()
{
    const qint64 id = m_dock->selectedId();
    if (id <= 0 || !mayPublish())
        return;
    try {
        const Bulletin b = m_session.store().withdraw(id);
        m_theme->reload();
        reloadDock();
        m_status->showMessage(tr("Bulletin %1 withdrawn").arg(b.code), 10000);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_dock->window(), tr("Withdraw security bulletin"), e.message());
    }
}

void BulletinModule::zoomTo(qint64 id)
{
    try {
        const std::optional<Bulletin> b = m_session.store().bulletin(id);
        if (!b || b->area.isEmpty())
            return;
        QgsMapCanvas *canvas = m_session.canvas();
        canvas->setExtent(m_session.layers().displayExtent(polygon::bounds(b->area)));
        canvas->refresh();
    } catch (const StoreError &e) {
        m_status->showMessage(e.message(), 10000);
    }
}

} // namespace griddesk::app
