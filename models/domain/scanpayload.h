#pragma once

#include <QDate>
#include <QString>

namespace certdesk {

// What a scanner (or a typed line) delivered, recognised by content.
struct ScanPayload
{
    enum class Kind
    {
        Empty,
        CertdeskQr, // the QR printed on a stamped form (docs/formats.md)
        FormNumber, // a bare form number (the check code is still needed)
        CitizenId,  // 18 (or 15) characters passing the GB 11643 check
        InvalidId   // shaped like an ID number but failing the check; `error` says why
    };

    Kind kind = Kind::Empty;
    QString formNo;
    QString checkCode; // QR only
    QString idNo;      // CitizenId only, normalised
    QString error;     // InvalidId only
    // QR only:
    QString result; // "alive" / "deceased"
    QString centerCode;
    QDate date;
    QString uuid;
};

// QR payload v1: CDQR1|form_no|check_code|A or D|center_code|YYYYMMDD|uuid  ('|' never occurs in the fields).
QString encodeQrPayload(const QString &formNo, const QString &checkCode, bool alive, const QString &centerCode,
                        const QDate &date, const QString &uuid);

ScanPayload classifyScan(const QString &text, const QDate &today);

} // namespace certdesk
