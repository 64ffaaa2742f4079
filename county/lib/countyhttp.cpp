// The transport side of the county server: each connection's guard (sizes, the revoked serials and the connection
// cap checked from the request head, before the body is read; the idle timeout) and the HTTP layer, which hands
// every request to a database worker and answers when it is done.
#include "countylog.h"
#include "countyserver_p.h"
#include "pki.h"
#include "protocol/codec.h"
#include "requesthead.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
const char kDrainProperty[] = "certdesk_drain";
const char kDrainLeftProperty[] = "certdesk_drain_left";
const char kBusyProperty[] = "certdesk_busy";         // over the connection cap: answered 503 and closed
const char kInFlightProperty[] = "certdesk_inflight"; // requests handed to a worker and not answered yet
const char kIdleTimer[] = "certdesk_idle";
// A refused request's body is read and thrown away before closing: closing with unread data makes the kernel
// send a reset, and a client still uploading then sees "connection closed" instead of the refusal. Bounded, so a
// client cannot keep the socket busy: at most this many bytes, for at most this long.
constexpr qint64 kMaxDrainBytes = 4 * protocol::kMaxBodyBytes;
constexpr int kMaxDrainMs = 5000;

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

// The idle clock runs only while no request of the connection is with a worker: a slow query is not idleness.
void restartIdle(QTcpSocket *socket)
{
    if (auto *t = socket->findChild<QTimer *>(QLatin1String(kIdleTimer));
        t && socket->property(kInFlightProperty).toInt() == 0)
        t->start();
}

void setInFlight(QTcpSocket *socket, int delta)
{
    const int n = socket->property(kInFlightProperty).toInt() + delta;
    socket->setProperty(kInFlightProperty, n);
    if (auto *t = socket->findChild<QTimer *>(QLatin1String(kIdleTimer)); t && n > 0)
        t->stop();
    restartIdle(socket);
}

} // namespace

HttpAnswer errorAnswer(int status, ErrorCode code, const QString &message)
{
    return {status,
            protocol::serialize(protocol::encodeError(protocol::ErrorBody{errorCodeWord(code), message, {}})),
            {},
            {}};
}

void logRequest(const QString &center, const QByteArray &method, const QString &path, int status, qint64 ms)
{
    qCInfo(lcCountyHttp).noquote() << (center.isEmpty() ? u"-"_s : center) << method.constData() << path << status
                                   << QString::number(ms) + u" ms"_s;
}

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

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool CountyHttp::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    answer(request, ssl ? ssl->peerCertificate() : QSslCertificate(), makeResponder(request, socket), socket);
    return true;
}
#else
bool CountyHttp::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    answer(request, request.sslConfiguration().peerCertificate(), std::move(responder), nullptr);
    return true;
}
#endif

void CountyHttp::answer(const QHttpServerRequest &request, const QSslCertificate &peer,
                        QHttpServerResponder &&responder, QTcpSocket *socket)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    // The responder waits on this thread for the worker's answer. Qt 6.4 deletes a socket whose client went away
    // meanwhile: then nothing is written (the QPointer says so).
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guarded(socket);
    if (socket)
        setInFlight(socket, +1);
    m_server.dispatch(method, path, QUrlQuery(request.url()), request.body(), peer,
                      [held, guarded, timer, method, path, socket](const HttpAnswer &a) {
                          logRequest(a.center, method, loggedPath(path), a.status, timer->elapsed());
                          if (socket && !guarded)
                              return;
                          held->write(a.body, QByteArrayLiteral("application/json"),
                                      static_cast<QHttpServerResponder::StatusCode>(a.status));
                          if (guarded)
                              setInFlight(guarded, -1);
                      });
}

// Refuses a request from its headers, before the HTTP layer buffers the body: too large, over the connection cap,
// or from a certificate known revoked. This slot is connected before the HTTP layer's own readyRead handler, so it
// sees every request's first bytes first. Also starts the connection's idle clock.
void CountyServer::guardSocket(QSslSocket *socket)
{
    // No Nagle: a response written in pieces would otherwise wait for the client's delayed ACK (~40 ms per
    // request/response on a keep-alive connection: seconds over a run of push batches or pull pages).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    if (m_open > m_limits.maxConnections)
        socket->setProperty(kBusyProperty, true);
    auto *idle = new QTimer(socket);
    idle->setObjectName(QLatin1String(kIdleTimer));
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] {
        qCDebug(lcCountyHttp) << "idle connection closed";
        socket->abort(); // nothing in flight, nothing sent for the whole timeout: no answer is lost
    });
    idle->start();
    connect(socket, &QSslSocket::bytesWritten, socket, [socket] { restartIdle(socket); });
    connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
        restartIdle(socket);
        if (socket->property(kDrainProperty).toBool()) {
            const qint64 left = socket->property(kDrainLeftProperty).toLongLong() - socket->readAll().size();
            socket->setProperty(kDrainLeftProperty, left);
            if (left <= 0)
                socket->disconnectFromHost();
            return;
        }
        const HeadVerdict v =
            inspectRequestHead(socket->peek(kMaxHeaderBytes), kMaxHeaderBytes, protocol::kMaxBodyBytes);
        HttpAnswer refusal;
        const char *reason = nullptr;
        if (v.kind == HeadVerdict::Kind::Refused) {
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
        } else if (v.kind == HeadVerdict::Kind::Accepted && socket->property(kBusyProperty).toBool()) {
            refusal =
                errorAnswer(503, ErrorCode::Busy, tr("The county server has too many connections; try again later."));
            reason = "Service Unavailable";
        } else if (v.kind == HeadVerdict::Kind::Accepted &&
                   isRefusedSerial(normaliseSerial(QString::fromLatin1(socket->peerCertificate().serialNumber())))) {
            refusal = errorAnswer(403, ErrorCode::Revoked, tr("This certificate is revoked or unknown."));
            reason = "Forbidden";
        } else {
            return; // the middle of a body, headers still arriving, or nothing to refuse
        }
        const qsizetype end = v.headEnd;
        const qint64 bodyLength = v.bodyLength; // unknown (-1): drain up to the bound
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

} // namespace certdesk::county
