#include "netns.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace certdesk::test {

NetNamespace::NetNamespace()
{
    // Unique per test process (interface names are limited to 15 characters).
    const qint64 pid = ::getpid();
    m_name = QStringLiteral("certdesk-%1").arg(pid);
    m_hostIf = QStringLiteral("cdh%1").arg(pid % 1000000);
    m_nsIf = QStringLiteral("cdn%1").arg(pid % 1000000);
    const int subnet = int(pid % 250) + 1;
    m_hostAddress = QStringLiteral("10.231.%1.1").arg(subnet);
    m_nsAddress = QStringLiteral("10.231.%1.2").arg(subnet);
}

NetNamespace::~NetNamespace()
{
    if (m_etcCreated)
        QDir(QStringLiteral("/etc/netns/") + m_name).removeRecursively();
    if (!m_created)
        return;
    // Deleting the namespace destroys its end of the pair and with it the host end.
    run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), m_name});
    run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"), m_hostIf});
}

bool NetNamespace::run(const QStringList &command, QString *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    const bool finished = p.waitForStarted(5000) && p.waitForFinished(20000);
    if (out)
        *out = QString::fromLocal8Bit(p.readAll()).trimmed();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList NetNamespace::wrapper() const
{
    return {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), m_name};
}

bool NetNamespace::setUp(QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty() &&
        QStandardPaths::findExecutable(QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
            .isEmpty()) {
        *why = QStringLiteral("the 'ip' tool (iproute2) is not installed");
        return false;
    }
    QString out;
    if (!run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), m_name}, &out)) {
        *why = QStringLiteral("network namespaces are not permitted here (ip netns add: %1)").arg(out);
        return false;
    }
    m_created = true;
    const QString ip = QStringLiteral("ip");
    const QList<QStringList> steps{
        {ip, QStringLiteral("link"), QStringLiteral("add"), m_hostIf, QStringLiteral("type"), QStringLiteral("veth"),
         QStringLiteral("peer"), QStringLiteral("name"), m_nsIf},
        {ip, QStringLiteral("link"), QStringLiteral("set"), m_nsIf, QStringLiteral("netns"), m_name},
        {ip, QStringLiteral("addr"), QStringLiteral("add"), m_hostAddress + QStringLiteral("/24"),
         QStringLiteral("dev"), m_hostIf},
        {ip, QStringLiteral("link"), QStringLiteral("set"), m_hostIf, QStringLiteral("up")},
        wrapper() + QStringList{ip, QStringLiteral("addr"), QStringLiteral("add"), m_nsAddress + QStringLiteral("/24"),
                                QStringLiteral("dev"), m_nsIf},
        wrapper() + QStringList{ip, QStringLiteral("link"), QStringLiteral("set"), m_nsIf, QStringLiteral("up")},
        wrapper() +
            QStringList{ip, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
    };
    for (const QStringList &step : steps) {
        if (!run(step, &out)) {
            *why = QStringLiteral("cannot set up the veth link (%1: %2)").arg(step.join(QLatin1Char(' ')), out);
            return false;
        }
    }
    return true;
}

bool NetNamespace::addNetem(const QStringList &netemArgs, bool bothWays, QString *why)
{
    QString out;
    const QStringList qdisc{QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("add"),
                            QStringLiteral("dev")};
    const QStringList netem{QStringLiteral("root"), QStringLiteral("netem")};
    if (!run(qdisc + QStringList{m_hostIf} + netem + netemArgs, &out) ||
        (bothWays && !run(wrapper() + qdisc + QStringList{m_nsIf} + netem + netemArgs, &out))) {
        *why = QStringLiteral("tc netem is not available here (%1); the kernel needs sch_netem "
                              "(modprobe sch_netem) and tc needs CAP_NET_ADMIN")
                   .arg(out);
        return false;
    }
    return true;
}

} // namespace certdesk::test

namespace certdesk::test {

bool NetNamespace::mapHostName(const QString &hostName, const QString &address, QString *why)
{
    const QString dir = QStringLiteral("/etc/netns/") + m_name;
    if (!QDir().mkpath(dir)) {
        *why = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    m_etcCreated = true;
    QFile hosts(dir + QStringLiteral("/hosts"));
    if (!hosts.open(QIODevice::WriteOnly) ||
        hosts.write((address + QLatin1Char(' ') + hostName + QLatin1Char('\n')).toUtf8()) < 0) {
        *why = QStringLiteral("cannot write %1").arg(hosts.fileName());
        return false;
    }
    return true;
}

} // namespace certdesk::test
