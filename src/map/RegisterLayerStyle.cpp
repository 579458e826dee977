#include "RegisterLayerStyle.h"
#include "RegisterSpec.h"

#include <QCoreApplication>
#include <QStringList>

#include <qgsfillsymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsrulebasedrenderer.h>

namespace griddesk::map::registerstyle {

namespace {

struct Shade {
    const char *code;
    const char *colour;
};

// Status and risk read at a glance: warm for open or high, green for done.
const Shade kDisputes[] = {{"registered", "#f0a202"}, {"mediating", "#2f6fdf"}, {"resolved", "#3a9d5d"},
                           {"failed", "#c62828"},      {"transferred", "#7b4fb8"}};
const Shade kKeyPersons[] = {{"high", "#d32f2f"}, {"medium", "#f57c00"}, {"low", "#c0ca33"}};
const Shade kOrganisations[] = {{"social_org", "#00897b"}, {"property_company", "#5e35b1"},
                                {"owners_committee", "#8e24aa"}, {"enterprise", "#1e88e5"},
                                {"sole_trader", "#6d4c41"}, {"other", "#757575"}};
const Shade kHouses[] = {{"residential", "#8d6e63"}, {"commercial", "#ef6c00"}, {"office", "#546e7a"},
                         {"industrial", "#37474f"},  {"mixed", "#c2185b"},     {"public_service", "#00838f"},
                         {"other", "#9e9e9e"}};

template <size_t N>
QColor find(const Shade (&shades)[N], const QString &code)
{
    for (const Shade &s : shades)
        if (code == QLatin1String(s.code))
            return QColor(QLatin1String(s.colour));
    return QColor(120, 120, 120);
}

QString literal(const QString &code)
{
    return QLatin1Char('\'') + QString(code).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QgsSymbol *classSymbol(RegisterKind kind, bool footprints, const QColor &colour)
{
    if (footprints) {
        QColor fill = colour;
        fill.setAlpha(140);
        return QgsFillSymbol::createSimple({{QStringLiteral("color"), fill.name(QColor::HexArgb)},
                                            {QStringLiteral("outline_color"), colour.darker(140).name()},
                                            {QStringLiteral("outline_width"), QStringLiteral("0.3")}});
    }
    const QString shape = kind == RegisterKind::Organisations ? QStringLiteral("square")
        : kind == RegisterKind::Houses                        ? QStringLiteral("pentagon")
                                                              : QStringLiteral("circle");
    return QgsMarkerSymbol::createSimple({{QStringLiteral("name"), shape},
                                          {QStringLiteral("color"), colour.name()},
                                          {QStringLiteral("size"), kind == RegisterKind::Houses ? QStringLiteral("2.2") : QStringLiteral("3.2")},
                                          {QStringLiteral("outline_color"), QStringLiteral("#ffffff")},
                                          {QStringLiteral("outline_width"), QStringLiteral("0.3")}});
}

QString markLabel(RegisterKind kind)
{
    return kind == RegisterKind::Disputes ? QCoreApplication::translate("griddesk::map::RegisterLayers", "Repeats an earlier dispute")
                                          : QCoreApplication::translate("griddesk::map::RegisterLayers", "Visit overdue");
}

} // namespace

QString classColumn(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Houses: return QStringLiteral("house_use");
    case RegisterKind::Disputes: return QStringLiteral("status");
    case RegisterKind::KeyPersons: return QStringLiteral("risk_level");
    case RegisterKind::Organisations: return QStringLiteral("org_type");
    default: return {};
    }
}

QColor colour(RegisterKind kind, const QString &code)
{
    switch (kind) {
    case RegisterKind::Houses: return find(kHouses, code);
    case RegisterKind::Disputes: return find(kDisputes, code);
    case RegisterKind::KeyPersons: return find(kKeyPersons, code);
    case RegisterKind::Organisations: return find(kOrganisations, code);
    default: return QColor(120, 120, 120);
    }
}

QColor markColour(RegisterKind kind)
{
    return kind == RegisterKind::Disputes ? QColor(QStringLiteral("#4a148c")) : QColor(QStringLiteral("#e91e63"));
}

QgsFeatureRenderer *renderer(RegisterKind kind, bool footprints, const QSet<qint64> &marked)
{
    const RegisterField *field = registercatalog::spec(kind).field(classColumn(kind));
    auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
    // The ring first, so that the coloured mark sits inside it.
    if (kind == RegisterKind::Disputes || kind == RegisterKind::KeyPersons) {
        QStringList ids;
        for (qint64 id : marked)
            ids << QString::number(id);
        std::sort(ids.begin(), ids.end());
        const QString filter = ids.isEmpty() ? QStringLiteral("FALSE")
                                             : QStringLiteral("\"fid\" IN (%1)").arg(ids.join(QLatin1Char(',')));
        QgsMarkerSymbol *ring = QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("circle")},
                                                               {QStringLiteral("color"), QStringLiteral("0,0,0,0")},
                                                               {QStringLiteral("size"), QStringLiteral("6")},
                                                               {QStringLiteral("outline_color"), markColour(kind).name()},
                                                               {QStringLiteral("outline_width"), QStringLiteral("0.9")}});
        root->appendChild(new QgsRuleBasedRenderer::Rule(ring, 0, 0, filter, markLabel(kind)));
    }
    for (const CodeOption &o : field->codes)
        root->appendChild(new QgsRuleBasedRenderer::Rule(classSymbol(kind, footprints, colour(kind, o.code)), 0, 0,
                                                         QStringLiteral("\"%1\" = %2").arg(field->column, literal(o.code)),
                                                         o.displayName()));
    return new QgsRuleBasedRenderer(root);
}

} // namespace griddesk::map::registerstyle
