#include "SystemNote.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace griddesk {

namespace {

const QString kSupervised = QStringLiteral("overdue_supervised");
const QString kEscalated = QStringLiteral("overdue_escalated");

// Times in notes read as China Standard Time, as the monitor wrote them.
constexpr int kDisplayOffset = 8 * 3600;
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QDateTime parseLegacyTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, kTimeFormat);
    if (!t.isValid())
        return {};
    t.setOffsetFromUtc(kDisplayOffset);
    return t.toUTC();
}

std::optional<AdminLevel> parseLegacyLevel(const QString &name)
{
    static const QHash<QString, AdminLevel> names = {
        {QStringLiteral("District"), AdminLevel::District},   {QStringLiteral("区县"), AdminLevel::District},
        {QStringLiteral("Township"), AdminLevel::Township},   {QStringLiteral("乡镇/街道"), AdminLevel::Township},
        {QStringLiteral("Community"), AdminLevel::Community}, {QStringLiteral("社区/村"), AdminLevel::Community},
        {QStringLiteral("Grid"), AdminLevel::Grid},           {QStringLiteral("网格"), AdminLevel::Grid}};
    const auto it = names.constFind(name);
    return it == names.cend() ? std::nullopt : std::optional<AdminLevel>(*it);
}

} // namespace

// What the monitor wrote before its notes were codes: the English text, the
// same text through the zh_CN translation, and the demo township's wording.
std::optional<SystemNote> SystemNote::fromLegacyText(const QString &note)
{
    static const QRegularExpression enSupervised(QStringLiteral("^Overdue since (.+): supervised automatically$"));
    static const QRegularExpression zhSupervised(QStringLiteral("^自 (.+) 起超期，已自动督办$"));
    static const QRegularExpression enEscalated(
        QStringLiteral("^Still overdue (\\d+) working day\\(s\\) after (.+): escalated to the (.+) level$"));
    static const QRegularExpression zhEscalated(QStringLiteral("^自 (.+) 起超期 (\\d+) 个工作日仍未办结，已上报至(.+)一级$"));
    QRegularExpressionMatch m;
    if ((m = enSupervised.match(note)).hasMatch() || (m = zhSupervised.match(note)).hasMatch())
        return overdueSupervised(parseLegacyTime(m.captured(1)));
    if (note == QStringLiteral("已超过办理时限，自动督办"))
        return overdueSupervised({});
    SystemNote n;
    n.m_kind = Kind::OverdueEscalated;
    n.m_code = kEscalated;
    if ((m = enEscalated.match(note)).hasMatch()) {
        n.m_days = m.captured(1).toInt();
        n.m_since = parseLegacyTime(m.captured(2));
        n.m_level = parseLegacyLevel(m.captured(3));
        return n;
    }
    if ((m = zhEscalated.match(note)).hasMatch()) {
        n.m_since = parseLegacyTime(m.captured(1));
        n.m_days = m.captured(2).toInt();
        n.m_level = parseLegacyLevel(m.captured(3));
        return n;
    }
    if (note == QStringLiteral("超期后宽限期内仍未办结，自动上报上级"))
        return n;
    return std::nullopt;
}

SystemNote SystemNote::overdueSupervised(const QDateTime &since)
{
    SystemNote n;
    n.m_kind = Kind::OverdueSupervised;
    n.m_code = kSupervised;
    n.m_since = since.toUTC();
    return n;
}

SystemNote SystemNote::overdueEscalated(int graceDays, const QDateTime &since, AdminLevel level)
{
    SystemNote n;
    n.m_kind = Kind::OverdueEscalated;
    n.m_code = kEscalated;
    n.m_days = graceDays;
    n.m_since = since.toUTC();
    n.m_level = level;
    return n;
}

QString SystemNote::toStored() const
{
    QJsonObject o{{QStringLiteral("code"), m_code}};
    if (m_since.isValid())
        o.insert(QStringLiteral("since"), m_since.toUTC().toString(Qt::ISODate));
    if (m_days > 0)
        o.insert(QStringLiteral("days"), m_days);
    if (m_level)
        o.insert(QStringLiteral("level"), int(*m_level));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<SystemNote> SystemNote::fromStored(const QString &note)
{
    if (!note.startsWith(QLatin1String("{\"code\":")))
        return fromLegacyText(note);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(note.toUtf8(), &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || !o.value(QStringLiteral("code")).isString())
        return std::nullopt;
    SystemNote n;
    n.m_code = o.value(QStringLiteral("code")).toString();
    n.m_kind = n.m_code == kSupervised ? Kind::OverdueSupervised
                                       : (n.m_code == kEscalated ? Kind::OverdueEscalated : Kind::Unknown);
    n.m_since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate).toUTC();
    n.m_days = std::max(0, o.value(QStringLiteral("days")).toInt());
    const int level = o.value(QStringLiteral("level")).toInt();
    if (isValidAdminLevel(level))
        n.m_level = AdminLevel(level);
    return n;
}

QString SystemNote::text() const
{
    const QString since = m_since.isValid() ? m_since.toOffsetFromUtc(kDisplayOffset).toString(kTimeFormat) : QString();
    switch (m_kind) {
    case Kind::OverdueSupervised:
        return since.isEmpty() ? tr("Overdue: supervised automatically")
                               : tr("Overdue since %1: supervised automatically").arg(since);
    case Kind::OverdueEscalated:
        if (since.isEmpty() || m_days <= 0 || !m_level)
            return tr("Still overdue after the grace period: escalated to the next level");
        return tr("Still overdue %1 working day(s) after %2: escalated to the %3 level")
            .arg(m_days)
            .arg(since, adminLevelName(*m_level));
    case Kind::Unknown: break;
    }
    return tr("System note (%1)").arg(m_code);
}

QString SystemNote::render(const QString &note)
{
    const std::optional<SystemNote> n = fromStored(note);
    return n ? n->text() : note;
}

QString SystemNote::monitorActor()
{
    return QStringLiteral("time_limit_monitor");
}

QString SystemNote::renderActor(const QString &actor)
{
    if (actor == monitorActor() || actor == QLatin1String("Time-limit monitor") || actor == QStringLiteral("时限监控"))
        return tr("Time-limit monitor");
    return actor;
}

} // namespace griddesk
