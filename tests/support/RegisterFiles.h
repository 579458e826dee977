#pragma once
// Register files for import tests, written byte by byte here (not by the
// product's own writer): CSV text recoded to GBK with the C library's
// iconv, residents with valid or deliberately bad ID numbers.

#include "TestIds.h"

#include <QFile>
#include <QStringList>

#include <iconv.h>

namespace griddesk::test {

// `text` (UTF-8) in GB18030, as a Chinese Excel writes CSV.
inline QByteArray toGbk(const QString &text)
{
    const QByteArray in = text.toUtf8();
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    QByteArray out(in.size() * 2 + 16, '\0');
    char *src = const_cast<char *>(in.constData());
    size_t srcLeft = size_t(in.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    out.resize(out.size() - int(dstLeft));
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A CSV of rows (already joined by commas), with a header, CRLF line ends.
inline QString csv(const QString &header, const QStringList &rows)
{
    return header + QStringLiteral("\r\n") + rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace griddesk::test
