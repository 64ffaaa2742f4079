#pragma once

#include "codec/ssseapdu.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace certdesk::ssse {

// The reading of the social security card this program implements (documented in docs/devices.md):
//   SELECT the SSSE application by AID, then SELECT EF05 / EF06 by file id and READ RECORD n (P2 = 04) from each.
//   Every record is TLV: tag = record number, one length byte, value.
//     EF05 05 发卡日期   4 bytes BCD YYYYMMDD     (optional)
//     EF05 06 卡有效期   4 bytes BCD YYYYMMDD     (optional)
//     EF05 07 社保卡号   9 bytes ASCII            (optional)
//     EF06 08 社会保障号码 18 bytes ASCII          (required)
//     EF06 09 姓名       30 bytes GBK, padded with 00 or 20 (required)
//     EF06 0A 性别       1 byte ASCII '1' male / '2' female (optional)
//     EF06 0B 民族       1 byte BCD, GB 3304 code (01 汉 … 56 基诺) (optional)
//     EF06 0D 出生日期   4 bytes BCD YYYYMMDD     (optional)
//   EF05 is read when the card allows it; a card that answers 6982 (security status not satisfied) for EF06 needs a
//   PSAM or PIN and the read fails with code "security_status".
enum : quint16
{
    FileCard = 0xEF05,
    FileHolder = 0xEF06
};
enum : quint8
{
    RecIssued = 0x05,
    RecValidTo = 0x06,
    RecCardNo = 0x07,
    RecSsn = 0x08,
    RecName = 0x09,
    RecSex = 0x0A,
    RecNation = 0x0B,
    RecBirth = 0x0D
};

// Value length of each record above (0 for an unknown record).
int recordLength(quint8 record);

struct CardData
{
    QString ssn; // 社会保障号码 (the citizen ID number for Chinese citizens)
    QString name;
    QChar sex;      // 'M' / 'F' / null
    QString nation; // 汉, 回, … or empty
    QDate birth;
    QDate issued;
    QDate validTo;
    QString cardNo;
};

// Record value parsers; each refuses malformed bytes with code "malformed_record".
Result<QByteArray> parseRecord(quint8 record, const QByteArray &tlv); // checks tag and length, returns the value
Result<QDate> parseBcdDate(const QByteArray &value);                  // 00000000 / FFFFFFFF → invalid QDate (unset)
Result<QString> parseName(const QByteArray &value);                   // GBK, padding stripped, never empty
Result<QString> parseSsn(const QByteArray &value);                    // 17 digits + digit or X
QChar parseSex(const QByteArray &value);
QString nationName(int gbCode); // GB 3304 code → name; empty if unknown
Result<QString> parseNation(const QByteArray &value);

// The same layout written out, for the card emulator and the tests.
QByteArray encodeRecord(quint8 record, const QByteArray &value);
QByteArray encodeBcdDate(const QDate &date);
QByteArray encodeName(const QString &name); // GBK, padded with 00 to 30 bytes (longer names are cut)
int nationCode(const QString &name);        // 0 if unknown

// Reads one card through `transmit`. Errors: the card's status word by statusCode() (Refused), MalformedRecord
// / MalformedResponse (Invalid), or whatever the transport reported.
Result<CardData> readCard(const Transmit &transmit);

} // namespace certdesk::ssse
