#include "ImportReport.h"
#include "RegisterSpec.h"

#include <QLocale>

namespace griddesk {

QString ImportReportText::summary(const ImportReport &r)
{
    const QLocale l;
    QString s = tr("%1: %2 rows read, %3 with problems").arg(r.file, l.toString(r.rowsRead), l.toString(r.badRows));
    if (r.cancelled)
        return s + tr("; cancelled, nothing written");
    if (r.written)
        s += tr("; %1 imported (batch %2)").arg(l.toString(r.rowsImported)).arg(r.batch);
    else if (r.badRows > 0)
        s += tr("; nothing written");
    if (!r.errorFile.isEmpty())
        s += tr("; the rows left out are in %1").arg(r.errorFile);
    return s;
}

QString ImportReportText::problems(const ImportReport &r, int maxLines)
{
    const RegisterSpec &spec = registercatalog::spec(r.kind);
    QStringList lines;
    for (int i = 0; i < r.problems.size() && i < maxLines; ++i) {
        const RegisterProblem &p = r.problems[i];
        const RegisterField *f = spec.field(p.field);
        lines << p.line(f ? f->displayName() : p.field == QLatin1String("grid_code") ? tr("grid") : QString());
    }
    if (r.problems.size() > maxLines)
        lines << tr("… and %1 more").arg(r.problems.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace griddesk
