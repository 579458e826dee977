#pragma once
// The registers in the console (实有人口, 实有房屋, 矛盾纠纷台账, 重点人群,
// 社会组织, 工作日志): the Registers menu (with import and export, which the
// lists also offer for their register), one list dock per register, the
// forms that add and change records (with a place picked on the map), the
// removal and the audited reveal of a personal field, and the Registers
// group on the map. Lists and map follow the change feed. Everything is
// read and written through the store's register capability, within the
// signed-in person's scope.

#include "FeatureModule.h"
#include "RegisterKind.h"
#include "RegisterLoader.h"

#include <QHash>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <functional>
#include <memory>

class QAction;
class QStandardItemModel;
class QStatusBar;

namespace griddesk {
class RegisterStore;
class Store;
namespace map {
class PickPointTool;
class RegisterLayers;
} // namespace map
} // namespace griddesk

namespace griddesk::app {

class ConsoleSession;
class RegisterDock;
class RegisterForm;
class RegisterTransferModule;

class RegistersModule : public FeatureModule
{
    Q_OBJECT

public:
    RegistersModule(ConsoleSession &session, QObject *parent = nullptr);
    ~RegistersModule() override;
    void install(ModuleHost &host) override;

    // The registers the menu lists, in its order (Ctrl+Alt+1 … 6).
    static const QVector<RegisterKind> &listedKinds();
    RegisterDock *dock(RegisterKind kind) const { return m_docks.value(int(kind)); }
    QAction *openAction(RegisterKind kind) const { return m_openActions.value(int(kind)); }
    QAction *mapAction() const { return m_showMap; }
    map::RegisterLayers *layers() const { return m_layers.get(); }
    // Import and export, in this menu and on each list.
    RegisterTransferModule *transfer() const { return m_transfer; }
    RegisterStore &registers() const;
    Store &store() const;

    // Who may add, change and remove records here, and who may reveal.
    bool mayWrite() const;
    bool mayReveal() const;

    // Shows a register's dock in front and reads it.
    void openRegister(RegisterKind kind);
    // Reads a register's list again (with its filters), on a worker thread.
    void reload(RegisterKind kind);
    // A list is being read (its count and rows are those of the last read until then).
    bool isLoading(RegisterKind kind) const { return m_loading.contains(int(kind)); }

    // The forms. Tests (and scripted use) fill them through the hook, which
    // returns whether to save; without a hook the form opens beside the map.
    using FormHook = std::function<bool(RegisterForm &)>;
    void setFormHook(FormHook hook) { m_formHook = std::move(hook); }
    void openAddForm(RegisterKind kind);
    void openEditForm(RegisterKind kind, qint64 id);
    // A child record's form (a dispute's party, a key person's visit) for `parentKey`.
    void openChildForm(RegisterKind kind, const QVariant &parentKey);
    // Empty, or why the store refused.
    QString removeRecord(RegisterKind kind, qint64 id);
    void showOnMap(RegisterKind kind, qint64 id);

private:
    void installDock(ModuleHost &host, RegisterKind kind);
    void runForm(RegisterForm *form, bool adding);
    void updateButtons(RegisterKind kind);
    void reloadUnits();
    void reloadMarks();
    void revealSelected(RegisterKind kind);
    void removeSelected(RegisterKind kind);
    void onTablesChanged(const QSet<QString> &tables);
    void showLoaded(const RegisterLoader::Result &result);
    void showWeekSummary(RegisterDock &dock);

    ConsoleSession &m_session;
    QHash<int, RegisterDock *> m_docks;
    QHash<int, QAction *> m_openActions;
    QHash<int, bool> m_stale;
    QHash<int, RegisterLoader *> m_loaders;
    QSet<int> m_loading;
    QHash<int, qint64> m_selectAfterLoad; // the record to select once the list is read
    QVector<QPair<QString, QString>> m_grids; // code, name: the grids a form offers
    QStandardItemModel *m_unitModel = nullptr; // the docks' area filter
    QAction *m_showMap = nullptr;
    std::unique_ptr<map::RegisterLayers> m_layers;
    map::PickPointTool *m_pick = nullptr;
    QPointer<RegisterForm> m_picking;
    QStatusBar *m_status = nullptr;
    RegisterTransferModule *m_transfer = nullptr;
    FormHook m_formHook;
};

} // namespace griddesk::app
