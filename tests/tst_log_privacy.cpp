// The logs of a full sync run carry no personal data (docs/architecture.md, "Logging"): a county process and a
// center's certdesk-admin sync (pull of the forms and death notices, certification, push) run with every
// certdesk.* category switched on, debug included; their standard error is scanned for the pensioners' ID
// numbers, names, addresses and phones, and for anything that is a valid ID number at all. The county's request
// log must still be there: one line per request with the center, endpoint, status and duration.

#include "domain/citizenid.h"
#include "syncdeployment.h"

#include <QRegularExpression>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class LogPrivacyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Inherited by the county and every certdesk-admin process this test starts.
        qputenv("QT_LOGGING_RULES", "certdesk.*=true");
    }

    void fullSyncLogsNoPersonalData()
    {
        std::unique_ptr<SyncDeployment> d;
        QString skip;
        QString why;
        QVERIFY2(startCounty(CountyBackend::Sqlite, &d, &skip, &why), qPrintable(why));
        QVERIFY2(d, qPrintable(skip));

        const QDate today = QDate::currentDate();
        QList<Form> forms = syncForms(QStringLiteral("LP"), 12, today);
        for (int i = 0; i < forms.size(); ++i) {
            forms[i].person.name = QStringLiteral("欧阳秘密%1").arg(i + 1);
            forms[i].person.address = QStringLiteral("保密市隐私路%1号").arg(i + 1);
        }
        auto center = d->addCenter(QStringLiteral("LOG01"), QStringLiteral("日志检查服务中心"));
        QVERIFY(center);
        QVERIFY(d->importForms(forms, QStringLiteral("LOG01")));
        QVERIFY(d->importDeaths(forms.mid(10), today.addDays(-3)));

        const CliResult pulled = center->sync();
        CLI_EXPECT_EXIT(pulled, 0);
        QCOMPARE(pulled.json().value(QStringLiteral("pulled_forms")).toInt(), 12);
        QVERIFY(center->certify(forms.mid(0, 10)));
        const CliResult pushed = center->sync();
        CLI_EXPECT_EXIT(pushed, 0);
        QCOMPARE(pushed.json().value(QStringLiteral("accepted")).toInt(), 10);
        QVERIFY(d->county().stop());

        const QString county = QString::fromUtf8(d->county().output());
        const QString client = QString::fromUtf8(pulled.err + pushed.err);

        // The logs are there (or this test would prove nothing): the county's access log and the client's debug.
        const QRegularExpression access(
            QStringLiteral("^certdesk\\.county\\.http: LOG01 POST /api/v1/push 200 \\d+ ms$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(access.match(county).hasMatch(), qPrintable(county));
        QVERIFY2(county.contains(QStringLiteral("certdesk.county.http: LOG01 POST /api/v1/pull 200 ")),
                 qPrintable(county));
        QVERIFY2(client.contains(QStringLiteral("certdesk.sync: push batch of 10 records")), qPrintable(client));
        QVERIFY2(client.contains(QStringLiteral("certdesk.sync: pull page")), qPrintable(client));

        for (const QString &log : {county, client}) {
            for (const Form &f : forms) {
                QVERIFY2(!log.contains(f.person.idNo), qPrintable(f.person.idNo));
                QVERIFY2(!log.contains(f.person.name), qPrintable(f.person.name));
                QVERIFY2(!log.contains(f.person.address), qPrintable(f.person.address));
                QVERIFY2(!log.contains(f.person.phone), qPrintable(f.person.phone));
                QVERIFY2(!log.contains(f.person.idNo.left(14)), "the start of an ID number");
            }
            QVERIFY(!log.contains(QStringLiteral("欧阳秘密")));
            QVERIFY(!log.contains(QStringLiteral("隐私路")));
            // Anything shaped like an ID number must not be a valid one.
            static const QRegularExpression idShape(QStringLiteral("\\d{17}[\\dXx]"));
            for (auto it = idShape.globalMatch(log); it.hasNext();) {
                const QString candidate = it.next().captured();
                QVERIFY2(!parseCitizenId(candidate, today), qPrintable(candidate));
            }
        }
    }
};

QTEST_GUILESS_MAIN(LogPrivacyTest)
#include "tst_log_privacy.moc"
