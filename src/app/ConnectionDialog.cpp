#include "ConnectionDialog.h"
#include "AppSettings.h"
#include "PasswordVault.h"
#include "PgConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace griddesk::app {

using pgconnection::quoted;

namespace {
// The modes that make the server prove its identity with a certificate.
bool isVerifying(const QString &sslMode)
{
    return sslMode == QLatin1String("verify-ca") || sslMode == QLatin1String("verify-full");
}

bool isEncrypting(const QString &sslMode)
{
    return sslMode == QLatin1String("require") || isVerifying(sslMode);
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
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItem(tr("Encrypted, server identity verified (recommended)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Encrypted, server certificate checked"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Encrypted, server identity not checked"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Not encrypted"), QStringLiteral("disable"));
    m_sslRootCert = new QLineEdit(profile.sslRootCert, this);
    m_sslRootCert->setObjectName(QStringLiteral("sslRootCertEdit"));
    m_sslRootCert->setPlaceholderText(tr("The authority's certificate (root.crt) from your administrator"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("sslRootCertBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_sslRootCert->text(),
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_sslRootCert->setText(file);
    });
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_sslRootCert, 1);
    certRow->addWidget(browse);
    form->addRow(tr("Security"), m_sslMode);
    form->addRow(tr("Authority"), certRow);
    m_securityNote = new QLabel(this);
    m_securityNote->setObjectName(QStringLiteral("securityNote"));
    m_securityNote->setWordWrap(true);
    form->addRow(QString(), m_securityNote);
    setSslMode(profile.sslMode);
    connect(m_sslMode, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ConnectionDialog::updateSecurityNote);
    connect(m_sslRootCert, &QLineEdit::textChanged, this, &ConnectionDialog::updateSecurityNote);
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
    if (p.contains(QStringLiteral("sslmode")))
        setSslMode(p.value(QStringLiteral("sslmode")));
    if (p.contains(QStringLiteral("sslrootcert")))
        m_sslRootCert->setText(p.value(QStringLiteral("sslrootcert")));
    loadStoredPassword();
}

QString ConnectionDialog::sslMode() const
{
    return m_sslMode->currentData().toString();
}

void ConnectionDialog::setSslMode(const QString &mode)
{
    int index = m_sslMode->findData(mode);
    if (index < 0) // allow and prefer may fall back to plain text: shown as such
        index = m_sslMode->findData(QStringLiteral("disable"));
    m_sslMode->setCurrentIndex(index);
    updateSecurityNote();
}

void ConnectionDialog::updateSecurityNote()
{
    const QString mode = sslMode();
    const bool verifies = isVerifying(mode);
    m_sslRootCert->setEnabled(verifies);
    QString note;
    QString colour = QStringLiteral("#1b5e20");
    if (!isEncrypting(mode)) {
        note = tr("Not encrypted: your password and the residents' personal data cross the network as plain text, "
                  "and anyone on the network can read them.");
        colour = QStringLiteral("#b3261e");
    } else if (!verifies) {
        note = tr("Encrypted, but the server's identity is not checked: a machine pretending to be the server could "
                  "still read your password. Ask your administrator for the authority's certificate.");
        colour = QStringLiteral("#8a5300");
    } else if (m_sslRootCert->text().trimmed().isEmpty()) {
        note = tr("Choose the authority's certificate (root.crt) that your administrator gave you.");
        colour = QStringLiteral("#8a5300");
    } else {
        note = tr("Encrypted, and the server must prove its identity with a certificate from this authority.");
    }
    m_securityNote->setText(note);
    m_securityNote->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

StoreLocation ConnectionDialog::location() const
{
    QString conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5 application_name=GridDesk sslmode=%6")
                           .arg(quoted(m_host->text().trimmed()))
                           .arg(m_port->value())
                           .arg(quoted(m_database->text().trimmed()), quoted(m_user->text().trimmed()),
                                quoted(m_password->text()), sslMode());
    if (m_sslRootCert->isEnabled() && !m_sslRootCert->text().trimmed().isEmpty())
        conninfo += QStringLiteral(" sslrootcert=") + quoted(m_sslRootCert->text().trimmed());
    // Over an encrypted connection, the login proof is bound to it.
    if (isEncrypting(sslMode()))
        conninfo += QStringLiteral(" channel_binding=prefer");
    return StoreLocation::server(conninfo);
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
    const bool verifies = isVerifying(sslMode());
    if (verifies && m_sslRootCert->text().trimmed().isEmpty())
        missing << tr("the authority's certificate");
    if (!missing.isEmpty()) {
        m_problem->setText(tr("Fill in: %1").arg(missing.join(tr(", "))));
        return;
    }
    if (verifies && !QFileInfo(m_sslRootCert->text().trimmed()).isReadable()) {
        m_problem->setText(tr("The certificate file %1 cannot be read.").arg(m_sslRootCert->text().trimmed()));
        return;
    }
    settings::setServerProfile({m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                m_user->text().trimmed(), sslMode(), m_sslRootCert->text().trimmed()});
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
