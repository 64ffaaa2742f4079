// The county supervisors' console (issue 12) against a real `certdesk-county serve` process (SQLite, and PostgreSQL
// as the other county tests: CERTDESK_REQUIRE_POSTGRES=1 makes a missing cluster a failure), seeded with two
// centers' pushed records (tests/county/reportseed.h). The console runs offscreen, signed in with a supervisor
// bundle: its tables and chart series equal the records; the drill-down, the printed report, the exports, a review
// mark, the refusals and the offline snapshot.
#include "console/barchart.h"
#include "console/centerstab.h"
#include "console/consoleclient.h"
#include "console/consolewindow.h"
#include "console/exporttabs.h"
#include "console/overviewtab.h"
#include "console/reviewtab.h"
#include "console/workloadtab.h"
#include "consoleserve.h"
#include "reportseed.h"
#include "sheet/spreadsheet.h"
#include "translator.h"

#include <QApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::console;
using namespace certdesk::countytest;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Two workbooks hold the same cells (their bytes differ by the creation time); at least `minRows` rows, and no cell
// of an ID column (a header naming 身份 or id) is a number.
void expectSameSheet(const QString &a, const QString &b, int minRows)
{
    const auto mine = readSpreadsheet(readBytes(a), QString());
    const auto cli = readSpreadsheet(readBytes(b), QString());
    QVERIFY2(mine && cli, "a workbook does not read back");
    QVERIFY(mine->rows.size() >= minRows);
    QCOMPARE(mine->rows.size(), cli->rows.size());
    for (qsizetype r = 0; r < mine->rows.size(); ++r)
        QCOMPARE(mine->rows[r].cells, cli->rows[r].cells);
    const QStringList header = mine->rows.first().cells;
    for (qsizetype c = 0; c < header.size(); ++c)
        if (header[c].contains(QStringLiteral("身份")) || header[c].startsWith(QStringLiteral("id")))
            for (qsizetype r = 1; r < mine->rows.size(); ++r)
                QVERIFY(!mine->rows[r].numeric.value(c, false));
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
}

int rowOf(QTableWidget *t, int column, const QString &startsWith)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, column) && t->item(r, column)->text().startsWith(startsWith))
            return r;
    return -1;
}

QString cell(QTableWidget *t, int row, int column)
{
    return row < 0 || !t->item(row, column) ? QString() : t->item(row, column)->text();
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<test::PgCluster> m_pg;
    QString m_pgWhy;
    QString m_dir;
    QString m_pgDir;
    Serve m_serve;
    Serve m_pgServe;
    std::vector<std::unique_ptr<ConsoleClient>> m_clients; // outlive every window made with them
    std::unique_ptr<ConsoleWindow> m_window;
    QString m_nextFile; // what the save-file seam answers
    QString m_nextNote;
    QStringList m_informed;

    ConsoleSeams seams()
    {
        ConsoleSeams s;
        s.saveFile = [this](QWidget *, const QString &, const QString &) { return m_nextFile; };
        s.askText = [this](QWidget *, const QString &, const QString &, QString *text) {
            *text = m_nextNote;
            return !m_nextNote.isEmpty();
        };
        s.inform = [this](QWidget *, const QString &m) { m_informed << m; };
        return s;
    }

    std::unique_ptr<ConsoleWindow> openWindow(const QString &url, const QString &dir, QString snapshot)
    {
        auto client = ConsoleClient::open(QUrl(url), dir + QStringLiteral("/wangjian.p12"),
                                          QString::fromLatin1(kSupervisorPassword));
        if (!client)
            return nullptr;
        m_clients.push_back(std::move(client).value());
        return std::make_unique<ConsoleWindow>(*m_clients.back(), seams(), snapshot);
    }

    static bool refreshed(ConsoleWindow &w)
    {
        QSignalSpy spy(&w, &ConsoleWindow::refreshed);
        w.refresh();
        return spy.wait(30000);
    }

    static void checkOverview(ConsoleWindow &w)
    {
        QTableWidget *t = w.overviewTab()->table();
        QCOMPARE(t->rowCount(), 3);
        const int c1 = rowOf(t, 0, QStringLiteral("C1"));
        QVERIFY(c1 >= 0);
        QCOMPARE(t->item(c1, 1)->data(Qt::DisplayRole).toInt(), 4); // due
        QCOMPARE(t->item(c1, 2)->data(Qt::DisplayRole).toInt(), 2); // alive
        QCOMPARE(t->item(c1, 3)->data(Qt::DisplayRole).toInt(), 1); // deceased
        QCOMPARE(t->item(c1, 4)->data(Qt::DisplayRole).toInt(), 1); // withdrawn
        QCOMPARE(t->item(c1, 5)->data(Qt::DisplayRole).toInt(), 2); // remaining
        QCOMPARE(t->item(c1, 6)->data(Qt::DisplayRole).toDouble(), 50.0);
        const int c2 = rowOf(t, 0, QStringLiteral("C2"));
        QCOMPARE(t->item(c2, 2)->data(Qt::DisplayRole).toInt(), 3);
        QCOMPARE(t->item(c2, 6)->data(Qt::DisplayRole).toDouble(), 75.0);
        // The chart draws the same shares.
        const ChartData chart = w.overviewTab()->chart()->data();
        QCOMPARE(chart.series.size(), 1);
        const int i1 = int(chart.categories.indexOf(QStringLiteral("C1中心")));
        const int i2 = int(chart.categories.indexOf(QStringLiteral("C2中心")));
        QVERIFY(i1 >= 0 && i2 >= 0);
        QCOMPARE(chart.series[0].values[i1], 50.0);
        QCOMPARE(chart.series[0].values[i2], 75.0);
        QVERIFY(w.overviewTab()->summary().contains(QStringLiteral("8"))); // due, explained
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("county"));
        QVERIFY(seedCounty(m_dir));
        QVERIFY(m_serve.start(m_dir));
        QVERIFY(seedPushes(m_dir, m_serve.url));
        m_pg = std::make_unique<test::PgCluster>();
        if (m_pg->start(&m_pgWhy) && m_pg->createDatabase(QStringLiteral("county"))) {
            m_pgDir = m_tmp.filePath(QStringLiteral("pg"));
            QVERIFY(seedCounty(m_pgDir, m_pg->url(QStringLiteral("county"))));
            QVERIFY(m_pgServe.start(m_pgDir));
            QVERIFY(seedPushes(m_pgDir, m_pgServe.url));
        } else {
            QVERIFY2(!test::PgCluster::requiredHere(), qPrintable(m_pgWhy));
            qWarning("PostgreSQL half skipped: %s", qPrintable(m_pgWhy));
        }
        // docs/screenshots/console-zh_CN.png: CERTDESK_CONSOLE_SCREENSHOT=FILE runs the suite in Chinese and keeps a
        // picture of the overview once the workload range is set (screenshotWhenAsked).
        if (!qEnvironmentVariableIsEmpty("CERTDESK_CONSOLE_SCREENSHOT"))
            installTranslations(QLocale(QLocale::Chinese, QLocale::China));
        m_window = openWindow(m_serve.url, m_dir, m_tmp.filePath(QStringLiteral("cache/snapshot.json")));
        QVERIFY(m_window);
        QVERIFY(refreshed(*m_window));
        QVERIFY2(!m_window->isOffline() && m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_clients.clear();
        m_serve.stop();
        m_pgServe.stop();
        m_pg.reset();
    }

    void signInRefusals()
    {
        const auto open = [this](const QString &url, const QString &bundle, const QString &password) {
            return ConsoleClient::open(QUrl(url), m_dir + QStringLiteral("/") + bundle, password);
        };
        auto wrong = open(m_serve.url, QStringLiteral("wangjian.p12"), QStringLiteral("not-the-password"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        auto center = open(m_serve.url, QStringLiteral("C1.p12"), QString::fromLatin1(kSeedPassword));
        QVERIFY(!center);
        QCOMPARE(center.error().code, ErrorCode::NotSupervisor);
        QCOMPARE(open(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("wangjian.p12"),
                      QString::fromLatin1(kSupervisorPassword))
                     .error()
                     .code,
                 ErrorCode::BadUrl);
        QCOMPARE(open(m_serve.url, QStringLiteral("missing.p12"), QStringLiteral("x")).error().code, ErrorCode::Read);
    }

    void serverRefusesBothWays()
    {
        // A center's certificate on the reports, a supervisor's on push/pull: 403 from the real process.
        QCOMPARE(request(seedTls(m_dir, QStringLiteral("C1")), m_serve.url + QStringLiteral("/api/v1/reports/overview"),
                         "GET")
                     .status,
                 403);
        QCOMPARE(request(seedTls(m_dir, QStringLiteral("wangjian")), m_serve.url + QLatin1String(protocol::kPathPull),
                         "POST", protocol::serialize(protocol::encodePullRequest({})))
                     .status,
                 403);
    }

    void overviewEqualsRecords() { checkOverview(*m_window); }

    void overviewOnPostgres()
    {
        if (!m_pgServe.process)
            QSKIP(qPrintable(QStringLiteral("PostgreSQL unavailable: ") + m_pgWhy));
        QTemporaryDir cache;
        auto client = ConsoleClient::open(QUrl(m_pgServe.url), m_pgDir + QStringLiteral("/wangjian.p12"),
                                          QString::fromLatin1(kSupervisorPassword));
        QVERIFY(client);
        ConsoleWindow w(*client.value(), seams(), cache.filePath(QStringLiteral("s.json")));
        QVERIFY(refreshed(w));
        QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
        checkOverview(w);
    }

    void workloadChartAndDrillDown()
    {
        WorkloadTab *tab = m_window->workloadTab();
        QSignalSpy spy(m_window.get(), &ConsoleWindow::refreshed);
        tab->choose(QDate(2026, 5, 10), QDate(2026, 5, 11), QString(), false);
        Q_EMIT tab->requested();
        QVERIFY(spy.wait(30000));
        const ChartData chart = tab->chart()->data();
        QCOMPARE(chart.categories, (QStringList{QStringLiteral("05-10"), QStringLiteral("05-11")}));
        QCOMPARE(chart.series.size(), 3);
        QCOMPARE(chart.series[0].values, (QList<double>{1, 5}));     // alive (the conflicting record counts: work done)
        QCOMPARE(chart.series[1].values, (QList<double>{0, 1}));     // deceased
        QCOMPARE(chart.series[2].values, (QList<double>{0, 1}));     // information changes
        QCOMPARE(cell(tab->daysTable(), 1, 1), QStringLiteral("5")); // the table beside the chart
        QCOMPARE(tab->clerksTable()->rowCount(), 3);
        // Drill down to C1's clerks, by full name.
        tab->choose(QDate(2026, 5, 10), QDate(2026, 5, 11), QStringLiteral("C1"), false);
        Q_EMIT tab->requested();
        QVERIFY(spy.wait(30000));
        QTableWidget *clerks = tab->clerksTable();
        QCOMPARE(clerks->rowCount(), 2);
        QVERIFY(rowOf(clerks, 1, QStringLiteral("李经办")) >= 0);
        QVERIFY(rowOf(clerks, 1, QStringLiteral("王经办")) >= 0);
        QCOMPARE(cell(clerks, rowOf(clerks, 1, QStringLiteral("李经办")), 4), QStringLiteral("1")); // deceased
        // By arrival: everything arrived today.
        const QDate today = QDate::currentDate();
        tab->choose(today, today, QString(), true);
        Q_EMIT tab->requested();
        QVERIFY(spy.wait(30000));
        QVERIFY(tab->workload().byArrival);
        QCOMPARE(tab->workload().total.alive, 6);
    }

    void workloadPdf()
    {
        WorkloadTab *tab = m_window->workloadTab();
        QSignalSpy spy(m_window.get(), &ConsoleWindow::refreshed);
        tab->choose(QDate(2026, 5, 10), QDate(2026, 5, 11), QString(), false);
        Q_EMIT tab->requested();
        QVERIFY(spy.wait(30000));
        const QString path = m_tmp.filePath(QStringLiteral("workload.pdf"));
        QVERIFY(tab->printTo(path));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext is missing or failed");
        QVERIFY(text.contains(QStringLiteral("李经办（C1）")));
        QVERIFY(text.contains(QStringLiteral("赵经办（C2）")));
        QVERIFY(text.contains(QStringLiteral("2026-05-11")));
    }

    void screenshotWhenAsked()
    {
        const QString path = qEnvironmentVariable("CERTDESK_CONSOLE_SCREENSHOT");
        if (path.isEmpty())
            return;
        m_window->resize(1400, 860);
        m_window->show();
        for (int tab : {1, 0}) {
            m_window->tabs()->setCurrentIndex(tab);
            QTest::qWait(300); // let the charts lay out before the picture (not an assertion)
            const QString file =
                tab == 0 ? path : QString(path).replace(QStringLiteral(".png"), QStringLiteral("-workload.png"));
            QVERIFY(m_window->grab().save(file));
        }
    }

    void centersSilentFirst()
    {
        QTableWidget *t = m_window->centersTab()->table();
        QCOMPARE(t->rowCount(), 3);
        QVERIFY(cell(t, 0, 0).startsWith(QStringLiteral("C3")));
        QVERIFY(!cell(t, 0, 1).isEmpty()); // why it needs attention
        QCOMPARE(t->item(0, 0)->background().color(), CentersTab::bandColour(QStringLiteral("alert")));
        const int c1 = rowOf(t, 0, QStringLiteral("C1"));
        QCOMPARE(cell(t, c1, 6), QStringLiteral("7"));          // waiting at the center, as reported
        QCOMPARE(cell(t, c1, 7), QStringLiteral("0.1.0-test")); // program version
    }

    void notYetCertifiedExport()
    {
        OpenFormsTab *tab = m_window->openFormsTab();
        QSignalSpy loaded(tab, &OpenFormsTab::loaded);
        tab->load(QStringLiteral("C1"));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(tab->table()->rowCount(), 2);
        QCOMPARE(cell(tab->table(), 0, 1), QStringLiteral("A5")); // nearest due date first
        m_nextFile = m_tmp.filePath(QStringLiteral("open-C1.csv"));
        tab->exportList();
        QFile f(m_nextFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QCOMPARE(QFileInfo(m_nextFile).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(csv.contains(idNumber(5).left(6) + QStringLiteral("********") + idNumber(5).right(4)));
        QVERIFY(!csv.contains(idNumber(5)));
        QVERIFY(csv.contains(QStringLiteral("A4")));
        QVERIFY(!csv.contains(QStringLiteral("A1,"))); // certified
        // The same list as a workbook (the name typed without a suffix gets .xlsx), read back: the same rows.
        m_nextFile = m_tmp.filePath(QStringLiteral("open-C1"));
        tab->exportList();
        const QString xlsx = m_tmp.filePath(QStringLiteral("open-C1.xlsx"));
        QCOMPARE(QFileInfo(xlsx).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const auto sheet = readSpreadsheet(readBytes(xlsx), QString());
        QVERIFY2(sheet, sheet ? "" : qPrintable(sheet.error().message));
        QCOMPARE(sheet->rows.size(), 3); // header + A5, A4
        QCOMPARE(sheet->rows[1].cells.value(0), QStringLiteral("A5"));
        QCOMPARE(sheet->rows[1].cells.value(1),
                 idNumber(5).left(6) + QStringLiteral("********") + idNumber(5).right(4));
        QVERIFY(!sheet->rows[1].numeric.value(1, true));
    }

    void workloadWorkbookEqualsCli()
    {
        WorkloadTab *tab = m_window->workloadTab();
        QSignalSpy spy(m_window.get(), &ConsoleWindow::refreshed);
        tab->choose(QDate(2026, 5, 10), QDate(2026, 5, 11), QString(), false);
        Q_EMIT tab->requested();
        QVERIFY(spy.wait(30000));
        const QString path = m_tmp.filePath(QStringLiteral("workload.xlsx"));
        QVERIFY(tab->exportTo(path));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QString cliPath = m_tmp.filePath(QStringLiteral("workload-cli.xlsx"));
        QCOMPARE(
            runCounty(m_dir, {QStringLiteral("workload"), QStringLiteral("--from"), QStringLiteral("2026-05-10"),
                              QStringLiteral("--to"), QStringLiteral("2026-05-11"), QStringLiteral("--out"), cliPath})
                .exitCode,
            0);
        expectSameSheet(path, cliPath, 3);
    }

    void feedbackExportEqualsCli()
    {
        FeedbackTab *tab = m_window->feedbackTab();
        tab->choose(QDate(2026, 5, 1), QDate(2026, 5, 31), QStringLiteral("csv"));
        m_nextFile = m_tmp.filePath(QStringLiteral("feedback.csv"));
        QSignalSpy done(tab, &FeedbackTab::exported);
        tab->exportFile();
        QVERIFY(done.wait(30000));
        QFile f(m_nextFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Run cli = runCounty(m_dir, {QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--from"),
                                    QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-31"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(f.readAll(), cli.out);

        // As a workbook: the same table as `export feedback --format xlsx` writes, full ID numbers as text.
        tab->choose(QDate(2026, 5, 1), QDate(2026, 5, 31), QStringLiteral("xlsx"));
        m_nextFile = m_tmp.filePath(QStringLiteral("feedback.xlsx"));
        tab->exportFile();
        QVERIFY(done.wait(30000));
        const QString cliPath = m_tmp.filePath(QStringLiteral("feedback-cli.xlsx"));
        QCOMPARE(
            runCounty(m_dir, {QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--from"),
                              QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-31"),
                              QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), cliPath})
                .exitCode,
            0);
        expectSameSheet(m_nextFile, cliPath, 2);
    }

    void reviewMarkWithNote()
    {
        ReviewTab *tab = m_window->reviewTab();
        const int before = int(tab->items().size());
        QVERIFY(before >= 2);                         // the conflict and the override
        for (int i = 1; i < tab->items().size(); ++i) // oldest first
            QVERIFY(tab->items()[i - 1].since <= tab->items()[i].since);
        tab->table()->selectRow(0);
        const QString id = tab->items().first().id;
        m_nextNote = QStringLiteral("已核实");
        QSignalSpy marked(tab, &ReviewTab::marked);
        tab->markSelected();
        QVERIFY(marked.wait(30000));
        QCOMPARE(marked.first().first().toString(), id);
        QCOMPARE(tab->items().size(), before - 1);
        Reply all = request(seedTls(m_dir, QStringLiteral("wangjian")),
                            m_serve.url + QStringLiteral("/api/v1/reports/review?all=1"), "GET");
        bool found = false;
        for (const QJsonValue &v : all.json().value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                found = v.toObject().value(QStringLiteral("note")).toString() == QStringLiteral("已核实");
        QVERIFY(found);
        // No note: nothing is sent.
        m_nextNote.clear();
        tab->markSelected();
        QCOMPARE(tab->items().size(), before - 1);
    }

    void offlineSnapshot()
    {
        QVERIFY(refreshed(*m_window)); // a fresh snapshot
        const QDateTime fetched = m_window->shownAsOf();
        const QString snapshot = m_tmp.filePath(QStringLiteral("cache/snapshot.json"));
        QCOMPARE(QFileInfo(snapshot).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile f(snapshot);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray kept = f.readAll();
        for (int serial : {1, 2, 3, 4, 5, 6, 11, 12, 13, 14})
            QVERIFY(!kept.contains(idNumber(serial).toUtf8()));
        m_serve.stop();
        // A new console process: signed in, the server gone, the last snapshot shown "as of".
        auto w = openWindow(m_serve.url, m_dir, snapshot);
        QVERIFY(w);
        QVERIFY(refreshed(*w));
        QVERIFY(w->isOffline());
        QCOMPARE(w->shownAsOf(), fetched);
        QVERIFY2(w->statusText().contains(fetched.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(w->statusText()));
        checkOverview(*w);
        QVERIFY(m_serve.start(m_dir)); // back for the last test
    }

    void revokedSupervisorRefused()
    {
        QCOMPARE(
            runCounty(m_dir, {QStringLiteral("revoke"), QStringLiteral("--supervisor"), QStringLiteral("wangjian")})
                .exitCode,
            0);
        auto w = openWindow(m_serve.url, m_dir, m_tmp.filePath(QStringLiteral("cache2/snapshot.json")));
        QVERIFY(w);
        QVERIFY(refreshed(*w));
        QVERIFY(!w->isOffline());
        QCOMPARE(w->overviewTab()->table()->rowCount(), 0); // nothing shown as if current
        QVERIFY2(w->statusText().contains(w->lastError()) && !w->lastError().isEmpty(), qPrintable(w->statusText()));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
