#pragma once
// Which field of an import file fills which register column, and which
// field names the grid where a row has no location. Found by name (the
// column, its Chinese term, its label in either language, its aliases),
// changed by the user, and kept as JSON so that the next file from the same
// source maps alike:
//   {"register": "residents", "fields": {"name": "姓名", ...}, "grid": "网格"}

#include "RegisterSpec.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace griddesk {

class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    RegisterKind kind = RegisterKind::Residents;
    QHash<QString, QString> fields; // register column -> file field
    QString gridField;              // a field holding a grid's code or name; empty: none

    // The mapping a file's fields suggest.
    static ImportMapping guess(RegisterKind kind, const QStringList &fileFields);
    // Names of file fields that look like a grid's code or name.
    static QStringList gridFieldNames();

    // Refuses (with *error naming them) file fields that are not in the file,
    // needed columns left unmapped, and a field mapped twice.
    bool check(const QStringList &fileFields, QString *error) const;

    QByteArray toJson() const;
    // Throws nothing; *error says why on failure.
    static bool fromJson(const QByteArray &json, ImportMapping *out, QString *error);
    static bool load(const QString &path, ImportMapping *out, QString *error);
    bool save(const QString &path, QString *error) const;
};

} // namespace griddesk
