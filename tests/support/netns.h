#pragma once

#include <QString>
#include <QStringList>

namespace certdesk::test {

// A network namespace joined to this one by a veth pair (host 10.231.N.1/24 ⇄ namespace 10.231.N.2/24), for
// running the county server behind an impaired link. Needs CAP_NET_ADMIN (root, or a container that allows
// it); set-up failures come back as a reason for QSKIP. Everything is deleted again by the destructor.
class NetNamespace
{
public:
    NetNamespace();
    ~NetNamespace();
    NetNamespace(const NetNamespace &) = delete;
    NetNamespace &operator=(const NetNamespace &) = delete;

    bool setUp(QString *why);
    // `tc qdisc add dev <host veth> root netem <netemArgs>` — impairs the host → namespace direction; with
    // bothWays the namespace's side too. False with the reason (sch_netem missing, tc not permitted …).
    bool addNetem(const QStringList &netemArgs, bool bothWays, QString *why);

    // Makes `hostName` resolve to `address` for programs run through wrapper(): `ip netns exec` bind-mounts
    // /etc/netns/NAME/hosts over /etc/hosts. (The county's server certificate names localhost and 127.0.0.1, so
    // a client inside the namespace dials https://localhost:PORT and reaches the server on the host side.)
    bool mapHostName(const QString &hostName, const QString &address, QString *why);

    // Prefix for a command that must run inside the namespace: ip netns exec NAME …
    QStringList wrapper() const;
    QString namespaceAddress() const { return m_nsAddress; }
    QString hostAddress() const { return m_hostAddress; }
    const QString &name() const { return m_name; }

private:
    // Runs a command; output (both streams) in *out. True on exit 0.
    static bool run(const QStringList &command, QString *out = nullptr);

    QString m_name;
    QString m_hostIf;
    QString m_nsIf;
    QString m_hostAddress;
    QString m_nsAddress;
    bool m_created = false;
    bool m_etcCreated = false;
};

} // namespace certdesk::test
