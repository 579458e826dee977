#include "AuditChangeFormatter.h"
#include "RegisterSpec.h"
#include "StaffRole.h"
#include "AdminLevel.h"
#include "CameraClass.h"
#include "FieldPresenter.h"
#include "IncidentAction.h"
#include "IncidentSource.h"
#include "IncidentState.h"
#include "Role.h"
#include "Satisfaction.h"
#include "SystemNote.h"
#include "UnitChange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace griddesk::app {

namespace {

struct Column {
    const char *column;
    const char *name;
};

// Column names as people know them; one list for every audited table.
const Column kColumns[] = {
    {"code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Code")},
    {"category_code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Category")},
    {"title", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Title")},
    {"description", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Description")},
    {"address", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Address")},
    {"reporter", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Reporter")},
    {"reporter_phone_masked", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Reporter phone")},
    {"reporter_id_number_masked", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Reporter ID number")},
    {"source", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Source")},
    {"state", QT_TRANSLATE_NOOP("AuditChangeFormatter", "State")},
    {"state_before", QT_TRANSLATE_NOOP("AuditChangeFormatter", "State before")},
    {"state_after", QT_TRANSLATE_NOOP("AuditChangeFormatter", "State after")},
    {"reported_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Reported at")},
    {"deadline_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Case deadline")},
    {"closed_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Closed at")},
    {"accepted_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Accepted at")},
    {"node_started_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Step started")},
    {"node_deadline_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Step deadline")},
    {"due_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Due")},
    {"warn_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Due soon from")},
    {"last_escalated_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Last escalated")},
    {"grid_code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Grid")},
    {"community_code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Community")},
    {"township_code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Township")},
    {"parent_code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Part of")},
    {"unit_code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Area")},
    {"scope_code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Area")},
    {"level", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Level")},
    {"lead_department", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Lead department")},
    {"co_departments", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Co-handling departments")},
    {"department", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Department")},
    {"department_code", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Department")},
    {"departments", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Departments")},
    {"supervised", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Under supervision")},
    {"satisfaction", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Satisfaction")},
    {"rework_count", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Reworks")},
    {"escalations", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Escalations")},
    {"master_id", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Merged into case")},
    {"parties", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Parties")},
    {"incident_id", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Case")},
    {"action", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Action")},
    {"actor", QT_TRANSLATE_NOOP("AuditChangeFormatter", "By")},
    {"at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "At")},
    {"note", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Note")},
    {"role", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Role")},
    {"file_name", QT_TRANSLATE_NOOP("AuditChangeFormatter", "File")},
    {"mime_type", QT_TRANSLATE_NOOP("AuditChangeFormatter", "File type")},
    {"size", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Size")},
    {"added_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Added at")},
    {"added_by", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Added by")},
    {"visited_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Visited at")},
    {"iso_week", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Week")},
    {"worker", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Grid worker")},
    {"findings", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Findings")},
    {"name", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Name")},
    {"short_name", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Short name")},
    {"population", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Population (residents)")},
    {"device_id", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Device ID")},
    {"camera_class", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Target class")},
    {"online", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Online")},
    {"networked", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Networked to police monitoring")},
    {"installed_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Installed")},
    {"name_zh", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Chinese name")},
    {"name_en", QT_TRANSLATE_NOOP("AuditChangeFormatter", "English name")},
    {"time_limit_days", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Time limit (working days)")},
    {"accept_days", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Days to accept")},
    {"dispatch_days", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Days to dispatch")},
    {"handle_days", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Days to handle")},
    {"verify_days", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Days to verify")},
    {"sort_order", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Order")},
    {"active", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Active")},
    {"day", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Day")},
    {"kind", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Kind")},
    {"key", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Setting")},
    {"value", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Value")},
    {"username", QT_TRANSLATE_NOOP("AuditChangeFormatter", "User name")},
    {"display_name", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Name")},
    {"personal_data", QT_TRANSLATE_NOOP("AuditChangeFormatter", "May see personal data")},
    {"created_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Created at")},
    {"fields", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Viewed")},
    {"version", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Version")},
    {"valid_from", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Valid from")},
    {"valid_to", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Replaced on")},
    {"change", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Change")},
    {"related", QT_TRANSLATE_NOOP("AuditChangeFormatter", "From or into grids")},
    {"justification", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Justification")},
    {"overridden", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Topology problems let through")},
    {"recorded_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Recorded at")},
    {"phone_masked", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Phone")},
    {"started_on", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Started on")},
    {"ended_on", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Left on")},
    {"updated_by", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Changed by")},
    {"register", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Register")},
    {"file_format", QT_TRANSLATE_NOOP("AuditChangeFormatter", "File format")},
    {"encoding", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Encoding")},
    {"rows_read", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Rows read")},
    {"rows_imported", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Rows imported")},
    {"rows_refused", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Rows refused")},
    {"imported_by", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Imported by")},
    {"imported_at", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Imported at")},
    {"import_batch", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Import batch")},
    {"record_id", QT_TRANSLATE_NOOP("AuditChangeFormatter", "Record")},
};

// Bookkeeping that changes with every write and says nothing of its own.
bool isBookkeeping(const QString &column)
{
    return column == QLatin1String("fid") || column == QLatin1String("row_version")
        || column == QLatin1String("updated_at") || column == QLatin1String("last_action_at");
}

// What names a row when it is added or removed; other tables show every field.
QStringList keyColumns(const QString &table)
{
    static const QHash<QString, QStringList> keys = {
        {QStringLiteral("incidents"), {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("category_code"),
                                       QStringLiteral("state"), QStringLiteral("grid_code")}},
        {QStringLiteral("incident_history"), {QStringLiteral("incident_id"), QStringLiteral("action"), QStringLiteral("state_before"),
                                              QStringLiteral("state_after"), QStringLiteral("department"), QStringLiteral("note")}},
        {QStringLiteral("attachments"), {QStringLiteral("incident_id"), QStringLiteral("file_name"), QStringLiteral("size")}},
        {QStringLiteral("screening_visits"), {QStringLiteral("grid_code"), QStringLiteral("worker"), QStringLiteral("visited_at"),
                                              QStringLiteral("findings")}},
        {QStringLiteral("admin_units"), {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level")}},
        {QStringLiteral("unit_versions"), {QStringLiteral("code"), QStringLiteral("version"), QStringLiteral("name"),
                                           QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("change"),
                                           QStringLiteral("related"), QStringLiteral("justification")}},
        {QStringLiteral("cameras"), {QStringLiteral("device_id"), QStringLiteral("name"), QStringLiteral("camera_class"),
                                     QStringLiteral("grid_code")}},
        {QStringLiteral("gd_users"), {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role"),
                                      QStringLiteral("scope_code")}},
        {QStringLiteral("grid_staff"), {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("grid_code"),
                                        QStringLiteral("username")}},
    };
    return keys.value(table);
}

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Booleans arrive as true/false from the server and as 0/1 from a GeoPackage.
bool isTrue(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : v.toDouble() != 0 || v.toString() == QLatin1String("1");
}

QString plain(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

AuditChangeFormatter::AuditChangeFormatter(Names names)
    : m_names(std::move(names))
{
}

QString AuditChangeFormatter::fieldName(const QString &table, const QString &column)
{
    if (table == QLatin1String("incidents") && column == QLatin1String("code"))
        return tr("Case number");
    // A register's own fields by the catalogue's names (组织类型, 与户主关系 …).
    RegisterKind kind;
    if (registerkind::fromTable(table, &kind))
        if (const RegisterField *f = registercatalog::spec(kind).field(column))
            return f->displayName();
    for (const Column &c : kColumns)
        if (column == QLatin1String(c.column))
            return tr(c.name);
    return column;
}

QString AuditChangeFormatter::registerValue(const QString &table, const QString &column, const QString &text)
{
    RegisterKind kind;
    if (!registerkind::fromTable(table, &kind))
        return {};
    const RegisterSpec &spec = registercatalog::spec(kind);
    if (column == QLatin1String("fields")) {
        // A reveal names the personal fields read.
        QStringList out;
        for (const QString &c : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const RegisterField *f = spec.field(c.trimmed());
            out << (f ? f->displayName() : c.trimmed());
        }
        return out.join(tr(", "));
    }
    const RegisterField *f = spec.field(column);
    return f && f->kind == FieldKind::Code ? f->codeLabel(text) : QString();
}

QString AuditChangeFormatter::value(const QString &table, const QString &column, const QJsonValue &v) const
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return tr("(empty)");
    const QString text = plain(v);
    const QString registered = registerValue(table, column, text);
    if (!registered.isEmpty())
        return registered;
    auto named = [&text](const QHash<QString, QString> &names) { return names.value(text, text); };
    auto list = [&text](const QHash<QString, QString> &names) {
        QStringList out;
        for (const QString &code : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << names.value(code.trimmed(), code.trimmed());
        return out.join(tr(", "));
    };

    if (column == QLatin1String("state") || column == QLatin1String("state_before") || column == QLatin1String("state_after")) {
        IncidentState s;
        return incidentstate::fromCode(text, &s) ? incidentstate::displayName(s) : text;
    }
    if (column == QLatin1String("action")) {
        IncidentAction a;
        return incidentaction::fromCode(text, &a) ? incidentaction::displayName(a) : text;
    }
    if (column == QLatin1String("source")) {
        IncidentSource s;
        return incidentsource::fromCode(text, &s) ? incidentsource::displayName(s) : text;
    }
    if (column == QLatin1String("role")) {
        Role r;
        StaffRole staff; // a grid staff member's role (grid_staff)
        return role::fromCode(text, &r) ? role::displayName(r)
             : staffrole::fromCode(text, &staff) ? staffrole::displayName(staff) : text;
    }
    if (column == QLatin1String("satisfaction")) {
        Satisfaction s;
        return satisfaction::fromCode(text, &s) ? satisfaction::displayName(s) : text;
    }
    if (column == QLatin1String("level")) {
        const int level = v.toInt();
        return isValidAdminLevel(level) ? adminLevelName(AdminLevel(level)) : text;
    }
    if (column == QLatin1String("change")) {
        UnitChange c;
        return unitChangeFromCode(text, &c) ? unitChangeName(c) : text;
    }
    if (column == QLatin1String("register")) {
        RegisterKind kind;
        return registerkind::fromTable(text, &kind) ? registerkind::displayName(kind) : text;
    }
    if (column == QLatin1String("related"))
        return list(m_names.units);
    if (column == QLatin1String("camera_class")) {
        const int c = v.toInt();
        return isValidCameraClass(c) ? cameraClassName(CameraClass(c)) : text;
    }
    if (column == QLatin1String("category_code"))
        return named(m_names.categories);
    if (column == QLatin1String("lead_department") || column == QLatin1String("department")
        || column == QLatin1String("department_code"))
        return named(m_names.departments);
    if (column == QLatin1String("co_departments") || column == QLatin1String("departments"))
        return list(m_names.departments);
    if (column.endsWith(QLatin1String("_code")) && column != QLatin1String("category_code"))
        return named(m_names.units);
    if (column == QLatin1String("supervised") || column == QLatin1String("online") || column == QLatin1String("networked")
        || column == QLatin1String("active") || column == QLatin1String("personal_data"))
        return isTrue(v) ? tr("Yes") : tr("No");
    if (column.endsWith(QLatin1String("_at")) || column == QLatin1String("at"))
        return FieldPresenter::formatTime(text);
    if (column == QLatin1String("note"))
        return SystemNote::render(text);
    if (column == QLatin1String("kind"))
        return text == QLatin1String("holiday") ? tr("Holiday") : text == QLatin1String("workday") ? tr("Working day") : text;
    if (column == QLatin1String("size"))
        return QLocale().formattedDataSize(qint64(v.toDouble()));
    if (column == QLatin1String("incident_id") || column == QLatin1String("master_id"))
        return tr("No. %1").arg(text);
    if (column == QLatin1String("actor") || column == QLatin1String("added_by") || column == QLatin1String("worker")
        || column == QLatin1String("updated_by"))
        return m_names.people.contains(text) ? actor(text) : SystemNote::renderActor(text);
    if (column == QLatin1String("fields"))
        return list({{QStringLiteral("reporter_phone"), tr("Reporter phone")},
                     {QStringLiteral("reporter_id_number"), tr("Reporter ID number")},
                     {QStringLiteral("phone"), tr("Phone")}});
    return text;
}

QString AuditChangeFormatter::fieldAndValue(const QString &table, const QString &column, const QJsonValue &v) const
{
    return tr("%1: %2").arg(fieldName(table, column), value(table, column, v));
}

QStringList AuditChangeFormatter::changes(const AuditEntry &e) const
{
    const QJsonObject before = parse(e.before);
    const QJsonObject after = parse(e.after);
    QStringList out;
    if (e.action == QLatin1String("update")) {
        // The state first: it is what most changes are about.
        QStringList columns = after.keys();
        for (const QString &c : before.keys())
            if (!after.contains(c))
                columns << c;
        std::stable_partition(columns.begin(), columns.end(), [](const QString &c) { return c == QLatin1String("state"); });
        for (const QString &c : qAsConst(columns)) {
            if (isBookkeeping(c) || before.value(c) == after.value(c))
                continue;
            out << tr("%1: %2 → %3").arg(fieldName(e.table, c), value(e.table, c, before.value(c)), value(e.table, c, after.value(c)));
        }
        if (out.isEmpty())
            out << tr("no field changed");
        return out;
    }
    // An added or removed row by its key fields; a reveal or a sign-in by all it records.
    const bool rowChange = e.action == QLatin1String("insert") || e.action == QLatin1String("delete");
    const QJsonObject row = e.action == QLatin1String("delete") ? before : after;
    QStringList columns = rowChange ? keyColumns(e.table) : QStringList();
    if (columns.isEmpty())
        columns = row.keys();
    for (const QString &c : qAsConst(columns)) {
        if (isBookkeeping(c) || !row.contains(c))
            continue;
        const QJsonValue v = row.value(c);
        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
            continue; // an added row's empty fields say nothing
        out << fieldAndValue(e.table, c, v);
    }
    if (e.action == QLatin1String("delete"))
        out.prepend(tr("Deleted"));
    return out;
}

QString AuditChangeFormatter::actor(const QString &stored) const
{
    if (stored.isEmpty())
        return tr("unknown");
    // The file's sealer names writes made outside GridDesk's own programs so.
    if (stored == QLatin1String("external"))
        return tr("Another program (outside GridDesk)");
    if (m_names.people.contains(stored)) {
        const QString name = m_names.people.value(stored);
        return name.isEmpty() || name == stored ? stored : tr("%1 (%2)").arg(name, stored);
    }
    // A GridDesk program on a file without sign-in: "USER (program)", where the
    // user is the computer's account ("?" when the program could not tell).
    static const QRegularExpression program(QStringLiteral("^(.*) \\(([^()]+)\\)$"));
    const QRegularExpressionMatch m = program.match(stored);
    if (m.hasMatch()) {
        const QString user = m.captured(1).trimmed();
        const QString name = m.captured(2);
        QString who = name;
        if (name == QLatin1String("griddesk-admin"))
            who = tr("Administration command (griddesk-admin)");
        else if (name.compare(QLatin1String("griddesk"), Qt::CaseInsensitive) == 0)
            who = tr("Console (GridDesk)");
        return user.isEmpty() || user == QLatin1String("?") ? who : tr("%1, computer account %2").arg(who, user);
    }
    return SystemNote::renderActor(stored);
}

} // namespace griddesk::app
