#include "countyserver.h"

#include "centerreports.h"
#include "countylog.h"
#include "countystore.h"
#include "pki.h"
#include "protocol/codec.h"
#include "pushprocessor.h"
#include "requesthead.h"
#include "supervisorstore.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace certdesk::county {

using namespace Qt::StringLiterals;
using protocol::ErrorBody;

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
const char kDrainProperty[] = "certdesk_drain";
const char kDrainLeftProperty[] = "certdesk_drain_left";
// A refused request's body is read and thrown away before closing: closing with unread data makes the kernel
// send a reset, and a client still uploading then sees "connection closed" instead of the refusal. Bounded, so a
// client cannot keep the socket busy: at most this many bytes, for at most this long.
constexpr qint64 kMaxDrainBytes = 4 * protocol::kMaxBodyBytes;
constexpr int kMaxDrainMs = 5000;

HttpAnswer errorAnswer(int status, ErrorCode code, const QString &message)
{
    return {status, protocol::serialize(protocol::encodeError(ErrorBody{errorCodeWord(code), message}))};
}

int statusForDecodeError(const Error &e)
{
    return e.code == ErrorCode::TooLarge ? 413 : 400;
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    default:
        return "OTHER";
    }
}

QByteArray rawResponse(int status, const char *reason, const HttpAnswer &a)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body;
}

// The access log line: center code (or "-"), method, endpoint, status, duration. Nothing of the body.
void logRequest(const QString &center, const QByteArray &method, const QString &path, int status, qint64 ms)
{
    qCInfo(lcCountyHttp).noquote() << (center.isEmpty() ? u"-"_s : center) << method.constData() << path << status
                                   << QString::number(ms) + u" ms"_s;
}

// The request path, kept only when it is one of the protocol's endpoints (anything else is logged as "other").
QString loggedPath(const QString &path)
{
    for (const char *known : {protocol::kPathHello, protocol::kPathPull, protocol::kPathPush})
        if (path == QLatin1String(known))
            return path;
    static const QStringList reports{u"overview"_s,    u"centers"_s, u"workload"_s, u"review"_s,
                                     u"review/mark"_s, u"open"_s,    u"feedback"_s};
    if (path.startsWith(QLatin1String(kReportsPrefix)) && reports.contains(path.mid(int(strlen(kReportsPrefix)))))
        return path;
    return u"other"_s;
}

} // namespace

// The HTTP layer: QAbstractHttpServer's virtuals changed between 6.4 (socket) and 6.7+ (responder); the peer
// certificate is reachable through the socket (6.4) or QHttpServerRequest::sslConfiguration() (6.7+).
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
#error "certdesk-county needs Qt 6.4 or Qt 6.7+: Qt 6.5/6.6 give the HTTP layer no access to the client certificate"
#endif
class CountyHttp : public QAbstractHttpServer
{
public:
    explicit CountyHttp(CountyServer &server) : m_server(server) {}

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto *ssl = qobject_cast<QSslSocket *>(socket);
        QHttpServerResponder responder = makeResponder(request, socket);
        answer(request, ssl ? ssl->peerCertificate() : QSslCertificate(), responder);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        answer(request, request.sslConfiguration().peerCertificate(), responder);
        return true;
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &&) override {}
#else
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &) override {}
#endif
#endif

private:
    void answer(const QHttpServerRequest &request, const QSslCertificate &peer, QHttpServerResponder &responder)
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray method = methodName(request.method());
        const QUrlQuery query(request.url());
        const HttpAnswer a = m_server.handle(method, request.url().path(), request.body(), peer, &query);
        logRequest(a.center, method, loggedPath(request.url().path()), a.status, timer.elapsed());
        responder.write(a.body, QByteArrayLiteral("application/json"),
                        static_cast<QHttpServerResponder::StatusCode>(a.status));
    }

    CountyServer &m_server;
};

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
    return m_tcp->serverPort();
}

// Refuses an oversized request from its headers, before the HTTP layer buffers the body. This slot is connected
// before the HTTP layer's own readyRead handler, so it sees every request's first bytes first.
void CountyServer::guardSocket(QSslSocket *socket)
{
    // No Nagle: a response written in pieces would otherwise wait for the client's delayed ACK (~40 ms per
    // request/response on a keep-alive connection: seconds over a run of push batches or pull pages).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QSslSocket::readyRead, socket, [socket] {
        if (socket->property(kDrainProperty).toBool()) {
            const qint64 left = socket->property(kDrainLeftProperty).toLongLong() - socket->readAll().size();
            socket->setProperty(kDrainLeftProperty, left);
            if (left <= 0)
                socket->disconnectFromHost();
            return;
        }
        const HeadVerdict v =
            inspectRequestHead(socket->peek(kMaxHeaderBytes), kMaxHeaderBytes, protocol::kMaxBodyBytes);
        if (v.kind != HeadVerdict::Kind::Refused)
            return; // the middle of a body, headers still arriving, or nothing to refuse
        const qsizetype end = v.headEnd;
        const qint64 bodyLength = v.bodyLength; // unknown (-1): drain up to the bound
        HttpAnswer refusal;
        const char *reason = nullptr;
        switch (v.refusal) {
        case HeadVerdict::Refusal::HeadersTooLarge:
            refusal = errorAnswer(431, ErrorCode::TooLarge, tr("The request headers are too large."));
            reason = "Request Header Fields Too Large";
            break;
        case HeadVerdict::Refusal::BodyTooLarge:
            refusal = errorAnswer(413, ErrorCode::TooLarge, tr("The request body is larger than the limit."));
            reason = "Payload Too Large";
            break;
        case HeadVerdict::Refusal::LengthRequired:
            refusal = errorAnswer(411, ErrorCode::BadRequest, tr("A Content-Length is required."));
            reason = "Length Required";
            break;
        case HeadVerdict::Refusal::None:
            return;
        }
        // What is still to come of this request: the rest of the announced body (the head is in the buffer).
        const qint64 expected =
            end >= 0 && bodyLength >= 0 ? end + 4 + qMin(bodyLength, kMaxDrainBytes) : kMaxDrainBytes;
        const QByteArray head = socket->peek(kMaxHeaderBytes);
        const QByteArray firstLine = head.left(head.indexOf("\r\n"));
        const QList<QByteArray> words = firstLine.split(' ');
        logRequest(QString(), words.value(0).left(8),
                   loggedPath(QString::fromLatin1(words.value(1)).section(QLatin1Char('?'), 0, 0)), refusal.status, 0);
        socket->setProperty(kDrainProperty, true);
        socket->setProperty(kDrainLeftProperty, expected - socket->readAll().size());
        socket->write(rawResponse(refusal.status, reason, refusal));
        if (socket->property(kDrainLeftProperty).toLongLong() <= 0) {
            socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(kMaxDrainMs, socket, [socket] { socket->disconnectFromHost(); });
    });
}

HttpAnswer CountyServer::handle(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QSslCertificate &peer, const QUrlQuery *query)
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
        auto sup = supervisorForSerial(m_db, serial);
        if (!sup)
            return errorAnswer(500, ErrorCode::Internal, tr("The county database is unavailable."));
        const QStringList cn = peer.subjectInfo(QSslCertificate::CommonName);
        if (!sup->known || sup->revoked || cn.isEmpty() || cn.first() != sup->name)
            return errorAnswer(403, ErrorCode::Revoked, tr("This supervisor certificate is revoked or unknown."));
        HttpAnswer answer =
            reports ? reportsAnswer(m_db, m_config, method, path, query ? *query : QUrlQuery(), body, sup->name)
                    : errorAnswer(403, ErrorCode::Forbidden, tr("A supervisor certificate reads reports only."));
        answer.center = u"supervisor"_s;
        return answer;
    }
    auto id = identityForSerial(m_db, serial);
    if (!id)
        return errorAnswer(500, ErrorCode::Internal, tr("The county database is unavailable."));
    const QStringList cn = peer.subjectInfo(QSslCertificate::CommonName);
    if (!id->known || id->revoked || cn.isEmpty() || cn.first() != id->code)
        return errorAnswer(403, ErrorCode::Revoked, tr("This center certificate is revoked or unknown."));
    HttpAnswer answer = route(method, path, body, id.value());
    answer.center = id->code;
    return answer;
}

HttpAnswer CountyServer::route(const QByteArray &method, const QString &path, const QByteArray &body,
                               const CenterIdentity &id)
{
    const bool isPost = method == "POST";
    if (path.startsWith(QLatin1String(kReportsPrefix)))
        return errorAnswer(403, ErrorCode::Forbidden, tr("A center certificate cannot read the county's reports."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Any contact counts as "last contact" (the Centers report), even a pull with nothing to say.
    if (auto s = recordContact(m_db, id.code, now); !s)
        qCWarning(lcCountyDb) << "contact not recorded:" << s.error().codeWord();
    if (path == QLatin1String(protocol::kPathHello)) {
        if (method != "GET")
            return errorAnswer(405, ErrorCode::MethodNotAllowed, tr("Use GET."));
        protocol::HelloResponse h{
            m_config.countyCode, m_config.countyName, id.code, id.name, QDateTime::currentDateTimeUtc(), m_escrowKey};
        if (auto s = readCenterProfile(m_db, id.code, &h); !s) {
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
        if (auto s = recordContact(m_db, id.code, now, contact); !s)
            qCWarning(lcCountyDb) << "contact not recorded:" << s.error().codeWord();
        if (auto s = storeCenterReport(m_db, id.code, req.value(), QDateTime::currentDateTimeUtc()); !s) {
            qCWarning(lcCountyDb) << "center report failed:" << s.error().codeWord();
            return errorAnswer(500, ErrorCode::Internal, tr("The county database failed; try again later."));
        }
        auto page = pullPage(m_db, id.code, req->cursor, req->limit, req->deskRecords);
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
    auto result = processPush(m_db, id.code, values.value(), QDateTime::currentDateTimeUtc());
    if (!result) {
        qCWarning(lcCountyDb) << "push failed:" << result.error().codeWord(); // the code only, as above
        return errorAnswer(500, ErrorCode::Internal,
                           tr("The county database failed; nothing was stored, try again later."));
    }
    return {200, protocol::serialize(protocol::encodePushResponse(result.value()))};
}

} // namespace certdesk::county
