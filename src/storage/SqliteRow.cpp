#include "SqliteRow.h"
#include "Compat.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace griddesk::sqliterow {

namespace {

// An encoded row: per value a tag, then 8 bytes for a number or a 4-byte
// length and the bytes of a text (UTF-8) or blob.
enum Tag : char { Null, Integer, Real, Text, Blob };

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

Builder::Builder(int expectedBytes)
    : m_out(expectedBytes, Qt::Uninitialized)
{
}

char *Builder::reserve(int bytes)
{
    if (m_size + bytes > m_out.size())
        m_out.resize(std::max<qsizetype>(m_size + bytes, m_out.size() * 2));
    return m_out.data() + m_size;
}

void Builder::null()
{
    *reserve(1) = Null;
    ++m_size;
}

void Builder::integer(qint64 v)
{
    char *p = reserve(9);
    *p = Integer;
    std::memcpy(p + 1, &v, 8);
    m_size += 9;
}

void Builder::real(double v)
{
    char *p = reserve(9);
    *p = Real;
    std::memcpy(p + 1, &v, 8);
    m_size += 9;
}

void Builder::text(const QString &text)
{
    // UTF-8 straight into the row: at most three bytes per UTF-16 unit.
    auto *const start = reinterpret_cast<unsigned char *>(reserve(5 + int(text.size()) * 3) + 5);
    unsigned char *p = start;
    const ushort *u = text.utf16();
    const ushort *const end = u + text.size();
    while (u < end) {
        uint c = *u++;
        if (c < 0x80) {
            *p++ = uchar(c);
            continue;
        }
        if (c >= 0xD800 && c <= 0xDBFF && u < end && *u >= 0xDC00 && *u <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (*u++ - 0xDC00);
        else if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD; // a lone surrogate, as QString::toUtf8 writes it
        if (c < 0x800) {
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
    char *head = m_out.data() + m_size;
    head[0] = Text;
    std::memcpy(head + 1, &size, 4);
    m_size += 5 + size;
}

void Builder::latin1(const char *v, int size)
{
    char *p = reserve(5 + size);
    *p = Text;
    std::memcpy(p + 1, &size, 4);
    std::memcpy(p + 5, v, size_t(size));
    m_size += 5 + size;
}

void Builder::utf8(const QByteArray &v)
{
    latin1(v.constData(), int(v.size()));
}

void Builder::blob(const QByteArray &v)
{
    const qint32 size = qint32(v.size());
    char *p = reserve(5 + size);
    *p = Blob;
    std::memcpy(p + 1, &size, 4);
    std::memcpy(p + 5, v.constData(), size_t(size));
    m_size += 5 + size;
}

QByteArray Builder::take()
{
    m_out.resize(m_size);
    m_size = 0;
    return std::move(m_out);
}

void Builder::value(const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        null();
        return;
    }
    switch (compat::variantTypeId(v)) {
    case QMetaType::QByteArray:
        blob(v.toByteArray());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        integer(v.toLongLong());
        break;
    case QMetaType::Double:
        real(v.toDouble());
        break;
    case QMetaType::QString:
        text(*static_cast<const QString *>(v.constData()));
        break;
    default:
        text(v.toString());
    }
}

QByteArray encode(const QVector<QVariant> &values)
{
    Builder out(1024);
    for (const QVariant &v : values)
        out.value(v);
    return out.take();
}

} // namespace griddesk::sqliterow
