// server-cert and renew: the county server's TLS certificate for the host name the centers really use, issued by
// the county CA whose key lives apart (--ca-dir). The running server picks a new certificate up when restarted.
#include "countycli_p.h"
#include "pki.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

int issueServerCert(Invocation &c, const QStringList &dns, const QStringList &ips)
{
    auto config = loadConfig(c.dir);
    if (!config)
        return c.fail(config.error());
    auto caKey = readFileBytes(c.dir.caKey());
    if (!caKey)
        return c.fail(Error::io(ErrorCode::NoCaKey, Invocation::tr("The CA key is not at %1; give its directory with "
                                                                   "--ca-dir.")
                                                        .arg(c.dir.caKey())));
    auto caCert = readFileBytes(c.dir.caCert());
    if (!caCert)
        return c.fail(caCert.error());
    auto server = makeServerCert(caKey.value(), caCert.value(), config->countyCode, dns, ips);
    if (!server)
        return c.fail(server.error());
    // The key first: a certificate next to a key it does not belong to would not start at all, which is found at
    // once; the reverse order could leave an old key serving a certificate that names it no longer.
    if (auto s = writeFileBytes(c.dir.serverKey(), server->keyPem, true); !s)
        return c.fail(s.error());
    if (auto s = writeFileBytes(c.dir.serverCert(), server->certPem, false); !s)
        return c.fail(s.error());
    c.out << Invocation::tr("Server certificate %1 for %2, valid until %3: %4. Restart serve to use it.")
                 .arg(server->serial, (dns + ips).join(u", "_s), server->notAfter.toString(Qt::ISODate),
                      c.dir.serverCert())
          << "\n";
    c.out.flush();
    return cli::Done;
}

} // namespace

int cmdServerCert(Invocation &c)
{
    static const QRegularExpression hostName(u"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                                             "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    const QStringList dns = c.values(u"dns"_s);
    const QStringList ips = c.values(u"ip"_s);
    if (dns.isEmpty())
        return c.usage(Invocation::tr("server-cert needs at least one --dns NAME (the name centers connect to)."));
    for (const QString &d : dns)
        if (!hostName.match(d).hasMatch())
            return c.usage(Invocation::tr("--dns %1 is not a host name.").arg(d));
    QStringList normalised;
    for (const QString &ip : ips) {
        const QHostAddress a(ip);
        if (a.isNull())
            return c.usage(Invocation::tr("--ip %1 is not an IP address.").arg(ip));
        normalised << a.toString();
    }
    return issueServerCert(c, dns, normalised);
}

int cmdRenew(Invocation &c)
{
    const auto certs = QSslCertificate::fromPath(c.dir.serverCert(), QSsl::Pem);
    if (certs.isEmpty())
        return c.fail(Error::io(ErrorCode::Read,
                                Invocation::tr("Cannot read the server certificate %1.").arg(c.dir.serverCert())));
    const auto names = certs.first().subjectAlternativeNames();
    return issueServerCert(c, names.values(QSsl::DnsEntry), names.values(QSsl::IpAddressEntry));
}

} // namespace certdesk::county
