// The shared command-line library (models/cli/) that both certdesk-admin and certdesk-county dispatch through:
// every refusal of the parser is a usage error (exit 2), and a handler sees exactly its options and arguments.
#include "cli/cli.h"

#include <QTest>

using namespace certdesk;
using namespace Qt::StringLiterals;

namespace {

struct Probe : cli::Invocation
{
    using cli::Invocation::Invocation;
    QString ran;
};

int runA(Probe &p)
{
    p.ran = u"a "_s + p.args.join(u',') + u" "_s + p.values(u"x"_s).join(u',');
    return cli::Done;
}

int runAB(Probe &p)
{
    QDate day;
    int code = cli::Done;
    if (p.isSet(u"day"_s) && !p.dateOption(u"day"_s, &day, &code))
        return code;
    p.ran = u"a b "_s + day.toString(Qt::ISODate) + (p.json() ? u" json"_s : QString());
    return cli::Done;
}

const QList<cli::BasicCommand<Probe>> kTable{
    {u"a"_s, {QCommandLineOption(u"x"_s, QString(), u"X"_s)}, runA, u"a ARG [--x X ...]"_s, false, 1, {}, {u"x"_s}},
    {u"a b"_s,
     {QCommandLineOption(u"day"_s, QString(), u"DATE"_s), QCommandLineOption(u"need"_s, QString(), u"N"_s)},
     runAB,
     u"a b --need N [--day DATE] [--json]"_s,
     true,
     0,
     {u"need"_s}},
};

const cli::Program kProgram{
    u"prog"_s, {QCommandLineOption(u"data"_s, QString(), u"DIR"_s)}, u"prog --data DIR COMMAND"_s, {}, {u"data"_s}};

struct Outcome
{
    int code = -1;
    QString ran;
    QString out;
    QString err;
};

Outcome dispatch(const QStringList &args)
{
    Outcome o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    Probe probe(out, err);
    o.code = cli::run(kProgram, kTable, probe, QStringList{u"prog"_s} + args);
    out.flush();
    err.flush();
    o.ran = probe.ran;
    return o;
}

} // namespace

class TestCliLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheLongestMatchingCommand()
    {
        Outcome o = dispatch(
            {u"--data"_s, u"d"_s, u"a"_s, u"b"_s, u"--need"_s, u"1"_s, u"--day"_s, u"2026-05-01"_s, u"--json"_s});
        QCOMPARE(o.code, int(cli::Done));
        QCOMPARE(o.ran, u"a b 2026-05-01 json"_s);
        // Single-dash words and --name=value are the same options; values are skipped when finding the words.
        o = dispatch({u"-data"_s, u"a"_s, u"a"_s, u"arg"_s, u"-x"_s, u"1"_s, u"--x=2"_s});
        QCOMPARE(o.code, int(cli::Done));
        QCOMPARE(o.ran, u"a arg 1,2"_s);
    }

    void refusesWithUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{u"--data"_s, u"d"_s} << u"No command given."_s;
        QTest::newRow("unknown command") << QStringList{u"--data"_s, u"d"_s, u"zz"_s} << u"Unknown command: zz"_s;
        QTest::newRow("unknown option") << QStringList{u"--data"_s, u"d"_s, u"a"_s, u"p"_s, u"--y"_s, u"1"_s}
                                        << u"Unknown option 'y'."_s;
        QTest::newRow("missing value") << QStringList{u"--data"_s, u"d"_s, u"a"_s, u"p"_s, u"--x"_s}
                                       << u"Missing value after '--x'."_s;
        QTest::newRow("flag with value") << QStringList{u"--data"_s, u"d"_s, u"a"_s,         u"b"_s,
                                                        u"--need"_s, u"1"_s, u"--json=yes"_s}
                                         << u"Unexpected value after '--json'."_s;
        QTest::newRow("json not offered")
            << QStringList{u"--data"_s, u"d"_s, u"a"_s, u"p"_s, u"--json"_s} << u"a has no JSON output."_s;
        QTest::newRow("given twice") << QStringList{u"--data"_s, u"d"_s, u"a"_s,      u"b"_s,
                                                    u"--need"_s, u"1"_s, u"--need"_s, u"2"_s}
                                     << u"--need is given twice."_s;
        QTest::newRow("required missing")
            << QStringList{u"--data"_s, u"d"_s, u"a"_s, u"b"_s} << u"--need is required."_s;
        QTest::newRow("required blank") << QStringList{u"--data"_s, u"d"_s, u"a"_s, u"b"_s, u"--need"_s, u" "_s}
                                        << u"--need is required."_s;
        QTest::newRow("global required") << QStringList{u"a"_s, u"p"_s} << u"--data is required."_s;
        QTest::newRow("too few arguments") << QStringList{u"--data"_s, u"d"_s, u"a"_s} << u"Usage: prog a ARG"_s;
        QTest::newRow("too many arguments")
            << QStringList{u"--data"_s, u"d"_s, u"a"_s, u"p"_s, u"q"_s} << u"Usage: prog a ARG"_s;
        QTest::newRow("bad date") << QStringList{u"--data"_s, u"d"_s, u"a"_s,     u"b"_s,
                                                 u"--need"_s, u"1"_s, u"--day"_s, u"2026-13-01"_s}
                                  << u"--day must be a date written YYYY-MM-DD."_s;
        QTest::newRow("short date") << QStringList{u"--data"_s, u"d"_s, u"a"_s,     u"b"_s,
                                                   u"--need"_s, u"1"_s, u"--day"_s, u"2026-5-1"_s}
                                    << u"--day must be a date written YYYY-MM-DD."_s;
    }

    void refusesWithUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Outcome o = dispatch(args);
        QCOMPARE(o.code, int(cli::Usage));
        QVERIFY2(o.ran.isEmpty(), qPrintable(o.ran));
        QVERIFY2(o.err.startsWith(u"prog: "_s + message), qPrintable(o.err));
        QVERIFY(o.err.contains(u"Run prog --help for the commands."_s));
        QVERIFY(o.out.isEmpty());
    }

    void helpListsOrNamesTheCommand()
    {
        Outcome o = dispatch({u"--help"_s});
        QCOMPARE(o.code, int(cli::Done));
        QVERIFY(o.out.startsWith(u"Usage: prog --data DIR COMMAND"_s));
        QVERIFY(o.out.contains(u"  a b --need N [--day DATE] [--json]\n"_s));
        o = dispatch({u"a"_s, u"b"_s, u"-h"_s});
        QCOMPARE(o.code, int(cli::Done));
        QCOMPARE(o.out, u"prog a b --need N [--day DATE] [--json]\n"_s);
        QVERIFY(o.ran.isEmpty());
    }

    void exitCodeFollowsTheErrorKind()
    {
        QCOMPARE(cli::exitCodeFor(Error::auth(ErrorCode::WrongPassword, u"m"_s)), int(cli::AuthFailed));
        QCOMPARE(cli::exitCodeFor(Error::refused(ErrorCode::Exists, u"m"_s)), int(cli::Refused));
        QCOMPARE(cli::exitCodeFor(Error::invalid(ErrorCode::Date, u"m"_s)), int(cli::Refused));
        QCOMPARE(cli::exitCodeFor(Error::io(ErrorCode::WriteFailed, u"m"_s)), int(cli::Refused));
    }

    void commandWordsSkipOptionValues()
    {
        const auto table = cli::syntaxOf(kTable);
        const QStringList words =
            cli::commandWords(kProgram, table, {u"prog"_s, u"--data"_s, u"a"_s, u"-need"_s, u"b"_s, u"a"_s, u"b"_s});
        QCOMPARE(words, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(cli::findCommand(table, words), 1);
        QCOMPARE(cli::findCommand(table, {u"a"_s, u"c"_s}), 0);
        QCOMPARE(cli::findCommand(table, {u"b"_s}), -1);
    }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_cli_library.moc"
