#include "SqliteRow.h"
#include "Compat.h"

#include <sqlite3.h>

#include <cstring>

namespace griddesk::sqliterow {

namespace {

// An encoded row: per value a tag, then 8 bytes for a number or a 4-byte
// length and the bytes of a text (UTF-8) or blob.
enum Tag : char { Null, Integer, Real, Text, Blob };

void append(QByteArray &out, const void *data, int size)
{
    out.append(static_cast<const char *>(data), size);
}

void appendBytes(QByteArray &out, Tag tag, const QByteArray &bytes)
{
    const qint32 size = bytes.size();
    out.append(tag);
    append(out, &size, 4);
    out.append(bytes);
}

// A text as UTF-8, written straight into the row (no buffer of its own).
void appendText(QByteArray &out, const QString &text)
{
    out.append(Text);
    const int at = out.size();
    out.resize(at + 4 + text.size() * 3);
    auto *p = reinterpret_cast<unsigned char *>(out.data() + at + 4);
    unsigned char *const start = p;
    const ushort *u = text.utf16();
    const ushort *const end = u + text.size();
    while (u < end) {
        uint c = *u++;
        if (c >= 0xD800 && c <= 0xDBFF && u < end && *u >= 0xDC00 && *u <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (*u++ - 0xDC00);
        else if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD; // a lone surrogate, as QString::toUtf8 writes it
        if (c < 0x80) {
            *p++ = uchar(c);
        } else if (c < 0x800) {
            *p++ = uchar(0xC0 | (c >> 6));
            *p++ = uchar(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = uchar(0xE0 | (c >> 12));
            *p++ = uchar(0x80 | ((c >> 6) & 0x3F));
            *p++ = uchar(0x80 | (c & 0x3F));
        } else {
            *p++ = uchar(0xF0 | (c >> 18));
            *p++ = uchar(0x80 | ((c >> 12) & 0x3F));
            *p++ = uchar(0x80 | ((c >> 6) & 0x3F));
            *p++ = uchar(0x80 | (c & 0x3F));
        }
    }
    const qint32 size = qint32(p - start);
    std::memcpy(out.data() + at, &size, 4);
    out.resize(at + 4 + size);
}

} // namespace

std::pair<const char *, int> bind(sqlite3_stmt *s, const QByteArray &row, int from)
{
    std::pair<const char *, int> first{nullptr, 0};
    const char *p = row.constData();
    const char *end = p + row.size();
    for (int i = from; p < end; ++i) {
        const char tag = *p++;
        switch (tag) {
        case Integer: {
            qint64 v;
            std::memcpy(&v, p, 8);
            p += 8;
            sqlite3_bind_int64(s, i, v);
            break;
        }
        case Real: {
            double v;
            std::memcpy(&v, p, 8);
            p += 8;
            sqlite3_bind_double(s, i, v);
            break;
        }
        case Text:
        case Blob: {
            qint32 size;
            std::memcpy(&size, p, 4);
            p += 4;
            if (tag == Text)
                sqlite3_bind_text(s, i, p, size, SQLITE_STATIC);
            else
                sqlite3_bind_blob(s, i, p, size, SQLITE_STATIC);
            if (i == from)
                first = {p, size};
            p += size;
            break;
        }
        default:
            sqlite3_bind_null(s, i);
        }
    }
    return first;
}

QByteArray encode(const QVector<QVariant> &values)
{
    QByteArray out;
    out.reserve(1024);
    for (const QVariant &v : values) {
        if (v.isNull() || !v.isValid()) {
            out.append(Null);
            continue;
        }
        switch (compat::variantTypeId(v)) {
        case QMetaType::QByteArray:
            appendBytes(out, Blob, v.toByteArray());
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool: {
            const qint64 n = v.toLongLong();
            out.append(Integer);
            append(out, &n, 8);
            break;
        }
        case QMetaType::Double: {
            const double d = v.toDouble();
            out.append(Real);
            append(out, &d, 8);
            break;
        }
        case QMetaType::QString:
            appendText(out, *static_cast<const QString *>(v.constData()));
            break;
        default:
            appendText(out, v.toString());
        }
    }
    return out;
}

} // namespace griddesk::sqliterow
