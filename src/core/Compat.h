#pragma once
// The one place for Qt and QGIS version checks. Call sites use these names, so
// dropping an old version means deleting a branch here, not editing callers.

#include <QtGlobal>
#include <QCoreApplication>
#include <QMetaType>
#include <QVariant>
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringDecoder>
#include <QStringEncoder>
#else
#include <QTextCodec>
#endif

namespace griddesk::compat {

// QVariant's type id: QVariant::type() is deprecated in Qt 6.
inline int variantTypeId(const QVariant &v)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return v.typeId();
#else
    return static_cast<int>(v.userType());
#endif
}

// Scale widgets by the screen's DPI (and QT_SCALE_FACTOR), with sharp icons.
// Qt 6 always does; Qt 5 must be told before the application object exists.
inline void enableHighDpiScaling()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    QCoreApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QCoreApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
}

// Text in a named legacy encoding (GBK, GB18030, BIG5, …) to and from
// Unicode, one complete piece at a time: QTextCodec in Qt 5, ICU through
// QStringDecoder/QStringEncoder in Qt 6.
class TextCodec
{
public:
    explicit TextCodec(const QByteArray &name)
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        : m_decoder(name.constData())
        , m_encoder(name.constData())
#else
        : m_codec(QTextCodec::codecForName(name))
#endif
    {
    }
    bool isValid() const
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        return m_decoder.isValid() && m_encoder.isValid();
#else
        return m_codec != nullptr;
#endif
    }
    QString toUnicode(const char *data, int size)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        m_decoder.resetState();
        return m_decoder.decode(QByteArrayView(data, size));
#else
        return m_codec->toUnicode(data, size);
#endif
    }
    QByteArray fromUnicode(const QString &text)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        m_encoder.resetState();
        return m_encoder.encode(text);
#else
        return m_codec->fromUnicode(text);
#endif
    }

private:
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder m_decoder;
    QStringEncoder m_encoder;
#else
    QTextCodec *m_codec;
#endif
};

} // namespace griddesk::compat

#ifdef GRIDDESK_WITH_QTCHARTS
#include <QtCharts/qchartglobal.h>
// Qt 5 Charts puts its classes in the QtCharts namespace; Qt 6 Charts has none.
// Only the chart widgets' own .cpp files (src/app/charts) use Qt Charts.
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
#define GRIDDESK_USE_QTCHARTS QT_CHARTS_USE_NAMESPACE
#else
#define GRIDDESK_USE_QTCHARTS
#endif
#endif
