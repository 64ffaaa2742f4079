// The receipt, the workload report and the 附件2 sheet against the layout spec: every text inside its cell
// and no two texts overlapping, with long values; the workload's paging.
#include "layout/formlayout.h"
#include "layout/formtext.h"
#include "pages.h"
#include "printing.h"
#include "tst_print_sample.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QTest>

using namespace certdesk;
using namespace certdesk::printing;

namespace {

bool within(const QRectF &inner, const QRectF &outer, double tol = 0.05)
{
    return inner.left() >= outer.left() - tol && inner.top() >= outer.top() - tol &&
           inner.right() <= outer.right() + tol && inner.bottom() <= outer.bottom() + tol;
}

void checkLog(const DrawLog &log)
{
    QVERIFY(!log.isEmpty());
    for (const DrawnText &t : log) {
        QVERIFY2(within(t.covered, t.cell), qPrintable(t.id + QLatin1String(" spills out of its cell")));
        QVERIFY2(t.covered.bottom() <= layout::kBottom + 0.05, qPrintable(t.id + QLatin1String(" below the margin")));
        for (const DrawnText &o : log)
            if (&o != &t)
                QVERIFY2(!t.covered.intersects(o.covered), qPrintable(t.id + QLatin1String(" overlaps ") + o.id));
    }
}

} // namespace

class TestPrintPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiptFits_data()
    {
        QTest::addColumn<bool>("longValues");
        QTest::addColumn<bool>("reprint");
        QTest::newRow("sample") << false << false;
        QTest::newRow("long values, reprint") << true << true;
    }
    void receiptFits()
    {
        QFETCH(bool, longValues);
        QFETCH(bool, reprint);
        FormPrintData d = test::sampleData(FormVariant::Online);
        if (longValues) {
            d.form.person.name = QStringLiteral("阿卜杜热合曼·买买提艾力·库尔班");
            d.center.name =
                QStringLiteral("新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放西路街道劳动就业社会保障服务中心");
        }
        DrawLog log;
        const FormPrintJob job{d, reprint ? std::optional<QDate>(QDate(2026, 5, 12)) : std::nullopt, {}};
        pageImage(150, [&](QPainter &p) { paintReceipt(p, job, &log); });
        checkLog(log);
        const layout::ReceiptLayout &l = layout::receiptLayout();
        for (const DrawnText &t : log)
            QVERIFY2(t.covered.bottom() < l.cutY || t.id == QLatin1String("cut"), "the receipt stays above the cut");
        bool sawName = false;
        for (const DrawnText &t : log)
            sawName |= t.id == QLatin1String("name") && t.text == d.form.person.name;
        QVERIFY(sawName);
    }

    void workloadPagesFit()
    {
        WorkloadPrintData data;
        data.center = test::sampleCenter();
        data.from = QDate(2026, 4, 1);
        data.to = QDate(2026, 4, 30);
        data.printedBy = QStringLiteral("欧阳主管");
        data.printedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0));
        data.clerkNames.insert(QStringLiteral("x"), QStringLiteral("阿卜杜热合曼·买买提艾力"));
        for (int day = 0; day < 30; ++day)
            data.rows.append({data.from.addDays(day), QStringLiteral("x"), 1000, 3, 12, 7});
        data.rows.last().onlineAlive = 1000;
        const int perPage = layout::workloadLayout().rowsPerPage();
        QVERIFY(perPage >= 25);
        const int lines = 30 + 1 + 1; // rows, one 小计, 总计
        QCOMPARE(workloadPageCount(data), (lines + perPage - 1) / perPage);
        for (int page = 0; page < workloadPageCount(data); ++page) {
            DrawLog log;
            pageImage(100, [&](QPainter &p) { paintWorkloadPage(p, data, page, &log); });
            checkLog(log);
            int rows = 0;
            for (const DrawnText &t : log)
                rows += t.id.endsWith(QLatin1String(".col0")) ? 1 : 0;
            QCOMPARE(rows, qMin(perPage, lines - page * perPage));
        }
        WorkloadPrintData empty = data;
        empty.rows.clear();
        QCOMPARE(workloadPageCount(empty), 1);
    }

    // No missing-glyph boxes: every character of the official texts is in the CJK font or in the fallback
    // that fontconfig gives for Latin text (the two fonts that end up embedded in the PDF).
    void everyGlyphExists()
    {
        const QString family = cjkFamily();
        QVERIFY(!family.isEmpty());
        QFont cjk(family);
        cjk.setPixelSize(40);
        QFont latin(QStringLiteral("DejaVu Sans"));
        latin.setPixelSize(40);
        const QRawFont a = QRawFont::fromFont(cjk), b = QRawFont::fromFont(latin);
        QVERIFY(a.isValid());
        QCOMPARE(a.familyName(), family); // the font asked for, not a substitute
        QString all = text::kLetterOnline + text::kLetterMail + text::kIssuerNote + text::kReplyAddress +
                      text::kReplyUnit + text::kReplyPostcode + text::kReplyPhone + text::kTitleOnline +
                      text::kTitleMail + text::kFormNo + text::kCheckCode + text::kInfoHeader + text::kName +
                      text::kSex + text::kBirth + text::kIdNo + text::kPersonNo + text::kAddress + text::kPostcode +
                      text::kPhone + text::kProvidedHeader + text::kAlive + text::kYes + text::kNo + text::kAttest +
                      text::kClerk + text::kSealNote + text::kChangeHeader + text::kNotesOnline + text::kNotesMail +
                      text::kReprint + text::kMale + text::kFemale + text::kReceiptTitle + text::kResultAlive +
                      text::kResultDeceased + text::kNotApplicable + text::kReceiptNote + text::kReceiptPhone +
                      text::kCutHere + text::kWorkloadTitle + text::kWorkloadRange + text::kSubtotal + text::kTotal +
                      text::kNoRecords + text::kPrintedBy + text::kPageNo + text::kInstitutionAnnex +
                      text::kInstitutionTitle + text::kInstitutionAuthority + QStringLiteral("0123456789-X*年月日");
        for (const QString &s : text::kReceiptLabels)
            all += s;
        for (const QString &s : text::kWorkloadColumns)
            all += s;
        for (const QString &s : text::kInstitutionColumns)
            all += s;
        for (QChar ch : all) {
            if (ch.isSpace() || ch == QLatin1Char('%'))
                continue;
            QVERIFY2(a.supportsCharacter(ch) || (b.isValid() && b.supportsCharacter(ch)),
                     qPrintable(QStringLiteral("no glyph for U+%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'))));
        }
    }

    void institutionSheetFits()
    {
        CenterConfig c = test::sampleCenter();
        c.name = QStringLiteral("新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放西路街道劳动就业社会保障服务中心");
        c.address =
            QStringLiteral("新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放西路斯大林街社区服务大楼一层东侧第三窗口");
        c.department.clear(); // an optional field left empty
        DrawLog log;
        pageImage(100, [&](QPainter &p) { paintInstitutionSheet(p, c, &log); });
        checkLog(log);
        QStringList ids;
        for (const DrawnText &t : log)
            ids.append(t.id);
        QVERIFY(ids.contains(QStringLiteral("cell.0")));
        QVERIFY(!ids.contains(QStringLiteral("cell.3"))); // nothing drawn for the empty department
    }
};

QTEST_MAIN(TestPrintPages)
#include "tst_print_pages.moc"
