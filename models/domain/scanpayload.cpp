#include "domain/scanpayload.h"

#include "domain/citizenid.h"

#include <QRegularExpression>
#include <QStringList>

namespace certdesk {

namespace {

const QString kQrPrefix = QStringLiteral("CDQR1|");

} // namespace

QString encodeQrPayload(const QString &formNo, const QString &checkCode, bool alive, const QString &centerCode,
                        const QDate &date, const QString &uuid)
{
    return kQrPrefix + QStringList{formNo,
                                   checkCode,
                                   alive ? QStringLiteral("A") : QStringLiteral("D"),
                                   centerCode,
                                   date.toString(QStringLiteral("yyyyMMdd")),
                                   uuid}
                           .join(QLatin1Char('|'));
}

ScanPayload classifyScan(const QString &text, const QDate &today)
{
    ScanPayload p;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return p;
    if (t.startsWith(kQrPrefix)) {
        const QStringList f = t.mid(kQrPrefix.size()).split(QLatin1Char('|'));
        if (f.size() == 6 && !f[0].isEmpty()) {
            p.kind = ScanPayload::Kind::CertdeskQr;
            p.formNo = f[0];
            p.checkCode = f[1];
            p.result = f[2] == QLatin1String("A") ? QStringLiteral("alive") : QStringLiteral("deceased");
            p.centerCode = f[3];
            p.date = QDate::fromString(f[4], QStringLiteral("yyyyMMdd"));
            p.uuid = f[5];
            return p;
        }
    }
    static const QRegularExpression idShape(QStringLiteral("^(\\d{17}[\\dXx]|\\d{15})\\z"));
    if (idShape.match(t).hasMatch()) {
        auto id = parseCitizenId(t, today);
        if (id) {
            p.kind = ScanPayload::Kind::CitizenId;
            p.idNo = id->id;
        } else {
            p.kind = ScanPayload::Kind::InvalidId;
            p.error = id.error().message;
        }
        return p;
    }
    p.kind = ScanPayload::Kind::FormNumber;
    p.formNo = t;
    return p;
}

} // namespace certdesk
