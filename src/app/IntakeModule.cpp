#include "IntakeModule.h"
#include "AppSettings.h"
#include "ConsoleSession.h"
#include "IntakeDialog.h"
#include "LiveLayerRefresher.h"
#include "ModuleHost.h"
#include "PickPointTool.h"
#include "Store.h"
#include "StoreError.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

#include <qgsmapcanvas.h>

namespace griddesk::app {

IntakeModule::IntakeModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

void IntakeModule::install(ModuleHost &host)
{
    m_window = host.window();
    m_action = new QAction(tr("&New Report…"), this);
    m_action->setObjectName(QStringLiteral("actionNewReport"));
    m_action->setShortcut(QKeySequence::New);
    connect(m_action, &QAction::triggered, this, [this] { openForm(); });
    m_action->setEnabled(m_session.isWritable());
    connect(&m_session, &ConsoleSession::writableChanged, m_action, &QAction::setEnabled);
    QMenu *menu = host.menu(ModuleHost::Menu::Incidents);
    menu->insertAction(menu->actions().value(0), m_action);
    host.toolBar(QStringLiteral("mapToolBar"), tr("Map"))->addAction(m_action);

    m_pick = new map::PickPointTool(m_session.canvas());
    m_pick->setParent(this);
    connect(m_pick, &map::PickPointTool::picked, this, [this](const GeoPoint &p) {
        if (m_dialog) {
            m_dialog->setLocation(p);
            m_dialog->raise();
            m_dialog->activateWindow();
        }
        m_session.canvas()->unsetMapTool(m_pick);
    });
}

IntakeDialog *IntakeModule::openForm()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    m_dialog = new IntakeDialog(m_session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &IntakeDialog::pickOnMapRequested, this, [this] { m_session.canvas()->setMapTool(m_pick); });
    connect(m_dialog, &QDialog::accepted, this, [this] { save(m_dialog); });
    m_dialog->show();
    return m_dialog;
}

qint64 IntakeModule::save(IntakeDialog *dialog)
{
    const QString actor = m_session.operatorName().isEmpty() ? tr("Centre staff") : m_session.operatorName();
    try {
        const qint64 id = m_session.store().addIncident(dialog->report(), actor);
        // Show it now rather than at the next change-feed poll.
        m_session.refresher().refreshCases({id});
        if (auto *w = qobject_cast<QMainWindow *>(m_window))
            w->statusBar()->showMessage(tr("Report %1 saved").arg(m_session.store().incident(id)->code), 10000);
        Q_EMIT reportSaved(id);
        return id;
    } catch (const StoreError &e) {
        QMessageBox::warning(m_window, tr("New report"), e.message());
        return 0;
    }
}

} // namespace griddesk::app
