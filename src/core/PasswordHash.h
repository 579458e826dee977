#pragma once
// Password storage for local sign-in: PBKDF2-HMAC-SHA256 with a random salt
// and a high iteration count, encoded with its parameters so the count can
// rise later without breaking stored hashes:
//   pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>

#include <QByteArray>
#include <QString>

namespace griddesk::passwordhash {

constexpr int kIterations = 310000;

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength);
// A new encoded hash with a fresh salt.
QString hash(const QString &password, int iterations = kIterations);
// Compares in constant time; false for malformed encodings.
bool verify(const QString &password, const QString &encoded);

} // namespace griddesk::passwordhash
