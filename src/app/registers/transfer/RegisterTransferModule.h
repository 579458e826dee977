#pragma once
// Register files in and out of the console: Import into Register… (for
// those who keep registers, while the database can be written) and Export
// Register…, each with its dialog, also opened from a register's list with
// that register (and, for an export, the list's filter). After an import
// the change feed is read at once, so the lists show the new rows.

#include "FeatureModule.h"
#include "RegisterKind.h"
#include "RegisterQuery.h"

#include <QPointer>

class QAction;
class QWidget;

namespace griddesk::app {

class ConsoleSession;
class RegisterExportDialog;
class RegisterImportDialog;

class RegisterTransferModule : public FeatureModule
{
    Q_OBJECT

public:
    RegisterTransferModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // The dialogs, once opened.
    RegisterImportDialog *importDialog() const;
    RegisterExportDialog *exportDialog() const;

    // Whether the signed-in person may import (keeps registers, database writable).
    bool mayImport() const;
    void openImportDialog(RegisterKind kind = RegisterKind::Residents);
    // `filterText`: the list's filter in words (empty: none).
    void openExportDialog(RegisterKind kind = RegisterKind::Residents, const RegisterQuery &query = {},
                          const QString &filterText = {});

Q_SIGNALS:
    void imported(griddesk::RegisterKind kind, qint64 rows);

private:
    void afterImport(RegisterKind kind, qint64 rows);

    ConsoleSession &m_session;
    QWidget *m_window = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QPointer<RegisterImportDialog> m_importDialog;
    QPointer<RegisterExportDialog> m_exportDialog;
};

} // namespace griddesk::app
