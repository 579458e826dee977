#include "AppSettings.h"

#include <QSettings>

namespace griddesk::app::settings {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
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

} // namespace griddesk::app::settings
