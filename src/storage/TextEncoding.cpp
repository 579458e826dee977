#include "TextEncoding.h"

#include <QFile>
#include <QFileInfo>

namespace griddesk {

QStringList TextEncoding::names()
{
    return { QStringLiteral("UTF-8"), QStringLiteral("GBK"), QStringLiteral("GB18030"), QStringLiteral("CP936"),
        QStringLiteral("GB2312"), QStringLiteral("BIG5"), QStringLiteral("CP950"), QStringLiteral("ISO-8859-1") };
}

QString TextEncoding::canonical(const QString &text, QString *error)
{
    QString t = text.trimmed().toUpper();
    if (t == QLatin1String("UTF8"))
        t = QStringLiteral("UTF-8");
    else if (t == QLatin1String("936"))
        t = QStringLiteral("CP936");
    else if (t == QLatin1String("950"))
        t = QStringLiteral("CP950");
    else if (t == QLatin1String("LATIN1"))
        t = QStringLiteral("ISO-8859-1");
    if (names().contains(t))
        return t;
    if (error)
        *error = tr("\"%1\" is not one of the encodings %2").arg(text, names().join(QLatin1String(", ")));
    return {};
}

QString TextEncoding::shapefileCpg(const QString &path)
{
    const QFileInfo info(path);
    for (const QString &ext : { QStringLiteral(".cpg"), QStringLiteral(".CPG") }) {
        QFile f(info.path() + QLatin1Char('/') + info.completeBaseName() + ext);
        if (f.open(QIODevice::ReadOnly))
            return QString::fromLatin1(f.readAll()).trimmed();
    }
    return {};
}

QString TextEncoding::shapefileEncoding(const QString &path, const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString cpg = shapefileCpg(path).toUpper();
    bool numeric = false;
    const int page = cpg.toInt(&numeric);
    if (numeric)
        return page == 65001 ? QStringLiteral("UTF-8") : QStringLiteral("CP%1").arg(page);
    if (cpg == QLatin1String("UTF8"))
        return QStringLiteral("UTF-8");
    if (cpg.startsWith(QLatin1String("ANSI ")))
        return QStringLiteral("CP") + cpg.mid(5).trimmed();
    if (!cpg.isEmpty())
        return cpg;
    const QFileInfo info(path);
    QFile dbf(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".dbf"));
    if (dbf.open(QIODevice::ReadOnly) && dbf.seek(29)) {
        char mark = 0;
        if (dbf.getChar(&mark)) {
            const unsigned char ldid = static_cast<unsigned char>(mark);
            if (ldid == 0x4D || ldid == 0x7A)
                return QStringLiteral("CP936");
            if (ldid == 0x4F || ldid == 0x78)
                return QStringLiteral("CP950");
        }
    }
    return {};
}

} // namespace griddesk
