#include "core/sha256.h"

#include <QtGlobal>

#include <openssl/evp.h>

namespace certdesk::crypto {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is unavailable");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

void Sha256::addData(const QByteArray &data)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data.constData(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), reinterpret_cast<unsigned char *>(out.data()), &length);
    return out;
}

} // namespace certdesk::crypto
