#include "pgcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QtDebug>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdesk::test {

namespace {

const QString kSystemUser = QStringLiteral("postgres");

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Hands the folder to the postgres system user: initdb and the server must own their data directory.
bool giveToPostgres(const QString &path, QString *why)
{
    const passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        *why =
            QStringLiteral("running as root and there is no 'postgres' system user (install the postgresql package)");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0 ||
        ::chmod(QFile::encodeName(path).constData(), 0700) != 0) {
        *why = QStringLiteral("cannot hand %1 to the postgres user").arg(path);
        return false;
    }
    return true;
}

} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString PgCluster::binDir()
{
    // Debian's layout: /usr/lib/postgresql/<major>/bin; 15 is Debian 12's, newer majors also work.
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &major : majors) {
        const QString bin = root.filePath(major + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    return QString();
}

PgCluster::~PgCluster()
{
    stop();
}

bool PgCluster::runTool(const QString &program, const QStringList &args, QString *output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path()); // readable by postgres, unlike the test's own folder maybe
    const QString tool = m_bin + QLatin1Char('/') + program;
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), kSystemUser, QStringLiteral("--"), tool} + args);
    else
        process.start(tool, args);
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    process.waitForFinished(5000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgCluster::start(QString *why)
{
    QString dummy;
    if (!why)
        why = &dummy;
    m_bin = binDir();
    if (m_bin.isEmpty()) {
        *why = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; "
                              "scripts/setup.sh test installs it)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/certdesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *why = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (runningAsRoot() && !giveToPostgres(m_dir->path(), why))
        return false;
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QString out;
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                  user(), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")},
                 &out)) {
        *why = QStringLiteral("initdb failed: ") + out.trimmed();
        return false;
    }
    // A free port can be taken between probing and binding: try a few.
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                           "-c full_page_writes=off -c max_connections=200")
                .arg(m_port)
                .arg(m_dir->path());
        m_running = runTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
                             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"),
                             options, QStringLiteral("start")},
                            &out);
    }
    if (!m_running) {
        QFile log(m_dir->filePath(QStringLiteral("log")));
        const QString tail =
            log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(2000)) : QString();
        *why = QStringLiteral("the PostgreSQL server did not start: ") + out.trimmed() + QLatin1Char('\n') + tail;
        return false;
    }
    return true;
}

bool PgCluster::createDatabase(const QString &name)
{
    QString out;
    const bool ok = runTool(QStringLiteral("createdb"),
                            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                             QString::number(m_port), QStringLiteral("-U"), user(), name},
                            &out);
    if (!ok)
        qWarning("createdb %s failed: %s", qPrintable(name), qPrintable(out));
    return ok;
}

bool PgCluster::query(const QString &database, const QString &sql, QStringList *rows) const
{
    QString out;
    const bool ok =
        runTool(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                 QStringLiteral("-U"), user(), QStringLiteral("-d"), database, QStringLiteral("-c"), sql},
                &out);
    if (!ok)
        qWarning("psql failed: %s", qPrintable(out));
    else if (rows)
        *rows = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return ok;
}

QString PgCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user()).arg(m_port).arg(database);
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            nullptr);
    m_running = false;
}

} // namespace certdesk::test
