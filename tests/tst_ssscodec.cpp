// The social security card codec on its own: APDUs, status words, record parsing, and whole reads against the
// in-process virtual card in every behaviour it offers, plus random answers that must end in an error, never a hang.

#include "codec/sssecard.h"
#include "codec/sssecardsim.h"
#include "testerrorcode.h"

#include <QRandomGenerator>
#include <QTest>

using namespace certdesk;
using namespace certdesk::ssse;

namespace {

Transmit simTransmit(CardSim &card, QList<QByteArray> *log = nullptr)
{
    return [&card, log](const QByteArray &apdu) -> Result<QByteArray> {
        if (log)
            log->append(apdu);
        return card.respond(apdu);
    };
}

CardSim::Holder lisi()
{
    CardSim::Holder h;
    h.ssn = QStringLiteral("11010119520315002X");
    h.name = QStringLiteral("李四");
    h.sex = QLatin1Char('F');
    h.nation = QStringLiteral("回");
    h.birth = QDate(1952, 3, 15);
    h.issued = QDate(2019, 6, 1);
    h.validTo = QDate(2029, 6, 1);
    return h;
}

} // namespace

class TestSssCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apdusAreTheDocumentedBytes()
    {
        QCOMPARE(selectApplication().toHex().toUpper(), QByteArray("00A404000F7378312E73682EC9E7BBE1B1A3D5CF"));
        QCOMPARE(selectFile(FileHolder).toHex().toUpper(), QByteArray("00A4020002EF06"));
        QCOMPARE(readRecord(RecName, 32).toHex().toUpper(), QByteArray("00B2090420"));
        QCOMPARE(getResponse(0x10).toHex().toUpper(), QByteArray("00C0000010"));
    }

    void statusWordsHaveNames()
    {
        QCOMPARE(statusCode(0x6982), ErrorCode::CardSecurityStatus);
        QCOMPARE(statusCode(0x6A82), ErrorCode::CardFileNotFound);
        QCOMPARE(statusCode(0x6F00), ErrorCode::CardStatus);
        QCOMPARE(errorCodeWord(statusCode(0x6982)), QStringLiteral("security_status")); // the stable word
        QVERIFY(statusText(0x6982).contains(QStringLiteral("PSAM")));
        QVERIFY(statusText(0x6F00).contains(QStringLiteral("6F00")));
    }

    void exchangeFollowsGetResponseAndWrongLength()
    {
        QList<QByteArray> sent;
        const Transmit card = [&sent](const QByteArray &apdu) -> Result<QByteArray> {
            sent << apdu;
            if (apdu == readRecord(8, 2))
                return QByteArray::fromHex("6C14");
            if (apdu == readRecord(8, 0x14))
                return QByteArray::fromHex("0811") + QByteArray::fromHex("6103");
            if (apdu == getResponse(3))
                return QByteArray("abc") + QByteArray::fromHex("9000");
            return QByteArray::fromHex("6D00");
        };
        auto response = transceive(card, readRecord(8, 2));
        QVERIFY(response.ok());
        QCOMPARE(response->sw, quint16(0x9000));
        QCOMPARE(response->data, QByteArray::fromHex("0811") + QByteArray("abc"));
        QCOMPARE(sent.size(), 3);
    }

    void exchangeRefusesBrokenAnswers()
    {
        const Transmit shortAnswer = [](const QByteArray &) -> Result<QByteArray> { return QByteArray("\x90", 1); };
        QCOMPARE(transceive(shortAnswer, selectApplication()).error().code, ErrorCode::MalformedResponse);
        int calls = 0;
        const Transmit endless = [&calls](const QByteArray &) -> Result<QByteArray> {
            ++calls;
            return QByteArray::fromHex("6101");
        };
        QCOMPARE(transceive(endless, selectApplication()).error().code, ErrorCode::MalformedResponse);
        QVERIFY(calls <= 18);
        const Transmit alwaysWrongLength = [](const QByteArray &) -> Result<QByteArray> {
            return QByteArray::fromHex("6C05");
        };
        QCOMPARE(transceive(alwaysWrongLength, readRecord(8, 20)).error().code, ErrorCode::MalformedResponse);
        const Transmit broken = [](const QByteArray &) -> Result<QByteArray> {
            return Error::io(ErrorCode::Timeout, QStringLiteral("no answer"));
        };
        QCOMPARE(transceive(broken, selectApplication()).error().code, ErrorCode::Timeout);
    }

    void recordsAreChecked()
    {
        QCOMPARE(parseRecord(RecSex, QByteArray::fromHex("0A0131")).value(), QByteArray("1"));
        QCOMPARE(parseRecord(RecSex, QByteArray::fromHex("0B0131")).error().code, ErrorCode::MalformedRecord);
        QCOMPARE(parseRecord(RecSex, QByteArray::fromHex("0A05")).error().code, ErrorCode::MalformedRecord);
        QCOMPARE(parseRecord(RecSex, QByteArray::fromHex("0A023131")).error().code, ErrorCode::MalformedRecord);
        QCOMPARE(parseRecord(RecSex, QByteArray::fromHex("0A")).error().code, ErrorCode::MalformedRecord);
    }

    void datesAreBcd()
    {
        QCOMPARE(parseBcdDate(QByteArray::fromHex("19500101")).value(), QDate(1950, 1, 1));
        QCOMPARE(encodeBcdDate(QDate(2031, 12, 9)).toHex(), QByteArray("20311209"));
        QVERIFY(!parseBcdDate(QByteArray::fromHex("00000000")).value().isValid());
        QVERIFY(!parseBcdDate(QByteArray::fromHex("FFFFFFFF")).value().isValid());
        QVERIFY(!parseBcdDate(QByteArray::fromHex("1950A101")).ok());
        QVERIFY(!parseBcdDate(QByteArray::fromHex("20230230")).ok());
        QVERIFY(!parseBcdDate(QByteArray::fromHex("195001")).ok());
    }

    void namesAreGbk()
    {
        QCOMPARE(parseName(encodeName(QStringLiteral("欧阳建国"))).value(), QStringLiteral("欧阳建国"));
        QCOMPARE(parseName(QByteArray::fromHex("D5C5C8FD") + QByteArray(26, ' ')).value(), QStringLiteral("张三"));
        QCOMPARE(encodeName(QStringLiteral("张三")).size(), 30);
        QVERIFY(!parseName(QByteArray(30, '\0')).ok());
        QVERIFY(!parseName(QByteArray::fromHex("FF30FF31")).ok());
        QVERIFY(!parseName(QByteArray::fromHex("0102")).ok());
    }

    void otherFields()
    {
        QCOMPARE(parseSsn("11010119520315002x").value(), QStringLiteral("11010119520315002X"));
        QVERIFY(!parseSsn("1101011952031500").ok());
        QVERIFY(!parseSsn("11010119520315002Y").ok());
        // fuzz/corpus/ssse/ssn_trailing_newline: PCRE's $ matched before the newline and a 19-character SSN passed.
        QVERIFY(!parseSsn("110101195001011234\n").ok());
        QCOMPARE(parseSex("1"), QLatin1Char('M'));
        QCOMPARE(parseSex("2"), QLatin1Char('F'));
        QVERIFY(parseSex("9").isNull());
        QCOMPARE(parseNation(QByteArray::fromHex("01")).value(), QStringLiteral("汉"));
        QCOMPARE(parseNation(QByteArray::fromHex("56")).value(), QStringLiteral("基诺"));
        QCOMPARE(parseNation(QByteArray::fromHex("97")).value(), QString());
        QVERIFY(!parseNation(QByteArray::fromHex("1F")).ok());
        QCOMPARE(nationCode(QStringLiteral("维吾尔")), 5);
    }

    void readsTheVirtualCard_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::newRow("normal") << QStringLiteral("normal");
        QTest::newRow("chained 61xx") << QStringLiteral("chained");
        QTest::newRow("asks length 6Cxx") << QStringLiteral("asklength");
    }

    void readsTheVirtualCard()
    {
        QFETCH(QString, behaviour);
        CardSim::Behaviour mode;
        QVERIFY(CardSim::behaviourFromName(behaviour, &mode));
        CardSim card(lisi(), mode);
        QList<QByteArray> log;
        auto data = readCard(simTransmit(card, &log));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        QCOMPARE(data->ssn, QStringLiteral("11010119520315002X"));
        QCOMPARE(data->name, QStringLiteral("李四"));
        QCOMPARE(data->sex, QLatin1Char('F'));
        QCOMPARE(data->nation, QStringLiteral("回"));
        QCOMPARE(data->birth, QDate(1952, 3, 15));
        QCOMPARE(data->issued, QDate(2019, 6, 1));
        QCOMPARE(data->validTo, QDate(2029, 6, 1));
        QCOMPARE(data->cardNo, QStringLiteral("A12345678"));
        QCOMPARE(log.first(), selectApplication());
        if (behaviour == QStringLiteral("chained"))
            QVERIFY(log.contains(getResponse(8)));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<QString>("code");
        QTest::newRow("needs PSAM") << QStringLiteral("locked") << QStringLiteral("security_status");
        QTest::newRow("not a social security card") << QStringLiteral("notssse") << QStringLiteral("file_not_found");
        QTest::newRow("one-byte answers") << QStringLiteral("short") << QStringLiteral("malformed_response");
        QTest::newRow("endless 61xx") << QStringLiteral("endless") << QStringLiteral("malformed_response");
        QTest::newRow("name not GBK") << QStringLiteral("badname") << QStringLiteral("malformed_record");
        QTest::newRow("silent card") << QStringLiteral("mute") << QStringLiteral("malformed_response");
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QString, behaviour);
        QFETCH(QString, code);
        CardSim::Behaviour mode;
        QVERIFY(CardSim::behaviourFromName(behaviour, &mode));
        CardSim card(lisi(), mode);
        auto data = readCard(simTransmit(card));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().codeWord(), code);
        QVERIFY(!data.error().message.contains(QStringLiteral("李四")));
    }

    // Answers made of random bytes (and sometimes plausible status words) end in a value or an error, quickly.
    void randomAnswersNeverHang()
    {
        QRandomGenerator random(20260510);
        const QList<QByteArray> words = {QByteArray::fromHex("9000"), QByteArray::fromHex("6110"),
                                         QByteArray::fromHex("6C20"), QByteArray::fromHex("6982")};
        for (int round = 0; round < 3000; ++round) {
            int calls = 0;
            const Transmit noise = [&](const QByteArray &) -> Result<QByteArray> {
                ++calls;
                QByteArray bytes(int(random.bounded(40)), '\0');
                for (char &b : bytes)
                    b = char(random.bounded(256));
                if (random.bounded(2))
                    bytes += words.at(int(random.bounded(words.size())));
                return bytes;
            };
            auto data = readCard(noise);
            QVERIFY(calls < 200);
            if (data.ok())
                QCOMPARE(data->ssn.size(), 18);
        }
    }
};

QTEST_GUILESS_MAIN(TestSssCodec)
#include "tst_ssscodec.moc"
