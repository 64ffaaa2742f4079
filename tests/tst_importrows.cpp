#include "io/importrows.h"

#include "testerrorcode.h"
#include "testutil.h"

#include <QFile>
#include <QTest>

using namespace certdesk;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 27);
const QString kAgency = u"测试市社会保险经办中心"_s;

QByteArray readData(const QString &name)
{
    QFile f(test::dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return f.readAll();
}

QList<int> errorLines(const QList<RowError> &errors)
{
    QList<int> out;
    for (const RowError &e : errors)
        out.append(e.line);
    return out;
}

QString reasonAt(const QList<RowError> &errors, int line)
{
    for (const RowError &e : errors) {
        if (e.line == line)
            return e.reason;
    }
    return u"<no error on line %1>"_s.arg(line);
}

Form expectedForm1()
{
    Form f;
    f.formNo = u"FN-2026-0001"_s;
    f.checkCode = u"AB12CD34"_s;
    f.variant = FormVariant::Online;
    f.person = {u"测试甲"_s,  u'M',
                u"1950-03"_s, u"110101195003150013"_s,
                u"P0001"_s,   u"北京市东城区测试路1号"_s,
                u"100010"_s,  u"13800000001"_s};
    f.insuredAgency = kAgency;
    f.dueDate = QDate(2026, 12, 31);
    f.cycle = 2026;
    return f;
}

Form expectedForm3()
{
    Form f;
    f.formNo = u"FN-2026-0003"_s;
    f.variant = FormVariant::Mail;
    f.person = {u"测试丙"_s,  u'M',
                u"1955-11"_s, u"440305195511080034"_s,
                u"P0003"_s,   u"深圳市南山区测试路3号"_s,
                u"518000"_s,  u"0755-1234567"_s};
    f.insuredAgency = kAgency;
    f.dueDate = QDate(2026, 12, 31);
    f.cycle = 2026;
    f.reply = {kAgency, u"测试市测试路3号"_s, u"100000"_s, u"010-87654321"_s};
    return f;
}

} // namespace

class TestImportRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingNames();
    void decodeAuto();
    void decodeForced();
    void formsUtf8();
    void formsSameFromEveryEncodingAndAlias_data();
    void formsSameFromEveryEncodingAndAlias();
    void formsForcedEncoding();
    void oneBadRow();
    void manyBadRows();
    void yearWithLeadingZero();
    void missingColumns();
    void duplicateColumn();
    void emptyAndHeaderOnly();
    void unterminatedQuote();
    void extraEmptyCellsAndBlankRows();
    void formsJsonArray();
    void formsJsonObjectAndOddValues();
    void badJson();
    void deathsCsv();
    void deathsGb18030();
    void deathsJson();
    void deathsMissingColumn();
};

void TestImportRows::encodingNames()
{
    TextEncoding e = TextEncoding::Auto;
    QVERIFY(encodingFromName(u"UTF-8"_s, &e));
    QCOMPARE(e, TextEncoding::Utf8);
    QVERIFY(encodingFromName(u"gb18030"_s, &e));
    QCOMPARE(e, TextEncoding::Gb18030);
    QVERIFY(encodingFromName(u"utf8"_s, &e));
    QCOMPARE(e, TextEncoding::Utf8);
    QVERIFY(encodingFromName(u"Auto"_s, &e));
    QCOMPARE(e, TextEncoding::Auto);
    QVERIFY(!encodingFromName(u"latin1"_s, &e));
    QCOMPARE(e, TextEncoding::Auto);
}

void TestImportRows::decodeAuto()
{
    const auto utf8 = decodeText(readData(u"forms_utf8.csv"_s), TextEncoding::Auto);
    QVERIFY(utf8.ok());
    QVERIFY(utf8->startsWith(u"认证表编号,校验码,姓名"_s));

    const auto bom = decodeText(readData(u"forms_utf8_bom.csv"_s), TextEncoding::Auto);
    QVERIFY(bom.ok());
    QCOMPARE(*bom, *utf8);

    const auto gb = decodeText(readData(u"forms_gb18030.csv"_s), TextEncoding::Auto);
    QVERIFY(gb.ok());
    QString crlf = *utf8;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QCOMPARE(*gb, crlf);

    const auto utf16 = decodeText(QByteArray("\xFF\xFE"
                                             "a\0,\0",
                                             6),
                                  TextEncoding::Auto);
    QVERIFY(!utf16.ok());
    QCOMPARE(utf16.error().code, ErrorCode::Encoding);

    const auto garbage = decodeText(QByteArray("a,b\n\x80\xFF"), TextEncoding::Auto);
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().kind, Error::Kind::Invalid);
    QCOMPARE(garbage.error().code, ErrorCode::Encoding);
}

void TestImportRows::decodeForced()
{
    const QByteArray gbBytes = readData(u"forms_gb18030.csv"_s);
    const auto asUtf8 = decodeText(gbBytes, TextEncoding::Utf8);
    QVERIFY(!asUtf8.ok());
    QCOMPARE(asUtf8.error().kind, Error::Kind::Invalid);
    QCOMPARE(asUtf8.error().code, ErrorCode::Encoding);
    QVERIFY2(asUtf8.error().message.contains(u"offset 0"_s), qPrintable(asUtf8.error().message));

    const auto asGb = decodeText(gbBytes, TextEncoding::Gb18030);
    QVERIFY(asGb.ok());
    QCOMPARE(*asGb, *decodeText(gbBytes, TextEncoding::Auto));

    // GB18030's own BOM (84 31 95 33) is dropped like UTF-8's.
    const auto gbBom = decodeText(QByteArray("\x84\x31\x95\x33\xB2\xE2\xCA\xD4"), TextEncoding::Gb18030);
    QVERIFY(gbBom.ok());
    QCOMPARE(*gbBom, u"测试"_s);

    const auto bomAsUtf8 = decodeText(readData(u"forms_utf8_bom.csv"_s), TextEncoding::Utf8);
    QVERIFY(bomAsUtf8.ok());
    QVERIFY(bomAsUtf8->startsWith(u"认证表编号"_s));

    const auto bomAsGb = decodeText(readData(u"forms_utf8_bom.csv"_s), TextEncoding::Gb18030);
    QVERIFY(!bomAsGb.ok());
    QCOMPARE(bomAsGb.error().code, ErrorCode::Encoding);

    // A multi-byte sequence cut off at the end of the file is an error, not silently dropped.
    const auto truncated = decodeText(QByteArray("ab\xE6\xB5"), TextEncoding::Utf8);
    QVERIFY(!truncated.ok());
    QVERIFY2(truncated.error().message.contains(u"offset 2"_s), qPrintable(truncated.error().message));
    QVERIFY(!decodeText(QByteArray("ab\xB2"), TextEncoding::Gb18030).ok());
}

void TestImportRows::formsUtf8()
{
    const auto r = parseFormRows(readData(u"forms_utf8.csv"_s), TextEncoding::Auto, kToday);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(errorLines(r->errors), QList<int>{});
    QCOMPARE(r->rows.size(), 5);
    // The second record holds a line break, so the records after it start one line later.
    QCOMPARE(r->lines, (QList<int>{2, 3, 5, 6, 7}));

    QCOMPARE(r->rows.at(0), expectedForm1());
    QCOMPARE(r->rows.at(2), expectedForm3());

    const Form &f2 = r->rows.at(1);
    QCOMPARE(f2.person.address, u"上海市徐汇区测试路2号, 3\"号楼\"\n201室"_s); // trimmed, incl. U+3000
    QCOMPARE(f2.person.sex, QChar(u'F'));
    QCOMPARE(f2.person.birth, u"1948-07"_s);
    QCOMPARE(f2.person.personNo, QString());
    QCOMPARE(f2.variant, FormVariant::Online); // empty → online
    QCOMPARE(f2.dueDate, QDate(2026, 12, 31)); // Excel's 2026/12/31
    QCOMPARE(f2.person.phone, u"021-12345678"_s);

    const Form &f4 = r->rows.at(3);
    QCOMPARE(f4.person.idNo, u"51010419600229008X"_s); // lower-case x normalised
    QCOMPARE(f4.person.birth, u"1960-02"_s);           // from 1960年02月
    QCOMPARE(f4.dueDate, QDate(2027, 1, 15));
    QCOMPARE(f4.cycle, 2026); // explicit, differs from the due date's year

    const Form &f5 = r->rows.at(4);
    QCOMPARE(f5.person.birth, u"1945-05"_s); // from 1945-05-20
    QCOMPARE(f5.person.address, QString());
}

void TestImportRows::formsSameFromEveryEncodingAndAlias_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("bom") << u"forms_utf8_bom.csv"_s;
    QTest::newRow("gb18030-crlf") << u"forms_gb18030.csv"_s;
    QTest::newRow("english") << u"forms_english.csv"_s;
}

void TestImportRows::formsSameFromEveryEncodingAndAlias()
{
    QFETCH(QString, file);
    const auto reference = parseFormRows(readData(u"forms_utf8.csv"_s), TextEncoding::Auto, kToday);
    const auto r = parseFormRows(readData(file), TextEncoding::Auto, kToday);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(errorLines(r->errors), QList<int>{});
    QCOMPARE(r->rows.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(r->rows.at(i), reference->rows.at(i));
    QCOMPARE(r->lines, reference->lines);
}

void TestImportRows::formsForcedEncoding()
{
    const auto gb = parseFormRows(readData(u"forms_gb18030.csv"_s), TextEncoding::Gb18030, kToday);
    QVERIFY(gb.ok());
    QCOMPARE(gb->rows.size(), 5);
    QCOMPARE(gb->rows.at(0), expectedForm1());

    const auto wrong = parseFormRows(readData(u"forms_gb18030.csv"_s), TextEncoding::Utf8, kToday);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, Error::Kind::Invalid);
    QCOMPARE(wrong.error().code, ErrorCode::Encoding);

    const auto utf8 = parseFormRows(readData(u"forms_utf8.csv"_s), TextEncoding::Utf8, kToday);
    QVERIFY(utf8.ok());
    QCOMPARE(utf8->rows.size(), 5);
}

void TestImportRows::oneBadRow()
{
    const auto r = parseFormRows(readData(u"forms_one_bad_row.csv"_s), TextEncoding::Auto, kToday);
    QVERIFY(r.ok());
    QCOMPARE(r->errors.size(), 1);
    QCOMPARE(r->errors.at(0).line, 6);
    QVERIFY2(r->errors.at(0).reason.startsWith(u"公民身份号码 is invalid: "_s), qPrintable(r->errors.at(0).reason));
    QVERIFY(!r->errors.at(0).reason.contains(u"44030519551108003"_s));
    QCOMPARE(r->lines, (QList<int>{2, 4, 7}));
    QCOMPARE(r->rows.at(0).person.address, u"测试路1号\n2单元"_s);
    QCOMPARE(r->rows.at(2).formNo, u"FN-B-0004"_s);
}

void TestImportRows::manyBadRows()
{
    const auto r = parseFormRows(readData(u"forms_many_bad.csv"_s), TextEncoding::Auto, kToday);
    QVERIFY(r.ok());
    QCOMPARE(r->lines, (QList<int>{2, 17}));
    QCOMPARE(r->rows.at(1).person.name, u"测试庚"_s);
    QCOMPARE(errorLines(r->errors), (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20}));

    const auto &e = r->errors;
    QCOMPARE(reasonAt(e, 3), u"姓名 is required"_s);
    QCOMPARE(reasonAt(e, 4), u"认证截止日期 \"2026-13-01\" is not a valid date (expected YYYY-MM-DD)"_s);
    // Five digits is what Excel leaves of a postcode 0xxxxx: said so (docs/formats.md, Excel's damage).
    QVERIFY2(reasonAt(e, 5).startsWith(u"邮政编码 \"12345\" has 5 digits: Excel dropped the leading zero"_s),
             qPrintable(reasonAt(e, 5)));
    QCOMPARE(reasonAt(e, 6), u"性别 is 女 but 公民身份号码 indicates 男"_s);
    QCOMPARE(reasonAt(e, 7), u"认证表编号 FN-M-02 already appears on line 2"_s);
    QCOMPARE(reasonAt(e, 8), u"回信单位名称 is required for a mail form (非网上认证); "
                             "回信地址 is required for a mail form (非网上认证)"_s);
    QCOMPARE(reasonAt(e, 9), u"出生年月 is 1950-04 but 公民身份号码 indicates 1950-03"_s);
    QCOMPARE(reasonAt(e, 10), u"校验码 is required for an online form (网上认证)"_s);
    QCOMPARE(reasonAt(e, 11), u"the row has 19 cells but the header has only 18 columns"_s);
    QCOMPARE(reasonAt(e, 12), u"认证表类型 \"快递\" is not one of 网上认证, 非网上认证, online, mail"_s);
    QVERIFY2(reasonAt(e, 13).startsWith(u"联系电话 is invalid: "_s), qPrintable(reasonAt(e, 13)));
    QCOMPARE(reasonAt(e, 14), u"出生年月 \"1950-13\" is not a valid month (expected YYYY-MM)"_s);
    QCOMPARE(reasonAt(e, 15), u"性别 \"X\" is not one of 男, 女, M, F"_s);
    QCOMPARE(reasonAt(e, 16), u"认证年度 \"26\" is not a year (expected YYYY)"_s);
    QVERIFY2(reasonAt(e, 18).startsWith(u"回信邮政编码 is invalid: "_s), qPrintable(reasonAt(e, 18)));
    QVERIFY2(reasonAt(e, 19).startsWith(u"公民身份号码 is invalid: "_s), qPrintable(reasonAt(e, 19)));
    QVERIFY2(!reasonAt(e, 19).contains(u"11010119500315001"_s), qPrintable(reasonAt(e, 19)));
    QCOMPARE(reasonAt(e, 20), u"认证截止日期 is required"_s);
}

// Found by fuzz_importrows (fuzz/corpus/importrows/cycle_leading_zero.csv): "0262" was taken as the year 262,
// which a pull of the same form then refused.
void TestImportRows::yearWithLeadingZero()
{
    const QByteArray csv =
        "认证表编号,校验码,姓名,性别,出生年月,公民身份号码,参保地经办机构,认证截止日期,认证表类型,认证年度\n"
        "FN-1,AB12CD34,测试甲,男,1950-03,110101195003150013,测试,2026-12-31,网上认证,0262\n"
        "FN-2,AB12CD35,测试乙,女,1948-07,310104194807210028,测试,2026-12-31,网上认证,2026\n";
    const auto r = parseFormRows(csv, TextEncoding::Auto, kToday);
    QVERIFY(r.ok());
    QCOMPARE(r->lines, (QList<int>{3}));
    QCOMPARE(r->rows.at(0).cycle, 2026);
    QCOMPARE(errorLines(r->errors), (QList<int>{2}));
    QCOMPARE(reasonAt(r->errors, 2), u"认证年度 \"0262\" is not a year (expected YYYY)"_s);
}

void TestImportRows::missingColumns()
{
    const QByteArray csv = "认证表编号,校验码,性别,出生年月,公民身份号码,参保地经办机构\n"
                           "FN-1,CK,男,1950-03,110101195003150013,测试\n";
    const auto r = parseFormRows(csv, TextEncoding::Auto, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(r.error().code, ErrorCode::Columns);
    QCOMPARE(r.error().message, u"Missing required columns: 姓名 (name), 认证截止日期 (due_date)"_s);
}

void TestImportRows::duplicateColumn()
{
    const QByteArray csv = "form_no,check_code,name,姓名,sex,birth,id_no,insured_agency,due_date\n";
    const auto r = parseFormRows(csv, TextEncoding::Auto, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Columns);
    QVERIFY2(r.error().message.contains(u"姓名 (name)"_s), qPrintable(r.error().message));
}

void TestImportRows::emptyAndHeaderOnly()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray(" \r\n\n")}) {
        const auto r = parseFormRows(bytes, TextEncoding::Auto, kToday);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Empty);
        const auto d = parseDeathRows(bytes, TextEncoding::Auto, kToday);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Empty);
    }
    const auto headerOnly = parseDeathRows("id_no,name,death_date\r\n", TextEncoding::Auto, kToday);
    QVERIFY(headerOnly.ok());
    QVERIFY(headerOnly->rows.isEmpty());
    QVERIFY(headerOnly->errors.isEmpty());
}

void TestImportRows::unterminatedQuote()
{
    const QByteArray csv = "id_no,name,death_date,source\r\n"
                           "110101193801010112,测试壬,2026-10-01,\"多行\r\n来源\"\r\n"
                           "310104194006150221,测试癸,2026-09-03,\"未闭合\r\n"
                           "440305194209090333,测试子,2026-09-03,\r\n";
    const auto r = parseDeathRows(csv, TextEncoding::Auto, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Csv);
    QVERIFY2(r.error().message.startsWith(u"Line 4:"_s), qPrintable(r.error().message));
}

void TestImportRows::extraEmptyCellsAndBlankRows()
{
    // Trailing empty cells beyond the header and rows of bare commas are what Excel leaves behind.
    const QByteArray csv = " \xEF\xBB\xBF公民身份号码 ,\t姓名,死亡日期,备注\n"
                           "110101193801010112,测试壬,2026-10-01,,,,\n"
                           ",,,,\n"
                           "\n"
                           "310104194006150221,测试癸\n";
    const auto r = parseDeathRows(csv, TextEncoding::Auto, kToday);
    QVERIFY(r.ok());
    QCOMPARE(r->lines, QList<int>{2});
    QCOMPARE(r->rows.at(0).source, QString());
    QCOMPARE(errorLines(r->errors), QList<int>{5});
    QCOMPARE(r->errors.at(0).reason, u"死亡日期 is required"_s);
}

void TestImportRows::formsJsonArray()
{
    const auto r = parseFormRows(readData(u"forms.json"_s), TextEncoding::Auto, kToday);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->lines, (QList<int>{1, 2}));
    QCOMPARE(r->rows.at(0), expectedForm1()); // postcode and phone given as JSON numbers
    QCOMPARE(r->rows.at(1), expectedForm3()); // Chinese keys, null check code, numeric cycle
    QCOMPARE(errorLines(r->errors), QList<int>{3});
    QCOMPARE(r->errors.at(0).reason, u"姓名 is required"_s);
}

void TestImportRows::formsJsonObjectAndOddValues()
{
    const QByteArray json = R"({"forms": [
        {"form_no": "J1", "check_code": "C", "name": "测试甲", "sex": "M", "birth": "1950-03",
         "id_no": "110101195003150013", "insured_agency": "A", "due_date": "2026-12-31"},
        {"form_no": "J2", "check_code": "C", "name": "测试甲", "sex": "M", "birth": "1950-03",
         "id_no": 110101195003150013, "insured_agency": "A", "due_date": "2026-12-31"},
        "not an object",
        {"form_no": "J4", "check_code": "C", "name": true, "sex": "M", "birth": "1950-03",
         "id_no": "110101195003150013", "insured_agency": "A", "due_date": "2026-12-31"},
        {"form_no": "J5", "check_code": "C", "name": "测试甲", "sex": "M", "birth": "1950-03",
         "id_no": "110101195003150013", "insured_agency": "A", "due_date": "110101195003150013"}
    ]})";
    const auto r = parseFormRows(json, TextEncoding::Auto, kToday);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->lines, QList<int>{1});
    QCOMPARE(r->rows.at(0).formNo, u"J1"_s);
    QCOMPARE(r->rows.at(0).cycle, 2026);
    QCOMPARE(errorLines(r->errors), (QList<int>{2, 3, 4, 5}));
    QVERIFY2(r->errors.at(0).reason.startsWith(u"公民身份号码 is a number too large to be exact"_s),
             qPrintable(r->errors.at(0).reason));
    QCOMPARE(r->errors.at(1).reason, u"entry 3 is not a JSON object"_s);
    QVERIFY2(r->errors.at(2).reason.startsWith(u"姓名 must be text or a number"_s), qPrintable(r->errors.at(2).reason));

    // An ID number in the wrong column is quoted back only masked.
    QCOMPARE(r->errors.at(3).reason,
             u"认证截止日期 \"110101********0013\" is not a valid date (expected YYYY-MM-DD)"_s);

    const auto wrongKey = parseFormRows(R"({"deaths": []})", TextEncoding::Auto, kToday);
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.error().code, ErrorCode::Json);

    const auto emptyArray = parseFormRows("  []", TextEncoding::Auto, kToday);
    QVERIFY(emptyArray.ok());
    QVERIFY(emptyArray->rows.isEmpty());

    // A key that no object carries is a missing column, as in CSV.
    const auto noName =
        parseDeathRows(R"([{"id_no": "110101193801010112", "death_date": "2026-10-01"}])", TextEncoding::Auto, kToday);
    QVERIFY(!noName.ok());
    QCOMPARE(noName.error().code, ErrorCode::Columns);
    QCOMPARE(noName.error().message, u"Missing required columns: 姓名 (name)"_s);
}

void TestImportRows::badJson()
{
    const auto r = parseFormRows(R"([{"form_no": "J1",}])", TextEncoding::Auto, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(r.error().code, ErrorCode::Json);
    QVERIFY2(r.error().message.startsWith(u"Invalid JSON at offset 19:"_s), qPrintable(r.error().message));

    const auto d = parseDeathRows("\n{\"deaths\": [", TextEncoding::Auto, kToday);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, ErrorCode::Json);
}

void TestImportRows::deathsCsv()
{
    const auto r = parseDeathRows(readData(u"deaths.csv"_s), TextEncoding::Auto, kToday);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->lines, (QList<int>{2, 3, 9}));
    QCOMPARE(r->rows.at(0), (DeathNotice{u"110101193801010112"_s, u"测试壬"_s, QDate(2026, 10, 1), u"民政部门"_s}));
    QCOMPARE(r->rows.at(1), (DeathNotice{u"310104194006150221"_s, u"测试癸"_s, QDate(2026, 9, 3), QString()}));
    QCOMPARE(r->rows.at(2).deathDate, kToday); // 2026年11月27日, today itself is allowed

    QCOMPARE(errorLines(r->errors), (QList<int>{4, 5, 6, 7, 8}));
    QCOMPARE(reasonAt(r->errors, 4), u"死亡日期 2026-11-28 is after today (2026-11-27)"_s);
    QVERIFY2(reasonAt(r->errors, 5).startsWith(u"公民身份号码 is invalid: "_s), qPrintable(reasonAt(r->errors, 5)));
    QVERIFY(!reasonAt(r->errors, 5).contains(u"51010419300412044"_s));
    QCOMPARE(reasonAt(r->errors, 6), u"姓名 is required"_s);
    QCOMPARE(reasonAt(r->errors, 7), u"死亡日期 1929-12-31 is before the birth date in 公民身份号码"_s);
    QCOMPARE(reasonAt(r->errors, 8), u"死亡日期 \"2026-02-30\" is not a valid date (expected YYYY-MM-DD)"_s);
}

void TestImportRows::deathsGb18030()
{
    const auto utf8 = parseDeathRows(readData(u"deaths.csv"_s), TextEncoding::Auto, kToday);
    const auto gb = parseDeathRows(readData(u"deaths_gb18030.csv"_s), TextEncoding::Auto, kToday);
    QVERIFY(gb.ok());
    QCOMPARE(gb->rows, utf8->rows);
    QCOMPARE(gb->lines, utf8->lines);
    QCOMPARE(errorLines(gb->errors), errorLines(utf8->errors));

    const auto forcedUtf8 = parseDeathRows(readData(u"deaths_gb18030.csv"_s), TextEncoding::Utf8, kToday);
    QVERIFY(!forcedUtf8.ok());
    QCOMPARE(forcedUtf8.error().code, ErrorCode::Encoding);
}

void TestImportRows::deathsJson()
{
    const auto r = parseDeathRows(readData(u"deaths.json"_s), TextEncoding::Auto, kToday);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->lines, (QList<int>{1, 2}));
    QCOMPARE(r->rows.at(0), (DeathNotice{u"110101193801010112"_s, u"测试壬"_s, QDate(2026, 10, 1), u"民政部门"_s}));
    QCOMPARE(r->rows.at(1), (DeathNotice{u"310104194006150221"_s, u"测试癸"_s, QDate(2026, 9, 3), QString()}));
    QCOMPARE(errorLines(r->errors), QList<int>{3});
    QCOMPARE(r->errors.at(0).reason, u"死亡日期 2026-11-28 is after today (2026-11-27)"_s);
}

void TestImportRows::deathsMissingColumn()
{
    const auto r = parseDeathRows("公民身份号码,来源\n110101193801010112,x\n", TextEncoding::Auto, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Columns);
    QCOMPARE(r.error().message, u"Missing required columns: 姓名 (name), 死亡日期 (death_date)"_s);
}

QTEST_GUILESS_MAIN(TestImportRows)
#include "tst_importrows.moc"
