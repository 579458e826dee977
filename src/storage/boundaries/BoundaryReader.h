#pragma once
// Reads township, community or grid boundaries from a Shapefile, GeoJSON or
// GeoPackage file through GDAL/OGR and converts them to EPSG:4490 (lon, lat)
// with PROJ. A Shapefile's text is read as its .cpg says, or in the encoding
// given (GBK, GB18030, …) through GDAL's ENCODING open option. Every bad
// feature is named by its number and field, and a file with any is refused
// whole.

#include "BoundaryReadOptions.h"
#include "BoundarySet.h"
#include "FieldError.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QStringList>

namespace griddesk::boundaries {

class BoundaryReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryReader)

public:
    // What a file offers before it is read: its fields, the ones read by
    // default, its CRS (0 when it names none GridDesk reads) and encoding.
    struct Inspection {
        QStringList fields;
        QString codeField, nameField, parentField;
        int epsg = 0;
        bool shapefile = false;
        QString cpg;      // the .cpg's encoding; empty when there is none
        int features = 0;
    };
    // Throws StoreError (NotFound, Invalid) naming the file.
    static Inspection inspect(const QString &path, const QString &encoding = {});

    // Throws StoreError: NotFound, or Invalid naming the file, the options
    // at fault or each bad feature (FieldError rows are feature numbers).
    static BoundarySet read(const QString &path, const BoundaryReadOptions &options);

    // The encodings a Shapefile may be read or written in.
    static QStringList encodings();
    // The canonical name of an encoding ("gbk" -> "GBK", "936" -> "CP936");
    // empty with *error saying why when it is not one of encodings().
    static QString encodingName(const QString &text, QString *error);
    // One line per bad feature: "feature 3, CODE: …".
    static QString describe(const QVector<FieldError> &errors, int maxLines = 20);
    // The error that refuses a file for its bad features (rows are feature numbers).
    static StoreError refusal(const QString &path, const QVector<FieldError> &errors);
};

} // namespace griddesk::boundaries
