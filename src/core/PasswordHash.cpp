#include "PasswordHash.h"

#include <QAtomicInteger>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

#include <cstring>

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
    constexpr int kBlock = 32;
    QByteArray key;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        const char counter[4] = {char(block >> 24), char(block >> 16), char(block >> 8), char(block)};
        mac.reset();
        mac.addData(salt);
        mac.addData(counter, 4);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int k = 0; k < kBlock; ++k)
                t[k] = char(t[k] ^ u[k]);
        }
        key += t;
    }
    return key.left(keyLength);
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
    unsigned char diff = 0;
    for (int i = 0; i < 32; ++i)
        diff |= static_cast<unsigned char>(key[i] ^ expected[i]);
    return diff == 0;
}

} // namespace griddesk::passwordhash
