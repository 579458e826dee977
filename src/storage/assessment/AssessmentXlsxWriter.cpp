#include "AssessmentXlsxWriter.h"
#include "AtomicFileWriter.h"
#include "ChinaTime.h"
#include "OgrHandles.h"

#include <QLocale>
#include <QUuid>

#include <cmath>
#include <memory>
#include <optional>

namespace griddesk {

namespace {

// Figures are written to two decimals, as a reader compares them.
double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString levelName(const KpiUnit &u)
{
    return u.department ? AssessmentXlsxWriter::tr("Department") : adminLevelName(u.level);
}

QString cst(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(kChinaOffset).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

using Columns = QVector<QPair<QString, OGRFieldType>>;

// One sheet being written, a row at a time; it remembers the first failure.
class Sheet
{
public:
    Sheet(GDALDataset *ds, const QString &name, const Columns &columns)
    {
        m_layer = ds->CreateLayer(name.toUtf8().constData(), nullptr, wkbNone, nullptr);
        m_ok = m_layer != nullptr;
        for (const auto &c : columns) {
            OGRFieldDefn field(c.first.toUtf8().constData(), c.second);
            m_ok = m_ok && m_layer->CreateField(&field) == OGRERR_NONE;
        }
    }
    void begin()
    {
        if (m_ok)
            m_row.reset(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
        m_column = 0;
    }
    void text(const QString &v)
    {
        if (m_ok && !v.isEmpty())
            m_row->SetField(m_column, v.toUtf8().constData());
        ++m_column;
    }
    void integer(std::optional<qint64> v)
    {
        if (m_ok && v)
            m_row->SetField(m_column, GIntBig(*v));
        ++m_column;
    }
    void real(std::optional<double> v)
    {
        if (m_ok && v && std::isfinite(*v))
            m_row->SetField(m_column, rounded(*v));
        ++m_column;
    }
    void end() { m_ok = m_ok && m_layer->CreateFeature(m_row.get()) == OGRERR_NONE; }
    // Whether every row was written; if not, GDAL's reason in *error.
    bool finish(QString *error) const
    {
        if (!m_ok && error)
            *error = QString::fromUtf8(CPLGetLastErrorMsg());
        return m_ok;
    }

private:
    OGRLayer *m_layer = nullptr;
    std::unique_ptr<OGRFeature, FeatureDeleter> m_row;
    int m_column = 0;
    bool m_ok = false;
};

bool writeSummary(GDALDataset *ds, const AssessmentReport &r, const QString &name, QString *error)
{
    Columns header { { AssessmentXlsxWriter::tr("Level"), OFTString }, { AssessmentXlsxWriter::tr("Code"), OFTString },
        { AssessmentXlsxWriter::tr("Name"), OFTString } };
    const OGRFieldType types[] = { OFTReal, OFTInteger64, OFTInteger64, OFTInteger64, OFTString, OFTReal, OFTReal };
    for (Kpi k : kpi::all()) {
        const QStringList columns = AssessmentXlsxWriter::summaryColumns(k);
        for (int i = 0; i < columns.size(); ++i)
            header << qMakePair(columns.at(i), types[i]);
    }
    Sheet s(ds, name, header);
    for (const KpiUnit &u : r.units) {
        s.begin();
        s.text(levelName(u));
        s.text(u.code);
        s.text(u.name);
        for (Kpi k : kpi::all()) {
            const KpiFigure f = r.figure(u.code, k);
            s.real(f.value);
            s.integer(f.numerator);
            s.integer(kpi::isRatio(k) ? std::optional<qint64>(f.denominator) : std::nullopt);
            s.integer(f.sample);
            s.text(f.sufficient ? QString() : AssessmentXlsxWriter::tr("Too few cases"));
            s.real(r.changeVsPrevious(u.code, k));
            s.real(r.changeVsLastYear(u.code, k));
        }
        s.end();
    }
    return s.finish(error);
}

bool writeRankings(GDALDataset *ds, const AssessmentReport &r, const QString &name, QString *error)
{
    Sheet s(ds, name,
        { { AssessmentXlsxWriter::tr("KPI"), OFTString }, { AssessmentXlsxWriter::tr("Group"), OFTString },
            { AssessmentXlsxWriter::tr("Rank"), OFTInteger }, { AssessmentXlsxWriter::tr("Code"), OFTString },
            { AssessmentXlsxWriter::tr("Name"), OFTString }, { AssessmentXlsxWriter::tr("Value"), OFTReal },
            { AssessmentXlsxWriter::tr("As shown"), OFTString }, { AssessmentXlsxWriter::tr("Sample"), OFTInteger64 },
            { AssessmentXlsxWriter::tr("Note"), OFTString } });
    for (const AssessmentRanking &ranking : r.rankings) {
        for (const RankedUnit &u : ranking.units) {
            const KpiUnit *unit = r.unit(u.unitCode);
            s.begin();
            s.text(kpi::name(ranking.kpi));
            s.text(ranking.group);
            s.integer(u.rank > 0 ? std::optional<qint64>(u.rank) : std::nullopt);
            s.text(u.unitCode);
            s.text(unit ? unit->name : QString());
            s.real(u.figure.value);
            s.text(u.figure.value ? kpi::formatValue(ranking.kpi, *u.figure.value) : QString());
            s.integer(u.figure.sample);
            s.text(!u.figure.value         ? AssessmentXlsxWriter::tr("No figure")
                    : !u.figure.sufficient ? AssessmentXlsxWriter::tr("Too few cases, not ranked")
                                           : QString());
            s.end();
        }
    }
    return s.finish(error);
}

bool writeWarnings(GDALDataset *ds, const AssessmentReport &r, const QString &name, QString *error)
{
    Sheet s(ds, name,
        { { AssessmentXlsxWriter::tr("Kind"), OFTString }, { AssessmentXlsxWriter::tr("Unit code"), OFTString },
            { AssessmentXlsxWriter::tr("Unit"), OFTString }, { AssessmentXlsxWriter::tr("Reason"), OFTString },
            { AssessmentXlsxWriter::tr("Cases"), OFTInteger }, { AssessmentXlsxWriter::tr("Case numbers"), OFTString },
            { AssessmentXlsxWriter::tr("Latest report"), OFTString } });
    for (const AssessmentReportWarning &w : r.warnings) {
        s.begin();
        s.text(w.kindName);
        s.text(w.warning.unitCode);
        s.text(w.unitName);
        s.text(w.reason);
        s.integer(w.caseCodes.size());
        s.text(w.caseCodes.join(QStringLiteral(", ")));
        s.text(cst(w.warning.latestAt));
        s.end();
    }
    return s.finish(error);
}

bool writeDefinitions(GDALDataset *ds, const QString &name, QString *error)
{
    Sheet s(ds, name,
        { { AssessmentXlsxWriter::tr("KPI"), OFTString }, { AssessmentXlsxWriter::tr("Code"), OFTString },
            { AssessmentXlsxWriter::tr("Formula"), OFTString }, { AssessmentXlsxWriter::tr("Numerator"), OFTString },
            { AssessmentXlsxWriter::tr("Denominator"), OFTString },
            { AssessmentXlsxWriter::tr("Counting rules"), OFTString },
            { AssessmentXlsxWriter::tr("Higher is better"), OFTString } });
    for (Kpi k : kpi::all()) {
        s.begin();
        s.text(kpi::name(k));
        s.text(kpi::code(k));
        s.text(kpi::formula(k));
        s.text(kpi::numeratorName(k));
        s.text(kpi::denominatorName(k));
        s.text(kpi::rules(k));
        s.text(kpi::kind(k) == KpiKind::Count ? QString()
                : kpi::higherIsBetter(k)      ? AssessmentXlsxWriter::tr("Yes")
                                              : AssessmentXlsxWriter::tr("No"));
        s.end();
    }
    return s.finish(error);
}

bool writeAbout(GDALDataset *ds, const AssessmentReport &r, const QString &name, QString *error)
{
    Sheet s(ds, name,
        { { AssessmentXlsxWriter::tr("Item"), OFTString }, { AssessmentXlsxWriter::tr("Value"), OFTString } });
    const QVector<QPair<QString, QString>> rows {
        { AssessmentXlsxWriter::tr("Unit"), QStringLiteral("%1 (%2)").arg(r.subject.name, r.subject.code) },
        { AssessmentXlsxWriter::tr("Period"), QStringLiteral("%1 (%2)").arg(r.period.label(), r.period.key()) },
        { AssessmentXlsxWriter::tr("Previous period"),
            QStringLiteral("%1 (%2)").arg(r.previous.label(), r.previous.key()) },
        { AssessmentXlsxWriter::tr("Same period last year"),
            QStringLiteral("%1 (%2)").arg(r.lastYear.label(), r.lastYear.key()) },
        { AssessmentXlsxWriter::tr("Figures as of (China time)"), cst(r.asOf) },
        { AssessmentXlsxWriter::tr("Minimum cases for a ranked figure"), QString::number(r.settings.minCases) },
        { AssessmentXlsxWriter::tr("Work-log entries expected per grid worker and week"),
            QString::number(r.settings.workLogPerWeek) },
        { AssessmentXlsxWriter::tr("Changes"),
            AssessmentXlsxWriter::tr("Against the previous period and the same period last "
                                     "year, in percentage points for rates") },
    };
    for (const auto &row : rows) {
        s.begin();
        s.text(row.first);
        s.text(row.second);
        s.end();
    }
    return s.finish(error);
}

} // namespace

QStringList AssessmentXlsxWriter::sheetNames()
{
    return { AssessmentXlsxWriter::tr("KPI summary"), tr("Ranking"), tr("Warnings"), tr("Definitions"), tr("About") };
}

QStringList AssessmentXlsxWriter::summaryColumns(Kpi k)
{
    const QString n = kpi::name(k);
    return { n, tr("%1 numerator").arg(n), tr("%1 denominator").arg(n), tr("%1 sample").arg(n),
        tr("%1 too few cases").arg(n), tr("%1 change vs previous period").arg(n), tr("%1 change vs last year").arg(n) };
}

bool AssessmentXlsxWriter::write(const AssessmentReport &report, const QString &path, QString *error)
{
    if (!AtomicFileWriter::canWrite(path, error))
        return false;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, reason);
        return false;
    };
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    if (!driver)
        return fail(tr("this GDAL has no XLSX driver"));
    // GDAL writes the workbook in memory; the file is then written whole.
    const QByteArray memPath
        = QStringLiteral("/vsimem/griddesk-%1.xlsx").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)).toUtf8();
    QString reason;
    {
        CPLErrorReset();
        std::unique_ptr<GDALDataset, DatasetCloser> ds(
            driver->Create(memPath.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return fail(QString::fromUtf8(CPLGetLastErrorMsg()));
        const QStringList sheets = sheetNames();
        const bool ok = writeSummary(ds.get(), report, sheets.at(0), &reason)
            && writeRankings(ds.get(), report, sheets.at(1), &reason)
            && writeWarnings(ds.get(), report, sheets.at(2), &reason)
            && writeDefinitions(ds.get(), sheets.at(3), &reason) && writeAbout(ds.get(), report, sheets.at(4), &reason);
        if (!ok) {
            if (reason.isEmpty())
                reason = QString::fromUtf8(CPLGetLastErrorMsg());
            ds.reset();
            VSIUnlink(memPath.constData());
            return fail(reason);
        }
    } // closing the dataset writes the workbook
    vsi_l_offset size = 0;
    GByte *data = VSIGetMemFileBuffer(memPath.constData(), &size, TRUE);
    if (!data || size == 0) {
        VSIFree(data);
        VSIUnlink(memPath.constData());
        return fail(QString::fromUtf8(CPLGetLastErrorMsg()));
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    VSIFree(data);
    VSIUnlink(memPath.constData());
    return AtomicFileWriter::write(path, bytes, error);
}

} // namespace griddesk
