#pragma once

// The container of a backup file (docs/formats.md, "Backup file"); shared by backup.cpp and restore.cpp only.
//
//   "CERTDESK-BACKUP\n"             16 bytes
//   u32 big-endian                  container version (1)
//   u32 big-endian  + bytes         manifest, UTF-8 JSON
//   u64 big-endian  + bytes         the .keys file as it was
//   u64 big-endian  + bytes         the database, still encrypted with the same key
//   32 bytes                        SHA-256 of everything before it

#include <QByteArray>
#include <QtEndian>

namespace certdesk::backupformat {

inline const QByteArray kMagic = QByteArrayLiteral("CERTDESK-BACKUP\n");
constexpr quint32 kVersion = 1;
constexpr quint32 kMaxManifest = 1 << 20;

inline QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

inline QByteArray be64(quint64 v)
{
    QByteArray b(8, '\0');
    qToBigEndian(v, b.data());
    return b;
}

} // namespace certdesk::backupformat
