#pragma once

#include <QByteArray>

namespace certdesk::crypto {

// SHA-256 over data fed in pieces (a backup of several hundred MB). OpenSSL's, not QCryptographicHash: Qt 6.4's own
// SHA-256 runs at ~100 MB/s here against ~1.2 GB/s (docs/benchmarks.md, "Safekeeping").
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(const QByteArray &data);
    QByteArray result(); // 32 bytes; ends the computation

private:
    void *m_ctx; // EVP_MD_CTX
};

} // namespace certdesk::crypto
