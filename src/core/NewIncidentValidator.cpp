#include "NewIncidentValidator.h"
#include "PersonalData.h"

#include <cmath>
#include <utility>

namespace griddesk {

NewIncidentValidator::NewIncidentValidator(QStringList knownCategories)
    : m_categories(std::move(knownCategories))
{
}

QVector<FieldError> NewIncidentValidator::validate(const NewIncident &in) const
{
    QVector<FieldError> errors;
    const double lon = in.location.x;
    const double lat = in.location.y;
    if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0)
        errors.push_back({QStringLiteral("lon"), tr("longitude must be a number between -180 and 180")});
    if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0)
        errors.push_back({QStringLiteral("lat"), tr("latitude must be a number between -90 and 90")});
    if (in.categoryCode.isEmpty())
        errors.push_back({QStringLiteral("category"), tr("a category is required")});
    else if (!m_categories.contains(in.categoryCode))
        errors.push_back({QStringLiteral("category"),
                          tr("unknown category \"%1\"; known categories: %2")
                              .arg(in.categoryCode, m_categories.join(QStringLiteral(", ")))});
    if (in.title.trimmed().isEmpty())
        errors.push_back({QStringLiteral("title"), tr("a title is required")});
    else if (in.title.size() > kMaxTitle)
        errors.push_back({QStringLiteral("title"), tr("the title is longer than %1 characters").arg(kMaxTitle)});
    if (in.description.size() > kMaxText)
        errors.push_back({QStringLiteral("description"),
                          tr("the description is longer than %1 characters").arg(kMaxText)});
    if (in.address.size() > kMaxTitle)
        errors.push_back({QStringLiteral("address"), tr("the address is longer than %1 characters").arg(kMaxTitle)});
    if (!in.reporterPhone.isEmpty() && !personaldata::isValidPhone(in.reporterPhone))
        errors.push_back({QStringLiteral("reporter_phone"),
                          tr("not a mobile (11 digits) or landline (0xx-xxxxxxxx) number")});
    if (!in.reporterIdNumber.isEmpty() && !personaldata::isValidIdNumber(in.reporterIdNumber))
        errors.push_back({QStringLiteral("reporter_id_number"),
                          tr("not a valid citizen ID number (18 characters with a GB 11643 check digit)")});
    if (in.reporter.size() > kMaxTitle)
        errors.push_back({QStringLiteral("reporter"), tr("the reporter is longer than %1 characters").arg(kMaxTitle)});
    qint64 total = 0;
    for (int k = 0; k < in.attachments.size(); ++k) {
        const Attachment &a = in.attachments[k];
        total += a.content.size();
        if (a.fileName.trimmed().isEmpty())
            errors.push_back({QStringLiteral("attachments"), tr("attachment %1 has no file name").arg(k + 1)});
        if (a.content.isEmpty())
            errors.push_back({QStringLiteral("attachments"), tr("%1 is empty").arg(a.fileName)});
        if (a.content.size() > Attachment::kMaxBytes)
            errors.push_back({QStringLiteral("attachments"),
                              tr("%1 is larger than %2 MB").arg(a.fileName).arg(Attachment::kMaxBytes / (1024 * 1024))});
    }
    if (total > 2 * Attachment::kMaxBytes)
        errors.push_back({QStringLiteral("attachments"), tr("the attachments together exceed %1 MB")
                                                             .arg(2 * Attachment::kMaxBytes / (1024 * 1024))});
    return errors;
}

} // namespace griddesk
