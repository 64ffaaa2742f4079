#pragma once

// Header-only helpers of the county tests (tests/county/tst_*.cpp link certdesk_county only).

#include "domain/citizenid.h"
#include "domain/types.h"
#include "pgcluster.h"
#include "protocol/codec.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUuid>

namespace certdesk::countytest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run runCounty(const QString &dir, const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(CERTDESK_COUNTY_BIN), QStringList{QStringLiteral("--data"), dir} + args);
    p.waitForStarted();
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline QString idNumber(int serial)
{
    const QString first17 =
        QStringLiteral("11010119500315") + QStringLiteral("%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheckChar(first17);
}

inline Form makeForm(const QString &formNo, int serial, int cycle = 2026)
{
    Form f;
    f.formNo = formNo;
    f.checkCode = QStringLiteral("CK%1").arg(serial);
    f.person.name = QStringLiteral("测试%1").arg(serial);
    f.person.sex = (serial % 2) ? QLatin1Char('M') : QLatin1Char('F');
    f.person.birth = QStringLiteral("1950-03");
    f.person.idNo = idNumber(serial);
    f.insuredAgency = QStringLiteral("测试市社保中心");
    f.dueDate = QDate(cycle, 12, 31);
    f.cycle = cycle;
    return f;
}

inline protocol::PushRecord makeRecord(const QString &formNo, int serial, const QString &clerk = QStringLiteral("li"))
{
    protocol::PushRecord r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.formNo = formNo;
    r.cycle = 2026;
    r.idNo = idNumber(serial);
    r.alive = true;
    r.method = IdentityMethod::IdCard;
    r.clerk = clerk;
    r.clerkName = QStringLiteral("李经办");
    r.certifiedAt = QDateTime(QDate(2026, 5, 10), QTime(2, 0), Qt::UTC);
    r.localDate = QDate(2026, 5, 10);
    return r;
}

// A record of a paper registration (the county may hold no copy of its form).
inline protocol::PushRecord paperRecord(const QString &formNo, int serial, const QString &clerk = QStringLiteral("li"))
{
    protocol::PushRecord r = makeRecord(formNo, serial, clerk);
    r.source = QString::fromLatin1(protocol::kSourcePaper);
    r.name = QStringLiteral("纸表%1").arg(serial);
    r.insuredAgency = QStringLiteral("测试市社保中心");
    r.dueDate = QDate(2026, 12, 31);
    return r;
}

inline QJsonArray recordValues(const QList<protocol::PushRecord> &records)
{
    QJsonArray a;
    for (const auto &r : records)
        a.append(protocol::encodePushRecord(r));
    return a;
}

// A client TLS configuration from a PKCS#12 bundle (empty path → no client certificate).
inline QSslConfiguration clientTls(const QString &caPem, const QString &p12 = {}, const QString &password = {})
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    QFile ca(caPem);
    ca.open(QIODevice::ReadOnly);
    c.setCaCertificates(QSslCertificate::fromData(ca.readAll()));
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!p12.isEmpty()) {
        QFile f(p12);
        f.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> chain;
        if (QSslCertificate::importPkcs12(&f, &key, &cert, &chain, password.toUtf8())) {
            c.setPrivateKey(key);
            c.setLocalCertificate(cert);
        }
    }
    return c;
}

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request on a fresh QNetworkAccessManager: Qt reuses TLS connections within one manager.
inline Reply request(const QSslConfiguration &tls, const QString &url, const QByteArray &method,
                     const QByteArray &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(20000);
    QNetworkReply *reply = method == "GET" ? nam.get(req) : nam.post(req, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r{reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

} // namespace certdesk::countytest
