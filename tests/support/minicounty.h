#pragma once

#include "fakecounty.h"
#include "testpki.h"

#include "protocol/codec.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStringList>

#include <memory>

namespace certdesk::test {

// Just enough HTTP/1.1 over TLS for the sync protocol: one request at a time per connection, keep-alive.
class MiniCounty : public QObject
{
public:
    MiniCounty(const test::TestPki &pki, test::FakeCounty &county) : m_county(county)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(pki.serverCertPem()));
        tls.setPrivateKey(QSslKey(pki.serverKeyPem(), QSsl::Ec));
        tls.setCaCertificates({QSslCertificate(m_caPem = pki.caPem())});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // a client certificate from the county CA is required
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    ~MiniCounty() override { m_server.close(); }

    quint16 port() const { return m_server.serverPort(); }
    int status = 200; // forced answer status when not 200
    QStringList clientSubjects;

private:
    void serve(QSslSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const int headerEnd = int(buffer->indexOf("\r\n\r\n"));
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer->left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QByteArray body = buffer->mid(headerEnd + 4, length);
            const QByteArray path = head.split(' ').value(1);
            buffer->remove(0, headerEnd + 4 + length);
            clientSubjects.append(socket->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0));
            answer(socket, path, body);
        });
    }

    void answer(QSslSocket *socket, const QByteArray &path, const QByteArray &body)
    {
        int code = status;
        QJsonObject reply;
        if (code != 200) {
            reply = protocol::encodeError({QStringLiteral("internal"), QStringLiteral("test failure")});
        } else if (path == protocol::kPathPush) {
            auto req = protocol::decodePushRequest(protocol::parseEnvelope(body).value());
            reply = protocol::encodePushResponse(m_county.push(req.value()).value());
        } else if (path == protocol::kPathPull) {
            auto req = protocol::decodePullRequest(protocol::parseEnvelope(body).value());
            reply = protocol::encodePullResponse(m_county.pull(req.value()).value());
        } else {
            code = 404;
            reply = protocol::encodeError({QStringLiteral("not_found"), QStringLiteral("no such path")});
        }
        const QByteArray out = protocol::serialize(reply);
        socket->write("HTTP/1.1 " + QByteArray::number(code) + " X\r\nContent-Type: application/json\r\n" +
                      "Content-Length: " + QByteArray::number(out.size()) + "\r\nConnection: keep-alive\r\n\r\n" + out);
    }

    test::FakeCounty &m_county;
    QSslServer m_server;
    QByteArray m_caPem;
};

} // namespace certdesk::test
