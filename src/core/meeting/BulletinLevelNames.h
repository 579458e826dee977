#pragma once
// The four levels of a security bulletin: stored codes ("blue" … "red"),
// names in the reader's language, and the colour each is shown in.

#include "Bulletin.h"

#include <QString>
#include <QVector>

namespace griddesk::bulletinlevel {

const QVector<BulletinLevel> &all();
QString code(BulletinLevel level);
bool fromCode(const QString &code, BulletinLevel *level);
// "Blue (general)" / "蓝色（一般）": translated.
QString displayName(BulletinLevel level);
// The warning colour (#RRGGBB) of the national four-level scheme.
QString colour(BulletinLevel level);

} // namespace griddesk::bulletinlevel
