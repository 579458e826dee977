#include "AppSettings.h"

#include <QSettings>

namespace griddesk::app::settings {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kFrame = QStringLiteral("window/frame");
const QString kScreen = QStringLiteral("window/screen");
const QString kMaximised = QStringLiteral("window/maximised");
const QString kDisplayScale = QStringLiteral("display/scale");
const QString kOperatorName = QStringLiteral("operator/name");
const QString kOperatorRole = QStringLiteral("operator/role");
} // namespace

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void setWindowGeometry(const QByteArray &value)
{
    QSettings().setValue(kGeometry, value);
}

QByteArray windowState()
{
    return QSettings().value(kState).toByteArray();
}

void setWindowState(const QByteArray &value)
{
    QSettings().setValue(kState, value);
}

SavedWindow savedWindow()
{
    QSettings s;
    SavedWindow p;
    p.frame = s.value(kFrame).toRect();
    p.screen = s.value(kScreen).toSize();
    p.maximised = s.value(kMaximised, false).toBool();
    return p;
}

void setSavedWindow(const SavedWindow &p)
{
    QSettings s;
    s.setValue(kFrame, p.frame);
    s.setValue(kScreen, p.screen);
    s.setValue(kMaximised, p.maximised);
}

double displayScale()
{
    bool ok = false;
    const double v = QSettings().value(kDisplayScale, 0.0).toDouble(&ok);
    // A hand-edited value out of range is ignored rather than making the console unusable.
    return ok && v >= kMinDisplayScale && v <= kMaxDisplayScale ? v : 0.0;
}

void setDisplayScale(double scale)
{
    QSettings().setValue(kDisplayScale, scale >= kMinDisplayScale && scale <= kMaxDisplayScale ? scale : 0.0);
}

QString operatorName()
{
    return QSettings().value(kOperatorName).toString();
}

void setOperatorName(const QString &name)
{
    QSettings().setValue(kOperatorName, name);
}

QString operatorRole()
{
    return QSettings().value(kOperatorRole, QStringLiteral("centre_staff")).toString();
}

void setOperatorRole(const QString &roleCode)
{
    QSettings().setValue(kOperatorRole, roleCode);
}

ServerProfile serverProfile()
{
    QSettings s;
    ServerProfile p;
    p.host = s.value(QStringLiteral("server/host"), p.host).toString();
    p.port = s.value(QStringLiteral("server/port"), p.port).toInt();
    p.database = s.value(QStringLiteral("server/database"), p.database).toString();
    p.user = s.value(QStringLiteral("server/user")).toString();
    p.sslMode = s.value(QStringLiteral("server/sslMode"), p.sslMode).toString();
    p.sslRootCert = s.value(QStringLiteral("server/sslRootCert")).toString();
    return p;
}

void setServerProfile(const ServerProfile &p)
{
    QSettings s;
    s.setValue(QStringLiteral("server/host"), p.host);
    s.setValue(QStringLiteral("server/port"), p.port);
    s.setValue(QStringLiteral("server/database"), p.database);
    s.setValue(QStringLiteral("server/user"), p.user);
    s.setValue(QStringLiteral("server/sslMode"), p.sslMode);
    s.setValue(QStringLiteral("server/sslRootCert"), p.sslRootCert);
}

QString lastUsername()
{
    return QSettings().value(QStringLiteral("signIn/lastUsername")).toString();
}

void setLastUsername(const QString &name)
{
    QSettings().setValue(QStringLiteral("signIn/lastUsername"), name);
}

ClosedPeriod closedPeriod()
{
    ClosedPeriod p = closedperiod::kDefault;
    closedperiod::fromCode(QSettings().value(QStringLiteral("incidents/closedPeriod")).toString(), &p);
    return p;
}

void setClosedPeriod(ClosedPeriod period)
{
    QSettings().setValue(QStringLiteral("incidents/closedPeriod"), closedperiod::code(period));
}

AssessmentView assessmentView()
{
    QSettings s;
    AssessmentView v;
    v.kpi = s.value(QStringLiteral("assessment/kpi")).toString();
    v.level = s.value(QStringLiteral("assessment/level")).toString();
    v.periodKind = s.value(QStringLiteral("assessment/periodKind")).toString();
    v.onMap = s.value(QStringLiteral("assessment/onMap"), false).toBool();
    return v;
}

void setAssessmentView(const AssessmentView &v)
{
    QSettings s;
    s.setValue(QStringLiteral("assessment/kpi"), v.kpi);
    s.setValue(QStringLiteral("assessment/level"), v.level);
    s.setValue(QStringLiteral("assessment/periodKind"), v.periodKind);
    s.setValue(QStringLiteral("assessment/onMap"), v.onMap);
}

bool staffingMapShown()
{
    return QSettings().value(QStringLiteral("staffing/mapShown"), false).toBool();
}

void setStaffingMapShown(bool shown)
{
    QSettings().setValue(QStringLiteral("staffing/mapShown"), shown);
}

QByteArray registerImportMapping(const QString &sourceKey)
{
    return QSettings().value(QStringLiteral("registerImport/mappings/") + sourceKey).toByteArray();
}

void setRegisterImportMapping(const QString &sourceKey, const QByteArray &json)
{
    QSettings().setValue(QStringLiteral("registerImport/mappings/") + sourceKey, json);
}

bool registersMapShown()
{
    return QSettings().value(QStringLiteral("registers/mapShown"), true).toBool();
}

void setRegistersMapShown(bool shown)
{
    QSettings().setValue(QStringLiteral("registers/mapShown"), shown);
}

PresentationScreens presentationScreens()
{
    QSettings s;
    PresentationScreens p;
    p.wall = s.value(QStringLiteral("presentation/wallScreen")).toString();
    p.presenter = s.value(QStringLiteral("presentation/presenterScreen")).toString();
    p.theme = s.value(QStringLiteral("presentation/theme"), p.theme).toString();
    return p;
}

void setPresentationScreens(const PresentationScreens &p)
{
    QSettings s;
    s.setValue(QStringLiteral("presentation/wallScreen"), p.wall);
    s.setValue(QStringLiteral("presentation/presenterScreen"), p.presenter);
    s.setValue(QStringLiteral("presentation/theme"), p.theme);
}

} // namespace griddesk::app::settings
