#include "core/crypto.h"
#include "testerrorcode.h"

#include <QTest>

using namespace certdesk;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBytesHaveLengthAndVary();
    void pbkdf2MatchesPublishedVectors_data();
    void pbkdf2MatchesPublishedVectors();
    void pbkdf2RejectsNonsenseParameters();
    void aesGcmMatchesNistVector();
    void aesGcmRoundTrip_data();
    void aesGcmRoundTrip();
    void aesGcmDetectsTampering_data();
    void aesGcmDetectsTampering();
    void aesGcmRejectsBadParameters();
    void constantTimeEquals();
    void sha256MatchesFips180Vectors();
};

void TestCrypto::randomBytesHaveLengthAndVary()
{
    const QByteArray a = crypto::randomBytes(32);
    const QByteArray b = crypto::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QCOMPARE(b.size(), 32);
    QVERIFY(a != b);
    QVERIFY(crypto::randomBytes(0).isEmpty());
}

void TestCrypto::pbkdf2MatchesPublishedVectors_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expected");

    // PBKDF2-HMAC-SHA256 vectors published alongside RFC 6070 / RFC 7914 section 11.
    QTest::newRow("c=1") << QStringLiteral("password") << QByteArray("salt") << 1
                         << hex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c=2") << QStringLiteral("password") << QByteArray("salt") << 2
                         << hex("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c=4096") << QStringLiteral("password") << QByteArray("salt") << 4096
                            << hex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("long, dkLen=40") << QStringLiteral("passwordPASSWORDpassword")
                                    << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096
                                    << hex("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1"
                                           "c635518c7dac47e9");
}

void TestCrypto::pbkdf2MatchesPublishedVectors()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expected);
    QCOMPARE(crypto::pbkdf2Sha256(password, salt, iterations, int(expected.size())).toHex(), expected.toHex());
}

void TestCrypto::pbkdf2RejectsNonsenseParameters()
{
    QVERIFY(crypto::pbkdf2Sha256(QStringLiteral("p"), "salt", 0).isEmpty());
    QVERIFY(crypto::pbkdf2Sha256(QStringLiteral("p"), "salt", 1, 0).isEmpty());
    // The secret is hashed as UTF-8, so non-ASCII passwords are stable across platforms.
    QCOMPARE(crypto::pbkdf2Sha256(QStringLiteral("密码"), "salt", 1),
             crypto::pbkdf2Sha256(QString::fromUtf8("\xe5\xaf\x86\xe7\xa0\x81"), "salt", 1));
}

void TestCrypto::aesGcmMatchesNistVector()
{
    // NIST GCM test cases 13 and 14: all-zero 256-bit key and 96-bit IV.
    const QByteArray key(32, '\0');
    const QByteArray nonce(12, '\0');
    auto empty = crypto::aesGcmSeal(key, nonce, {}, {});
    QVERIFY(empty.ok());
    QCOMPARE(empty->toHex(), QByteArray("530f8afbc74536b9a963b4f1c4cb738b"));
    auto block = crypto::aesGcmSeal(key, nonce, QByteArray(16, '\0'), {});
    QVERIFY(block.ok());
    QCOMPARE(block->toHex(), QByteArray("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"));
}

void TestCrypto::aesGcmRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("key, no aad") << crypto::randomBytes(32) << QByteArray();
    QTest::newRow("odd length with aad") << QByteArray("certdesk round trip, 37 bytes long..") << QByteArray("ctx");
    QTest::newRow("large") << crypto::randomBytes(100000) << crypto::randomBytes(1000);
}

void TestCrypto::aesGcmRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const QByteArray key = crypto::randomBytes(32);
    const QByteArray nonce = crypto::randomBytes(12);
    auto sealed = crypto::aesGcmSeal(key, nonce, plaintext, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), plaintext.size() + 16);
    if (!plaintext.isEmpty())
        QVERIFY(!sealed->contains(plaintext));
    auto opened = crypto::aesGcmOpen(key, nonce, *sealed, aad);
    QVERIFY(opened.ok());
    QCOMPARE(*opened, plaintext);
}

void TestCrypto::aesGcmDetectsTampering_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("ciphertext") << QStringLiteral("ciphertext");
    QTest::newRow("tag") << QStringLiteral("tag");
    QTest::newRow("aad") << QStringLiteral("aad");
    QTest::newRow("nonce") << QStringLiteral("nonce");
    QTest::newRow("key") << QStringLiteral("key");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("shorter than tag") << QStringLiteral("short");
}

void TestCrypto::aesGcmDetectsTampering()
{
    QFETCH(QString, what);
    QByteArray key = crypto::randomBytes(32);
    QByteArray nonce = crypto::randomBytes(12);
    QByteArray aad("certdesk-slot-v1\nalice\npassword");
    auto sealedResult = crypto::aesGcmSeal(key, nonce, crypto::randomBytes(32), aad);
    QVERIFY(sealedResult.ok());
    QByteArray sealed = *sealedResult;

    if (what == QLatin1String("ciphertext"))
        sealed[3] = char(sealed[3] ^ 0x01);
    else if (what == QLatin1String("tag"))
        sealed[sealed.size() - 1] = char(sealed[sealed.size() - 1] ^ 0x80);
    else if (what == QLatin1String("aad"))
        aad = "certdesk-slot-v1\nbob\npassword";
    else if (what == QLatin1String("nonce"))
        nonce[0] = char(nonce[0] ^ 0x01);
    else if (what == QLatin1String("key"))
        key[31] = char(key[31] ^ 0x01);
    else if (what == QLatin1String("truncated"))
        sealed.chop(1);
    else
        sealed = sealed.left(15);

    auto opened = crypto::aesGcmOpen(key, nonce, sealed, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Auth);
    QCOMPARE(opened.error().code, ErrorCode::AuthFailed);
}

void TestCrypto::aesGcmRejectsBadParameters()
{
    const QByteArray key = crypto::randomBytes(32);
    const QByteArray nonce = crypto::randomBytes(12);
    auto shortKey = crypto::aesGcmSeal(key.left(16), nonce, "x", {});
    QVERIFY(!shortKey.ok());
    QCOMPARE(shortKey.error().kind, Error::Kind::Invalid);
    auto longNonce = crypto::aesGcmSeal(key, crypto::randomBytes(16), "x", {});
    QVERIFY(!longNonce.ok());
    QCOMPARE(longNonce.error().kind, Error::Kind::Invalid);
    auto openShortNonce = crypto::aesGcmOpen(key, nonce.left(8), QByteArray(32, 'x'), {});
    QVERIFY(!openShortNonce.ok());
    QCOMPARE(openShortNonce.error().kind, Error::Kind::Invalid);
}

void TestCrypto::constantTimeEquals()
{
    QVERIFY(crypto::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
    QVERIFY(crypto::constantTimeEquals(QByteArray(), QByteArray()));
    QVERIFY(!crypto::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
    QVERIFY(!crypto::constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
    QVERIFY(!crypto::constantTimeEquals(QByteArray("abc"), QByteArray()));
    // A common prefix must not make different lengths compare equal.
    QVERIFY(!crypto::constantTimeEquals(QByteArray("abc\0", 4), QByteArray("abc")));
}

void TestCrypto::sha256MatchesFips180Vectors()
{
    QCOMPARE(crypto::sha256("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(crypto::sha256({}).toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(crypto::sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
             QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
