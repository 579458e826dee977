#include "CsvScan.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace griddesk::tables {

namespace {

constexpr quint64 kHigh = 0x8080808080808080ULL;

// How many leading bytes of p[0, n) are whole valid UTF-8 sequences; stops
// at the first invalid one (*invalid set) or at a sequence the buffer cuts.
size_t validUtf8(const unsigned char *p, size_t n, bool *invalid)
{
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if (!(w & kHigh)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF; // the second byte's range: no overlong forms, surrogates or beyond U+10FFFF
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            *invalid = true;
            return i;
        }
        if (i + length > n)
            return i;
        bool ok = p[i + 1] >= low && p[i + 1] <= high;
        for (size_t k = 2; k < length; ++k)
            ok = ok && (p[i + k] & 0xC0) == 0x80;
        if (!ok) {
            *invalid = true;
            return i;
        }
        i += length;
    }
    return i;
}

const unsigned char *find(const unsigned char *from, const unsigned char *end, unsigned char c)
{
    const void *hit = std::memchr(from, c, size_t(end - from));
    return hit ? static_cast<const unsigned char *>(hit) : end;
}

} // namespace

CsvScan CsvScan::run(const QString &path)
{
    QFile file(path);
    const auto failed = [&] {
        return StoreError(StoreError::Kind::Io,
            QCoreApplication::translate("CsvScan", "Cannot read %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::ReadOnly))
        throw failed();
    CsvScan scan;
    bool quoted = false; // inside a quoted field, where line ends belong to the field
    bool content = false; // the current line has more than a carriage return
    bool header = false; // the header line has been passed
    qint64 line = 1;
    const auto endRecord = [&] {
        if (!content) {
            if (header)
                scan.m_blankAfter.push_back(scan.records);
        } else if (!header) {
            header = true;
        } else {
            ++scan.records;
        }
        content = false;
    };
    constexpr qint64 kChunk = 1 << 20;
    QByteArray buffer(int(kChunk + 4), Qt::Uninitialized);
    auto *base = reinterpret_cast<unsigned char *>(buffer.data());
    size_t carried = 0; // the start of a UTF-8 sequence the last chunk cut, moved to the front
    bool first = true;
    for (;;) {
        const qint64 n = file.read(buffer.data() + carried, kChunk);
        if (n < 0)
            throw failed();
        if (n == 0)
            break;
        const unsigned char *p = base + carried;
        const unsigned char *end = p + n;
        if (first) {
            first = false;
            if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
                scan.bom = true;
                p += 3;
            }
        }
        if (scan.utf8) {
            const unsigned char *from = carried ? base : p;
            bool invalid = false;
            const size_t valid = validUtf8(from, size_t(end - from), &invalid);
            if (invalid) {
                scan.utf8 = false;
                scan.firstBadLine = line + std::count(from, from + valid, '\n');
                carried = 0;
            } else {
                carried = size_t(end - from) - valid;
                std::memmove(base, from + valid, carried);
            }
        }
        // Line ends and quotes: every byte of a Chinese character is 0x80 or more, so GBK and UTF-8 alike.
        const unsigned char *newline = find(p, end, '\n');
        const unsigned char *quote = find(p, end, '"');
        for (const unsigned char *q = p; q < end;) {
            const unsigned char *event = std::min(newline, quote);
            for (const unsigned char *r = q; !content && r < event; ++r)
                content = *r != '\r';
            if (event == end)
                break;
            if (*event == '"') {
                quoted = !quoted;
                content = true;
                quote = find(event + 1, end, '"');
            } else {
                ++line;
                if (!quoted)
                    endRecord();
                newline = find(event + 1, end, '\n');
            }
            q = event + 1;
        }
    }
    if (scan.utf8 && carried > 0) {
        scan.utf8 = false;
        scan.firstBadLine = line;
    }
    if (content)
        endRecord();
    return scan;
}

qint64 CsvScan::rowOf(qint64 index)
{
    if (index < m_lastIndex)
        m_next = 0;
    m_lastIndex = index;
    while (m_next < m_blankAfter.size() && m_blankAfter[m_next] < index)
        ++m_next;
    return index + m_next;
}

} // namespace griddesk::tables
