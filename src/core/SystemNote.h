#pragma once
// A note the system itself writes into a case's history (the time-limit
// monitor's supervision and escalation), kept as a code plus parameters and
// rendered in the reader's language. Notes typed by people stay plain text.
//
// Stored form: compact JSON whose first key is "code", for example
//   {"code":"overdue_escalated","days":2,"level":5,"since":"2026-11-20T01:00:00Z"}
// Rows written before notes were codes hold the monitor's text in English or
// Chinese; fromStored() recognises those too, so old rows render the same way
// without rewriting the append-only history.

#include "AdminLevel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace griddesk {

class SystemNote
{
    Q_DECLARE_TR_FUNCTIONS(SystemNote)

public:
    enum class Kind {
        OverdueSupervised, // "overdue_supervised": since
        OverdueEscalated,  // "overdue_escalated": days (grace), since, level (the new one)
        Unknown,           // a code this version does not know (written by a newer one)
    };

    static SystemNote overdueSupervised(const QDateTime &since);
    static SystemNote overdueEscalated(int graceDays, const QDateTime &since, AdminLevel level);

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QDateTime since() const { return m_since; }           // invalid when a legacy text did not say
    int graceDays() const { return m_days; }              // 0 when a legacy text did not say
    std::optional<AdminLevel> level() const { return m_level; }

    QString toStored() const;
    // The system note a stored note holds, or nothing for a person's note.
    static std::optional<SystemNote> fromStored(const QString &note);
    // In the language of the installed translator.
    QString text() const;
    // Any stored note as a reader should see it: a system note rendered,
    // anything else unchanged.
    static QString render(const QString &note);

    // The name the system acts under in a case's history, and its rendering
    // (also of the names older versions stored: "Time-limit monitor", "时限监控").
    static QString monitorActor();
    static QString renderActor(const QString &actor);

private:
    static std::optional<SystemNote> fromLegacyText(const QString &note);

    Kind m_kind = Kind::Unknown;
    QString m_code;
    QDateTime m_since;
    int m_days = 0;
    std::optional<AdminLevel> m_level;
};

} // namespace griddesk
