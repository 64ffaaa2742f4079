// Chinese first, checked where messages leave the program: under zh_CN the messages of the models' free
// functions (protocol codec, port probe, card codec, PC/SC, printing) and the refusals certdesk-admin and
// certdesk-county print must be Chinese. A message looked up under another context than lupdate filed it, or a
// program that never loads its catalogue, shows English here and fails.
#include "clirunner.h"
#include "codec/ssseapdu.h"
#include "devices/pcsccard.h"
#include "devices/portprobe.h"
#include "printing.h"
#include "protocol/codec.h"
#include "translator.h"
#include "zhcheck.h"

#include <QDir>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QString chineseProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("no message at all");
    if (!hasChinese(text))
        return QStringLiteral("no Chinese in \"%1\"").arg(text);
    const QStringList english = englishWords(text);
    return english.isEmpty() ? QString()
                             : QStringLiteral("English words %1 in \"%2\"").arg(english.join(QLatin1Char(' ')), text);
}

#define VERIFY_CHINESE(text)                                                                                           \
    do {                                                                                                               \
        const QString problem_ = chineseProblem(text);                                                                 \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCounty(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CERTDESK_COUNTY_BIN), args);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestMessagesZhCn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(installTranslations(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
        // The child programs take their language from the locale, as on a Chinese desktop.
        qputenv("LC_ALL", "zh_CN.UTF-8");
        qputenv("LANG", "zh_CN.UTF-8");
    }

    void protocolMessages()
    {
        const auto notJson = protocol::parseEnvelope("{\"protocol\":");
        QVERIFY(!notJson);
        VERIFY_CHINESE(notJson.error().message.section(QLatin1Char('('), 0, 0)); // Qt's parser names the error
        const auto notObject = protocol::parseEnvelope("[1]");
        QVERIFY(!notObject);
        VERIFY_CHINESE(notObject.error().message);
        const auto noVersion = protocol::parseEnvelope("{}");
        QVERIFY(!noVersion);
        VERIFY_CHINESE(noVersion.error().message);
    }

    void deviceMessages()
    {
        const QTemporaryDir dir;
        const auto probe = portprobe::probePort(dir.filePath(QStringLiteral("ttyNone")), 100);
        VERIFY_CHINESE(probe.message.section(QLatin1Char(':'), 0, 0).section(QChar(0xFF1A), 0, 0));
        VERIFY_CHINESE(ssse::statusText(0x6982));
        VERIFY_CHINESE(ssse::statusText(0x6A82));
        VERIFY_CHINESE(pcsc::pcscError(long(0x8010001D)).message); // SCARD_E_NO_SERVICE
    }

    void printingMessages()
    {
        QTemporaryDir dir;
        auto writer = printing::makePdfWriter(dir.filePath(QStringLiteral("day.pdf")));
        const Status empty = printing::renderDay(*writer, {});
        QVERIFY(!empty);
        VERIFY_CHINESE(empty.error().message);
    }

    void adminRefusals()
    {
        const CliResult badId = runCli(cliArgs("check-id", "1101"));
        QCOMPARE(badId.exitCode, 1);
        VERIFY_CHINESE(badId.errText() + badId.outText());
        QTemporaryDir dir;
        const CliResult noDb =
            runCli(cliArgs("--db", dir.filePath(QStringLiteral("none.db")), "--user", "admin", "verify"),
                   stdinLines({QStringLiteral("x")}));
        QVERIFY2(noDb.exitCode != 0, qPrintable(noDb.describe()));
        VERIFY_CHINESE(noDb.errText());
    }

    void countyRefusals()
    {
        QTemporaryDir dir;
        // Not a data directory yet: the county configuration's own message.
        const Run notInit = runCounty({QStringLiteral("--data"), dir.path(), QStringLiteral("workload"),
                                       QStringLiteral("--date"), QStringLiteral("2026-05-10")});
        QVERIFY2(notInit.exitCode != 0, qPrintable(notInit.err));
        VERIFY_CHINESE(notInit.err);
        // A database URL that is not one: refused before anything is created.
        const Run badUrl =
            runCounty({QStringLiteral("--data"), dir.filePath(QStringLiteral("fresh")), QStringLiteral("init"),
                       QStringLiteral("--county-code"), QStringLiteral("X1"), QStringLiteral("--county-name"),
                       QStringLiteral("测试县"), QStringLiteral("--database"), QStringLiteral("mysql://db")});
        QVERIFY2(badUrl.exitCode != 0, qPrintable(badUrl.err));
        VERIFY_CHINESE(badUrl.err);
    }
};

QTEST_MAIN(TestMessagesZhCn)
#include "tst_messages_zhcn.moc"
