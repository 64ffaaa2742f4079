// Spreadsheets as people exchange them (docs/formats.md "Spreadsheets"): .xlsx and .xls read into the same rows as
// CSV, Excel's damage to ID numbers, phones and postcodes explained (in CSV too), refusals of damaged, encrypted
// and sheet-less files, and the .xlsx writer's round trip.
#include "sheetfixture.h"

#include "io/importrows.h"
#include "sheet/importfile.h"
#include "sheet/spreadsheet.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QDate kToday(2026, 5, 10);

const QStringList kHeader = {
    QStringLiteral("认证表编号"),   QStringLiteral("校验码"),   QStringLiteral("姓名"),
    QStringLiteral("性别"),         QStringLiteral("出生年月"), QStringLiteral("公民身份号码"),
    QStringLiteral("邮政编码"),     QStringLiteral("联系电话"), QStringLiteral("参保地经办机构"),
    QStringLiteral("认证截止日期"), QStringLiteral("认证年度")};

// A valid row as text; `id`, `postcode`, `phone` replaceable.
QStringList row(const QString &formNo, const QString &id = QStringLiteral("110101195003150013"),
                const QString &postcode = QStringLiteral("100010"),
                const QString &phone = QStringLiteral("13800000001"))
{
    return {formNo,
            QStringLiteral("AB12CD34"),
            QStringLiteral("测试甲"),
            QStringLiteral("男"),
            QStringLiteral("1950-03"),
            id,
            postcode,
            phone,
            QStringLiteral("测试市社会保险经办中心"),
            QStringLiteral("2026-12-31"),
            QStringLiteral("2026")};
}

QString serial(const QDate &date, bool date1904 = false)
{
    return QString::number(date1904 ? QDate(1904, 1, 1).daysTo(date) : QDate(1899, 12, 30).daysTo(date));
}

QString reasons(const ParsedRows<Form> &parsed)
{
    QStringList out;
    for (const RowError &e : parsed.errors)
        out << QStringLiteral("%1: %2").arg(e.line).arg(e.reason);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestSpreadsheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryKindOfXlsxCell()
    {
        // A title row above the header, shared (rich) and inline strings, numbers, a date cell.
        XSheet sheet{QStringLiteral("名单"), {}};
        sheet.rows.append({s(QStringLiteral("2026年待认证名单"))});
        QList<XCell> header;
        for (const QString &h : kHeader)
            header.append(s(h));
        sheet.rows.append(header);
        QStringList v = row(QStringLiteral("FN-1"));
        sheet.rows.append({s(v[0]), s(v[1]), inl(v[2]), s(v[3]), s(v[4]), s(v[5]), n(QStringLiteral("100010")),
                           n(QStringLiteral("13800000001")), s(v[8]), d(serial(QDate(2026, 12, 31))),
                           n(QStringLiteral("2026"))});
        v = row(QStringLiteral("FN-2"), QStringLiteral("440305195511080034"), QStringLiteral("518000"),
                QStringLiteral("0755-1234567"));
        v[2] = QStringLiteral("测试丙");
        v[4] = QStringLiteral("1955-11");
        QList<XCell> second;
        for (const QString &c : v)
            second.append(inl(c));
        sheet.rows.append(second);
        const QByteArray bytes = makeXlsx({sheet});
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(sheetFileKind(bytes), SheetFileKind::Xlsx);

        auto table = readSpreadsheet(bytes, QString());
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
        QCOMPARE(table->name, QStringLiteral("名单"));
        QCOMPARE(table->rows.size(), 4);
        // The rich-text title: its runs joined, the phonetic guide left out.
        QCOMPARE(table->rows[0].cells, QStringList{QStringLiteral("2026年待认证名单")});
        QCOMPARE(table->rows[2].cells[9], QStringLiteral("2026-12-31"));
        QVERIFY(!table->rows[2].numeric[9]); // a date cell is a date, not a number
        QVERIFY(table->rows[2].numeric[7]);

        auto parsed = parseFormFile(bytes, TextEncoding::Auto, QString(), kToday);
        QVERIFY(parsed.ok());
        QVERIFY2(parsed->errors.isEmpty(), qPrintable(reasons(parsed.value())));
        QCOMPARE(parsed->rows.size(), 2);
        QCOMPARE(parsed->lines, (QList<int>{3, 4})); // the sheet's row numbers
        const Form &f = parsed->rows[0];
        QCOMPARE(f.formNo, QStringLiteral("FN-1"));
        QCOMPARE(f.person.idNo, QStringLiteral("110101195003150013"));
        QCOMPARE(f.person.postcode, QStringLiteral("100010"));
        QCOMPARE(f.person.phone, QStringLiteral("13800000001"));
        QCOMPARE(f.dueDate, QDate(2026, 12, 31));
        QCOMPARE(f.cycle, 2026);
        QCOMPARE(parsed->rows[1].person.phone, QStringLiteral("0755-1234567"));
    }

    void date1904System()
    {
        XSheet sheet = textSheet(QStringLiteral("S"), {kHeader});
        QList<XCell> r;
        for (const QString &c : row(QStringLiteral("FN-1")))
            r.append(s(c));
        r[9] = d(serial(QDate(2026, 12, 31), true));
        sheet.rows.append(r);
        auto parsed = parseFormFile(makeXlsx({sheet}, true), TextEncoding::Auto, QString(), kToday);
        QVERIFY(parsed.ok() && parsed->errors.isEmpty());
        QCOMPARE(parsed->rows[0].dueDate, QDate(2026, 12, 31));
    }

    void picksTheSheet()
    {
        XSheet hidden = textSheet(QStringLiteral("说明"), {{QStringLiteral("hidden notes")}});
        hidden.hidden = true;
        const XSheet first = textSheet(QStringLiteral("一月"), {kHeader, row(QStringLiteral("FN-1"))});
        const XSheet second =
            textSheet(QStringLiteral("Second"), {kHeader, row(QStringLiteral("FN-2")), row(QStringLiteral("FN-3"))});
        const QByteArray bytes = makeXlsx({hidden, first, second});
        auto def = parseFormFile(bytes, TextEncoding::Auto, QString(), kToday);
        QVERIFY(def.ok());
        QCOMPARE(def->rows.size(), 1); // the first visible sheet
        QCOMPARE(def->rows[0].formNo, QStringLiteral("FN-1"));
        auto named = parseFormFile(bytes, TextEncoding::Auto, QStringLiteral("Second"), kToday);
        QVERIFY(named.ok());
        QCOMPARE(named->rows.size(), 2);
        auto anyCase = parseFormFile(bytes, TextEncoding::Auto, QStringLiteral("second"), kToday);
        QVERIFY(anyCase.ok() && anyCase->rows.size() == 2);

        auto missing = parseFormFile(bytes, TextEncoding::Auto, QStringLiteral("二月"), kToday);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::SheetMissing);
        QVERIFY(missing.error().message.contains(QStringLiteral("二月")));
        QVERIFY(missing.error().message.contains(QStringLiteral("一月")));
        QVERIFY(missing.error().message.contains(QStringLiteral("Second")));

        // --sheet names a worksheet: a CSV file has none.
        auto csv = parseFormFile(QByteArrayLiteral("a,b\n1,2\n"), TextEncoding::Auto, QStringLiteral("一月"), kToday);
        QVERIFY(!csv.ok());
        QCOMPARE(csv.error().code, ErrorCode::Sheet);
        // A worksheet without the required columns is the same refusal as a CSV without them.
        auto cols = parseFormFile(makeXlsx({textSheet(QStringLiteral("X"), {{QStringLiteral("a")}})}),
                                  TextEncoding::Auto, QString(), kToday);
        QVERIFY(!cols.ok());
        QCOMPARE(cols.error().code, ErrorCode::Columns);
        auto empty =
            parseFormFile(makeXlsx({XSheet{QStringLiteral("Empty"), {}}}), TextEncoding::Auto, QString(), kToday);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::Empty);
    }

    void explainsExcelDamageInXlsx()
    {
        XSheet sheet = textSheet(QStringLiteral("S"), {kHeader});
        auto add = [&](const QStringList &values, int numericColumn = -1) {
            QList<XCell> r;
            for (int i = 0; i < values.size(); ++i)
                r.append(i == numericColumn ? n(values[i]) : s(values[i]));
            sheet.rows.append(r);
        };
        add(row(QStringLiteral("FN-1"), QStringLiteral("4.40106199001011E+17")), 5); // a number cell: row 2
        add(row(QStringLiteral("FN-2"), QStringLiteral("4.40106E+17")));             // shown as text: row 3
        add(row(QStringLiteral("FN-3"), QStringLiteral("440305195511080000")));      // rounded: row 4
        add(row(QStringLiteral("FN-4"), QStringLiteral("110101195003150013"), QStringLiteral("10010")), 6); // row 5
        add(row(QStringLiteral("FN-5"), QStringLiteral("110101195003150013"), QStringLiteral("100010"),
                QStringLiteral("1.38E+10"))); // row 6
        add(row(QStringLiteral("FN-6")));     // a good row: row 7
        auto parsed = parseFormFile(makeXlsx({sheet}), TextEncoding::Auto, QString(), kToday);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->rows.size(), 1);
        QCOMPARE(parsed->errors.size(), 5);
        const QList<RowError> &e = parsed->errors;
        QCOMPARE(e[0].line, 2);
        QVERIFY2(e[0].reason.contains(QStringLiteral("公民身份号码 is stored as a number")), qPrintable(e[0].reason));
        QCOMPARE(e[1].line, 3);
        QVERIFY2(e[1].reason.contains(QStringLiteral("公民身份号码 \"4.40106E+17\" is in scientific notation")),
                 qPrintable(e[1].reason));
        QCOMPARE(e[2].line, 4);
        QVERIFY2(e[2].reason.contains(QStringLiteral("公民身份号码 ends in 000 and fails its check digit")),
                 qPrintable(e[2].reason));
        QCOMPARE(e[3].line, 5);
        QVERIFY2(e[3].reason.contains(QStringLiteral("邮政编码 \"10010\" has 5 digits")), qPrintable(e[3].reason));
        QCOMPARE(e[4].line, 6);
        QVERIFY2(e[4].reason.contains(QStringLiteral("联系电话 \"1.38E+10\" is in scientific notation")),
                 qPrintable(e[4].reason));
        for (const RowError &err : e) {
            // Each names what to do: format the column as text and export again.
            const QString column = err.reason.section(QLatin1Char(' '), 0, 0);
            QVERIFY2(err.reason.contains(QStringLiteral("Format the %1 column as text (文本)").arg(column)),
                     qPrintable(err.reason));
            QVERIFY(err.reason.contains(QStringLiteral("export the file again")));
            QVERIFY(!err.reason.contains(QStringLiteral("440305195511")));
        }
    }

    void explainsExcelDamageInCsv()
    {
        // A CSV saved by Excel carries the same damage as text.
        QString csv = kHeader.join(QLatin1Char(',')) + QLatin1Char('\n');
        csv += row(QStringLiteral("FN-1"), QStringLiteral("4.40106E+17")).join(QLatin1Char(',')) + QLatin1Char('\n');
        csv += row(QStringLiteral("FN-2"), QStringLiteral("440305195511080000")).join(QLatin1Char(',')) +
               QLatin1Char('\n');
        csv += row(QStringLiteral("FN-3"), QStringLiteral("110101195003150013"), QStringLiteral("10010"))
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
        csv += row(QStringLiteral("FN-4"), QStringLiteral("110101195003150013"), QStringLiteral("100010"),
                   QStringLiteral("1.38001E+10"))
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
        auto parsed = parseFormFile(csv.toUtf8(), TextEncoding::Auto, QString(), kToday);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->errors.size(), 4);
        QCOMPARE(parsed->errors[0].line, 2);
        QVERIFY(parsed->errors[0].reason.contains(QStringLiteral("scientific notation")));
        QVERIFY(parsed->errors[1].reason.contains(QStringLiteral("ends in 000")));
        QVERIFY(parsed->errors[2].reason.contains(QStringLiteral("leading zero")));
        QVERIFY(parsed->errors[3].reason.contains(QStringLiteral("联系电话")));
        for (const RowError &e : parsed->errors)
            QVERIFY(e.reason.contains(QStringLiteral("(文本)")));
        // A plain wrong check digit (not ending in 000) is still the ID checker's message.
        const QString wrong = kHeader.join(QLatin1Char(',')) + QLatin1Char('\n') +
                              row(QStringLiteral("FN-9"), QStringLiteral("110101195003150012")).join(QLatin1Char(','));
        auto plain = parseFormFile(wrong.toUtf8(), TextEncoding::Auto, QString(), kToday);
        QVERIFY(plain.ok() && plain->errors.size() == 1);
        QVERIFY(!plain->errors[0].reason.contains(QStringLiteral("文本")));
        // Death notices: the same ID check.
        const QByteArray deaths =
            QStringLiteral("公民身份号码,姓名,死亡日期\n4.40106E+17,测试甲,2026-01-02\n").toUtf8();
        auto d = parseDeathFile(deaths, TextEncoding::Auto, QString(), kToday);
        QVERIFY(d.ok() && d->errors.size() == 1);
        QVERIFY(d->errors[0].reason.contains(QStringLiteral("scientific notation")));
    }

    void refusesDamagedWorkbooks()
    {
        const QByteArray good = makeXlsx({textSheet(QStringLiteral("S"), {kHeader, row(QStringLiteral("FN-1"))})});
        const QList<QByteArray> bad = {
            QByteArrayLiteral("PK\x03\x04 this is not a zip"),
            good.left(good.size() / 2),                                         // cut short
            zipParts({{QStringLiteral("hello.txt"), QByteArrayLiteral("hi")}}), // a zip, not a workbook
        };
        for (const QByteArray &bytes : bad) {
            auto r = parseFormFile(bytes, TextEncoding::Auto, QString(), kToday);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::Xlsx);
            QVERIFY(r.error().message.contains(QStringLiteral("save it again")));
        }
        // Malformed XML in the worksheet; a shared string index past the table.
        QMap<QString, QByteArray> parts{
            {QStringLiteral("_rels/.rels"),
             QByteArrayLiteral("<Relationships><Relationship Id=\"r\" Type=\"x/officeDocument\" "
                               "Target=\"xl/workbook.xml\"/></Relationships>")},
            {QStringLiteral("xl/workbook.xml"),
             QByteArrayLiteral("<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>")},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
             QByteArrayLiteral("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
                               "Target=\"worksheets/sheet1.xml\"/></Relationships>")},
            {QStringLiteral("xl/worksheets/sheet1.xml"),
             QByteArrayLiteral("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>")}};
        auto malformed = readSpreadsheet(zipParts(parts), QString());
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error().code, ErrorCode::Xlsx);
        QVERIFY2(malformed.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")),
                 qPrintable(malformed.error().message));
        parts[QStringLiteral("xl/worksheets/sheet1.xml")] =
            QByteArrayLiteral("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData>"
                              "</worksheet>");
        auto dangling = readSpreadsheet(zipParts(parts), QString());
        QVERIFY(!dangling.ok());
        QVERIFY(dangling.error().message.contains(QStringLiteral("shared string 7")));
        parts.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
        auto noPart = readSpreadsheet(zipParts(parts), QString());
        QVERIFY(!noPart.ok());
        QVERIFY(noPart.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml is missing")));
    }

    void refusesEncryptedWorkbooks()
    {
        // Excel's "Encrypt with password": an OLE2 container, whatever the file is called.
        const QByteArray bytes = makeEncryptedOoxml();
        QCOMPARE(sheetFileKind(bytes), SheetFileKind::Xls);
        auto r = parseFormFile(bytes, TextEncoding::Auto, QString(), kToday);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Encrypted);
        QVERIFY(r.error().message.contains(QStringLiteral("password")));
        QVERIFY(r.error().message.contains(QStringLiteral("remove the password")));
        // A .xls with a password (FILEPASS record).
        QString error;
        const QByteArray xls =
            makeXls(QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("S")},
                                           {QStringLiteral("rows"), QJsonArray{QJsonArray{QStringLiteral("a")}}}}},
                    true, &error);
        QVERIFY2(!xls.isEmpty(), qPrintable(error));
        auto x = parseFormFile(xls, TextEncoding::Auto, QString(), kToday);
        QVERIFY(!x.ok());
        QCOMPARE(x.error().code, ErrorCode::Encrypted);
    }

    void readsXls()
    {
        QJsonArray rows{QJsonArray::fromStringList(kHeader)};
        QJsonArray good = QJsonArray::fromStringList(row(QStringLiteral("FN-1")));
        good[9] = QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-12-31")}};
        good[10] = QJsonObject{{QStringLiteral("n"), 2026}};
        good[7] = QJsonObject{{QStringLiteral("n"), 13800000001.0}};
        rows.append(good);
        QJsonArray numericId = QJsonArray::fromStringList(row(QStringLiteral("FN-2")));
        numericId[5] = QJsonObject{{QStringLiteral("n"), 440106199001011234.0}};
        rows.append(numericId);
        const QJsonArray sheets{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("封面")}, {QStringLiteral("rows"), QJsonArray{}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("名单")}, {QStringLiteral("rows"), rows}}};
        QString error;
        const QByteArray xls = makeXls(sheets, false, &error);
        QVERIFY2(!xls.isEmpty(), qPrintable(error));
        QCOMPARE(sheetFileKind(xls), SheetFileKind::Xls);
        auto parsed = parseFormFile(xls, TextEncoding::Auto, QStringLiteral("名单"), kToday);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->rows.size(), 1);
        QCOMPARE(parsed->lines, QList<int>{2});
        QCOMPARE(parsed->rows[0].dueDate, QDate(2026, 12, 31));
        QCOMPARE(parsed->rows[0].person.phone, QStringLiteral("13800000001"));
        QCOMPARE(parsed->rows[0].cycle, 2026);
        QCOMPARE(parsed->errors.size(), 1);
        QCOMPARE(parsed->errors[0].line, 3);
        QVERIFY2(parsed->errors[0].reason.contains(QStringLiteral("公民身份号码 is stored as a number")),
                 qPrintable(parsed->errors[0].reason));
        // The first sheet is the empty cover: nothing to import, said plainly.
        auto first = parseFormFile(xls, TextEncoding::Auto, QString(), kToday);
        QVERIFY(!first.ok());
        QCOMPARE(first.error().code, ErrorCode::Empty);
        auto missing = parseFormFile(xls, TextEncoding::Auto, QStringLiteral("三月"), kToday);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::SheetMissing);
        QVERIFY(missing.error().message.contains(QStringLiteral("封面")));
        // An OLE2 file that is no workbook.
        const QByteArray junk = xls.left(1024);
        auto damaged = parseFormFile(junk, TextEncoding::Auto, QString(), kToday);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, ErrorCode::Xls);
    }

    void writerRoundTrip()
    {
        XlsxSheet sheet{QStringLiteral("认证结果"),
                        {QStringLiteral("id_no"), QStringLiteral("phone"), QStringLiteral("postcode"),
                         QStringLiteral("note"), QStringLiteral("count")},
                        {{QStringLiteral("110101195003150013"), QStringLiteral("01012345678"), QStringLiteral("010010"),
                          QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("3")},
                         {QStringLiteral("44030519551108003X"), QStringLiteral("+8613800000001"), QString(),
                          QStringLiteral("测试, \"引号\"\n第二行"), QStringLiteral("12")}},
                        {false, false, false, false, true}};
        auto bytes = writeXlsx(sheet);
        QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().message));
        auto back = readSpreadsheet(bytes.value(), QString());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->name, sheet.name);
        QCOMPARE(back->rows.size(), 3);
        QCOMPARE(back->rows[0].cells, sheet.header);
        for (int r = 0; r < 2; ++r) {
            QStringList expected = sheet.rows[r];
            QStringList got = back->rows[r + 1].cells;
            while (got.size() < expected.size())
                got.append(QString());
            QCOMPARE(got, expected);
            // Stored as text (never a number cell) but the count column, which is a number.
            QCOMPARE(back->rows[r + 1].numeric.value(0), false);
            QCOMPARE(back->rows[r + 1].numeric.value(1), false);
            QCOMPARE(back->rows[r + 1].numeric.value(4), true);
        }
        // The columns are formatted as text (@, built-in format 49): an ID typed in later stays text.
        const QByteArray styles = unzipPart(bytes.value(), QStringLiteral("xl/styles.xml"));
        QVERIFY2(styles.contains("numFmtId=\"49\""), styles.constData());
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheet)
#include "tst_spreadsheet.moc"
