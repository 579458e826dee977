#pragma once
// The console's QGIS sets SHAPE_ENCODING for the whole process, and GDAL
// then writes a Shapefile's text unchanged under a .cpg that names another
// encoding; while one of these lives, this thread's own setting wins.

#include <cpl_conv.h>

#include <QByteArray>

namespace griddesk {

class ShapeEncodingScope
{
public:
    explicit ShapeEncodingScope(const QByteArray &encoding)
    {
        const char *before = CPLGetThreadLocalConfigOption("SHAPE_ENCODING", nullptr);
        m_had = before != nullptr;
        if (m_had)
            m_before = before;
        CPLSetThreadLocalConfigOption("SHAPE_ENCODING", encoding.constData());
    }
    ~ShapeEncodingScope() { CPLSetThreadLocalConfigOption("SHAPE_ENCODING", m_had ? m_before.constData() : nullptr); }
    ShapeEncodingScope(const ShapeEncodingScope &) = delete;
    ShapeEncodingScope &operator=(const ShapeEncodingScope &) = delete;

private:
    QByteArray m_before;
    bool m_had = false;
};

} // namespace griddesk
