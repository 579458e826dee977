#include "DivisionTree.h"
#include "DivisionCode.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace griddesk::divisiontree {

namespace {

bool isCityCode(const QString &code)
{
    return code.size() == 12 && divisioncode::isDigits(code) && code.mid(4) == QLatin1String("00000000")
        && code.mid(2, 2) != QLatin1String("00");
}

bool codeFitsLevel(const QString &code, int level)
{
    return level == 2 ? isCityCode(code) : code.size() == 12 && divisioncode::isValid(code, AdminLevel(level));
}

// The code of the unit one level up, as the digits say.
QString parentByDigits(const QString &code, int level)
{
    return level == 3 ? code.left(4) + QStringLiteral("00000000") : divisioncode::parentOf(code);
}

} // namespace

Result check(const QVector<DivisionRow> &rows, const QHash<QString, QString> &stored)
{
    Result r;
    auto fail = [&](const DivisionRow &row, const char *field, const QString &message) {
        r.errors.push_back({QString::fromLatin1(field), message, row.line});
    };
    struct Seen { int line; int level; QString parent; QString name; };
    QHash<QString, Seen> seen;
    QVector<QPair<int, const DivisionRow *>> good; // level, row
    for (const DivisionRow &row : rows) {
        bool ok = false;
        const int level = row.levelText.trimmed().toInt(&ok);
        if (!ok || level < 2 || level > 5) {
            fail(row, "level", QCoreApplication::translate("DivisionTree", "\"%1\" is not 2 (city), 3 (county or district), 4 (township or street) "
                                  "or 5 (village or community)").arg(row.levelText));
            continue;
        }
        if (!codeFitsLevel(row.code, level)) {
            fail(row, "code", QCoreApplication::translate("DivisionTree", "\"%1\" is not a 12-digit code of level %2").arg(row.code).arg(level));
            continue;
        }
        if (row.name.trimmed().isEmpty())
            fail(row, "name", QCoreApplication::translate("DivisionTree", "a name is required"));
        const auto before = seen.constFind(row.code);
        if (before != seen.cend()) {
            if (before->parent != row.parentCode || before->name != row.name)
                fail(row, "code", QCoreApplication::translate("DivisionTree", "%1 is already on line %2 with parent %3 and name %4")
                                      .arg(row.code).arg(before->line).arg(before->parent, before->name));
            continue; // the same row twice adds nothing
        }
        seen.insert(row.code, {row.line, level, row.parentCode, row.name});
        good.push_back({level, &row});
    }
    for (const auto &g : good) {
        const int level = g.first;
        const DivisionRow &row = *g.second;
        if (level == 2)
            continue; // the root: its parent (the province) is not in the list
        const QString expected = parentByDigits(row.code, level);
        if (row.parentCode != expected) {
            fail(row, "parent_code", QCoreApplication::translate("DivisionTree", "\"%1\" is not the unit above %2 (its code says %3)")
                                         .arg(row.parentCode, row.code, expected));
            continue;
        }
        const auto parent = seen.constFind(row.parentCode);
        const bool parentInFile = parent != seen.cend() && parent->level == level - 1;
        if (!parentInFile && (level == 3 || !stored.contains(row.parentCode))) {
            fail(row, "parent_code", QCoreApplication::translate("DivisionTree", "%1 is neither in the list nor stored").arg(row.parentCode));
            continue;
        }
        const QString unitParent = level == 3 ? QString() : row.parentCode;
        const auto was = stored.constFind(row.code);
        if (level > 3 && was != stored.cend() && *was != unitParent) {
            fail(row, "parent_code", QCoreApplication::translate("DivisionTree", "%1 is stored under %2, not under %3").arg(row.code, *was, unitParent));
            continue;
        }
        AdminUnit u;
        u.code = row.code;
        u.parentCode = unitParent;
        u.name = row.name.trimmed();
        u.shortName = u.name;
        u.level = AdminLevel(level);
        r.units.push_back(u);
    }
    if (!r.errors.isEmpty()) {
        r.units.clear();
        std::stable_sort(r.errors.begin(), r.errors.end(),
                         [](const FieldError &a, const FieldError &b) { return a.row < b.row; });
    }
    std::stable_sort(r.units.begin(), r.units.end(),
                     [](const AdminUnit &a, const AdminUnit &b) { return int(a.level) < int(b.level); });
    return r;
}

QString describe(const QVector<FieldError> &errors, int maxLines)
{
    QStringList lines;
    for (int i = 0; i < errors.size() && i < maxLines; ++i)
        lines << QCoreApplication::translate("DivisionTree", "line %1, %2: %3").arg(errors[i].row).arg(errors[i].field, errors[i].message);
    if (errors.size() > maxLines)
        lines << QCoreApplication::translate("DivisionTree", "... and %1 more").arg(errors.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace griddesk::divisiontree
