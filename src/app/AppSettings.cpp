#include "AppSettings.h"

#include <QSettings>

namespace griddesk::app::settings {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
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

} // namespace griddesk::app::settings
