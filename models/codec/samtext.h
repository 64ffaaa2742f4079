#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

// The 256-byte text block of a GA 467 read (UTF-16LE, fixed offsets). Four layouts, told apart by the card-type
// character at offset 248; docs/devices.md "Resident ID card reader (serial)" lists every offset.
namespace certdesk::sam {

inline constexpr int kTextSize = 256;

enum class TextLayout
{
    Resident,    // 居民身份证: type ' ' or NUL
    HkMoTw,      // 港澳台居民居住证: 'J'
    Foreign2017, // 外国人永久居留身份证 2017: 'I'
    Foreign2023  // 外国人永久居留身份证 2023: 'Y'
};

QString layoutKey(TextLayout layout); // "resident", "hkmotw", "foreign2017", "foreign2023"
bool layoutFromKey(const QString &key, TextLayout *out);

// Every field of every layout, decoded; fields a layout lacks stay empty. Raw codes are kept next to their
// decoded value so a caller can show what the card said when the code is unknown.
struct CardText
{
    TextLayout layout = TextLayout::Resident;
    QString name;        // Chinese name (foreigners' cards: the Chinese name, may be empty)
    QString englishName; // foreigners' cards
    QString sexCode;     // '1' male, '2' female (other values kept, sex() then null)
    QString nationCode;  // resident: 01..56, 97, 98
    QString nationality; // foreigners' cards: ISO 3166 alpha-3 ("CAN")
    QString birthText;   // YYYYMMDD as on the card
    QString address;
    QString idNo;   // 公民身份号码 / 永久居留证号码
    QString issuer; // 签发机关 (foreigners' cards: issuing-authority code)
    QString validFromText;
    QString validToText; // YYYYMMDD or 长期
    QString passNo;      // 港澳台: 通行证号码
    QString issueCount;  // 港澳台: 签发次数; foreigners' 2023: 换证次数
    QString version;     // foreigners' cards: 证件版本号

    QChar sex() const;      // 'M' / 'F' / null
    QString nation() const; // 民族 name for a known code, else empty
    QDate birth() const;    // invalid when the text is not a real date
    QDate validFrom() const;
    QDate validTo() const; // invalid for 长期
    bool validToLongTerm() const;
};

// The 民族 name for a GB 3304 code ("01" → 汉, "97" → 其他, "98" → 外国血统中国籍人士); empty when unknown.
QString nationName(const QString &code);
QString nationCode(const QString &name); // the reverse; empty when unknown

// Decodes a text block. Refused (Invalid) only when the block is not 256 bytes, the card-type character is not one
// of the four, or the layout's number field is empty; a malformed date or code leaves that field's decoded value
// empty and the raw text available.
Result<CardText> decodeText(const QByteArray &block);
// The inverse, for the simulator and tests: fields are truncated to their width and padded with spaces.
QByteArray encodeText(const CardText &text);

} // namespace certdesk::sam
