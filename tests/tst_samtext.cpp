// GA 467 text blocks built here by hand at explicit offsets (never by the encoder under test): every field of every
// layout, the 民族 codes, refusals and malformed fields.
#include "codec/samtext.h"
#include "devices/samidentity.h"
#include "testerrorcode.h"

#include <QtEndian>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::sam;

namespace {

// A 256-byte block of UTF-16LE spaces with fields written at explicit offsets.
struct Block
{
    QByteArray bytes = QByteArray(256, '\0');
    Block()
    {
        for (int i = 0; i < 256; i += 2)
            bytes[i] = ' ';
    }
    Block &at(int offset, const QString &text)
    {
        for (int i = 0; i < text.size(); ++i)
            qToLittleEndian<quint16>(text.at(i).unicode(), bytes.data() + offset + 2 * i);
        return *this;
    }
};

Block residentBlock()
{
    Block b;
    b.at(0, QStringLiteral("演示李桂兰"))
        .at(30, QStringLiteral("2"))
        .at(32, QStringLiteral("03"))
        .at(36, QStringLiteral("19481102"))
        .at(52, QStringLiteral("演示省演示市演示区幸福路12号"))
        .at(122, QStringLiteral("110105194811020023"))
        .at(158, QStringLiteral("演示市公安局演示分局"))
        .at(188, QStringLiteral("20160401"))
        .at(204, QStringLiteral("长期"));
    return b;
}

} // namespace

class TestSamText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void residentEveryField()
    {
        const auto t = decodeText(residentBlock().bytes);
        QVERIFY(t.ok());
        QCOMPARE(t->layout, TextLayout::Resident);
        QCOMPARE(t->name, QStringLiteral("演示李桂兰"));
        QCOMPARE(t->sex(), QLatin1Char('F'));
        QCOMPARE(t->nation(), QStringLiteral("回"));
        QCOMPARE(t->birth(), QDate(1948, 11, 2));
        QCOMPARE(t->address, QStringLiteral("演示省演示市演示区幸福路12号"));
        QCOMPARE(t->idNo, QStringLiteral("110105194811020023"));
        QCOMPARE(t->issuer, QStringLiteral("演示市公安局演示分局"));
        QCOMPARE(t->validFrom(), QDate(2016, 4, 1));
        QVERIFY(t->validToLongTerm());
        QVERIFY(!t->validTo().isValid());
        QCOMPARE(encodeText(*t), residentBlock().bytes);

        const CardIdentity id = identityFromSamText(*t, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(id.cardType, CardType::ResidentId);
        QCOMPARE(id.nation, QStringLiteral("回"));
        QCOMPARE(id.source, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(id.method, IdentityMethod::IdCard);
        QVERIFY(!id.isExpiredOn(QDate(2090, 1, 1)));
    }

    void residentNulPaddingAndTypeNul()
    {
        Block b = residentBlock();
        b.bytes[248] = '\0'; // type NUL also means resident
        for (int i = 10; i < 30; ++i)
            b.bytes[i] = '\0'; // NUL padding after the name
        b.at(204, QStringLiteral("20360401"));
        const auto t = decodeText(b.bytes);
        QVERIFY(t.ok());
        QCOMPARE(t->layout, TextLayout::Resident);
        QCOMPARE(t->name, QStringLiteral("演示李桂兰"));
        QCOMPARE(t->validTo(), QDate(2036, 4, 1));
        const CardIdentity id = identityFromSamText(*t, {});
        QVERIFY(id.isExpiredOn(QDate(2036, 4, 2)));
        QVERIFY(!id.isExpiredOn(QDate(2036, 4, 1)));
    }

    void hkMoTwEveryField()
    {
        Block b;
        b.at(0, QStringLiteral("演示陈大文"))
            .at(30, QStringLiteral("1"))
            .at(36, QStringLiteral("19551010"))
            .at(52, QStringLiteral("演示省演示市和平路8号"))
            .at(122, QStringLiteral("810000195510100014"))
            .at(158, QStringLiteral("演示市公安局"))
            .at(188, QStringLiteral("20200101"))
            .at(204, QStringLiteral("20250101"))
            .at(220, QStringLiteral("H12345678"))
            .at(238, QStringLiteral("01"))
            .at(248, QStringLiteral("J"));
        const auto t = decodeText(b.bytes);
        QVERIFY(t.ok());
        QCOMPARE(t->layout, TextLayout::HkMoTw);
        QCOMPARE(t->name, QStringLiteral("演示陈大文"));
        QCOMPARE(t->sex(), QLatin1Char('M'));
        QVERIFY(t->nationCode.isEmpty());
        QCOMPARE(t->birth(), QDate(1955, 10, 10));
        QCOMPARE(t->address, QStringLiteral("演示省演示市和平路8号"));
        QCOMPARE(t->idNo, QStringLiteral("810000195510100014"));
        QCOMPARE(t->issuer, QStringLiteral("演示市公安局"));
        QCOMPARE(t->validFrom(), QDate(2020, 1, 1));
        QCOMPARE(t->validTo(), QDate(2025, 1, 1));
        QCOMPARE(t->passNo, QStringLiteral("H12345678"));
        QCOMPARE(t->issueCount, QStringLiteral("01"));
        QCOMPARE(encodeText(*t), b.bytes);
        const CardIdentity id = identityFromSamText(*t, {});
        QCOMPARE(id.cardType, CardType::HkMoTwResidence);
        QVERIFY(id.nation.isEmpty());
        QVERIFY(id.isExpiredOn(QDate(2026, 5, 10)));
    }

    void foreign2017EveryField()
    {
        Block b;
        b.at(0, QStringLiteral("DEMO, JOHN"))
            .at(120, QStringLiteral("1"))
            .at(122, QStringLiteral("CAN110050030701"))
            .at(152, QStringLiteral("CAN"))
            .at(158, QStringLiteral("演示约翰"))
            .at(188, QStringLiteral("20200101"))
            .at(204, QStringLiteral("20300101"))
            .at(220, QStringLiteral("19500307"))
            .at(236, QStringLiteral("01"))
            .at(240, QStringLiteral("1500"))
            .at(248, QStringLiteral("I"));
        const auto t = decodeText(b.bytes);
        QVERIFY(t.ok());
        QCOMPARE(t->layout, TextLayout::Foreign2017);
        QCOMPARE(t->englishName, QStringLiteral("DEMO, JOHN"));
        QCOMPARE(t->sex(), QLatin1Char('M'));
        QCOMPARE(t->idNo, QStringLiteral("CAN110050030701"));
        QCOMPARE(t->nationality, QStringLiteral("CAN"));
        QCOMPARE(t->name, QStringLiteral("演示约翰"));
        QCOMPARE(t->validFrom(), QDate(2020, 1, 1));
        QCOMPARE(t->validTo(), QDate(2030, 1, 1));
        QCOMPARE(t->birth(), QDate(1950, 3, 7));
        QCOMPARE(t->version, QStringLiteral("01"));
        QCOMPARE(t->issuer, QStringLiteral("1500"));
        QVERIFY(t->address.isEmpty());
        QCOMPARE(encodeText(*t), b.bytes);
        const CardIdentity id = identityFromSamText(*t, {});
        QCOMPARE(id.cardType, CardType::ForeignPermanent2017);
        QCOMPARE(id.name, QStringLiteral("演示约翰"));
        QCOMPARE(id.englishName, QStringLiteral("DEMO, JOHN"));
        QCOMPARE(id.nation, QStringLiteral("CAN"));
    }

    void foreign2023EveryField()
    {
        const QString english = QStringLiteral("DEMO, MARY ANNE ELIZABETH WITH A VERY LONG FAMILY NAME XYZ");
        Block b;
        b.at(0, english)
            .at(120, QStringLiteral("2"))
            .at(122, QStringLiteral("912124195203070021"))
            .at(158, QStringLiteral("GBR"))
            .at(194, QStringLiteral("20230101"))
            .at(210, QStringLiteral("20330101"))
            .at(226, QStringLiteral("19520307"))
            .at(242, QStringLiteral("02"))
            .at(246, QStringLiteral("0"))
            .at(248, QStringLiteral("Y"))
            .at(250, QStringLiteral("NIA"));
        const auto t = decodeText(b.bytes);
        QVERIFY(t.ok());
        QCOMPARE(t->layout, TextLayout::Foreign2023);
        QCOMPARE(t->englishName, english);
        QCOMPARE(t->sex(), QLatin1Char('F'));
        QCOMPARE(t->idNo, QStringLiteral("912124195203070021"));
        QCOMPARE(t->nationality, QStringLiteral("GBR"));
        QVERIFY(t->name.isEmpty());
        QCOMPARE(t->validFrom(), QDate(2023, 1, 1));
        QCOMPARE(t->validTo(), QDate(2033, 1, 1));
        QCOMPARE(t->birth(), QDate(1952, 3, 7));
        QCOMPARE(t->version, QStringLiteral("02"));
        QCOMPARE(t->issueCount, QStringLiteral("0"));
        QCOMPARE(t->issuer, QStringLiteral("NIA"));
        QCOMPARE(encodeText(*t), b.bytes);
        const CardIdentity id = identityFromSamText(*t, {});
        QCOMPARE(id.cardType, CardType::ForeignPermanent2023);
        QCOMPARE(id.name, english); // no Chinese name on this card: the English one stands in
        QCOMPARE(id.sex, QLatin1Char('F'));
    }

    void refusals()
    {
        QCOMPARE(decodeText(QByteArray(255, ' ')).error().code, ErrorCode::SamTextSize);
        QCOMPARE(decodeText(QByteArray(257, ' ')).error().code, ErrorCode::SamTextSize);
        Block b = residentBlock();
        b.at(248, QStringLiteral("X"));
        QCOMPARE(decodeText(b.bytes).error().code, ErrorCode::SamCardType);
        Block empty;
        empty.at(0, QStringLiteral("演示"));
        QCOMPARE(decodeText(empty.bytes).error().code, ErrorCode::SamNoNumber);
    }

    void malformedFieldsStayRaw()
    {
        Block b = residentBlock();
        b.at(30, QStringLiteral("9")).at(32, QStringLiteral("77")).at(36, QStringLiteral("19481302"));
        b.at(188, QStringLiteral("2016-4-1"));
        const auto t = decodeText(b.bytes);
        QVERIFY(t.ok());
        QVERIFY(t->sex().isNull());
        QCOMPARE(t->sexCode, QStringLiteral("9"));
        QVERIFY(t->nation().isEmpty());
        QVERIFY(!t->birth().isValid());
        QCOMPARE(t->birthText, QStringLiteral("19481302"));
        QVERIFY(!t->validFrom().isValid());
        const CardIdentity id = identityFromSamText(*t, {});
        QCOMPARE(id.nation, QStringLiteral("77")); // shown as read, not dropped
    }

    void nations()
    {
        const QStringList expected = QStringLiteral("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 "
                                                    "哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
                                                    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
                                                    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
                                                    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺")
                                         .split(QLatin1Char(' '));
        QCOMPARE(expected.size(), 56);
        for (int i = 0; i < 56; ++i) {
            const QString code = QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            QCOMPARE(nationName(code), expected.at(i));
            QCOMPARE(nationCode(expected.at(i)), code);
        }
        QCOMPARE(nationName(QStringLiteral("97")), QStringLiteral("其他"));
        QCOMPARE(nationName(QStringLiteral("98")), QStringLiteral("外国血统中国籍人士"));
        for (const char *bad : {"00", "57", "96", "99", "1", "ab", "", "001"})
            QVERIFY2(nationName(QLatin1String(bad)).isEmpty(), bad);
    }

    void encodeTruncatesToWidth()
    {
        CardText t;
        t.name = QStringLiteral("一二三四五六七八九十一二三四五六七"); // 17 characters, the field holds 15
        t.idNo = QStringLiteral("110105194811020023");
        const auto back = decodeText(encodeText(t));
        QVERIFY(back.ok());
        QCOMPARE(back->name, t.name.left(15));
    }
};

QTEST_GUILESS_MAIN(TestSamText)
#include "tst_samtext.moc"
