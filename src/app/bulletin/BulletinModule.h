#pragma once
// Security bulletins (治安预警) in the console: the map layer of the areas in
// force, the banner in the header, the dock listing them, and publishing
// (an area drawn on the map or chosen as units) and withdrawing for the
// centre's staff and administrators.

#include "FeatureModule.h"

#include <QPointer>

class QAction;
class QStatusBar;

namespace griddesk::map {
class AreaDrawTool;
class BulletinTheme;
} // namespace griddesk::map

namespace griddesk::app {

class BulletinBanner;
class BulletinDialog;
class BulletinDock;
class ConsoleSession;

class BulletinModule : public FeatureModule
{
    Q_OBJECT

public:
    BulletinModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    map::BulletinTheme *theme() const { return m_theme; }
    BulletinBanner *banner() const { return m_banner; }
    BulletinDock *dock() const { return m_dock; }
    QAction *publishAction() const { return m_publish; }
    // The publishing form while it is open.
    BulletinDialog *dialog() const;
    map::AreaDrawTool *drawTool() const { return m_drawTool; }

    // Opens the publishing form (non-modal, so that the area can be drawn).
    void openPublishDialog();
    void withdrawSelected();
    // Shows a bulletin's area on the map.
    void zoomTo(qint64 id);

private:
    bool mayPublish() const;
    void updateActions();
    void reloadDock();
    void startDrawing();

    ConsoleSession &m_session;
    map::BulletinTheme *m_theme = nullptr;
    BulletinBanner *m_banner = nullptr;
    BulletinDock *m_dock = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_withdraw = nullptr;
    QPointer<BulletinDialog> m_dialog;
    map::AreaDrawTool *m_drawTool = nullptr;
    QStatusBar *m_status = nullptr;
};

} // namespace griddesk::app
