// PrintDataService on a real encrypted database: the print data of a record, a form and a day, the workload
// data, the electronic seal setting with its refusals, and the round trip printed QR → scan → counter lookup.
#include "domain/scanpayload.h"
#include "fixture.h"
#include "printing.h"
#include "requiretools.h"
#include "services/certification.h"
#include "services/printdata.h"
#include "testerrorcode.h"
#include "tst_print_sample.h"

#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

class TestPrintData : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestCenter> m_center;
    QList<Form> m_forms;
    std::unique_ptr<Session> m_clerk;

    CertificationRecord certify(int i, bool alive = true, InfoChange change = {})
    {
        CertifyRequest r;
        r.formNo = m_forms[i].formNo;
        r.checkCode = m_forms[i].checkCode;
        r.presentedId = m_forms[i].person.idNo;
        r.method = IdentityMethod::IdCard;
        r.alive = alive;
        r.change = change;
        auto rec = CertificationService(*m_clerk).certify(r);
        if (!rec)
            qFatal("certify failed: %s", qPrintable(rec.error().codeWord()));
        return rec.value();
    }

private Q_SLOTS:
    void init()
    {
        m_center = std::make_unique<test::TestCenter>();
        m_center->addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
        m_center->addUser(QStringLiteral("super"), Role::Supervisor, QStringLiteral("王主管"));
        m_forms = m_center->seedForms(6);
        m_clerk = m_center->open(QStringLiteral("clerk"));
        QVERIFY(m_clerk);
    }
    void cleanup()
    {
        m_clerk.reset();
        m_center.reset();
    }

    void byFormNoAndUuid()
    {
        PrintDataService svc(*m_clerk);
        auto none = svc.byFormNo(m_forms[0].formNo);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotCertified);
        auto unknown = svc.byFormNo(QStringLiteral("NO-SUCH-FORM"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NoSuchForm);
        auto noRecord = svc.byUuid(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QVERIFY(!noRecord.ok());
        QCOMPARE(noRecord.error().code, ErrorCode::NoSuchRecord);

        InfoChange change;
        change.phone = QStringLiteral("13912345678");
        const CertificationRecord rec = certify(0, true, change);
        auto byNo = svc.byFormNo(m_forms[0].formNo);
        QVERIFY(byNo.ok());
        QCOMPARE(byNo->form, m_forms[0]);
        QCOMPARE(byNo->record.uuid, rec.uuid);
        QCOMPARE(byNo->record.clerkName, QStringLiteral("李经办"));
        QCOMPARE(byNo->record.change.phone, QStringLiteral("13912345678"));
        QCOMPARE(byNo->center.code, m_clerk->center().code);
        auto byUuid = svc.byUuid(rec.uuid);
        QVERIFY(byUuid.ok());
        QCOMPARE(byUuid->form, m_forms[0]);

        // After a correction the old record is refused and the form prints the correction.
        CorrectionRequest fix;
        fix.uuid = rec.uuid;
        fix.reason = QStringLiteral("wrong box ticked");
        fix.alive = false;
        auto corrected = CertificationService(*m_clerk).correct(fix);
        QVERIFY(corrected.ok());
        auto old = svc.byUuid(rec.uuid);
        QVERIFY(!old.ok());
        QCOMPARE(old.error().code, ErrorCode::Superseded);
        auto now = svc.byFormNo(m_forms[0].formNo);
        QVERIFY(now.ok());
        QCOMPARE(now->record.uuid, corrected->uuid);
        QVERIFY(!now->record.alive);
    }

    void dayInCertificationOrder()
    {
        PrintDataService svc(*m_clerk);
        auto empty = svc.day(m_center->clock.today());
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
        QStringList order;
        for (int i : {3, 1, 4}) {
            certify(i);
            order.append(m_forms[i].formNo);
            m_center->clock.advanceSecs(60);
        }
        auto day = svc.day(m_center->clock.today());
        QVERIFY(day.ok());
        QStringList got;
        for (const FormPrintData &d : day.value())
            got.append(d.form.formNo);
        QCOMPARE(got, order);
        QVERIFY(svc.day(m_center->clock.today().addDays(1))->isEmpty());
        QCOMPARE(svc.day(QDate()).error().code, ErrorCode::Range);
    }

    void workloadNeedsThePermission()
    {
        certify(0);
        certify(1, false);
        auto refused = PrintDataService(*m_clerk).workload(m_center->clock.today(), m_center->clock.today());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        auto super = m_center->open(QStringLiteral("super"));
        QVERIFY(super);
        PrintDataService svc(*super);
        QCOMPARE(svc.workload(m_center->clock.today(), m_center->clock.today().addDays(-1)).error().code,
                 ErrorCode::Range);
        auto w = svc.workload(m_center->clock.today().addDays(-3), m_center->clock.today());
        QVERIFY(w.ok());
        QCOMPARE(w->printedBy, QStringLiteral("王主管"));
        QCOMPARE(w->printedAt, m_center->clock.now().toLocalTime());
        QCOMPARE(w->rows.size(), 1);
        QCOMPARE(w->rows.first().alive, 1);
        QCOMPARE(w->rows.first().deceased, 1);
        QCOMPARE(w->clerkNames.value(w->rows.first().clerk), QStringLiteral("李经办"));
        auto pdf = printing::workloadPdf(w.value());
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF"));
    }

    void sealSetting()
    {
        const QByteArray png = test::samplePng();
        QCOMPARE(PrintDataService(*m_clerk).setSeal(png).error().code, ErrorCode::Permission);
        auto admin = m_center->open(QStringLiteral("admin"));
        QVERIFY(admin);
        PrintDataService svc(*admin);
        QVERIFY(svc.seal()->isEmpty());
        QCOMPARE(svc.setSeal(test::samplePng(false)).error().code, ErrorCode::SealOpaque);
        QCOMPARE(svc.setSeal(QByteArray("GIF89a....")).error().code, ErrorCode::SealNotPng);
        QCOMPARE(svc.setSeal(QByteArray()).error().code, ErrorCode::SealNotPng);
        QByteArray huge = png;
        huge.append(QByteArray(PrintDataService::kMaxSealBytes, '\0'));
        QCOMPARE(svc.setSeal(huge).error().code, ErrorCode::SealTooLarge);
        QVERIFY(svc.seal()->isEmpty());
        QVERIFY(svc.setSeal(png).ok());
        QCOMPARE(PrintDataService(*m_clerk).seal().value(), png); // every clerk's form carries it
        QVERIFY(svc.clearSeal().ok());
        QVERIFY(svc.seal()->isEmpty());
        QVERIFY(svc.clearSeal().ok());
        QCOMPARE(PrintDataService(*m_clerk).clearSeal().error().code, ErrorCode::Permission);
    }

    // The printed QR, read back by zbar from the rendered page, leads the counter to the same form.
    void printedQrLooksUpTheForm()
    {
        for (const char *tool : {"pdftoppm", "zbarimg"})
            if (!test::haveTool(QString::fromLatin1(tool)))
                CERTDESK_SKIP_UNLESS_REQUIRED(QStringLiteral("poppler-utils / zbar-tools missing"));
        const CertificationRecord rec = certify(2);
        auto data = PrintDataService(*m_clerk).byUuid(rec.uuid);
        QVERIFY(data.ok());
        auto pdf = printing::formPdf({data.value(), std::nullopt, {}});
        QVERIFY(pdf.ok());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("f.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf.value());
        f.close();
        int rc = -1;
        test::runTool(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), f.fileName(), dir.filePath(QStringLiteral("p"))},
                      &rc);
        QCOMPARE(rc, 0);
        const QString scanned =
            QString::fromUtf8(test::runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                                        dir.filePath(QStringLiteral("p.png"))}))
                .trimmed();
        const ScanPayload scan = classifyScan(scanned, m_center->clock.today());
        QCOMPARE(int(scan.kind), int(ScanPayload::Kind::CertdeskQr));
        QCOMPARE(scan.uuid, rec.uuid);
        QCOMPARE(scan.centerCode, m_clerk->center().code);
        QCOMPARE(scan.date, m_center->clock.today());
        auto view = CertificationService(*m_clerk).lookupForm(scan.formNo, scan.checkCode);
        QVERIFY(view.ok());
        QCOMPARE(view->form, m_forms[2]);
        QVERIFY(view->certified);
        QCOMPARE(view->current->uuid, rec.uuid);
    }
};

QTEST_MAIN(TestPrintData)
#include "tst_print_data.moc"
