#include "domain/citizenid.h"
#include "testerrorcode.h"

#include <QtTest>

using namespace certdesk;

namespace {

// A fixed "today" keeps the future-date cases stable whatever the machine clock says.
const QDate kToday(2024, 6, 1);

} // namespace

class TestCitizenId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkChar_data();
    void checkChar();
    void checkCharRejectsMalformedInput_data();
    void checkCharRejectsMalformedInput();

    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void checkOrder_data();
    void checkOrder();
    void messagesDoNotLeakTheNumber_data();
    void messagesDoNotLeakTheNumber();
    void birthOnTodayIsAccepted();
    void invalidTodayIsAnInternalError();
    void sexFromSeventeenthDigit_data();
    void sexFromSeventeenthDigit();

    void sameCitizenId_data();
    void sameCitizenId();

    void postcode_data();
    void postcode();
    void phone_data();
    void phone();
};

void TestCitizenId::checkChar_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    // One row per remainder 0..10; the weighted sums were worked out by hand from the
    // GB 11643 weights so the table is independent of the implementation.
    QTest::newRow("sum 132, r0") << QStringLiteral("11010519900101006") << QChar(u'1');
    QTest::newRow("sum 122, r1") << QStringLiteral("11010519900101001") << QChar(u'0');
    QTest::newRow("sum 134, r2") << QStringLiteral("11010519900101007") << QChar(u'X');
    QTest::newRow("sum 124, r3") << QStringLiteral("11010519900101002") << QChar(u'9');
    QTest::newRow("sum 136, r4") << QStringLiteral("11010519900101008") << QChar(u'8');
    QTest::newRow("sum 126, r5") << QStringLiteral("11010519900101003") << QChar(u'7');
    QTest::newRow("sum 138, r6") << QStringLiteral("11010519900101009") << QChar(u'6');
    QTest::newRow("sum 128, r7") << QStringLiteral("11010519900101004") << QChar(u'5');
    QTest::newRow("sum 140, r8") << QStringLiteral("11010519900101018") << QChar(u'4');
    QTest::newRow("sum 130, r9") << QStringLiteral("11010519900101005") << QChar(u'3');
    QTest::newRow("sum 120, r10") << QStringLiteral("11010519900101000") << QChar(u'2');
    // The two worked examples printed in GB 11643-1999 itself.
    QTest::newRow("standard example 1") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("standard example 2") << QStringLiteral("44052418800101001") << QChar(u'4');
}

void TestCitizenId::checkChar()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(citizenIdCheckChar(first17), expected);
}

void TestCitizenId::checkCharRejectsMalformedInput_data()
{
    QTest::addColumn<QString>("first17");
    QTest::newRow("empty") << QString();
    QTest::newRow("16 digits") << QStringLiteral("1101051949123100");
    QTest::newRow("18 digits") << QStringLiteral("110105194912310021");
    QTest::newRow("letter") << QStringLiteral("1101051949123100A");
    QTest::newRow("full-width digit") << QStringLiteral("1101051949123100１");
}

void TestCitizenId::checkCharRejectsMalformedInput()
{
    QFETCH(QString, first17);
    QVERIFY(citizenIdCheckChar(first17).isNull());
}

void TestCitizenId::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QChar>("sex");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("province");

    const QString x = QStringLiteral("11010519491231002X");
    const QDate d19491231(1949, 12, 31);
    const QString beijing = QStringLiteral("北京市");

    QTest::newRow("standard example") << x << x << d19491231 << QChar(u'F') << QStringLiteral("110105") << beijing;
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << x << d19491231 << QChar(u'F')
                                  << QStringLiteral("110105") << beijing;
    QTest::newRow("surrounding white space") << QStringLiteral("  \t11010519491231002x\u3000\n") << x << d19491231
                                             << QChar(u'F') << QStringLiteral("110105") << beijing;
    QTest::newRow("15-digit legacy") << QStringLiteral("110105491231002") << x << d19491231 << QChar(u'F')
                                     << QStringLiteral("110105") << beijing;
    QTest::newRow("15-digit legacy, digit check char")
        << QStringLiteral("440304900307121") << QStringLiteral("440304199003071213") << QDate(1990, 3, 7) << QChar(u'M')
        << QStringLiteral("440304") << QStringLiteral("广东省");
    QTest::newRow("Feb 29 in leap year 2000")
        << QStringLiteral("310115200002290013") << QStringLiteral("310115200002290013") << QDate(2000, 2, 29)
        << QChar(u'M') << QStringLiteral("310115") << QStringLiteral("上海市");
    QTest::newRow("Feb 29 in leap year 2024")
        << QStringLiteral("110105202402290011") << QStringLiteral("110105202402290011") << QDate(2024, 2, 29)
        << QChar(u'M') << QStringLiteral("110105") << beijing;
    QTest::newRow("15-digit legacy Feb 29 1996")
        << QStringLiteral("110105960229001") << QStringLiteral("110105199602290011") << QDate(1996, 2, 29)
        << QChar(u'M') << QStringLiteral("110105") << beijing;
    QTest::newRow("first day of 1900") << QStringLiteral("110105190001010052") << QStringLiteral("110105190001010052")
                                       << QDate(1900, 1, 1) << QChar(u'M') << QStringLiteral("110105") << beijing;
    QTest::newRow("Tibet") << QStringLiteral("540102199001010011") << QStringLiteral("540102199001010011")
                           << QDate(1990, 1, 1) << QChar(u'M') << QStringLiteral("540102")
                           << QStringLiteral("西藏自治区");
    QTest::newRow("Xinjiang") << QStringLiteral("650102199001010017") << QStringLiteral("650102199001010017")
                              << QDate(1990, 1, 1) << QChar(u'M') << QStringLiteral("650102")
                              << QStringLiteral("新疆维吾尔自治区");
    QTest::newRow("Taiwan province") << QStringLiteral("710100199001010010") << QStringLiteral("710100199001010010")
                                     << QDate(1990, 1, 1) << QChar(u'M') << QStringLiteral("710100")
                                     << QStringLiteral("台湾省");
    QTest::newRow("Macao") << QStringLiteral("820000199001010029") << QStringLiteral("820000199001010029")
                           << QDate(1990, 1, 1) << QChar(u'F') << QStringLiteral("820000")
                           << QStringLiteral("澳门特别行政区");
    QTest::newRow("Taiwan resident permit")
        << QStringLiteral("830000199001010012") << QStringLiteral("830000199001010012") << QDate(1990, 1, 1)
        << QChar(u'M') << QStringLiteral("830000") << QStringLiteral("台湾居民");
    QTest::newRow("foreigner permanent residence 91")
        << QStringLiteral("911100198506150039") << QStringLiteral("911100198506150039") << QDate(1985, 6, 15)
        << QChar(u'M') << QStringLiteral("911100") << QStringLiteral("外国人永久居留");
    QTest::newRow("foreigner permanent residence 99")
        << QStringLiteral("990000198506150037") << QStringLiteral("990000198506150037") << QDate(1985, 6, 15)
        << QChar(u'M') << QStringLiteral("990000") << QStringLiteral("外国人永久居留");
}

void TestCitizenId::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QString, id);
    QFETCH(QDate, birth);
    QFETCH(QChar, sex);
    QFETCH(QString, region);
    QFETCH(QString, province);

    const auto r = parseCitizenId(input, kToday);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().codeWord() + QLatin1String(": ") + r.error().message));
    QCOMPARE(r->id, id);
    QCOMPARE(r->birth, birth);
    QCOMPARE(r->sex, sex);
    QCOMPARE(r->region, region);
    QCOMPARE(r->province, province);
}

void TestCitizenId::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    // Fragments the message must contain, so that it names the specific problem.
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("empty") << QString() << QStringLiteral("empty") << QStringList();
    QTest::newRow("white space only") << QStringLiteral(" \t ") << QStringLiteral("empty") << QStringList();

    QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << QStringLiteral("length")
                                   << QStringList{QStringLiteral("17"), QStringLiteral("18"), QStringLiteral("15")};
    QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1") << QStringLiteral("length")
                                   << QStringList{QStringLiteral("19")};
    QTest::newRow("16 characters") << QStringLiteral("1101054912310021") << QStringLiteral("length")
                                   << QStringList{QStringLiteral("16")};
    QTest::newRow("inner space makes it 19")
        << QStringLiteral("110105 19491231002X") << QStringLiteral("length") << QStringList{QStringLiteral("19")};

    QTest::newRow("letter") << QStringLiteral("1101A519491231002X") << QStringLiteral("character")
                            << QStringList{QStringLiteral("'A'"), QStringLiteral("position 5")};
    QTest::newRow("X not last") << QStringLiteral("11010519491231X021") << QStringLiteral("character")
                                << QStringList{QStringLiteral("'X'"), QStringLiteral("position 15"),
                                               QStringLiteral("last")};
    QTest::newRow("x in 15-digit number") << QStringLiteral("11010549123100x") << QStringLiteral("character")
                                          << QStringList{QStringLiteral("'x'"), QStringLiteral("position 15")};
    QTest::newRow("tab inside") << QStringLiteral("110105\t9491231002X") << QStringLiteral("character")
                                << QStringList{QStringLiteral("U+0009"), QStringLiteral("position 7")};
    QTest::newRow("full-width digit") << QStringLiteral("１10105194912310021") << QStringLiteral("character")
                                      << QStringList{QStringLiteral("position 1")};
    QTest::newRow("other last letter") << QStringLiteral("11010519491231002Y") << QStringLiteral("character")
                                       << QStringList{QStringLiteral("'Y'"), QStringLiteral("position 18")};

    QTest::newRow("region 00") << QStringLiteral("000105199001010015") << QStringLiteral("region")
                               << QStringList{QStringLiteral("00")};
    QTest::newRow("region 10") << QStringLiteral("100105199001010019") << QStringLiteral("region")
                               << QStringList{QStringLiteral("10")};
    QTest::newRow("region 20") << QStringLiteral("200105199001010012") << QStringLiteral("region")
                               << QStringList{QStringLiteral("20")};
    QTest::newRow("region 72") << QStringLiteral("720105199001010014") << QStringLiteral("region")
                               << QStringList{QStringLiteral("72")};
    QTest::newRow("region 84") << QStringLiteral("840105199001010011") << QStringLiteral("region")
                               << QStringList{QStringLiteral("84")};

    const QStringList notReal{QStringLiteral("not a real date")};
    QTest::newRow("Feb 29 in non-leap 2023")
        << QStringLiteral("110105202302290014") << QStringLiteral("date")
        << QStringList{QStringLiteral("2023-02-29"), QStringLiteral("not a real date")};
    QTest::newRow("Feb 29 1900 is not leap") << QStringLiteral("110105190002290017") << QStringLiteral("date")
                                             << QStringList{QStringLiteral("1900-02-29"), notReal.first()};
    QTest::newRow("15-digit Feb 29 1900") << QStringLiteral("110105000229001") << QStringLiteral("date")
                                          << QStringList{QStringLiteral("1900-02-29"), notReal.first()};
    QTest::newRow("month 13") << QStringLiteral("110105199013010018") << QStringLiteral("date") << notReal;
    QTest::newRow("day 32") << QStringLiteral("110105199001320019") << QStringLiteral("date") << notReal;
    QTest::newRow("day 00") << QStringLiteral("110105199001000015") << QStringLiteral("date") << notReal;
    QTest::newRow("future") << QStringLiteral("110105202506150013") << QStringLiteral("date")
                            << QStringList{QStringLiteral("2025-06-15"), QStringLiteral("future")};
    QTest::newRow("day after today") << QStringLiteral("110105202406020019") << QStringLiteral("date")
                                     << QStringList{QStringLiteral("future")};
    QTest::newRow("before 1900 (GB example 2)") << QStringLiteral("440524188001010014") << QStringLiteral("date")
                                                << QStringList{QStringLiteral("1880-01-01"), QStringLiteral("1900")};
    QTest::newRow("1899-12-31") << QStringLiteral("110105189912310015") << QStringLiteral("date")
                                << QStringList{QStringLiteral("before 1900")};

    QTest::newRow("wrong check digit, X expected")
        << QStringLiteral("110105194912310021") << QStringLiteral("check_digit") << QStringList{QStringLiteral("X")};
    QTest::newRow("wrong check digit, 0 expected")
        << QStringLiteral("11010519900101001X") << QStringLiteral("check_digit") << QStringList{QStringLiteral("0")};
    // Swapping "31" to "13" keeps a real date; only the check character catches it.
    QTest::newRow("transposed digits") << QStringLiteral("11010519491213002X") << QStringLiteral("check_digit")
                                       << QStringList{QStringLiteral("9")};
}

void TestCitizenId::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);

    const auto r = parseCitizenId(input, kToday);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->id : QString()));
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(r.error().codeWord(), code); // the stable word the CLI and JSON print
    QVERIFY(!r.error().message.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(r.error().message.contains(m), qPrintable(r.error().message + QLatin1String(" lacks ") + m));
}

void TestCitizenId::checkOrder_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("length before character") << QStringLiteral("ABC") << QStringLiteral("length");
    QTest::newRow("character before region") << QStringLiteral("00010519900101001A") << QStringLiteral("character");
    QTest::newRow("region before date") << QStringLiteral("000105199013010011") << QStringLiteral("region");
    QTest::newRow("date before check digit") << QStringLiteral("110105199013010011") << QStringLiteral("date");
}

void TestCitizenId::checkOrder()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto r = parseCitizenId(input, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().codeWord(), code); // the stable word the CLI and JSON print
}

void TestCitizenId::messagesDoNotLeakTheNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("character") << QStringLiteral("1101A519491231002X");
    QTest::newRow("region") << QStringLiteral("000105199001010015");
    QTest::newRow("date") << QStringLiteral("110105202302290014");
    QTest::newRow("future") << QStringLiteral("110105202506150013");
    QTest::newRow("check digit") << QStringLiteral("110105194912310021");
    QTest::newRow("length") << QStringLiteral("11010519491231002");
    QTest::newRow("15-digit date") << QStringLiteral("110105000229001");
}

void TestCitizenId::messagesDoNotLeakTheNumber()
{
    QFETCH(QString, input);
    const auto r = parseCitizenId(input, kToday);
    QVERIFY(!r.ok());
    const QString &msg = r.error().message;
    QVERIFY2(!msg.contains(input), qPrintable(msg));
    // Neither the digits nor the region + birth date that identify the person.
    QVERIFY2(!msg.contains(input.left(14)), qPrintable(msg));
    QVERIFY2(!msg.contains(input.left(12)), qPrintable(msg));
}

void TestCitizenId::birthOnTodayIsAccepted()
{
    const auto r = parseCitizenId(QStringLiteral("110105202506150013"), QDate(2025, 6, 15));
    QVERIFY(r.ok());
    QCOMPARE(r->birth, QDate(2025, 6, 15));
}

void TestCitizenId::invalidTodayIsAnInternalError()
{
    const auto r = parseCitizenId(QStringLiteral("11010519491231002X"), QDate());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Internal);
}

void TestCitizenId::sexFromSeventeenthDigit_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QChar>("sex");
    QTest::newRow("0 -> F") << QStringLiteral("110105198001010008") << QChar(u'F');
    QTest::newRow("1 -> M") << QStringLiteral("110105198001010016") << QChar(u'M');
    QTest::newRow("2 -> F") << QStringLiteral("110105198001010024") << QChar(u'F');
    QTest::newRow("3 -> M") << QStringLiteral("110105198001010032") << QChar(u'M');
    QTest::newRow("4 -> F") << QStringLiteral("110105198001010040") << QChar(u'F');
    QTest::newRow("5 -> M") << QStringLiteral("110105198001010059") << QChar(u'M');
    QTest::newRow("15-digit, last digit 1 -> M") << QStringLiteral("110105800101111") << QChar(u'M');
    QTest::newRow("15-digit, last digit 2 -> F") << QStringLiteral("110105491231002") << QChar(u'F');
}

void TestCitizenId::sexFromSeventeenthDigit()
{
    QFETCH(QString, input);
    QFETCH(QChar, sex);
    const auto r = parseCitizenId(input, kToday);
    QVERIFY(r.ok());
    QCOMPARE(r->sex, sex);
}

void TestCitizenId::sameCitizenId_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("identical") << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("x vs X") << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("15 vs 18") << QStringLiteral("110105491231002") << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("18 vs 15, padded") << QStringLiteral(" 440304199003071213 ") << QStringLiteral("440304900307121")
                                      << true;
    QTest::newRow("different people") << QStringLiteral("11010519491231002X") << QStringLiteral("110105194912310011")
                                      << false;
    QTest::newRow("15 vs different 18") << QStringLiteral("110105491231002") << QStringLiteral("110105194912310011")
                                        << false;
    QTest::newRow("both invalid and equal")
        << QStringLiteral("110105194912310021") << QStringLiteral("110105194912310021") << false;
    QTest::newRow("one invalid") << QStringLiteral("11010519491231002X") << QStringLiteral("110105194912310021")
                                 << false;
    QTest::newRow("both empty") << QString() << QString() << false;
}

void TestCitizenId::sameCitizenId()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(certdesk::sameCitizenId(a, b, kToday), same);
    QCOMPARE(certdesk::sameCitizenId(b, a, kToday), same);
}

void TestCitizenId::postcode_data()
{
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Beijing") << QStringLiteral("100000") << true;
    QTest::newRow("Shenzhen") << QStringLiteral("518000") << true;
    QTest::newRow("leading zero") << QStringLiteral("010000") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("5 digits") << QStringLiteral("10000") << false;
    QTest::newRow("7 digits") << QStringLiteral("1000000") << false;
    QTest::newRow("letter") << QStringLiteral("10000A") << false;
    QTest::newRow("inner space") << QStringLiteral("100 00") << false;
    QTest::newRow("padded") << QStringLiteral(" 100000") << false;
    QTest::newRow("full-width digits") << QStringLiteral("１０００００") << false;
}

void TestCitizenId::postcode()
{
    QFETCH(QString, postcode);
    QFETCH(bool, valid);
    const Status s = validatePostcode(postcode);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.error().code, ErrorCode::Postcode);
        QVERIFY(s.error().message.contains(QLatin1String("6 digits")));
    }
}

void TestCitizenId::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");

    QTest::newRow("mobile") << QStringLiteral("13812345678") << true;
    QTest::newRow("mobile 19x") << QStringLiteral("19912345678") << true;
    QTest::newRow("mobile, spaces at the ends") << QStringLiteral("  13812345678 ") << true;
    QTest::newRow("010-12345678") << QStringLiteral("010-12345678") << true;
    QTest::newRow("01012345678") << QStringLiteral("01012345678") << true;
    QTest::newRow("020-1234567") << QStringLiteral("020-1234567") << true;
    QTest::newRow("0755-1234567") << QStringLiteral("0755-1234567") << true;
    QTest::newRow("0755-12345678") << QStringLiteral("0755-12345678") << true;
    QTest::newRow("075512345678") << QStringLiteral("075512345678") << true;
    QTest::newRow("with extension") << QStringLiteral("010-12345678-123") << true;
    QTest::newRow("6-digit extension") << QStringLiteral("0755-1234567-123456") << true;
    QTest::newRow("extension, no area hyphen") << QStringLiteral("075512345678-8") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("mobile too short") << QStringLiteral("1381234567") << false;
    QTest::newRow("mobile too long") << QStringLiteral("138123456789") << false;
    QTest::newRow("mobile not starting with 1") << QStringLiteral("23812345678") << false;
    QTest::newRow("letters") << QStringLiteral("1381234abcd") << false;
    QTest::newRow("landline too short") << QStringLiteral("010-123456") << false;
    QTest::newRow("landline number too long") << QStringLiteral("010-123456789") << false;
    QTest::newRow("no area code") << QStringLiteral("12345678") << false;
    QTest::newRow("area code without 0") << QStringLiteral("755-1234567") << false;
    QTest::newRow("area code too long") << QStringLiteral("07555-1234567") << false;
    QTest::newRow("extension too long") << QStringLiteral("010-12345678-1234567") << false;
    QTest::newRow("empty extension") << QStringLiteral("010-12345678-") << false;
    QTest::newRow("double hyphen") << QStringLiteral("010--12345678") << false;
    QTest::newRow("inner space") << QStringLiteral("010 12345678") << false;
    QTest::newRow("full-width digits") << QStringLiteral("１３８１２３４５６７８") << false;
}

void TestCitizenId::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    const Status s = validatePhone(phone);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.error().code, ErrorCode::Phone);
        const QString &msg = s.error().message;
        QVERIFY2(msg.contains(QLatin1String("11-digit mobile")) && msg.contains(QLatin1String("area code")),
                 qPrintable(msg));
    }
}

QTEST_APPLESS_MAIN(TestCitizenId)
#include "tst_citizenid.moc"
