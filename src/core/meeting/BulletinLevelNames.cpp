#include "BulletinLevelNames.h"

#include <QCoreApplication>

namespace griddesk::bulletinlevel {

const QVector<BulletinLevel> &all()
{
    static const QVector<BulletinLevel> levels = {BulletinLevel::Blue, BulletinLevel::Yellow, BulletinLevel::Orange,
                                                  BulletinLevel::Red};
    return levels;
}

QString code(BulletinLevel level)
{
    switch (level) {
    case BulletinLevel::Blue: return QStringLiteral("blue");
    case BulletinLevel::Yellow: return QStringLiteral("yellow");
    case BulletinLevel::Orange: return QStringLiteral("orange");
    case BulletinLevel::Red: return QStringLiteral("red");
    }
    return {};
}

bool fromCode(const QString &value, BulletinLevel *level)
{
    for (BulletinLevel candidate : all())
        if (code(candidate) == value) {
            if (level)
                *level = candidate;
            return true;
        }
    return false;
}

QString displayName(BulletinLevel level)
{
    switch (level) {
    case BulletinLevel::Blue: return QCoreApplication::translate("BulletinLevel", "Blue (general)");
    case BulletinLevel::Yellow: return QCoreApplication::translate("BulletinLevel", "Yellow (serious)");
    case BulletinLevel::Orange: return QCoreApplication::translate("BulletinLevel", "Orange (severe)");
    case BulletinLevel::Red: return QCoreApplication::translate("BulletinLevel", "Red (very severe)");
    }
    return {};
}

QString colour(BulletinLevel level)
{
    switch (level) {
    case BulletinLevel::Blue: return QStringLiteral("#1f6fd1");
    case BulletinLevel::Yellow: return QStringLiteral("#e0b400");
    case BulletinLevel::Orange: return QStringLiteral("#f07800");
    case BulletinLevel::Red: return QStringLiteral("#d7191c");
    }
    return {};
}

} // namespace griddesk::bulletinlevel
