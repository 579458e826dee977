#pragma once
// One field of a register: its column, what it holds, whether it is needed,
// whether it is personal data (masked on screen and in every export,
// revealed with an audit entry), and the names an import file may give it.

#include "RegisterKind.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk {

enum class FieldKind {
    Text,       // one line
    LongText,   // notes, outcomes
    Date,
    Integer,
    Decimal,
    Code,       // one of a code list (stored as its code; read also by its Chinese or English label)
    IdNumber,   // a GB 11643 citizen ID number (personal)
    Phone,      // a mobile or landline number (personal)
    CreditCode, // a GB 32100 unified social credit code
    Reference,  // another register's record, by its natural key in files and its id in the database
};

struct CodeOption {
    QString code;
    const char *label = nullptr; // English source text, translated in context "RegisterCodes"
    QString chinese;             // the standard Chinese term, always accepted on import
    QStringList aliases;         // other terms files use (户籍 for 户籍人口)

    QString displayName() const;
};

struct RegisterField {
    QString column;
    FieldKind kind = FieldKind::Text;
    const char *label = nullptr; // English source text, translated in context "RegisterFields"
    QString chinese;             // the usual Chinese column header, always accepted on import
    bool required = false;
    bool personal = false;
    // Filled by the store from another field (a resident's sex and birth
    // date from the ID number); an import may leave it out.
    bool derived = false;
    int maxLength = 0;                 // for text; 0: no limit beyond the kind's
    QVector<CodeOption> codes;         // for Code
    RegisterKind reference = RegisterKind::Residents; // for Reference
    QStringList aliases;               // more header names an import recognises

    QString displayName() const;
    // The code of a value given as code, Chinese or (translated) label; empty when none matches.
    QString codeFor(const QString &value) const;
    QString codeLabel(const QString &code) const; // translated; the code itself when unknown
};

} // namespace griddesk
