// init, enroll, enroll-supervisor, revoke, import, withdraw.
#include "countycli_p.h"
#include "countystore.h"
#include "io/importrows.h"
#include "pki.h"
#include "sheet/importfile.h"
#include "supervisorstore.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QJsonObject>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMinBundlePassword = 8;

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}
// What issuing a certificate bundle needs: its password and the CA's key and certificate. False with *code set
// (a usage error or a failure, already printed) when one of them is missing.
struct Issuer
{
    QString password;
    QByteArray caKey;
    QByteArray caCert;
};

bool readIssuer(Invocation &c, Issuer *out, int *code)
{
    // Asked twice on a terminal: a typo would lock the bundle.
    if (!c.secrets.readNew(Invocation::tr("Bundle password") + u": "_s, &out->password)) {
        *code = c.usage(Invocation::tr("No bundle password on stdin."));
        return false;
    }
    if (out->password.size() < kMinBundlePassword) {
        *code = c.fail(Error::invalid(
            ErrorCode::WeakPassword,
            Invocation::tr("The bundle password needs at least %1 characters.").arg(kMinBundlePassword)));
        return false;
    }
    auto caKey = readFileBytes(c.dir.caKey());
    if (!caKey) {
        *code = c.fail(caKey.error());
        return false;
    }
    auto caCert = readFileBytes(c.dir.caCert());
    if (!caCert) {
        *code = c.fail(caCert.error());
        return false;
    }
    out->caKey = caKey.value();
    out->caCert = caCert.value();
    return true;
}

} // namespace

int cmdInit(Invocation &c)
{
    CountyConfig config{c.value(u"county-code"_s).trimmed(), c.value(u"county-name"_s).trimmed(),
                        c.value(u"database"_s).trimmed()};
    if (!validCode(config.countyCode))
        return c.usage(Invocation::tr("--county-code: 1 to 32 letters, digits, '-' or '_'."));
    if (!config.databaseUrl.isEmpty())
        if (auto t = parsePostgresUrl(config.databaseUrl); !t)
            return c.usage(t.error().message);
    if (QFile::exists(c.dir.configFile()))
        return c.fail(Error::refused(ErrorCode::Exists, Invocation::tr("%1 is already initialised.").arg(c.dir.path)));
    for (const QString &d : {c.dir.path, c.dir.caDir}) {
        if (d.isEmpty())
            continue;
        if (!QDir().mkpath(d))
            return c.fail(Error::io(ErrorCode::Mkdir, Invocation::tr("Cannot create %1.").arg(d)));
        QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    QString password;
    if (int code = 0; !c.databasePassword(&password, &code))
        return code;
    // The database first: a wrong URL must not leave a half-initialised directory behind.
    {
        auto db = CountyDb::open(c.dir, config, password);
        if (!db)
            return c.fail(db.error());
    }
    auto ca = makeCountyCa(config.countyCode, config.countyName);
    if (!ca)
        return c.fail(ca.error());
    QStringList dns{u"localhost"_s};
    const QString host = QHostInfo::localHostName();
    if (!host.isEmpty() && host != u"localhost"_s)
        dns << host;
    auto server = makeServerCert(ca->keyPem, ca->certPem, config.countyCode, dns, {u"127.0.0.1"_s, u"::1"_s});
    if (!server)
        return c.fail(server.error());
    for (const auto &[path, bytes, secret] :
         {std::tuple{c.dir.caKey(), ca->keyPem, true}, std::tuple{c.dir.caCert(), ca->certPem, false},
          std::tuple{c.dir.serverKey(), server->keyPem, true}, std::tuple{c.dir.serverCert(), server->certPem, false}})
        if (auto s = writeFileBytes(path, bytes, secret); !s)
            return c.fail(s.error());
    if (auto s = saveConfig(c.dir, config); !s)
        return c.fail(s.error());
    c.out << Invocation::tr("County %1 initialised in %2 (CA: %3).").arg(config.countyCode, c.dir.path, c.dir.caCert())
          << "\n";
    c.out.flush();
    return cli::Done;
}

int cmdEnroll(Invocation &c)
{
    const QString center = c.value(u"center"_s).trimmed();
    const QString name = c.value(u"name"_s).trimmed();
    if (!validCode(center))
        return c.usage(Invocation::tr("--center: 1 to 32 letters, digits, '-' or '_'."));
    int days = daysForYears(kCenterCertYears);
    if (c.isSet(u"days"_s)) { // hidden: tests make short-lived and expired certificates
        bool ok = false;
        days = c.value(u"days"_s).toInt(&ok);
        if (!ok)
            return c.usage(Invocation::tr("--days takes a number."));
    }
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    Issuer issuer;
    if (!readIssuer(c, &issuer, &code))
        return code;
    auto cert = makeCenterCert(issuer.caKey, issuer.caCert, config.countyCode, center, days);
    if (!cert)
        return c.fail(cert.error());
    auto bundle = makePkcs12(cert.value(), issuer.caCert, center, issuer.password);
    if (!bundle)
        return c.fail(bundle.error());
    if (auto s = recordEnrolment(*db, center, name, cert->serial, cert->notAfter, nowUtc()); !s)
        return c.fail(s.error());
    if (auto s = writeFileBytes(c.value(u"out"_s), bundle.value(), true); !s)
        return c.fail(s.error());
    c.out << Invocation::tr("Center %1 enrolled (certificate serial %2, valid until %3): %4")
                 .arg(center, cert->serial, cert->notAfter.toString(Qt::ISODate), c.value(u"out"_s))
          << "\n";
    c.out.flush();
    return cli::Done;
}

int cmdRevoke(Invocation &c)
{
    const bool center = c.isSet(u"center"_s);
    if (center == c.isSet(u"supervisor"_s))
        return c.usage(Invocation::tr("revoke takes one of --center CODE or --supervisor NAME."));
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    const QString who = c.value(center ? u"center"_s : u"supervisor"_s).trimmed();
    auto n = center ? revokeCenter(*db, who, nowUtc()) : revokeSupervisor(*db, who, nowUtc());
    if (!n)
        return c.fail(n.error());
    c.out << (center ? Invocation::tr("Center %1: %2 certificate(s) revoked.")
                     : Invocation::tr("Supervisor %1: %2 certificate(s) revoked."))
                 .arg(who)
                 .arg(n.value())
          << "\n";
    c.out.flush();
    return cli::Done;
}

// A supervisor's certificate (OU=certdesk-supervisor): reads the reports (the console), never pushes or pulls.
int cmdEnrollSupervisor(Invocation &c)
{
    const QString name = c.value(u"name"_s).trimmed();
    if (!validSupervisorName(name))
        return c.usage(Invocation::tr("--name: 1 to 64 letters, digits, '_', '.' or '-'."));
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    Issuer issuer;
    if (!readIssuer(c, &issuer, &code))
        return code;
    auto cert = makeClientCert(issuer.caKey, issuer.caCert, config.countyCode, name, QLatin1String(kSupervisorOu),
                               daysForYears(kCenterCertYears));
    if (!cert)
        return c.fail(cert.error());
    auto bundle = makePkcs12(cert.value(), issuer.caCert, name, issuer.password);
    if (!bundle)
        return c.fail(bundle.error());
    if (auto s = recordSupervisor(*db, name, cert->serial, cert->notAfter, nowUtc()); !s)
        return c.fail(s.error());
    if (auto s = writeFileBytes(c.value(u"out"_s), bundle.value(), true); !s)
        return c.fail(s.error());
    c.out << Invocation::tr("Supervisor %1 enrolled (certificate serial %2, valid until %3): %4")
                 .arg(name, cert->serial, cert->notAfter.toString(Qt::ISODate), c.value(u"out"_s))
          << "\n";
    c.out.flush();
    return cli::Done;
}

namespace {
int printSummary(Invocation &c, const char *kind, const ImportSummary &s)
{
    if (c.json()) {
        c.printJson(QJsonObject{{u"kind"_s, QString::fromLatin1(kind)},
                                {u"rows"_s, s.rows},
                                {u"added"_s, s.added},
                                {u"updated"_s, s.updated},
                                {u"reassigned"_s, s.reassigned},
                                {u"unchanged"_s, s.unchanged}});
    } else {
        c.out << Invocation::tr("%1 rows: %2 added, %3 updated, %4 moved from another center, %5 unchanged.")
                     .arg(s.rows)
                     .arg(s.added)
                     .arg(s.updated)
                     .arg(s.reassigned)
                     .arg(s.unchanged)
              << "\n";
        c.out.flush();
    }
    return cli::Done;
}
} // namespace

int cmdImport(Invocation &c)
{
    const QString kind = c.args.at(0);
    if (kind != u"forms"_s && kind != u"deaths"_s)
        return c.usage(Invocation::tr("import forms|deaths FILE --center CODE"));
    const QString center = c.value(u"center"_s).trimmed();
    if (kind == u"forms"_s && center.isEmpty())
        return c.usage(Invocation::tr("--center is required: forms are assigned to one center."));
    TextEncoding encoding = TextEncoding::Auto;
    if (c.isSet(u"encoding"_s) && !encodingFromName(c.value(u"encoding"_s), &encoding))
        return c.usage(Invocation::tr("--encoding is auto, utf-8 or gb18030."));
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    if (!center.isEmpty()) {
        auto known = centerExists(*db, center);
        if (!known)
            return c.fail(known.error());
        if (!known.value())
            return c.fail(Error::refused(ErrorCode::UnknownCenter,
                                         Invocation::tr("No center %1 is enrolled (enroll it first).").arg(center)));
    }
    auto bytes = readFileBytes(c.args.at(1));
    if (!bytes)
        return c.fail(bytes.error());
    const QDate today = QDate::currentDate();
    auto report = [&](const QList<RowError> &errors) {
        for (const RowError &e : errors)
            c.err << Invocation::tr("line %1: %2").arg(e.line).arg(e.reason) << "\n";
        c.err << Invocation::tr("Nothing imported: %1 bad row(s).").arg(errors.size()) << "\n";
        c.err.flush();
        return cli::Refused;
    };
    if (kind == u"forms"_s) {
        auto parsed = parseFormFile(bytes.value(), encoding, c.value(u"sheet"_s), today);
        if (!parsed)
            return c.fail(parsed.error());
        if (!parsed->errors.isEmpty())
            return report(parsed->errors);
        auto sum = importForms(*db, center, parsed->rows, nowUtc());
        if (!sum)
            return c.fail(sum.error());
        return printSummary(c, "forms", sum.value());
    }
    auto parsed = parseDeathFile(bytes.value(), encoding, c.value(u"sheet"_s), today);
    if (!parsed)
        return c.fail(parsed.error());
    if (!parsed->errors.isEmpty())
        return report(parsed->errors);
    auto sum = importDeaths(*db, center, parsed->rows, nowUtc());
    if (!sum)
        return c.fail(sum.error());
    return printSummary(c, "deaths", sum.value());
}

int cmdWithdraw(Invocation &c)
{
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    QStringList forms;
    for (const QString &f : c.values(u"form"_s))
        forms << f.trimmed();
    auto sum = withdrawForms(*db, forms, nowUtc());
    if (!sum)
        return c.fail(sum.error());
    return printSummary(c, "withdrawals", sum.value());
}

} // namespace certdesk::county
