#include "PresentationScreenDialog.h"
#include "SlideLook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>

namespace griddesk::app {

namespace {
const QString kNone = QStringLiteral("none");

QScreen *named(const QString &name)
{
    const auto screens = QGuiApplication::screens();
    for (QScreen *s : screens)
        if (!name.isEmpty() && s->name() == name)
            return s;
    return nullptr;
}
} // namespace

PresentationScreenDialog::PresentationScreenDialog(QWidget *parent)
    : QDialog(parent)
    , m_wall(new QComboBox(this))
    , m_presenter(new QComboBox(this))
    , m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("presentationScreenDialog"));
    setWindowTitle(tr("Presentation Screens"));
    m_wall->setObjectName(QStringLiteral("presentationWallScreen"));
    m_presenter->setObjectName(QStringLiteral("presentationPresenterScreen"));
    m_theme->setObjectName(QStringLiteral("presentationTheme"));
    const settings::PresentationScreens saved = settings::presentationScreens();
    QScreen *wall = wallScreen(saved);
    QScreen *presenter = presenterScreen(saved, wall);
    const auto screens = QGuiApplication::screens();
    for (QScreen *s : screens) {
        m_wall->addItem(describe(s), s->name());
        m_presenter->addItem(describe(s), s->name());
    }
    m_presenter->addItem(tr("None (no presenter view)"), kNone);
    m_wall->setCurrentIndex(std::max(0, m_wall->findData(wall ? wall->name() : QString())));
    m_presenter->setCurrentIndex(
        std::max(0, m_presenter->findData(presenter ? presenter->name() : kNone)));
    m_theme->addItem(tr("Black on white (lit rooms, projectors)"), slidetheme::code(SlideTheme::Light));
    m_theme->addItem(tr("White on dark (wall screens)"), slidetheme::code(SlideTheme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(saved.theme)));

    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(
        tr("The slides fill the wall screen; the presenter view shows the notes, the next item, the time and "
           "a clock. Both take the same keys."),
        this);
    hint->setObjectName(QStringLiteral("presentationScreenHint"));
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(tr("Wall screen"), m_wall);
    form->addRow(tr("Presenter view"), m_presenter);
    form->addRow(tr("Slides"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("presentationScreenButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

settings::PresentationScreens PresentationScreenDialog::choice() const
{
    settings::PresentationScreens c;
    c.wall = m_wall->currentData().toString();
    c.presenter = m_presenter->currentData().toString();
    c.theme = m_theme->currentData().toString();
    return c;
}

void PresentationScreenDialog::accept()
{
    settings::setPresentationScreens(choice());
    QDialog::accept();
}

QScreen *PresentationScreenDialog::wallScreen(const settings::PresentationScreens &choice)
{
    if (QScreen *s = named(choice.wall))
        return s;
    const auto screens = QGuiApplication::screens();
    for (QScreen *s : screens)
        if (s != QGuiApplication::primaryScreen())
            return s;
    return QGuiApplication::primaryScreen();
}

QScreen *PresentationScreenDialog::presenterScreen(const settings::PresentationScreens &choice, QScreen *wall)
{
    if (choice.presenter == kNone)
        return nullptr;
    QScreen *s = named(choice.presenter);
    if (!s)
        s = QGuiApplication::primaryScreen();
    return s == wall ? nullptr : s;
}

QString PresentationScreenDialog::describe(const QScreen *screen)
{
    const QSize px = screen->size() * screen->devicePixelRatio();
    return QStringLiteral("%1 — %2×%3").arg(screen->name()).arg(px.width()).arg(px.height());
}

} // namespace griddesk::app
