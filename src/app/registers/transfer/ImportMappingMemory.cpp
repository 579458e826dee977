#include "ImportMappingMemory.h"
#include "AppSettings.h"

#include <QCryptographicHash>

namespace griddesk::app {

QString ImportMappingMemory::sourceKey(RegisterKind kind, const QStringList &fileFields)
{
    QStringList sorted = fileFields;
    sorted.sort();
    // Field names may hold any character; a settings key may not.
    const QByteArray digest = QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1);
    return registerkind::cliName(kind) + QLatin1Char('-') + QString::fromLatin1(digest.toHex());
}

std::optional<ImportMapping> ImportMappingMemory::recall(RegisterKind kind, const QStringList &fileFields)
{
    const QByteArray json = settings::registerImportMapping(sourceKey(kind, fileFields));
    ImportMapping mapping;
    QString error;
    if (json.isEmpty() || !ImportMapping::fromJson(json, &mapping, &error) || mapping.kind != kind
        || !mapping.check(fileFields, &error))
        return std::nullopt;
    return mapping;
}

void ImportMappingMemory::remember(const ImportMapping &mapping, const QStringList &fileFields)
{
    settings::setRegisterImportMapping(sourceKey(mapping.kind, fileFields), mapping.toJson());
}

} // namespace griddesk::app
