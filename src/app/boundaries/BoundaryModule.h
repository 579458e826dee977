#pragma once
// Boundaries in and out of the console: File → Import Boundaries… (for
// administrators, while the database can be written) and File → Export
// Boundaries…, each with its dialog. After an import the map and the units'
// names are read again.

#include "FeatureModule.h"

#include <QPointer>

class QAction;

namespace griddesk::app {

class BoundaryExportDialog;
class BoundaryImportDialog;
class ConsoleSession;

class BoundaryModule : public FeatureModule
{
    Q_OBJECT

public:
    BoundaryModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // The dialogs, once opened.
    BoundaryImportDialog *importDialog() const;
    BoundaryExportDialog *exportDialog() const;

    void openImportDialog();
    void openExportDialog();

private:
    bool isAdministrator() const;
    void refreshAfterImport();

    ConsoleSession &m_session;
    QWidget *m_window = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QPointer<BoundaryImportDialog> m_importDialog;
    QPointer<BoundaryExportDialog> m_exportDialog;
};

} // namespace griddesk::app
