#include "ChartPanel.h"
#include "ChartFormat.h"
#include "ChartLook.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace griddesk::app {

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(ChartFormat::noData(), this))
    , m_stack(new QStackedWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, chartlook::background());
    setPalette(p);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_title->setWordWrap(true);
    m_title->hide();
    m_empty->setObjectName(QStringLiteral("chartNoData"));
    m_stack->setObjectName(QStringLiteral("chartStack"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    applyFonts();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

QString ChartPanel::title() const
{
    return m_title->text();
}

bool ChartPanel::hasData() const
{
    return m_stack->currentWidget() != m_empty;
}

void ChartPanel::setChart(QWidget *chart)
{
    m_stack->addWidget(chart);
}

void ChartPanel::setHasData(bool hasData)
{
    m_stack->setCurrentIndex(hasData && m_stack->count() > 1 ? 1 : 0);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
    else if (event->type() == QEvent::LanguageChange)
        m_empty->setText(ChartFormat::noData());
}

void ChartPanel::applyFonts()
{
    m_title->setFont(chartlook::titleFont(font()));
    QPalette tp = m_title->palette();
    tp.setColor(QPalette::WindowText, chartlook::ink());
    m_title->setPalette(tp);
    m_empty->setFont(chartlook::labelFont(font()));
    QPalette ep = m_empty->palette();
    ep.setColor(QPalette::WindowText, chartlook::muted());
    m_empty->setPalette(ep);
}

} // namespace griddesk::app
