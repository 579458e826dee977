#pragma once
// Typed settings: every persisted key is declared here and nowhere else.

#include <QByteArray>
#include <QString>

namespace griddesk::app::settings {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &value);
QByteArray windowState();
void setWindowState(const QByteArray &value);
// Bump when docks or toolbars change so old layouts are not restored wrongly.
constexpr int kWindowStateVersion = 1;

} // namespace griddesk::app::settings
