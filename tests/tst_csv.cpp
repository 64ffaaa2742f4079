#include "io/csv.h"
#include "testerrorcode.h"

#include <QTest>

using namespace certdesk;
using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainFieldsAndLines();
    void quotedFields();
    void lineEnds();
    void blankLinesAndEmptyFields();
    void unterminatedQuote();
    void roundTrip();
    void csvLineQuoting();
    void formulaCellsAreNeutralised();
    void largeFileParsesEveryRow();
};

static QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> out;
    for (const CsvRecord &r : records)
        out.append(r.fields);
    return out;
}

static QList<int> linesOf(const QList<CsvRecord> &records)
{
    QList<int> out;
    for (const CsvRecord &r : records)
        out.append(r.line);
    return out;
}

void TestCsv::plainFieldsAndLines()
{
    const auto r = parseCsv(QStringLiteral("a,b,c\n1,2,3\n"));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).fields, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(r->at(1).fields, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(linesOf(*r), (QList<int>{1, 2}));
}

void TestCsv::quotedFields()
{
    const QString text = QStringLiteral("name,addr,n\n"
                                        "测试甲,\"测试路1号, 2\"\"号\"\"楼\n201室\",1\n"
                                        "\"\",\"x\"\"\",\"\"\"\"\n"
                                        "测试乙,\"a\"b,2\n");
    const auto r = parseCsv(text);
    QVERIFY(r.ok());
    QCOMPARE(fieldsOf(*r), (QList<QStringList>{
                               {u"name"_s, u"addr"_s, u"n"_s},
                               {u"测试甲"_s, u"测试路1号, 2\"号\"楼\n201室"_s, u"1"_s},
                               {QString(), u"x\""_s, u"\""_s},
                               {u"测试乙"_s, u"ab"_s, u"2"_s}, // Excel-style leniency after a closing quote
                           }));
    // The multi-line record starts on line 2 and pushes the following ones down.
    QCOMPARE(linesOf(*r), (QList<int>{1, 2, 4, 5}));
}

void TestCsv::lineEnds()
{
    const auto crlf = parseCsv(QStringLiteral("a,b\r\n\"x\r\ny\",z\r\n1,2"));
    QVERIFY(crlf.ok());
    QCOMPARE(fieldsOf(*crlf), (QList<QStringList>{{u"a"_s, u"b"_s}, {u"x\ny"_s, u"z"_s}, {u"1"_s, u"2"_s}}));
    QCOMPARE(linesOf(*crlf), (QList<int>{1, 2, 4}));

    const auto cr = parseCsv(QStringLiteral("a,b\r1,2\r"));
    QVERIFY(cr.ok());
    QCOMPARE(fieldsOf(*cr), (QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}));
    QCOMPARE(linesOf(*cr), (QList<int>{1, 2}));
}

void TestCsv::blankLinesAndEmptyFields()
{
    const auto r = parseCsv(QStringLiteral("\uFEFFa,b\n\n\r\n1,\n,\n ,x"));
    QVERIFY(r.ok());
    QCOMPARE(fieldsOf(*r),
             (QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, QString()}, {QString(), QString()}, {u" "_s, u"x"_s}}));
    QCOMPARE(linesOf(*r), (QList<int>{1, 4, 5, 6}));

    const auto empty = parseCsv(QString());
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestCsv::unterminatedQuote()
{
    const auto r = parseCsv(QStringLiteral("a,b\n\"x\ny\",1\n2,\"never\nclosed,3\n4,5\n"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(r.error().code, ErrorCode::Csv);
    QVERIFY2(r.error().message.contains(u"Line 4:"_s), qPrintable(r.error().message));
}

// CSV injection: a spreadsheet must show these cells as text, never run them; plain signed numbers stay numbers.
void TestCsv::formulaCellsAreNeutralised()
{
    QCOMPARE(csvLine({u"=HYPERLINK(\"http://x\")"_s}), u"\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"_s);
    QCOMPARE(csvLine({u"+cmd|' /C calc'!A0"_s, u"-2+3"_s, u"@SUM(A1)"_s, u"\t=1"_s}),
             u"'+cmd|' /C calc'!A0,'-2+3,'@SUM(A1),'\t=1\r\n"_s);
    QCOMPARE(csvLine({u"-12"_s, u"+3.5"_s, u"0"_s, u"a=b"_s, u"测试路1号"_s, QString()}),
             u"-12,+3.5,0,a=b,测试路1号,\r\n"_s);
    const auto back = parseCsv(csvLine({u"=1+1"_s, u"-7"_s}));
    QVERIFY(back.ok());
    QCOMPARE(back->first().fields, QStringList({u"'=1+1"_s, u"-7"_s}));
}

void TestCsv::roundTrip()
{
    const QList<QStringList> rows = {
        {u"认证表编号"_s, u"姓名"_s, u"现居住地址"_s},
        {u"FN-1"_s, u"测试甲"_s, u"测试路1号, 3\"号\"楼\n201室"_s},
        {QString(), u" padded "_s, u"\"\""_s},
        {QString()},
        {u"a"_s, QString(), QString()},
    };
    QString text;
    for (const QStringList &row : rows)
        text += csvLine(row);
    const auto r = parseCsv(text);
    QVERIFY(r.ok());
    QCOMPARE(fieldsOf(*r), rows);
    QCOMPARE(linesOf(*r), (QList<int>{1, 2, 4, 5, 6}));
}

void TestCsv::csvLineQuoting()
{
    QCOMPARE(csvLine({u"a"_s, u"b c"_s}), u"a,b c\r\n"_s);
    QCOMPARE(csvLine({u"a,b"_s, u"say \"hi\""_s}), u"\"a,b\",\"say \"\"hi\"\"\"\r\n"_s);
    QCOMPARE(csvLine({u"x\ny"_s, u" y"_s}), u"\"x\ny\",\" y\"\r\n"_s);
    QCOMPARE(csvLine({QString(), QString()}), u",\r\n"_s);
    QCOMPARE(csvLine({QString()}), u"\"\"\r\n"_s);
}

// Correctness at scale only: the speed target lives in bench/bench_import (docs/benchmarks.md).
void TestCsv::largeFileParsesEveryRow()
{
    QString text;
    QStringList header;
    for (int c = 0; c < 17; ++c)
        header.append(QStringLiteral("列%1").arg(c));
    text += csvLine(header);
    text.reserve(100000 * 200);
    for (int i = 0; i < 100000; ++i) {
        text += QStringLiteral("FN-%1,AB12CD34,测试甲,男,1950-03,110101195003150013,P%1,\"测试路%1号, 2单元\",100010,"
                               "13800000001,测试市社会保险经办中心,2026-12-31,网上认证,,,,\r\n")
                    .arg(i);
    }
    const auto r = parseCsv(text);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 100001);
    QCOMPARE(r->at(100000).fields.size(), 17);
    QCOMPARE(r->at(100000).fields.at(7), u"测试路99999号, 2单元"_s);
    QCOMPARE(r->at(100000).line, 100001);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
