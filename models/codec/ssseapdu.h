#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace certdesk::ssse {

// ISO 7816-4 command/response plumbing for the social security card (社会保障卡, SSSE application). Pure: the
// transport is a function, so the codec is tested without a reader and the card emulator answers the same bytes.

// "sx1.sh.社会保障" — the SSSE application identifier (ASCII "sx1.sh." followed by 社会保障 in GBK).
QByteArray applicationId();

QByteArray selectApplication();                  // 00 A4 04 00 0F <AID>
QByteArray selectFile(quint16 fileId);           // 00 A4 02 00 02 <FID>
QByteArray readRecord(quint8 record, quint8 le); // 00 B2 <rec> 04 <Le>   (P2 04: record number in P1)
QByteArray getResponse(quint8 le);               // 00 C0 00 00 <Le>

struct Response
{
    QByteArray data;
    quint16 sw = 0;
    bool ok() const { return sw == 0x9000; }
};

// Splits a raw R-APDU; fewer than two bytes is malformed.
Result<Response> splitResponse(const QByteArray &raw);

// The error code of a status word other than 9000 (CardSecurityStatus, CardFileNotFound, …; CardStatus for
// unnamed ones).
ErrorCode statusCode(quint16 sw);
// What a status word means, for people (tr()).
QString statusText(quint16 sw);

// Sends one APDU and follows the card's hints: 61xx → GET RESPONSE (data concatenated, at most 16 rounds),
// 6Cxx → the same command again with Le = xx (once). A transport error or malformed answer is an Error.
using Transmit = std::function<Result<QByteArray>(const QByteArray &apdu)>;
Result<Response> transceive(const Transmit &transmit, const QByteArray &apdu);

} // namespace certdesk::ssse
