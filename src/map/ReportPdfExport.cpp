#include "ReportPdfExport.h"
#include "AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <qgslayout.h>
#include <qgslayoutexporter.h>

namespace griddesk::map {

QString ReportPdfExport::failure(const QString &path, const QString &reason)
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

bool ReportPdfExport::write(QgsLayout &layout, const QString &path, QString *error)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        if (error)
            *error = failure(path, scratch.errorString());
        return false;
    }
    QgsLayoutExporter exporter(&layout);
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = 300;
    settings.forceVectorOutput = true;
    settings.appendGeoreference = false;
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText; // searchable, copyable text
    const QString rendered = scratch.filePath(QStringLiteral("report.pdf"));
    if (exporter.exportToPdf(rendered, settings) != QgsLayoutExporter::Success) {
        if (error)
            *error = failure(path, tr("the PDF could not be rendered"));
        return false;
    }
    QFile pdf(rendered);
    if (!pdf.open(QIODevice::ReadOnly)) {
        if (error)
            *error = failure(path, pdf.errorString());
        return false;
    }
    return AtomicFileWriter::write(path, pdf.readAll(), error);
}

} // namespace griddesk::map
