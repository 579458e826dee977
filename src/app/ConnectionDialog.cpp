#include "ConnectionDialog.h"
#include "AppSettings.h"
#include "PasswordVault.h"
#include "PgConnection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace griddesk::app {

namespace {
// Quotes a conninfo value as libpq reads it.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Connect to the district's GridDesk server (PostgreSQL/PostGIS) with your own login."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const settings::ServerProfile profile = settings::serverProfile();
    m_host = new QLineEdit(profile.host, this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(profile.port);
    m_database = new QLineEdit(profile.database, this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(profile.user, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in the system keyring"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setEnabled(passwordvault::isAvailable());
    if (!passwordvault::isAvailable())
        m_remember->setToolTip(tr("No keyring support in this build: the password is asked each time."));
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_user, &QLineEdit::editingFinished, this, &ConnectionDialog::loadStoredPassword);
    loadStoredPassword();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

QString ConnectionDialog::profileKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(m_user->text().trimmed(), m_host->text().trimmed()).arg(m_port->value()).arg(m_database->text().trimmed());
}

void ConnectionDialog::loadStoredPassword()
{
    if (!m_password->text().isEmpty() || m_user->text().trimmed().isEmpty())
        return;
    const QString stored = passwordvault::read(profileKey());
    if (!stored.isEmpty()) {
        m_password->setText(stored);
        m_remember->setChecked(true);
    }
}

void ConnectionDialog::setConnInfo(const QString &conninfo)
{
    const QMap<QString, QString> p = pgconnection::parameters(conninfo);
    if (p.contains(QStringLiteral("host")))
        m_host->setText(p.value(QStringLiteral("host")));
    if (p.contains(QStringLiteral("port")))
        m_port->setValue(p.value(QStringLiteral("port")).toInt());
    if (p.contains(QStringLiteral("dbname")))
        m_database->setText(p.value(QStringLiteral("dbname")));
    if (p.contains(QStringLiteral("user")))
        m_user->setText(p.value(QStringLiteral("user")));
    loadStoredPassword();
}

QString ConnectionDialog::location() const
{
    return QStringLiteral("pg:host=%1 port=%2 dbname=%3 user=%4 password=%5 application_name=GridDesk")
        .arg(quoted(m_host->text().trimmed()))
        .arg(m_port->value())
        .arg(quoted(m_database->text().trimmed()), quoted(m_user->text().trimmed()), quoted(m_password->text()));
}

void ConnectionDialog::accept()
{
    QStringList missing;
    if (m_host->text().trimmed().isEmpty())
        missing << tr("server");
    if (m_database->text().trimmed().isEmpty())
        missing << tr("database");
    if (m_user->text().trimmed().isEmpty())
        missing << tr("user");
    if (!missing.isEmpty()) {
        m_problem->setText(tr("Fill in: %1").arg(missing.join(tr(", "))));
        return;
    }
    settings::setServerProfile({m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed()});
    QString error;
    if (m_remember->isChecked() && !m_password->text().isEmpty()) {
        if (!passwordvault::write(profileKey(), m_password->text(), &error))
            m_problem->setText(tr("The keyring did not store the password (%1); it will be asked next time.").arg(error));
    } else if (passwordvault::isAvailable()) {
        passwordvault::remove(profileKey());
    }
    QDialog::accept();
}

} // namespace griddesk::app
