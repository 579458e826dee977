#include "BoundaryModule.h"
#include "AccessPolicy.h"
#include "BoundaryExportDialog.h"
#include "BoundaryImportDialog.h"
#include "ConsoleSession.h"
#include "ModuleHost.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

#include <qgsmapcanvas.h>

namespace griddesk::app {

BoundaryModule::BoundaryModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

BoundaryImportDialog *BoundaryModule::importDialog() const
{
    return m_importDialog;
}

BoundaryExportDialog *BoundaryModule::exportDialog() const
{
    return m_exportDialog;
}

bool BoundaryModule::isAdministrator() const
{
    // A local file without users is its lone operator's to administer.
    return !m_session.user() || accesspolicy::isAdministrator(*m_session.user());
}

void BoundaryModule::install(ModuleHost &host)
{
    m_window = host.window();
    QMenu *file = host.menu(ModuleHost::Menu::File);
    // Before the separator that leads to Quit.
    QAction *before = nullptr;
    const QList<QAction *> actions = file->actions();
    for (int i = 0; i < actions.size(); ++i)
        if (actions[i]->objectName() == QLatin1String("actionQuit"))
            before = i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : actions[i];
    if (isAdministrator()) {
        m_import = new QAction(tr("&Import Boundaries…"), this);
        m_import->setObjectName(QStringLiteral("actionImportBoundaries"));
        m_import->setStatusTip(tr("Township, community or grid boundaries from a Shapefile, GeoJSON or GeoPackage file"));
        m_import->setEnabled(m_session.isWritable());
        connect(m_import, &QAction::triggered, this, &BoundaryModule::openImportDialog);
        connect(&m_session, &ConsoleSession::writableChanged, m_import, &QAction::setEnabled);
        file->insertAction(before, m_import);
    }
    m_export = new QAction(tr("&Export Boundaries…"), this);
    m_export->setObjectName(QStringLiteral("actionExportBoundaries"));
    m_export->setStatusTip(tr("Township, community or grid boundaries to a Shapefile, GeoJSON or GeoPackage file"));
    connect(m_export, &QAction::triggered, this, &BoundaryModule::openExportDialog);
    file->insertAction(before, m_export);
}

void BoundaryModule::openImportDialog()
{
    if (!m_importDialog) {
        m_importDialog = new BoundaryImportDialog(m_session.opener(), m_window);
        connect(m_importDialog, &BoundaryImportDialog::imported, this, &BoundaryModule::refreshAfterImport);
    }
    m_importDialog->show();
    m_importDialog->raise();
}

void BoundaryModule::openExportDialog()
{
    if (!m_exportDialog)
        m_exportDialog = new BoundaryExportDialog(m_session.opener(), m_window);
    m_exportDialog->show();
    m_exportDialog->raise();
}

void BoundaryModule::refreshAfterImport()
{
    m_session.reloadUnitNames();
    if (m_session.canvas())
        m_session.canvas()->refreshAllLayers();
}

} // namespace griddesk::app
