#include "countyprocess.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QtDebug>

#include <csignal>
#include <sys/types.h>

namespace certdesk::test {

namespace {

const QString kCountyBin = QStringLiteral(CERTDESK_COUNTY_BIN);

// `conflicts --json` and `export feedback --format json` are read leniently: a bare array, or the first
// array-valued key among the given names.
QJsonArray arrayOf(const QByteArray &json, const QStringList &keys)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isArray())
        return doc.array();
    const QJsonObject o = doc.object();
    for (const QString &key : keys) {
        if (o.value(key).isArray())
            return o.value(key).toArray();
    }
    return QJsonArray();
}

} // namespace

CliResult runProgram(const QString &program, const QStringList &args, const QByteArray &stdinData,
                     const QProcessEnvironment &env, int timeoutMs, const QStringList &wrapper)
{
    CliResult result;
    result.args = QStringList{program} + args;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (wrapper.isEmpty())
        process.start(program, args);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList{program} + args);
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.exitCode = -2;
    } else {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CountyProcess::CountyProcess(const QString &dataDir, QObject *parent) : QObject(parent), m_dataDir(dataDir) {}

CountyProcess::~CountyProcess()
{
    kill();
}

CliResult CountyProcess::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    return runProgram(kCountyBin, QStringList{QStringLiteral("--data"), m_dataDir} + args, stdinData,
                      QProcessEnvironment::systemEnvironment(), timeoutMs);
}

bool CountyProcess::init(const QString &countyCode, const QString &countyName, const QString &databaseUrl)
{
    QStringList args{QStringLiteral("init"), QStringLiteral("--county-code"), countyCode,
                     QStringLiteral("--county-name"), countyName};
    if (!databaseUrl.isEmpty())
        args << QStringLiteral("--database") << databaseUrl;
    return run(args).succeeded();
}

bool CountyProcess::enroll(const QString &center, const QString &name, const QString &p12Path,
                           const QString &p12Password)
{
    return run({QStringLiteral("enroll"), QStringLiteral("--center"), center, QStringLiteral("--name"), name,
                QStringLiteral("--out"), p12Path},
               p12Password.toUtf8() + '\n')
        .succeeded();
}

bool CountyProcess::revoke(const QString &center)
{
    return run({QStringLiteral("revoke"), QStringLiteral("--center"), center}).succeeded();
}

bool CountyProcess::importFile(const QString &kind, const QString &file, const QString &center)
{
    return run({QStringLiteral("import"), kind, file, QStringLiteral("--center"), center}).succeeded();
}

QJsonObject CountyProcess::workload(const QDate &date)
{
    return workload(date, date);
}

QJsonObject CountyProcess::workload(const QDate &from, const QDate &to, const QString &center)
{
    QStringList args{QStringLiteral("workload"), QStringLiteral("--from"), from.toString(Qt::ISODate),
                     QStringLiteral("--to"),     to.toString(Qt::ISODate), QStringLiteral("--json")};
    if (!center.isEmpty())
        args << QStringLiteral("--center") << center;
    const CliResult r = run(args);
    return r.succeeded() ? r.json() : QJsonObject();
}

QJsonArray CountyProcess::conflicts()
{
    const CliResult r = run({QStringLiteral("conflicts"), QStringLiteral("--json")});
    return r.succeeded() ? arrayOf(r.out, {QStringLiteral("conflicts"), QStringLiteral("rows")}) : QJsonArray();
}

QJsonArray CountyProcess::feedback(const QDate &from, const QDate &to)
{
    const CliResult r =
        run({QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--from"), from.toString(Qt::ISODate),
             QStringLiteral("--to"), to.toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("json")});
    return r.succeeded() ? arrayOf(r.out, {QStringLiteral("results"), QStringLiteral("records"),
                                           QStringLiteral("feedback"), QStringLiteral("rows")})
                         : QJsonArray();
}

bool CountyProcess::start(const QString &listen, const QStringList &wrapper, const QProcessEnvironment &env,
                          int timeoutMs)
{
    kill();
    m_listen = listen;
    m_wrapper = wrapper;
    m_env = env;
    m_output.clear();
    m_serve = new QProcess(this);
    m_serve->setProcessEnvironment(env);
    m_serve->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_serve, &QProcess::readyRead, this, [this] { m_output += m_serve->readAll(); });
    connect(m_serve, &QProcess::finished, this,
            [this](int, QProcess::ExitStatus status) { m_lastExitStatus = status; });
    const QStringList args{QStringLiteral("--data"), m_dataDir, QStringLiteral("serve"), QStringLiteral("--listen"),
                           listen};
    if (wrapper.isEmpty())
        m_serve->start(kCountyBin, args);
    else
        m_serve->start(wrapper.first(), wrapper.mid(1) + QStringList{kCountyBin} + args);
    m_serve->closeWriteChannel();
    static const QRegularExpression ready(QStringLiteral("listening on (\\S+):(\\d+)"));
    QRegularExpressionMatch match;
    const bool up = QTest::qWaitFor(
        [&] {
            match = ready.match(QString::fromUtf8(m_output));
            return match.hasMatch() || m_serve->state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!up || !match.hasMatch()) {
        qWarning("certdesk-county serve --listen %s did not come up:\n%s", qPrintable(listen), m_output.constData());
        kill();
        return false;
    }
    m_host = match.captured(1);
    m_port = match.captured(2).toUShort();
    return true;
}

bool CountyProcess::restart(const QProcessEnvironment &env, int timeoutMs)
{
    const QString host = m_host.isEmpty() ? m_listen.section(QLatin1Char(':'), 0, 0) : m_host;
    const QString listen = m_port ? host + QLatin1Char(':') + QString::number(m_port) : m_listen;
    return start(listen, m_wrapper, env.isEmpty() ? m_env : env, timeoutMs);
}

void CountyProcess::kill()
{
    if (!m_serve)
        return;
    if (m_serve->state() != QProcess::NotRunning) {
        m_serve->kill();
        m_serve->waitForFinished(10000);
    }
    m_output += m_serve->readAll();
    m_serve->deleteLater();
    m_serve = nullptr;
}

bool CountyProcess::stop(int timeoutMs)
{
    if (!m_serve)
        return false;
    m_serve->terminate();
    const bool exited = m_serve->waitForFinished(timeoutMs);
    const bool clean = exited && m_serve->exitStatus() == QProcess::NormalExit && m_serve->exitCode() == 0;
    kill();
    return clean;
}

qint64 CountyProcess::pid() const
{
    return isRunning() ? m_serve->processId() : 0;
}

bool CountyProcess::pause()
{
    return pid() > 0 && ::kill(pid_t(pid()), SIGSTOP) == 0;
}

bool CountyProcess::resume()
{
    return pid() > 0 && ::kill(pid_t(pid()), SIGCONT) == 0;
}

bool CountyProcess::isRunning() const
{
    return m_serve && m_serve->state() != QProcess::NotRunning;
}

bool CountyProcess::waitForOutput(const QByteArray &needle, int timeoutMs, qsizetype from)
{
    return QTest::qWaitFor([&] { return m_output.indexOf(needle, from) >= 0 || !isRunning(); }, timeoutMs) &&
           m_output.indexOf(needle, from) >= 0;
}

bool CountyProcess::waitForExit(int timeoutMs)
{
    return QTest::qWaitFor([&] { return !isRunning(); }, timeoutMs);
}

QString CountyProcess::url() const
{
    return QStringLiteral("https://%1:%2").arg(m_host).arg(m_port);
}

} // namespace certdesk::test
