#include "RegisterTransferModule.h"
#include "ChangeWatcher.h"
#include "ConsoleSession.h"
#include "ModuleHost.h"
#include "RegisterExportDialog.h"
#include "RegisterImportDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace griddesk::app {

RegisterTransferModule::RegisterTransferModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

RegisterImportDialog *RegisterTransferModule::importDialog() const
{
    return m_importDialog;
}

RegisterExportDialog *RegisterTransferModule::exportDialog() const
{
    return m_exportDialog;
}

bool RegisterTransferModule::mayImport() const
{
    if (!m_session.isWritable())
        return false;
    if (!m_session.user())
        return true;
    // Those who keep registers; leaders and departments read them.
    const Role role = m_session.user()->role;
    return role == Role::Administrator || role == Role::CentreStaff || role == Role::CommunityStaff || role == Role::GridWorker;
}

void RegisterTransferModule::install(ModuleHost &host)
{
    m_window = host.window();
    QMenu *menu = host.menu(ModuleHost::Menu::Registers);
    m_import = new QAction(tr("Import into &Register…"), this);
    m_import->setObjectName(QStringLiteral("actionImportRegister"));
    m_import->setStatusTip(tr("Residents, houses, disputes, key persons, organisations or the work log from a CSV, "
                              "Excel, Shapefile, GeoJSON or GeoPackage file, every row checked first"));
    m_import->setEnabled(mayImport());
    connect(m_import, &QAction::triggered, this, [this] { openImportDialog(); });
    connect(&m_session, &ConsoleSession::writableChanged, this, [this] { m_import->setEnabled(mayImport()); });
    menu->addAction(m_import);
    m_export = new QAction(tr("E&xport Register…"), this);
    m_export->setObjectName(QStringLiteral("actionExportRegister"));
    m_export->setStatusTip(tr("A register to a CSV, Excel, Shapefile, GeoJSON or GeoPackage file, personal data masked"));
    connect(m_export, &QAction::triggered, this, [this] { openExportDialog(); });
    menu->addAction(m_export);
}

void RegisterTransferModule::openImportDialog(RegisterKind kind)
{
    if (!mayImport())
        return;
    if (!m_importDialog) {
        m_importDialog = new RegisterImportDialog(m_session.opener(), m_window);
        connect(m_importDialog, &RegisterImportDialog::imported, this, &RegisterTransferModule::afterImport);
    }
    m_importDialog->restart(kind);
    m_importDialog->show();
    m_importDialog->raise();
}

void RegisterTransferModule::openExportDialog(RegisterKind kind, const RegisterQuery &query, const QString &filterText)
{
    if (!m_exportDialog)
        m_exportDialog = new RegisterExportDialog(m_session.opener(), m_window);
    if (!m_exportDialog->isWorking())
        m_exportDialog->setRegister(kind, query, filterText);
    m_exportDialog->show();
    m_exportDialog->raise();
}

void RegisterTransferModule::afterImport(RegisterKind kind, qint64 rows)
{
    // The import's register_imports row (and on a server its rows) are in the
    // change feed: read it now rather than at the next poll.
    m_session.watcher().poll();
    Q_EMIT imported(kind, rows);
}

} // namespace griddesk::app
