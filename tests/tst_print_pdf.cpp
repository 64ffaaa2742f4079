// What ends up in the PDF: exact Chinese text (pdftotext), the QR payload (pdftoppm + zbarimg), reprint marks,
// the receipt's masked ID and next due date, multi-page workload reports, the 附件2 sheet and day batches.
#include "domain/scanpayload.h"
#include "layout/formlayout.h"
#include "pages.h"
#include "printing.h"
#include "requiretools.h"
#include "testerrorcode.h"
#include "tst_print_sample.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::printing;

class TestPrintPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString save(const QByteArray &pdf, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            return QString();
        return path;
    }
    // The page's text with all white space removed: pdftotext breaks wrapped cells into lines and does not
    // keep every space, so needles are compared without white space too (has()).
    QString pdfText(const QString &path)
    {
        QString text = QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        text.remove(QRegularExpression(QStringLiteral("\\s+")));
        return text;
    }
    // The text inside `mm` (a layout rectangle) on page 1: pdftotext's crop box at 72 dpi.
    QString cellText(const QString &path, const QRectF &mm)
    {
        const auto pt = [](double v) { return QString::number(qRound(v * 72.0 / 25.4)); };
        QString text = QString::fromUtf8(test::runTool(
            QStringLiteral("pdftotext"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-x"), pt(mm.x()),
                                          QStringLiteral("-y"), pt(mm.y()), QStringLiteral("-W"), pt(mm.width()),
                                          QStringLiteral("-H"), pt(mm.height()), path, QStringLiteral("-")}));
        text.remove(QRegularExpression(QStringLiteral("\\s+")));
        return text;
    }
    static bool has(const QString &text, QString needle)
    {
        needle.remove(QRegularExpression(QStringLiteral("\\s+")));
        return !needle.isEmpty() && text.contains(needle);
    }
    int pageCount(const QString &path)
    {
        const QString info = QString::fromUtf8(test::runTool(QStringLiteral("pdfinfo"), {path}));
        for (const QString &line : info.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("Pages:")))
                return line.mid(6).trimmed().toInt();
        return -1;
    }
    // Decodes every QR on page `page` (1-based) at `dpi`.
    QStringList qrCodes(const QString &pdf, int page, int dpi)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        int rc = -1;
        test::runTool(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page),
                       QStringLiteral("-l"), QString::number(page), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), pdf, prefix},
                      &rc);
        if (rc != 0)
            return {};
        const QString out =
            QString::fromUtf8(test::runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                                        prefix + QStringLiteral(".png")}));
        return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("CERTDESK_KEEP_PDF")) { // for looking at the output by hand
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
        for (const char *tool : {"pdftotext", "pdftoppm", "pdfinfo", "zbarimg"})
            if (!test::haveTool(QString::fromLatin1(tool)))
                CERTDESK_SKIP_UNLESS_REQUIRED(
                    QStringLiteral("poppler-utils / zbar-tools missing (scripts/setup.sh installs them)"));
    }

    void formTextIsExact_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("online 附表1") << int(FormVariant::Online);
        QTest::newRow("mail 附表2") << int(FormVariant::Mail);
    }
    void formTextIsExact()
    {
        QFETCH(int, variant);
        const FormPrintData data = test::sampleData(FormVariant(variant));
        auto pdf = formPdf({data, std::nullopt, {}});
        QVERIFY(pdf.ok());
        const QString text = pdfText(save(pdf.value(), QStringLiteral("form.pdf")));
        QVERIFY2(has(text, data.form.person.name), "person's name");
        QVERIFY(has(text, data.form.formNo));
        QVERIFY(has(text, data.center.name));
        QVERIFY(has(text, QStringLiteral("经办人：王芳")));
        QVERIFY(has(text, data.form.person.idNo));
        QVERIFY(has(text, QStringLiteral("2026 年 6 月 30 日"))); // the due date in the letter
        QVERIFY(has(text, QStringLiteral("2026 年 5 月 10 日"))); // the certification date
        QVERIFY(has(text, QStringLiteral("是否健在")));
        // Characters that some CJK fonts extract as Kangxi radicals (⼀ ⼈ ⽇ ⽉ …) come back as themselves.
        QVERIFY(has(text, QStringLiteral("异地居住人员领取社会保险待遇资格协助认证表")));
        QVERIFY(has(text, QStringLiteral("协助认证机构必须是")));
        for (QChar ch : text)
            QVERIFY2(ch.unicode() < 0x2E80 || ch.unicode() > 0x2FDF,
                     qPrintable(QStringLiteral("radical U+%1 in the text").arg(ch.unicode(), 4, 16)));
        QVERIFY(!has(text, QStringLiteral("补打")));
        if (FormVariant(variant) == FormVariant::Online) {
            QVERIFY(has(text, QStringLiteral("（网上认证）")));
            QVERIFY(has(text, QStringLiteral("校验码：") + data.form.checkCode));
            QVERIFY(!has(text, QStringLiteral("回信地址")));
        } else {
            QVERIFY(!has(text, QStringLiteral("网上认证")));
            QVERIFY(!has(text, QStringLiteral("校验码")));
            QVERIFY(has(text, QStringLiteral("回信地址：") + data.form.reply.address));
            QVERIFY(has(text, QStringLiteral("单位名称：") + data.form.reply.unit));
            QVERIFY(has(text, QStringLiteral("邮政编码：100045")));
            QVERIFY(has(text, QStringLiteral("联系电话：010-68001234")));
            QVERIFY(has(text, QStringLiteral("请在□中打“√”")));
        }
    }

    // The printer path: a QPrinter (here with PDF output, as a printer driver would get it) in full-page mode
    // puts the spec's millimetres at the same place on the sheet as QPdfWriter does.
    void qprinterUsesTheSameLayout()
    {
        const FormPrintData data = test::sampleData(FormVariant::Online);
        const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            QVERIFY(renderForm(printer, {data, std::nullopt, {}}).ok());
            QVERIFY(printer.fullPage());
            QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
        }
        QVERIFY(has(pdfText(path), data.form.person.name));
        const layout::FormLayout &l = layout::formLayout(FormVariant::Online);
        QCOMPARE(cellText(path, l.formNo.adjusted(-0.5, -0.5, 0.5, 0.5)),
                 QStringLiteral("认证表编号：") + data.form.formNo);
        QCOMPARE(cellText(path, l.nameValue), data.form.person.name);
        QCOMPARE(qrCodes(path, 1, 150), QStringList{qrPayload(data)});
    }

    void changedInfoIsFilledIn()
    {
        FormPrintData data = test::sampleData(FormVariant::Online);
        data.record.change.address = QStringLiteral("广州市越秀区北京路88号");
        data.record.change.phone = QStringLiteral("13900001111");
        auto pdf = formPdf({data, std::nullopt, {}});
        QVERIFY(pdf.ok());
        const QString text = pdfText(save(pdf.value(), QStringLiteral("change.pdf")));
        QVERIFY(has(text, QStringLiteral("广州市越秀区北京路88号")));
        QVERIFY(has(text, QStringLiteral("13900001111")));
    }

    void qrDecodesToThePayload_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<bool>("alive");
        QTest::newRow("online alive") << int(FormVariant::Online) << true;
        QTest::newRow("mail deceased") << int(FormVariant::Mail) << false;
    }
    void qrDecodesToThePayload()
    {
        QFETCH(int, variant);
        QFETCH(bool, alive);
        FormPrintData data = test::sampleData(FormVariant(variant));
        data.record.alive = alive;
        auto pdf = formPdf({data, std::nullopt, test::samplePng()});
        QVERIFY(pdf.ok());
        const QStringList codes = qrCodes(save(pdf.value(), QStringLiteral("qr.pdf")), 1, 150);
        QCOMPARE(codes.size(), 1);
        const QString expected =
            QStringLiteral("CDQR1|%1|8K3Q7Z|%2|440103001|20260510|6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f")
                .arg(data.form.formNo, alive ? QStringLiteral("A") : QStringLiteral("D"));
        QCOMPARE(codes.first(), expected);
        QCOMPARE(qrPayload(data), expected);
        const ScanPayload scan = classifyScan(codes.first(), QDate(2026, 5, 10));
        QCOMPARE(int(scan.kind), int(ScanPayload::Kind::CertdeskQr));
        QCOMPARE(scan.formNo, data.form.formNo);
        QCOMPARE(scan.checkCode, data.form.checkCode);
        QCOMPARE(scan.result, alive ? QStringLiteral("alive") : QStringLiteral("deceased"));
        QCOMPARE(scan.centerCode, data.center.code);
        QCOMPARE(scan.date, QDate(2026, 5, 10));
        QCOMPARE(scan.uuid, data.record.uuid);
    }

    void reprintIsMarked()
    {
        const FormPrintData data = test::sampleData(FormVariant::Online);
        auto form = formPdf({data, QDate(2026, 5, 12), {}});
        auto receipt = receiptPdf({data, QDate(2026, 5, 12), {}});
        QVERIFY(form.ok() && receipt.ok());
        for (const QString &text : {pdfText(save(form.value(), QStringLiteral("r1.pdf"))),
                                    pdfText(save(receipt.value(), QStringLiteral("r2.pdf")))}) {
            QVERIFY(has(text, QStringLiteral("补打")));
            QVERIFY(has(text, QStringLiteral("2026 年 5 月 12 日")));
        }
    }

    void receiptMasksTheIdAndGivesTheNextDueDate()
    {
        FormPrintData data = test::sampleData(FormVariant::Online);
        auto pdf = receiptPdf({data, std::nullopt, {}});
        QVERIFY(pdf.ok());
        const QString path = save(pdf.value(), QStringLiteral("receipt.pdf"));
        const QString text = pdfText(path);
        QCOMPARE(maskedId(data.form.person.idNo), QStringLiteral("110105********002X"));
        QVERIFY(has(text, QStringLiteral("已完成资格认证回执")));
        QVERIFY(has(text, QStringLiteral("110105********002X")));
        QVERIFY(!has(text, data.form.person.idNo));
        QVERIFY(has(text, data.form.person.name));
        QVERIFY(has(text, QStringLiteral("健在")));
        QVERIFY(has(text, data.center.name));
        QVERIFY(has(text, chineseDateText(nextDueDate(data.center, data.record.localDate))));
        QCOMPARE(pageCount(path), 1);
        // Rolling policy gives a different next due date, and it is the one printed.
        data.center.policy = CyclePolicy::Rolling;
        const QDate rolling = nextDueDate(data.center, data.record.localDate);
        auto pdf2 = receiptPdf({data, std::nullopt, {}});
        QVERIFY(pdf2.ok());
        QVERIFY(has(pdfText(save(pdf2.value(), QStringLiteral("receipt2.pdf"))), chineseDateText(rolling)));
    }

    void maskedIdEdgeCases()
    {
        QCOMPARE(maskedId(QStringLiteral("110105491231002")), QStringLiteral("110105*****1002"));
        QCOMPARE(maskedId(QStringLiteral("12345")), QStringLiteral("*****"));
        QCOMPARE(maskedId(QString()), QString());
    }

    void workloadIsPagedWithTotals()
    {
        WorkloadPrintData data;
        data.center = test::sampleCenter();
        data.from = QDate(2026, 4, 1);
        data.to = QDate(2026, 5, 31);
        data.printedBy = QStringLiteral("赵主管");
        data.printedAt = QDateTime(QDate(2026, 6, 1), QTime(9, 30));
        data.clerkNames = {{QStringLiteral("a"), QStringLiteral("王芳")},
                           {QStringLiteral("b"), QStringLiteral("刘洋")}};
        int alive = 0;
        for (int day = 0; day < 40; ++day)
            for (const char *clerk : {"a", "b"}) {
                data.rows.append({data.from.addDays(day), QString::fromLatin1(clerk), day % 7 + 1, day % 2, 1, 0});
                data.rows.last().onlineAlive = data.rows.last().alive; // the 附表1 columns
                data.rows.last().mailDeceased = data.rows.last().deceased;
                alive += day % 7 + 1;
            }
        auto pdf = workloadPdf(data);
        QVERIFY(pdf.ok());
        const QString path = save(pdf.value(), QStringLiteral("workload.pdf"));
        const int pages = pageCount(path);
        QVERIFY2(pages >= 3, "83 lines do not fit on two pages");
        QCOMPARE(pages, workloadPageCount(data));
        const QString text = pdfText(path);
        QVERIFY(has(text, QStringLiteral("第 1 页 共 %1 页").arg(pages)));
        QVERIFY(has(text, QStringLiteral("第 %1 页 共 %1 页").arg(pages)));
        QVERIFY(has(text, QStringLiteral("工作量统计")));
        QVERIFY(has(text, QStringLiteral("打印人：赵主管")));
        QVERIFY(has(text, QStringLiteral("2026-06-01 09:30")));
        QVERIFY(has(text, QStringLiteral("刘洋")));
        QVERIFY(has(text, QStringLiteral("总计")));
        QVERIFY(has(text, QString::number(alive)));    // the total of 健在
        QCOMPARE(text.count(data.center.name), pages); // the header repeats on every page
    }

    void emptyWorkloadIsOnePage()
    {
        WorkloadPrintData data;
        data.center = test::sampleCenter();
        data.from = data.to = QDate(2026, 5, 10);
        auto pdf = workloadPdf(data);
        QVERIFY(pdf.ok());
        const QString path = save(pdf.value(), QStringLiteral("empty.pdf"));
        QCOMPARE(pageCount(path), 1);
        QVERIFY(has(pdfText(path), QStringLiteral("本期间无认证记录")));
    }

    void institutionSheetFromSettings()
    {
        const CenterConfig c = test::sampleCenter();
        auto pdf = institutionSheetPdf(c);
        QVERIFY(pdf.ok());
        const QString path = save(pdf.value(), QStringLiteral("annex2.pdf"));
        QVERIFY(has(pdfText(path), QStringLiteral("办理省内异地资格协助认证业务机构填报表")));
        // Each value in its own column, under its heading (wrapped cells interleave in plain pdftotext).
        const layout::InstitutionLayout &l = layout::institutionLayout();
        const QString values[] = {c.name, c.address, c.contact, c.department, c.title, c.phone};
        const char *const headings[] = {"机构名称", "办公地址", "联系人", "所在部门", "职务", "联系电话"};
        for (int col = 0; col < 6; ++col) {
            QCOMPARE(cellText(path, l.headerCell(col)), QString::fromUtf8(headings[col]));
            QCOMPARE(cellText(path, l.cell(col)), values[col]);
        }
    }

    void dayBatchOnePagePerForm()
    {
        QList<FormPrintJob> jobs;
        for (int i = 0; i < 5; ++i) {
            FormPrintData d = test::sampleData(i % 2 ? FormVariant::Mail : FormVariant::Online);
            d.form.formNo = QStringLiteral("WS20260000%1").arg(i);
            d.form.person.name = QStringLiteral("测试人%1").arg(QChar(0x7532 + i)); // 甲乙丙丁…
            jobs.append({d, std::nullopt, test::samplePng()});
        }
        QList<int> seen;
        auto pdf = dayPdf(jobs, [&](int done, int total) {
            seen.append(done);
            return total == 5;
        });
        QVERIFY(pdf.ok());
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5}));
        const QString path = save(pdf.value(), QStringLiteral("day.pdf"));
        QCOMPARE(pageCount(path), 5);
        const QString text = pdfText(path);
        for (const FormPrintJob &j : jobs)
            QVERIFY(has(text, j.data.form.formNo));
        QCOMPARE(qrCodes(path, 4, 150), QStringList{qrPayload(jobs[3].data)});
    }

    void dayBatchCancels()
    {
        QList<FormPrintJob> jobs(6, FormPrintJob{test::sampleData(FormVariant::Online), std::nullopt, {}});
        const QString path = m_dir.filePath(QStringLiteral("cancel.pdf"));
        {
            auto writer = makePdfWriter(path);
            const Status s = renderDay(*writer, jobs, [](int done, int) { return done < 2; });
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Cancelled);
            QVERIFY(s.error().message.contains(QLatin1String("2")));
        }
        QCOMPARE(pageCount(path), 2);
        QBuffer none;
        none.open(QIODevice::WriteOnly);
        auto writer = makePdfWriter(&none);
        const Status empty = renderDay(*writer, {});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::Empty);
    }

private:
    static QString chineseDateText(const QDate &d)
    {
        return QStringLiteral("%1 年 %2 月 %3 日").arg(d.year()).arg(d.month()).arg(d.day());
    }
};

QTEST_MAIN(TestPrintPdf)
#include "tst_print_pdf.moc"
