#pragma once
// Remembers the field mapping a register import used, per source: the
// register and the file's field names (sorted), so that the next file from
// the same source (the same export of the same office's system) is mapped
// the same way without asking again.

#include "ImportMapping.h"

#include <optional>

namespace griddesk::app {

class ImportMappingMemory
{
public:
    // The key of a source: the register and its file's fields, in any order.
    static QString sourceKey(RegisterKind kind, const QStringList &fileFields);
    // The mapping last used for files with these fields, when it still fits them.
    static std::optional<ImportMapping> recall(RegisterKind kind, const QStringList &fileFields);
    static void remember(const ImportMapping &mapping, const QStringList &fileFields);
};

} // namespace griddesk::app
