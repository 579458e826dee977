#include "DisplayScaleDialog.h"
#include "AppSettings.h"
#include "DisplayScale.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace griddesk::app {

namespace {
QString percent(double factor)
{
    return QLocale().toString(qRound(factor * 100)) + QLatin1Char('%');
}
} // namespace

DisplayScaleDialog::DisplayScaleDialog(QWidget *parent)
    : QDialog(parent)
    , m_scale(new QComboBox(this))
{
    setObjectName(QStringLiteral("displayScaleDialog"));
    setWindowTitle(tr("Display Scale"));
    m_scale->setObjectName(QStringLiteral("displayScaleCombo"));
    m_scale->addItem(tr("Automatic (the screen's own DPI)"), 0.0);
    for (double f : {1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0})
        m_scale->addItem(percent(f), f);
    const double saved = settings::displayScale();
    int index = m_scale->findData(saved);
    if (index < 0) { // a value set by hand in the settings file
        m_scale->addItem(percent(saved), saved);
        index = m_scale->count() - 1;
    }
    m_scale->setCurrentIndex(index);

    const displayscale::Choice now = displayscale::current();
    QString state = tr("The console follows the screen's own DPI now.");
    if (now.source == displayscale::Source::CommandLine)
        state = tr("The console is shown at %1 now, as the command line (--scale) asked.").arg(percent(now.factor));
    else if (now.source == displayscale::Source::Setting)
        state = tr("The console is shown at %1 now.").arg(percent(now.factor));
    auto *explain = new QLabel(tr("Enlarges everything for a projector or a video wall that reports the wrong "
                                  "DPI. %1 A new scale takes effect when GridDesk is started again.")
                                   .arg(state),
                               this);
    explain->setObjectName(QStringLiteral("displayScaleExplanation"));
    explain->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(tr("Scale"), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(420);
}

void DisplayScaleDialog::accept()
{
    settings::setDisplayScale(m_scale->currentData().toDouble());
    QDialog::accept();
}

} // namespace griddesk::app
