#include "UnitChange.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace griddesk {

namespace {

const std::array<std::pair<UnitChange, const char *>, 7> kCodes = {{
    {UnitChange::Recorded, "recorded"},
    {UnitChange::Drawn, "drawn"},
    {UnitChange::Reshaped, "reshaped"},
    {UnitChange::Split, "split"},
    {UnitChange::Merged, "merged"},
    {UnitChange::Imported, "imported"},
    {UnitChange::Renamed, "renamed"},
}};

} // namespace

QString unitChangeCode(UnitChange change)
{
    for (const auto &[value, code] : kCodes)
        if (value == change)
            return QString::fromLatin1(code);
    return {};
}

bool unitChangeFromCode(const QString &code, UnitChange *change)
{
    for (const auto &[value, text] : kCodes)
        if (code == QLatin1String(text)) {
            *change = value;
            return true;
        }
    return false;
}

QString unitChangeName(UnitChange change)
{
    switch (change) {
    case UnitChange::Recorded: return QCoreApplication::translate("UnitChange", "Recorded");
    case UnitChange::Drawn: return QCoreApplication::translate("UnitChange", "Drawn");
    case UnitChange::Reshaped: return QCoreApplication::translate("UnitChange", "Reshaped");
    case UnitChange::Split: return QCoreApplication::translate("UnitChange", "Split");
    case UnitChange::Merged: return QCoreApplication::translate("UnitChange", "Merged");
    case UnitChange::Imported: return QCoreApplication::translate("UnitChange", "Imported");
    case UnitChange::Renamed: return QCoreApplication::translate("UnitChange", "Renamed");
    }
    return {};
}

} // namespace griddesk
