#pragma once
// Describes audit log entries for people: each change as field changes in the
// reader's language ("State: Awaiting acceptance → Accepted"), with coded
// values named, unchanged and bookkeeping fields left out, a new row by its key
// fields and a removed one as deleted; and who made it.

#include "AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace griddesk::app {

class AuditChangeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(AuditChangeFormatter)

public:
    // Names for the codes rows hold, in the reader's language: category,
    // department and unit codes, and people's logins (→ their display names).
    struct Names {
        QHash<QString, QString> categories;
        QHash<QString, QString> departments;
        QHash<QString, QString> units;
        QHash<QString, QString> people;
    };

    explicit AuditChangeFormatter(Names names = {});

    // One entry per changed field (or key field of an added row), in order.
    QStringList changes(const AuditEntry &entry) const;
    // Who acted, as stored: a login, a local user, "USER (program)" for a
    // program on the file, or "external" for a write by another program.
    QString actor(const QString &stored) const;
    // A column's name for people; an unknown column keeps its own name.
    static QString fieldName(const QString &table, const QString &column);

private:
    QString value(const QString &table, const QString &column, const QJsonValue &v) const;
    // A register's coded field by its catalogue label, a reveal's fields by their names; empty: not a register's.
    static QString registerValue(const QString &table, const QString &column, const QString &text);
    QString fieldAndValue(const QString &table, const QString &column, const QJsonValue &v) const;

    Names m_names;
};

} // namespace griddesk::app
