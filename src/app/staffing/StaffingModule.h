#pragma once
// Grid staff (网格员配备) in the console: the dock with the register and the
// grids that break the staffing rule, the form that adds and changes
// people, retiring and the audited reveal of a phone, zoom to a grid, and
// the staffing map theme. Everything is read again when the change feed
// says the register, the settings or the grids changed.

#include "FeatureModule.h"
#include "StaffMember.h"
#include "StaffingViolation.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPair>
#include <QVector>

#include <functional>

class QAction;
class QStatusBar;

namespace griddesk {
class Store;
}

namespace griddesk::map {
class StaffingTheme;
}

namespace griddesk::app {

class ConsoleSession;
class StaffDialog;
class StaffDock;

class StaffingModule : public FeatureModule
{
    Q_OBJECT

public:
    StaffingModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    StaffDock *dock() const { return m_dock; }
    map::StaffingTheme *theme() const { return m_theme; }
    QAction *mapAction() const { return m_showMap; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *retireAction() const { return m_retire; }
    QAction *revealAction() const { return m_reveal; }

    // Reads the register and the rule's findings again, for the dock and the
    // map: now (after this console's own write), or on a worker thread (at
    // the start, and as others' changes come).
    void reload();
    void readInBackground();
    bool isLoading() const;
    // The form, for a new person or for the one selected. Tests (and
    // scripted use) fill it through the hook, which returns whether to save.
    using DialogHook = std::function<bool(StaffDialog &)>;
    void setDialogHook(DialogHook hook) { m_dialogHook = std::move(hook); }
    void openAddDialog();
    void openEditDialog();
    // Retires a person on `on`; false (after saying why) when refused.
    bool retire(qint64 id, const QDate &on);
    void zoomToGrid(const QString &gridCode);

private:
    struct Read {
        QVector<StaffMember> staff;
        QVector<QPair<QString, QString>> grids;
        QVector<GridStaffing> check;
        QString error;
    };
    static Read read(Store &store);
    void show(const Read &read);
    bool mayKeep() const;
    void updateActions();
    void runDialog(StaffDialog &dialog, bool adding);
    void retireSelected();
    void revealSelected();

    ConsoleSession &m_session;
    StaffDock *m_dock = nullptr;
    map::StaffingTheme *m_theme = nullptr;
    QAction *m_showMap = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_reveal = nullptr;
    QStatusBar *m_status = nullptr;
    DialogHook m_dialogHook;
    QFutureWatcher<Read> *m_reader = nullptr;
    bool m_readAgain = false;
};

} // namespace griddesk::app
