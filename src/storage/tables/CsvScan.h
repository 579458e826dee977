#pragma once
// One quick pass over a CSV file's bytes before GDAL reads it: whether the
// text is UTF-8 (and where it stops being), how many records it holds, and
// where the blank lines are, which GDAL skips but a person counts when
// naming a row.

#include <QString>
#include <QVector>

namespace griddesk::tables {

class CsvScan
{
public:
    // Throws StoreError (Io) when the file cannot be read.
    static CsvScan run(const QString &path);

    bool bom = false; // starts with a UTF-8 byte order mark
    bool utf8 = true; // every byte sequence is valid UTF-8
    qint64 firstBadLine = 0; // the physical line (1 = header) of the first invalid sequence; 0 when utf8
    qint64 records = 0; // data records (the header and blank lines not counted)

    // The row a person sees record `index` (1-based, as GDAL reads them) at:
    // the index plus the blank lines before it. Calls must not go backwards
    // except to start again at 1.
    qint64 rowOf(qint64 index);

private:
    QVector<qint64> m_blankAfter; // per blank line after the header: the data records before it
    int m_next = 0; // blank lines counted so far by rowOf
    qint64 m_lastIndex = 0;
};

} // namespace griddesk::tables
