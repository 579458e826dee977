#pragma once
// Password storage for local sign-in: PBKDF2-HMAC-SHA256 with a random salt
// and a high iteration count, encoded with its parameters so the count can
// rise later without breaking stored hashes:
//   pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>

#include <QByteArray>
#include <QString>

namespace griddesk::passwordhash {

// OWASP's figure for PBKDF2-HMAC-SHA256 (2023).
constexpr int kIterations = 600000;

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength);
// A new encoded hash with a fresh salt.
QString hash(const QString &password, int iterations = kIterations);
// Compares in constant time; false for malformed encodings.
bool verify(const QString &password, const QString &encoded);
// Spends the same time as verify() against a real hash and returns false:
// a sign-in for an unknown name must not be told apart by its speed.
bool verifyNothing(const QString &password);
// Key derivations run by this process so far (for tests of the above).
quint64 derivations();

} // namespace griddesk::passwordhash
