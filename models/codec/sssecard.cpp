#include "sssecard.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <array>

namespace certdesk::ssse {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SsseCard)
};

} // namespace

namespace {

Error malformed(const QString &what)
{
    return Error::invalid(ErrorCode::MalformedRecord, Tr::tr("The card sent a malformed record: %1.").arg(what));
}

// GB/T 3304 民族 codes 01–56.
constexpr std::array<const char *, 56> Nations = {
    "汉",   "蒙古",   "回",   "藏",     "维吾尔",   "苗",   "彝",       "壮",     "布依",   "朝鲜", "满",   "侗",
    "瑶",   "白",     "土家", "哈尼",   "哈萨克",   "傣",   "黎",       "傈僳",   "佤",     "畲",   "高山", "拉祜",
    "水",   "东乡",   "纳西", "景颇",   "柯尔克孜", "土",   "达斡尔",   "仫佬",   "羌",     "布朗", "撒拉", "毛南",
    "仡佬", "锡伯",   "阿昌", "普米",   "塔吉克",   "怒",   "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
    "京",   "塔塔尔", "独龙", "鄂伦春", "赫哲",     "门巴", "珞巴",     "基诺"};

int bcdByte(quint8 b)
{
    if ((b >> 4) > 9 || (b & 0x0f) > 9)
        return -1;
    return (b >> 4) * 10 + (b & 0x0f);
}

quint8 toBcd(int v)
{
    return quint8(((v / 10) % 10) << 4 | (v % 10));
}

Error statusError(quint16 sw)
{
    return Error::refused(statusCode(sw), statusText(sw));
}

// Reads one record; nullopt-like empty value with ok status when the card says the record is not there.
Result<QByteArray> readOne(const Transmit &transmit, quint8 record, bool required)
{
    auto response = transceive(transmit, readRecord(record, quint8(recordLength(record) + 2)));
    if (!response)
        return response.error();
    if (!response->ok()) {
        const bool absent = response->sw == 0x6A83 || response->sw == 0x6A82;
        if (absent && !required)
            return QByteArray();
        return statusError(response->sw);
    }
    return parseRecord(record, response->data);
}

Result<quint16> selectOrStatus(const Transmit &transmit, const QByteArray &apdu)
{
    auto response = transceive(transmit, apdu);
    if (!response)
        return response.error();
    return response->sw;
}

} // namespace

int recordLength(quint8 record)
{
    switch (record) {
    case RecIssued:
    case RecValidTo:
    case RecBirth:
        return 4;
    case RecCardNo:
        return 9;
    case RecSsn:
        return 18;
    case RecName:
        return 30;
    case RecSex:
    case RecNation:
        return 1;
    default:
        break;
    }
    return 0;
}

Result<QByteArray> parseRecord(quint8 record, const QByteArray &tlv)
{
    if (tlv.size() < 2)
        return malformed(Tr::tr("record %1 is shorter than its header").arg(record));
    if (quint8(tlv.at(0)) != record)
        return malformed(Tr::tr("record %1 carries tag %2").arg(record).arg(quint8(tlv.at(0))));
    const int length = quint8(tlv.at(1));
    if (length > tlv.size() - 2)
        return malformed(Tr::tr("record %1 claims %2 bytes but holds %3").arg(record).arg(length).arg(tlv.size() - 2));
    const int expected = recordLength(record);
    if (expected > 0 && length != expected)
        return malformed(Tr::tr("record %1 has %2 bytes instead of %3").arg(record).arg(length).arg(expected));
    return tlv.mid(2, length);
}

Result<QDate> parseBcdDate(const QByteArray &value)
{
    if (value.size() != 4)
        return malformed(Tr::tr("a date is not 4 bytes"));
    if (value == QByteArray(4, '\0') || value == QByteArray(4, char(0xff)))
        return QDate();
    const int century = bcdByte(quint8(value[0])), year = bcdByte(quint8(value[1]));
    const int month = bcdByte(quint8(value[2])), day = bcdByte(quint8(value[3]));
    if (century < 0 || year < 0 || month < 0 || day < 0)
        return malformed(Tr::tr("a date is not BCD"));
    const QDate date(century * 100 + year, month, day);
    if (!date.isValid())
        return malformed(Tr::tr("a date does not exist"));
    return date;
}

Result<QString> parseName(const QByteArray &value)
{
    QByteArray bytes = value;
    while (!bytes.isEmpty() && (bytes.back() == '\0' || bytes.back() == ' ' || quint8(bytes.back()) == 0xff))
        bytes.chop(1);
    QStringDecoder decoder("GBK");
    if (!decoder.isValid())
        return Error::internal(Tr::tr("This build of Qt cannot decode GBK."));
    const QString name = decoder.decode(bytes);
    // ICU substitutes undecodable bytes instead of always flagging them.
    if (decoder.hasError() || name.contains(QChar::ReplacementCharacter))
        return malformed(Tr::tr("the name is not GBK text"));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return malformed(Tr::tr("the name is empty"));
    for (const QChar c : trimmed)
        if (c.category() >= QChar::Other_Control && c.category() <= QChar::Other_NotAssigned)
            return malformed(Tr::tr("the name holds characters no name has")); // controls, private use (ICU's 0xFF)
    return trimmed;
}

Result<QString> parseSsn(const QByteArray &value)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{17}[0-9X]\\z"));
    const QString text = QString::fromLatin1(value).toUpper();
    if (!shape.match(text).hasMatch())
        return malformed(Tr::tr("the social security number is not 17 digits and a check character"));
    return text;
}

QChar parseSex(const QByteArray &value)
{
    if (value.size() != 1)
        return {};
    switch (value.at(0)) {
    case '1':
    case 0x01:
        return QLatin1Char('M');
    case '2':
    case 0x02:
        return QLatin1Char('F');
    default:
        break;
    }
    return {};
}

QString nationName(int gbCode)
{
    if (gbCode < 1 || gbCode > int(Nations.size()))
        return {};
    return QString::fromUtf8(Nations[gbCode - 1]);
}

Result<QString> parseNation(const QByteArray &value)
{
    if (value.size() != 1)
        return malformed(Tr::tr("the nation is not one byte"));
    const int code = bcdByte(quint8(value.at(0)));
    if (code < 0)
        return malformed(Tr::tr("the nation is not BCD"));
    return nationName(code); // 00, 97 其他 or 98 外国血统: not named
}

QByteArray encodeRecord(quint8 record, const QByteArray &value)
{
    QByteArray tlv;
    tlv.append(char(record));
    tlv.append(char(value.size()));
    return tlv + value;
}

QByteArray encodeBcdDate(const QDate &date)
{
    if (!date.isValid())
        return QByteArray(4, '\0');
    QByteArray out;
    out.append(char(toBcd(date.year() / 100)));
    out.append(char(toBcd(date.year() % 100)));
    out.append(char(toBcd(date.month())));
    out.append(char(toBcd(date.day())));
    return out;
}

QByteArray encodeName(const QString &name)
{
    QStringEncoder encoder("GBK");
    QByteArray bytes = encoder.encode(name);
    bytes.truncate(30);
    bytes.append(QByteArray(30 - bytes.size(), '\0'));
    return bytes;
}

int nationCode(const QString &name)
{
    for (int i = 0; i < int(Nations.size()); ++i)
        if (name == QString::fromUtf8(Nations[i]))
            return i + 1;
    return 0;
}

Result<CardData> readCard(const Transmit &transmit)
{
    auto app = selectOrStatus(transmit, selectApplication());
    if (!app)
        return app.error();
    if (app.value() != 0x9000)
        return statusError(app.value());

    CardData card;
    // EF05 carries only the card's own dates; a card that hides it is still read.
    auto ef05 = selectOrStatus(transmit, selectFile(FileCard));
    if (!ef05)
        return ef05.error();
    if (ef05.value() == 0x9000) {
        for (const quint8 record : {RecIssued, RecValidTo, RecCardNo}) {
            auto value = readOne(transmit, record, false);
            if (!value && value.error().code == ErrorCode::CardSecurityStatus)
                break; // the dates need a PSAM on this card: unknown, not fatal
            if (!value)
                return value.error();
            if (value->isEmpty())
                continue;
            if (record == RecCardNo) {
                card.cardNo = QString::fromLatin1(value.value()).trimmed();
                continue;
            }
            auto date = parseBcdDate(value.value());
            if (!date)
                return date.error();
            (record == RecIssued ? card.issued : card.validTo) = date.value();
        }
    } else if (ef05.value() != 0x6A82 && ef05.value() != 0x6982) {
        return statusError(ef05.value());
    }

    auto ef06 = selectOrStatus(transmit, selectFile(FileHolder));
    if (!ef06)
        return ef06.error();
    if (ef06.value() != 0x9000)
        return statusError(ef06.value());

    auto ssn = readOne(transmit, RecSsn, true);
    if (!ssn)
        return ssn.error();
    auto ssnText = parseSsn(ssn.value());
    if (!ssnText)
        return ssnText.error();
    card.ssn = ssnText.value();

    auto name = readOne(transmit, RecName, true);
    if (!name)
        return name.error();
    auto nameText = parseName(name.value());
    if (!nameText)
        return nameText.error();
    card.name = nameText.value();

    auto sex = readOne(transmit, RecSex, false);
    if (!sex)
        return sex.error();
    card.sex = parseSex(sex.value());

    auto nation = readOne(transmit, RecNation, false);
    if (!nation)
        return nation.error();
    if (!nation->isEmpty()) {
        auto nationText = parseNation(nation.value());
        if (!nationText)
            return nationText.error();
        card.nation = nationText.value();
    }

    auto birth = readOne(transmit, RecBirth, false);
    if (!birth)
        return birth.error();
    if (!birth->isEmpty()) {
        auto date = parseBcdDate(birth.value());
        if (!date)
            return date.error();
        card.birth = date.value();
    }
    return card;
}

} // namespace certdesk::ssse
