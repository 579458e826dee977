#include "Boston311Log.h"

#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <zlib.h>

namespace griddesk::test {

namespace {

constexpr int kChinaOffset = 8 * 3600;

// The whole file, decompressed (zlib reads a plain file as it is).
bool readAll(const QString &path, QByteArray *out, QString *error)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!f) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return false;
    }
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(f, buffer, sizeof buffer)) > 0)
        out->append(buffer, n);
    int code = Z_OK;
    const char *message = gzerror(f, &code);
    const bool ok = n == 0 && (code == Z_OK || code == Z_STREAM_END);
    if (!ok)
        *error = QStringLiteral("%1 is damaged: %2").arg(path, QString::fromUtf8(message));
    gzclose(f);
    return ok;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line
// breaks. Calls `record` with each record's fields.
template <typename OnRecord> void forEachRecord(const QByteArray &text, OnRecord record)
{
    QVector<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const char ch = text.at(i);
        if (quoted) {
            if (ch == '"' && i + 1 < n && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            fields << field;
            field.clear();
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && i + 1 < n && text.at(i + 1) == '\n')
                ++i;
            fields << field;
            field.clear();
            record(fields);
            fields.clear();
        } else {
            field += ch;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields << field;
        record(fields);
    }
}

int number(const QByteArray &s, int from, int length, bool *ok)
{
    int v = 0;
    for (int i = from; i < from + length; ++i) {
        const char ch = s.at(i);
        if (ch < '0' || ch > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (ch - '0');
    }
    return v;
}

// "01/05/2015 12:40:41 PM", a local time read in China Standard Time. Empty
// gives an invalid time and true; anything else unreadable gives false.
bool readTime(const QByteArray &s, QDateTime *out)
{
    *out = QDateTime();
    if (s.isEmpty())
        return true;
    if (s.size() != 22 || s.at(2) != '/' || s.at(5) != '/' || s.at(10) != ' ' || s.at(13) != ':' || s.at(16) != ':'
        || s.at(19) != ' ' || s.at(21) != 'M' || (s.at(20) != 'A' && s.at(20) != 'P'))
        return false;
    bool ok = true;
    const int month = number(s, 0, 2, &ok), day = number(s, 3, 2, &ok), year = number(s, 6, 4, &ok);
    int hour = number(s, 11, 2, &ok);
    const int minute = number(s, 14, 2, &ok), second = number(s, 17, 2, &ok);
    if (!ok || hour < 1 || hour > 12)
        return false;
    hour = hour % 12 + (s.at(20) == 'P' ? 12 : 0); // 12 AM is midnight, 12 PM noon
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return false;
    *out = QDateTime(date, time, QTimeZone(kChinaOffset)).toUTC();
    return true;
}

IncidentSource sourceOf(const QByteArray &s)
{
    if (s == "Constituent Call")
        return IncidentSource::Phone;
    if (s == "Citizens Connect App" || s == "Self Service" || s == "Twitter")
        return IncidentSource::Online;
    // Employee Generated, City Worker App, Maximo Integration: found by the
    // city's own staff and systems.
    return IncidentSource::GridWorker;
}

} // namespace

Boston311Log Boston311Log::read(
    const QString &path, const QString &gridCode, const QString &communityCode, const QString &townshipCode)
{
    Boston311Log log;
    QByteArray text;
    if (!readAll(path, &text, &log.error))
        return log;

    const QStringList needed { QStringLiteral("CASE_ENQUIRY_ID"), QStringLiteral("OPEN_DT"),
        QStringLiteral("TARGET_DT"), QStringLiteral("CLOSED_DT"), QStringLiteral("CASE_STATUS"), QStringLiteral("TYPE"),
        QStringLiteral("Department"), QStringLiteral("Location"), QStringLiteral("LATITUDE"),
        QStringLiteral("LONGITUDE"), QStringLiteral("Source") };
    QHash<QString, int> column;
    int width = 0;
    forEachRecord(text, [&](const QVector<QByteArray> &fields) {
        if (!log.error.isEmpty())
            return;
        if (width == 0) { // the header
            width = fields.size();
            for (int i = 0; i < fields.size(); ++i)
                column.insert(QString::fromUtf8(fields.at(i)), i);
            QStringList missing;
            for (const QString &name : needed)
                if (!column.contains(name))
                    missing << name;
            if (!missing.isEmpty())
                log.error = QStringLiteral("%1 has no column %2").arg(path, missing.join(QStringLiteral(", ")));
            return;
        }
        if (fields.size() == 1 && fields.first().isEmpty())
            return; // a blank line
        const int row = ++log.rows;
        auto at = [&](const char *name) { return fields.at(column.value(QLatin1String(name))); };
        auto skip = [&](const QString &field, const QString &why) {
            log.skipped << QStringLiteral("row %1 (CASE_ENQUIRY_ID %2), %3: %4")
                               .arg(row)
                               .arg(fields.size() > column.value(QStringLiteral("CASE_ENQUIRY_ID"))
                                       ? QString::fromUtf8(at("CASE_ENQUIRY_ID"))
                                       : QStringLiteral("?"),
                                   field, why);
        };
        if (fields.size() != width) {
            skip(QStringLiteral("row"),
                QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(width));
            return;
        }
        KpiCase c;
        c.id = row;
        c.code = QString::fromUtf8(at("CASE_ENQUIRY_ID"));
        for (const char *name : { "OPEN_DT", "TARGET_DT", "CLOSED_DT" }) {
            QDateTime t;
            if (!readTime(at(name), &t)) {
                skip(QLatin1String(name),
                    QStringLiteral("'%1' is not a time like 01/05/2015 12:40:41 PM").arg(QString::fromUtf8(at(name))));
                return;
            }
            if (qstrcmp(name, "OPEN_DT") == 0)
                c.reportedAt = t;
            else if (qstrcmp(name, "TARGET_DT") == 0)
                c.deadlineAt = t;
            else
                c.closedAt = t;
        }
        if (!c.reportedAt.isValid()) {
            skip(QStringLiteral("OPEN_DT"), QStringLiteral("empty"));
            return;
        }
        const QByteArray status = at("CASE_STATUS");
        if (status != "Open" && status != "Closed") {
            skip(QStringLiteral("CASE_STATUS"),
                QStringLiteral("'%1' is neither Open nor Closed").arg(QString::fromUtf8(status)));
            return;
        }
        c.state = status == "Closed" ? IncidentState::Closed : IncidentState::Handling;
        if (c.closedAt.isValid())
            c.events << KpiEvent { IncidentAction::Close, c.closedAt };
        if (!c.deadlineAt.isValid())
            ++log.withoutDeadline;
        if (c.closedAt.isValid() && c.closedAt < c.reportedAt)
            ++log.closedBeforeOpened;
        c.categoryCode = QString::fromUtf8(at("TYPE"));
        c.source = sourceOf(at("Source"));
        c.leadDepartment = QString::fromUtf8(at("Department"));
        c.address = QString::fromUtf8(at("Location"));
        bool latOk = false, lonOk = false;
        const double lat = at("LATITUDE").toDouble(&latOk), lon = at("LONGITUDE").toDouble(&lonOk);
        const bool cityDefault = at("LATITUDE") == "42.3594" && at("LONGITUDE") == "-71.0587";
        if (latOk && lonOk && !cityDefault)
            c.location = GeoPoint { lon, lat };
        else
            ++log.withoutPlace;
        c.gridCode = gridCode;
        c.communityCode = communityCode;
        c.townshipCode = townshipCode;
        log.cases.push_back(std::move(c));
    });
    if (!log.error.isEmpty())
        log.cases.clear();
    return log;
}

} // namespace griddesk::test
