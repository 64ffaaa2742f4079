// Layering rules of issue 16 that a reviewer would otherwise have to remember:
//  - the raw store behind a Session (database, key slots, database key) is for certdesk_models' services only:
//    ui/ and app/ never include models/internal/sessionaccess.h, never name SessionAccess, never call
//    .db()/.keys()/.dbKey() on a session, and their targets never link certdesk_models_internal;
//  - QSettings is opened in one class (WorkstationSettings) for the counter, certdesk-admin and the county console.
// The compile-time half: Session has no public raw accessor at all.
#include "services/session.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace certdesk;

namespace {

template<class S>
concept ExposesRawStore = requires(S &s)
{
    s.db();
}
|| requires(S &s)
{
    s.keys();
}
|| requires(S &s)
{
    s.dbKey();
};
static_assert(!ExposesRawStore<Session>, "Session must not expose its raw store; services use SessionAccess");

const QString kSource = QStringLiteral(CERTDESK_SOURCE_DIR);

// Every C++ source under the given top-level directories, as "dir/…/file" → text.
QMap<QString, QString> sources(const QStringList &dirs)
{
    QMap<QString, QString> out;
    for (const QString &dir : dirs) {
        QDirIterator it(kSource + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                out.insert(f.fileName().mid(kSource.size() + 1), QString::fromUtf8(f.readAll()));
        }
    }
    return out;
}

// "file:line: text" of every raw-store call on a session-like receiver (m_session->db(), session()->keys(),
// s.dbKey() …). certdesk-admin's command context has its own db() (the --db path): its receiver is no session.
QStringList rawStoreCalls(const QString &file, const QString &text)
{
    static const QRegularExpression call(
        QStringLiteral(R"(([A-Za-z_]\w*(?:\(\))?(?:(?:\.|->)[A-Za-z_]\w*(?:\(\))?)*)(?:\.|->)(db|keys|dbKey)\(\))"));
    QStringList hits;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto m = call.globalMatch(lines[i]);
        while (m.hasNext()) {
            const auto match = m.next();
            if (match.captured(1).contains(QLatin1String("session"), Qt::CaseInsensitive) ||
                match.captured(2) == QLatin1String("dbKey"))
                hits << QStringLiteral("%1:%2: %3").arg(file).arg(i + 1).arg(lines[i].trimmed());
        }
    }
    return hits;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectorFindsRawCalls()
    {
        // The check below must be able to fail: it flags what it is meant to flag, and only that.
        QCOMPARE(rawStoreCalls(QStringLiteral("x"), QStringLiteral("BackupSchedule::load(m_session->db());")).size(),
                 1);
        QCOMPARE(rawStoreCalls(QStringLiteral("x"), QStringLiteral("h.window->session()->keys().save();")).size(), 1);
        QCOMPARE(rawStoreCalls(QStringLiteral("x"), QStringLiteral("auto k = s.dbKey();")).size(), 1);
        QCOMPARE(rawStoreCalls(QStringLiteral("x"), QStringLiteral("removeRestored(c.db());")).size(), 0);
        QCOMPARE(rawStoreCalls(QStringLiteral("x"), QStringLiteral("const auto k = object.keys();")).size(), 0);
    }

    void uiAndAppNeverReachTheRawStore()
    {
        const auto files = sources({QStringLiteral("ui"), QStringLiteral("app")});
        QVERIFY2(files.size() > 50, "ui/ and app/ sources not found");
        QStringList bad;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.value().contains(QLatin1String("sessionaccess.h")) ||
                it.value().contains(QLatin1String("SessionAccess")))
                bad << it.key() + QStringLiteral(": names the models-internal SessionAccess");
            bad << rawStoreCalls(it.key(), it.value());
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void internalHeaderStaysInternal()
    {
        QFile header(kSource + QStringLiteral("/models/internal/sessionaccess.h"));
        QVERIFY(header.open(QIODevice::ReadOnly));
        QVERIFY(header.readAll().contains("#ifndef CERTDESK_MODELS_INTERNAL\n#error"));
        for (const QString &cmake : {QStringLiteral("/ui/CMakeLists.txt"), QStringLiteral("/app/CMakeLists.txt")}) {
            QFile f(kSource + cmake);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(cmake));
            QVERIFY2(!f.readAll().contains("certdesk_models_internal"), qPrintable(cmake));
        }
    }

    void oneSettingsClass()
    {
        const auto files =
            sources({QStringLiteral("ui"), QStringLiteral("county"), QStringLiteral("app"), QStringLiteral("models")});
        QVERIFY(files.contains(QStringLiteral("models/core/workstationsettings.cpp")));
        QStringList bad;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            if (it.value().contains(QLatin1String("QSettings")) &&
                !it.key().startsWith(QLatin1String("models/core/workstationsettings.")))
                bad << it.key();
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
