#include "KpiCardWidget.h"
#include "ChartFormat.h"
#include "ChartLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

namespace griddesk::app {

namespace {
QLabel *newLabel(const char *name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    return l;
}

void setInk(QLabel *label, const QColor &colour)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
}

QColor colourOf(KpiCardWidget::Tone tone)
{
    switch (tone) {
    case KpiCardWidget::Tone::Good:
        return chartlook::good();
    case KpiCardWidget::Tone::Bad:
        return chartlook::bad();
    case KpiCardWidget::Tone::Neutral:
        break;
    }
    return chartlook::neutral();
}

// The change as shown, so that "0.0" never comes with an arrow.
double shownDelta(const KpiCardData &data, const ChartComparison &before)
{
    const QString shown = ChartFormat::number(std::abs(data.value - before.value), data.kind);
    const double magnitude = QLocale().toDouble(shown);
    return data.value >= before.value ? magnitude : -magnitude;
}
} // namespace

KpiCardWidget::KpiCardWidget(QWidget *parent)
    : QFrame(parent)
    , m_name(newLabel("kpiName", this))
    , m_value(newLabel("kpiValue", this))
    , m_unit(newLabel("kpiUnit", this))
    , m_sample(newLabel("kpiSample", this))
    , m_previous(newLabel("kpiChangePrevious", this))
    , m_lastYear(newLabel("kpiChangeLastYear", this))
{
    setObjectName(QStringLiteral("kpiCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *figure = new QHBoxLayout;
    figure->setSpacing(4);
    figure->addWidget(m_value, 0, Qt::AlignBaseline);
    figure->addWidget(m_unit, 0, Qt::AlignBaseline);
    figure->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addLayout(figure);
    layout->addWidget(m_sample);
    layout->addSpacing(4);
    layout->addWidget(m_previous);
    layout->addWidget(m_lastYear);
    refresh();
}

void KpiCardWidget::setData(const KpiCardData &data)
{
    m_data = data;
    refresh();
}

const KpiCardData &KpiCardWidget::data() const
{
    return m_data;
}

KpiCardWidget::Tone KpiCardWidget::toneOf(const KpiCardData &data, const ChartComparison &before)
{
    if (!data.valid || !before.available || !std::isfinite(data.value) || !std::isfinite(before.value))
        return Tone::Neutral;
    const double delta = shownDelta(data, before);
    if (delta == 0)
        return Tone::Neutral;
    return (delta > 0) == data.higherIsBetter ? Tone::Good : Tone::Bad;
}

KpiCardWidget::Tone KpiCardWidget::previousPeriodTone() const
{
    return toneOf(m_data, m_data.previousPeriod);
}

KpiCardWidget::Tone KpiCardWidget::lastYearTone() const
{
    return toneOf(m_data, m_data.samePeriodLastYear);
}

void KpiCardWidget::refresh()
{
    const QFont base = font();
    QFont nameFont = chartlook::labelFont(base);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    setInk(m_name, chartlook::text());
    m_name->setText(m_data.name);
    const bool valid = m_data.valid && std::isfinite(m_data.value);
    QFont figure = chartlook::figureFont(base);
    if (valid) {
        m_value->setText(ChartFormat::number(m_data.value, m_data.kind));
        setInk(m_value, chartlook::ink());
    } else {
        // Too few cases: no figure at all, so nobody reads one.
        figure = chartlook::titleFont(base);
        m_value->setText(ChartFormat::tooFewCases());
        setInk(m_value, chartlook::tooFewCases());
    }
    m_value->setFont(figure);
    // As tall with too few cases as with a figure, so cards in a row line up.
    m_value->setMinimumHeight(QFontMetrics(chartlook::figureFont(base)).height());
    m_value->setAlignment(Qt::AlignLeft | (valid ? Qt::AlignBottom : Qt::AlignVCenter));
    m_unit->setFont(chartlook::titleFont(base));
    setInk(m_unit, chartlook::ink());
    m_unit->setText(ChartFormat::unit(m_data.kind));
    m_unit->setVisible(valid && !m_unit->text().isEmpty());
    m_sample->setFont(base);
    setInk(m_sample, chartlook::muted());
    m_sample->setText(m_data.sample);
    m_sample->setVisible(!m_data.sample.isEmpty());
    //: A KPI's change against the previous period (环比)
    showChange(m_previous, tr("vs previous period"), m_data.previousPeriod);
    //: A KPI's change against the same period a year earlier (同比)
    showChange(m_lastYear, tr("vs same period last year"), m_data.samePeriodLastYear);

    QStringList tip { m_data.name };
    if (!m_data.formula.isEmpty())
        tip << m_data.formula;
    if (m_data.previousPeriod.available)
        tip << tr("Previous period: %1").arg(ChartFormat::value(m_data.previousPeriod.value, m_data.kind));
    if (m_data.samePeriodLastYear.available)
        tip << tr("Same period last year: %1").arg(ChartFormat::value(m_data.samePeriodLastYear.value, m_data.kind));
    setToolTip(tip.join(QLatin1Char('\n')));
    setAccessibleName(m_data.name);
    setAccessibleDescription(valid ? ChartFormat::value(m_data.value, m_data.kind) : ChartFormat::tooFewCases());
    update();
}

void KpiCardWidget::showChange(QLabel *label, const QString &prefix, const ChartComparison &before)
{
    const Tone tone = toneOf(m_data, before);
    QString change;
    if (!m_data.valid || !before.available) {
        //: No figure to compare with
        change = tr("no comparison");
    } else {
        const double delta = shownDelta(m_data, before);
        if (delta == 0)
            //: The KPI did not change
            change = tr("unchanged");
        else
            change = (delta > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ "))
                + ChartFormat::difference(delta, m_data.kind);
    }
    label->setFont(chartlook::labelFont(font()));
    label->setText(prefix + QLatin1Char(' ') + change);
    label->setProperty("tone",
        tone == Tone::Good      ? QStringLiteral("good")
            : tone == Tone::Bad ? QStringLiteral("bad")
                                : QStringLiteral("neutral"));
    setInk(label, colourOf(tone));
}

void KpiCardWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool focused = hasFocus();
    const double w = focused ? 3 : 1;
    p.setPen(QPen(focused ? chartlook::series() : chartlook::border(), w));
    p.setBrush(chartlook::background());
    p.drawRoundedRect(QRectF(rect()).adjusted(w / 2, w / 2, -w / 2, -w / 2), 6, 6);
}

void KpiCardWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->pos()))
        Q_EMIT clicked(m_data.key);
    QFrame::mouseReleaseEvent(event);
}

void KpiCardWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked(m_data.key);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCardWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace griddesk::app
