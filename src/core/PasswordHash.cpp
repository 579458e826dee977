#include "PasswordHash.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QStringList>

#include <cstring>

#include <openssl/evp.h>

namespace griddesk::passwordhash {

namespace {
QAtomicInteger<quint64> g_derivations;
}

quint64 derivations()
{
    return g_derivations.loadAcquire();
}

bool verifyNothing(const QString &password)
{
    static const QString decoy = QStringLiteral("pbkdf2-sha256$%1$%2$%3")
                                     .arg(kIterations)
                                     .arg(QString::fromLatin1(QByteArray(16, 'g').toBase64()),
                                          QString::fromLatin1(QByteArray(32, '\0').toBase64()));
    verify(password, decoy);
    return false;
}

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength)
{
    g_derivations.fetchAndAddRelaxed(1);
    // OpenSSL's PBKDF2 (RFC 8018), about six times as fast as HMAC rounds
    // driven through Qt: a sign-in is checked in a third of a second.
    QByteArray key(keyLength, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), password.size(), reinterpret_cast<const unsigned char *>(salt.constData()),
                          salt.size(), iterations, EVP_sha256(), keyLength, reinterpret_cast<unsigned char *>(key.data()))
        != 1)
        return {}; // matches no stored key (verify() checks the length)
    return key;
}

QString hash(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.isEmpty() || expected.size() != 32)
        return false;
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, 32);
    if (key.size() != 32)
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < 32; ++i)
        diff |= static_cast<unsigned char>(key[i] ^ expected[i]);
    return diff == 0;
}

} // namespace griddesk::passwordhash
