#pragma once
// Typed settings: every persisted key is declared here and nowhere else.

#include "ClosedPeriod.h"

#include <QByteArray>
#include <QRect>
#include <QSize>
#include <QString>

namespace griddesk::app::settings {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &value);
QByteArray windowState();
void setWindowState(const QByteArray &value);
// Where the window was when it was saved: its frame (unmaximised), whether it
// was maximised, and the available area of its screen then.
struct SavedWindow {
    QRect frame;
    QSize screen;
    bool maximised = false;
};
SavedWindow savedWindow();
void setSavedWindow(const SavedWindow &window);
// The display scale for screens that report the wrong DPI (projectors, video
// walls): 0 follows the screen's own DPI; otherwise a factor from kMinDisplayScale
// to kMaxDisplayScale. It applies from the next start.
constexpr double kMinDisplayScale = 0.5;
constexpr double kMaxDisplayScale = 4.0;
double displayScale();
void setDisplayScale(double scale);
// Who works at this console, recorded in every workflow action.
QString operatorName();
void setOperatorName(const QString &name);
QString operatorRole(); // Role code
void setOperatorRole(const QString &roleCode);

// The last server connection (never its password: see PasswordVault).
struct ServerProfile {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("griddesk");
    QString user;
    // libpq's sslmode: encrypted by default; verify-full with the
    // authority's certificate (sslRootCert) also proves the server's name.
    QString sslMode = QStringLiteral("require");
    QString sslRootCert;
};
ServerProfile serverProfile();
void setServerProfile(const ServerProfile &profile);
// The last local sign-in name.
QString lastUsername();
void setLastUsername(const QString &name);

// How far back the map and the incident list show ended cases.
ClosedPeriod closedPeriod();
void setClosedPeriod(ClosedPeriod period);

// What the assessment dock compared when it was last used.
struct AssessmentView {
    QString kpi;        // Kpi code
    QString level;      // township, community, grid or department
    QString periodKind; // week, month, quarter, year
    bool onMap = false;
};
AssessmentView assessmentView();
void setAssessmentView(const AssessmentView &view);

// Where presentation mode shows (screens by their name): the wall (empty:
// another screen than the main one, if any) and the presenter view (empty:
// the main screen when the wall is elsewhere; "none": no presenter view),
// and the slides' theme ("light" or "dark").
struct PresentationScreens {
    QString wall;
    QString presenter;
    QString theme = QStringLiteral("light");
};
PresentationScreens presentationScreens();
void setPresentationScreens(const PresentationScreens &screens);

// Whether the staffing map theme was shown when the console last closed.
bool staffingMapShown();
void setStaffingMapShown(bool shown);

// The field mapping (ImportMapping JSON) last used for a register import
// from a source, keyed by the register and the file's sorted field names;
// empty when none.
QByteArray registerImportMapping(const QString &sourceKey);
void setRegisterImportMapping(const QString &sourceKey, const QByteArray &json);
// Whether the Registers group was shown on the map when the console last closed.
bool registersMapShown();
void setRegistersMapShown(bool shown);

// Bump when docks or toolbars change so old layouts are not restored wrongly.
constexpr int kWindowStateVersion = 7;

} // namespace griddesk::app::settings
