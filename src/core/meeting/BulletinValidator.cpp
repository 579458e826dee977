#include "BulletinValidator.h"

namespace griddesk {

QVector<FieldError> BulletinValidator::check(const Bulletin &draft, const QDateTime &now)
{
    QVector<FieldError> errors;
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        errors.push_back({QStringLiteral("title"), tr("give the bulletin a title")});
    else if (title.size() > kMaxTitle)
        errors.push_back({QStringLiteral("title"), tr("the title is longer than %1 characters").arg(kMaxTitle)});
    const QString text = draft.text.trimmed();
    if (text.isEmpty())
        errors.push_back({QStringLiteral("text"), tr("write what the bulletin warns of")});
    else if (text.size() > kMaxText)
        errors.push_back({QStringLiteral("text"), tr("the text is longer than %1 characters").arg(kMaxText)});
    if (!draft.validFrom.isValid())
        errors.push_back({QStringLiteral("valid_from"), tr("the start of the period is missing")});
    if (!draft.validTo.isValid())
        errors.push_back({QStringLiteral("valid_to"), tr("the end of the period is missing")});
    else if (draft.validFrom.isValid() && draft.validTo <= draft.validFrom)
        errors.push_back({QStringLiteral("valid_to"), tr("the period must end after it starts")});
    else if (now.isValid() && draft.validTo <= now)
        errors.push_back({QStringLiteral("valid_to"), tr("the period has already ended")});
    if (draft.area.isEmpty() && draft.unitCodes.isEmpty())
        errors.push_back({QStringLiteral("area"), tr("draw the area on the map or choose the units it covers")});
    for (const Polygon &p : draft.area.polygons)
        if (p.rings.isEmpty() || p.rings.first().size() < 4) {
            errors.push_back({QStringLiteral("area"), tr("the area needs at least three corners")});
            break;
        }
    return errors;
}

} // namespace griddesk
