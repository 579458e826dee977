#pragma once
// The text encodings files are read and written in (UTF-8 and the Chinese
// legacy ones), and how a Shapefile says its own: the .cpg, else the code
// page mark of its .dbf.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace griddesk {

class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    // The encodings a file may be read in.
    static QStringList names();
    // The canonical name of an encoding ("gbk" -> "GBK", "936" -> "CP936");
    // empty with *error saying why when it is not one of names().
    static QString canonical(const QString &text, QString *error);

    // The encoding a Shapefile's .cpg names, as written there; empty when
    // it has none.
    static QString shapefileCpg(const QString &path);
    // The encoding GDAL is to read a Shapefile's text in: the one given,
    // else the .cpg's, else the .dbf's code page mark for Chinese text;
    // empty to take the bytes as they are. It is always handed to GDAL (the
    // ENCODING open option), as the console's QGIS sets SHAPE_ENCODING for
    // the whole process, which would otherwise overrule the .cpg.
    static QString shapefileEncoding(const QString &path, const QString &given);
};

} // namespace griddesk
