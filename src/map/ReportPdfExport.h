#pragma once
// Exports a report's print layout to a PDF file, whole or not at all: text
// stays text (searchable, with its fonts embedded) and the map is drawn as
// vectors; the file is rendered in a scratch folder and then written over
// the target in one step. Failures name the file and the reason.

#include <QCoreApplication>
#include <QString>

class QgsLayout;

namespace griddesk::map {

class ReportPdfExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfExport)

public:
    // Runs on the GUI thread, which owns the layout's map layers.
    static bool write(QgsLayout &layout, const QString &path, QString *error);
    // "Cannot write PATH: REASON", translated.
    static QString failure(const QString &path, const QString &reason);
};

} // namespace griddesk::map
