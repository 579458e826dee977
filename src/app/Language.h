#pragma once
// Chooses the UI language (Chinese on a Chinese system, English otherwise,
// or as --lang says) and installs the translators.

#include <QString>

namespace griddesk::app::language {

// "zh_CN" or "en"; an empty request means "follow the system locale".
QString resolve(const QString &requested);
// Installs GridDesk's and Qt's translators for `lang` on the application,
// replacing those of an earlier call.
void install(const QString &lang);
QString current();
bool isChinese();

} // namespace griddesk::app::language
