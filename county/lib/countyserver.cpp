#include "countyserver.h"

#include "auditheads.h"
#include "centerreports.h"
#include "countylog.h"
#include "countystore.h"
#include "pki.h"
#include "protocol/codec.h"
#include "pushprocessor.h"
#include "requesthead.h"
#include "supervisorstore.h"

#include "countyserver_p.h"
#include "dbpool.h"

#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

namespace certdesk::county {

using namespace Qt::StringLiterals;
using protocol::ErrorBody;

namespace {

int statusForDecodeError(const Error &e)
{
    return e.code == ErrorCode::TooLarge ? 413 : 400;
}

} // namespace

CountyServer::CountyServer(CountyDb &db, CountyConfig config, QObject *parent)
    : QObject(parent), m_db(db), m_config(std::move(config))
{}

CountyServer::~CountyServer() = default;

Result<quint16> CountyServer::start(const DataDir &dir, const QHostAddress &address, quint16 port)
{
    auto keyPem = readFileBytes(dir.serverKey());
    auto certPem = readFileBytes(dir.serverCert());
    auto caPem = readFileBytes(dir.caCert());
    if (!keyPem)
        return keyPem.error();
    if (!certPem)
        return certPem.error();
    if (!caPem)
        return caPem.error();
    const QSslKey key(keyPem.value(), QSsl::Ec, QSsl::Pem);
    const QList<QSslCertificate> cert = QSslCertificate::fromData(certPem.value(), QSsl::Pem);
    m_ca = QSslCertificate::fromData(caPem.value(), QSsl::Pem);
    if (auto escrowPem = readFileBytes(dir.file("escrow.pub")))
        m_escrowKey = escrowPem.value();
    if (key.isNull() || cert.isEmpty() || m_ca.isEmpty())
        return Error::io(ErrorCode::ServerKeys,
                         tr("The server key pair or the county CA in %1 is unreadable.").arg(dir.path));

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(cert.first());
    ssl.setPrivateKey(key);
    ssl.setCaCertificates(m_ca); // the county CA only: no system roots
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    // HTTP/1.1 only: the size guard reads HTTP/1 request heads (Qt 6.8's server would otherwise offer h2 by ALPN).
    ssl.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});

    m_tcp = new QSslServer(this);
    m_tcp->setSslConfiguration(ssl);
    connect(m_tcp, &QSslServer::startedEncryptionHandshake, this, &CountyServer::guardSocket);
    if (!m_tcp->listen(address, port))
        return Error::io(ErrorCode::Listen,
                         tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_tcp->errorString()));
    m_http = std::make_unique<CountyHttp>(*this);
    m_http->bind(m_tcp);
    // Each worker opens its own connection on its own thread, the way the server's own was opened.
    m_pool = std::make_unique<DbPool>(m_limits.workers, [dir, config = m_config, password = m_password] {
        return CountyDb::open(dir, config, password);
    });
    m_refresh = new QTimer(this);
    m_refresh->setInterval(m_limits.revocationRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &CountyServer::refreshRevocations);
    m_refresh->start();
    refreshRevocations();
    return m_tcp->serverPort();
}

void CountyServer::dispatch(const QByteArray &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &body, const QSslCertificate &peer,
                            std::function<void(const HttpAnswer &)> done)
{
    m_pool->submit([this, method, path, query, body, peer, done = std::move(done)](CountyDb *db) {
        HttpAnswer a = db ? handle(*db, method, path, body, peer, &query)
                          : errorAnswer(500, ErrorCode::Internal, tr("The county database is unavailable."));
        QMetaObject::invokeMethod(
            this,
            [this, a, done] {
                if (!a.refusedSerial.isEmpty())
                    m_refusedSerials.insert(a.refusedSerial); // its next request is refused from the head
                done(a);
            },
            Qt::QueuedConnection);
    });
}

// The serials refused from a request head: every revoked certificate, centers' and supervisors' (the CLI revokes
// in another process, so they are reloaded now and then; the check on the worker stays the authority).
void CountyServer::refreshRevocations()
{
    m_pool->submit([this](CountyDb *db) {
        if (!db)
            return;
        auto q = db->run(u"SELECT serial FROM certificates WHERE revoked_at IS NOT NULL UNION "
                         "SELECT serial FROM supervisor_certificates WHERE revoked_at IS NOT NULL"_s);
        if (!q) {
            qCWarning(lcCountyDb) << "revocations not read:" << q.error().codeWord();
            return;
        }
        QSet<QString> revoked;
        while (q->next())
            revoked.insert(q->value(0).toString());
        QMetaObject::invokeMethod(
            this, [this, revoked] { m_refusedSerials = revoked; }, Qt::QueuedConnection);
    });
}

HttpAnswer CountyServer::handle(CountyDb &db, const QByteArray &method, const QString &path, const QByteArray &body,
                                const QSslCertificate &peer, const QUrlQuery *query) const
{
    if (peer.isNull())
        return errorAnswer(401, ErrorCode::NoCertificate, tr("A client certificate issued by the county is required."));
    if (!peer.issuerInfo(QSslCertificate::CommonName).isEmpty() && !m_ca.isEmpty() &&
        peer.issuerDisplayName() != m_ca.first().subjectDisplayName())
        return errorAnswer(403, ErrorCode::Revoked, tr("The certificate was not issued by this county."));
    const QString serial = normaliseSerial(QString::fromLatin1(peer.serialNumber()));
    const bool reports = path.startsWith(QLatin1String(kReportsPrefix));
    // The role is the certificate's OU, and each role's serials live in their own table: a supervisor's serial is
    // unknown as a center's and the reverse, so neither can borrow the other's endpoints.
    if (peer.subjectInfo(QSslCertificate::OrganizationalUnitName).contains(QLatin1String(kSupervisorOu))) {
        auto sup = supervisorForSerial(db, serial);
        if (!sup)
            return errorAnswer(500, ErrorCode::Internal, tr("The county database is unavailable."));
        const QStringList cn = peer.subjectInfo(QSslCertificate::CommonName);
        if (!sup->known || sup->revoked || cn.isEmpty() || cn.first() != sup->name) {
            HttpAnswer refused =
                errorAnswer(403, ErrorCode::Revoked, tr("This supervisor certificate is revoked or unknown."));
            refused.refusedSerial = serial;
            return refused;
        }
        HttpAnswer answer =
            reports ? reportsAnswer(db, m_config, method, path, query ? *query : QUrlQuery(), body, sup->name)
                    : errorAnswer(403, ErrorCode::Forbidden, tr("A supervisor certificate reads reports only."));
        answer.center = u"supervisor"_s;
        return answer;
    }
    auto id = identityForSerial(db, serial);
    if (!id)
        return errorAnswer(500, ErrorCode::Internal, tr("The county database is unavailable."));
    const QStringList cn = peer.subjectInfo(QSslCertificate::CommonName);
    if (!id->known || id->revoked || cn.isEmpty() || cn.first() != id->code) {
        HttpAnswer refused = errorAnswer(403, ErrorCode::Revoked, tr("This center certificate is revoked or unknown."));
        refused.refusedSerial = serial;
        return refused;
    }
    HttpAnswer answer = route(db, method, path, body, id.value(), serial);
    answer.center = id->code;
    return answer;
}

HttpAnswer CountyServer::route(CountyDb &db, const QByteArray &method, const QString &path, const QByteArray &body,
                               const CenterIdentity &id, const QString &serial) const
{
    const bool isPost = method == "POST";
    if (path.startsWith(QLatin1String(kReportsPrefix)))
        return errorAnswer(403, ErrorCode::Forbidden, tr("A center certificate cannot read the county's reports."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Any contact counts as "last contact" (the Centers report), even a pull with nothing to say.
    if (auto s = recordContact(db, id.code, now); !s)
        qCWarning(lcCountyDb) << "contact not recorded:" << s.error().codeWord();
    if (path == QLatin1String(protocol::kPathHello)) {
        if (method != "GET")
            return errorAnswer(405, ErrorCode::MethodNotAllowed, tr("Use GET."));
        protocol::HelloResponse h{
            m_config.countyCode, m_config.countyName, id.code, id.name, QDateTime::currentDateTimeUtc(), m_escrowKey};
        if (auto s = readCenterProfile(db, id.code, &h); !s) {
            qCWarning(lcCountyDb) << "hello failed:" << s.error().codeWord();
            return errorAnswer(500, ErrorCode::Internal, tr("The county database failed; try again later."));
        }
        return {200, protocol::serialize(protocol::encodeHello(h))};
    }
    if (path != QLatin1String(protocol::kPathPull) && path != QLatin1String(protocol::kPathPush))
        return errorAnswer(404, ErrorCode::NotFound, tr("No such endpoint."));
    if (!isPost)
        return errorAnswer(405, ErrorCode::MethodNotAllowed, tr("Use POST."));
    auto envelope = protocol::parseEnvelope(body);
    if (!envelope)
        return errorAnswer(statusForDecodeError(envelope.error()), envelope.error().code, envelope.error().message);
    if (path == QLatin1String(protocol::kPathPull)) {
        auto req = protocol::decodePullRequest(envelope.value());
        if (!req)
            return errorAnswer(400, ErrorCode::BadRequest, req.error().message);
        CenterContact contact{req->programVersion, req->centerTime.isValid(), 0, req->waiting};
        if (req->centerTime.isValid())
            contact.clockOffsetMs = now.msecsTo(req->centerTime);
        if (auto s = recordContact(db, id.code, now, contact); !s)
            qCWarning(lcCountyDb) << "contact not recorded:" << s.error().codeWord();
        if (auto s = storeCenterReport(db, id.code, req.value(), QDateTime::currentDateTimeUtc()); !s) {
            qCWarning(lcCountyDb) << "center report failed:" << s.error().codeWord();
            return errorAnswer(500, ErrorCode::Internal, tr("The county database failed; try again later."));
        }
        auto page = pullPage(db, id.code, req->cursor, req->limit, req->deskRecords);
        if (!page) {
            // The code only: a driver message can quote row values (PostgreSQL DETAIL lines).
            qCWarning(lcCountyDb) << "pull failed:" << page.error().codeWord();
            return errorAnswer(500, ErrorCode::Internal, tr("The county database failed; try again later."));
        }
        return {200, page.value()};
    }
    auto values = protocol::pushRecordValues(envelope.value());
    if (!values)
        return errorAnswer(400, ErrorCode::BadRequest, values.error().message);
    auto claim = protocol::decodeAuditClaim(envelope.value());
    if (!claim)
        return errorAnswer(400, ErrorCode::BadRequest, claim.error().message);
    protocol::AuditHead accepted;
    protocol::AuditHead countyHead;
    auto result = processPush(db, id.code, values.value(), now, [&]() -> Status {
        auto head = acceptAuditHead(db, serial, id.code, claim.value(), now, &countyHead);
        if (!head)
            return head.error();
        accepted = head.value();
        return {};
    });
    const auto audit = [](ErrorCode c) {
        return c == ErrorCode::AuditRewritten || c == ErrorCode::AuditGap || c == ErrorCode::AuditMissing;
    };
    if (!result && audit(result.error().code)) {
        // Visible at the county: the access log's status, a warning with the heads' numbers, and a row of its own.
        qCWarning(lcCountyHttp).noquote() << "audit head refused:" << id.code << result.error().codeWord() << "county #"
                                          << countyHead.seq << "desk #" << claim->head.seq;
        if (auto s = recordAuditRefusal(db, serial, id.code, result.error().codeWord(), countyHead, claim->head, now);
            !s)
            qCWarning(lcCountyDb) << "audit refusal not recorded:" << s.error().codeWord();
        ErrorBody e{result.error().codeWord(), result.error().message, countyHead};
        return {409, protocol::serialize(protocol::encodeError(e))};
    }
    if (!result) {
        qCWarning(lcCountyDb) << "push failed:" << result.error().codeWord(); // the code only, as above
        return errorAnswer(500, ErrorCode::Internal,
                           tr("The county database failed; nothing was stored, try again later."));
    }
    result->auditHead = accepted;
    return {200, protocol::serialize(protocol::encodePushResponse(result.value()))};
}

} // namespace certdesk::county
