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

// A PostgreSQL SCRAM-SHA-256 verifier (RFC 5802/7677) for CREATE ROLE … PASSWORD,
// so the password itself never travels to the server or its logs:
//   SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
QString scramSha256Verifier(const QString &password, int iterations = 4096);

} // namespace griddesk::passwordhash
