#include "samtext.h"

#include <QtEndian>

#include <array>

namespace certdesk::sam {

namespace {

struct Field
{
    QString CardText::*member;
    int offset; // bytes
    int width;  // bytes (two per character)
};

constexpr int kTypeOffset = 248;

// Offsets from GA 467 (resident, 港澳台) and the published SAM interface notes for the foreigners' cards; the
// 2023 layout is documented in docs/devices.md as this project's reading of it.
const std::array kResident{Field{&CardText::name, 0, 30},         Field{&CardText::sexCode, 30, 2},
                           Field{&CardText::nationCode, 32, 4},   Field{&CardText::birthText, 36, 16},
                           Field{&CardText::address, 52, 70},     Field{&CardText::idNo, 122, 36},
                           Field{&CardText::issuer, 158, 30},     Field{&CardText::validFromText, 188, 16},
                           Field{&CardText::validToText, 204, 16}};
const std::array kHkMoTwExtra{Field{&CardText::passNo, 220, 18}, Field{&CardText::issueCount, 238, 4}};
const std::array kForeign2017{Field{&CardText::englishName, 0, 120},  Field{&CardText::sexCode, 120, 2},
                              Field{&CardText::idNo, 122, 30},        Field{&CardText::nationality, 152, 6},
                              Field{&CardText::name, 158, 30},        Field{&CardText::validFromText, 188, 16},
                              Field{&CardText::validToText, 204, 16}, Field{&CardText::birthText, 220, 16},
                              Field{&CardText::version, 236, 4},      Field{&CardText::issuer, 240, 8}};
const std::array kForeign2023{Field{&CardText::englishName, 0, 120},  Field{&CardText::sexCode, 120, 2},
                              Field{&CardText::idNo, 122, 36},        Field{&CardText::nationality, 158, 6},
                              Field{&CardText::name, 164, 30},        Field{&CardText::validFromText, 194, 16},
                              Field{&CardText::validToText, 210, 16}, Field{&CardText::birthText, 226, 16},
                              Field{&CardText::version, 242, 4},      Field{&CardText::issueCount, 246, 2},
                              Field{&CardText::issuer, 250, 6}};

// GB 3304 order, codes 01..56.
const char16_t *const kNations[] = {
    u"汉",     u"蒙古",   u"回",       u"藏",     u"维吾尔", u"苗",   u"彝",     u"壮",   u"布依",     u"朝鲜",
    u"满",     u"侗",     u"瑶",       u"白",     u"土家",   u"哈尼", u"哈萨克", u"傣",   u"黎",       u"傈僳",
    u"佤",     u"畲",     u"高山",     u"拉祜",   u"水",     u"东乡", u"纳西",   u"景颇", u"柯尔克孜", u"土",
    u"达斡尔", u"仫佬",   u"羌",       u"布朗",   u"撒拉",   u"毛南", u"仡佬",   u"锡伯", u"阿昌",     u"普米",
    u"塔吉克", u"怒",     u"乌孜别克", u"俄罗斯", u"鄂温克", u"德昂", u"保安",   u"裕固", u"京",       u"塔塔尔",
    u"独龙",   u"鄂伦春", u"赫哲",     u"门巴",   u"珞巴",   u"基诺"};
constexpr int kNationCount = int(sizeof(kNations) / sizeof(kNations[0]));

QString field(const QByteArray &block, int offset, int width)
{
    QString s(width / 2, Qt::Uninitialized);
    for (int i = 0; i < width / 2; ++i)
        s[i] = QChar(qFromLittleEndian<quint16>(block.constData() + offset + 2 * i));
    // Cards pad with spaces; some readers hand over NULs instead. Both are padding, never content.
    qsizetype end = s.size();
    while (end > 0 && (s.at(end - 1) == QLatin1Char(' ') || s.at(end - 1).isNull()))
        --end;
    qsizetype begin = 0;
    while (begin < end && s.at(begin) == QLatin1Char(' '))
        ++begin;
    return s.mid(begin, end - begin);
}

void put(QByteArray &block, int offset, int width, const QString &value)
{
    const QString v = value.left(width / 2);
    for (int i = 0; i < width / 2; ++i) {
        const char16_t c = i < v.size() ? v.at(i).unicode() : u' ';
        qToLittleEndian<quint16>(c, block.data() + offset + 2 * i);
    }
}

template<class Table> void decodeFields(const QByteArray &block, const Table &table, CardText *out)
{
    for (const Field &f : table)
        out->*f.member = field(block, f.offset, f.width);
}

template<class Table> void encodeFields(QByteArray &block, const Table &table, const CardText &in)
{
    for (const Field &f : table)
        put(block, f.offset, f.width, in.*f.member);
}

QDate cardDate(const QString &text)
{
    if (text.size() != 8)
        return {};
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    return QDate::fromString(text, QStringLiteral("yyyyMMdd"));
}

QChar typeChar(TextLayout layout)
{
    switch (layout) {
    case TextLayout::Resident:
        return QLatin1Char(' ');
    case TextLayout::HkMoTw:
        return QLatin1Char('J');
    case TextLayout::Foreign2017:
        return QLatin1Char('I');
    case TextLayout::Foreign2023:
        return QLatin1Char('Y');
    }
    return QLatin1Char(' ');
}

} // namespace

QString layoutKey(TextLayout layout)
{
    switch (layout) {
    case TextLayout::Resident:
        return QStringLiteral("resident");
    case TextLayout::HkMoTw:
        return QStringLiteral("hkmotw");
    case TextLayout::Foreign2017:
        return QStringLiteral("foreign2017");
    case TextLayout::Foreign2023:
        return QStringLiteral("foreign2023");
    }
    return {};
}

bool layoutFromKey(const QString &key, TextLayout *out)
{
    for (TextLayout l : {TextLayout::Resident, TextLayout::HkMoTw, TextLayout::Foreign2017, TextLayout::Foreign2023})
        if (layoutKey(l) == key) {
            *out = l;
            return true;
        }
    return false;
}

QChar CardText::sex() const
{
    if (sexCode == QLatin1String("1"))
        return QLatin1Char('M');
    if (sexCode == QLatin1String("2"))
        return QLatin1Char('F');
    return {};
}

QString CardText::nation() const
{
    return nationName(nationCode);
}

QDate CardText::birth() const
{
    return cardDate(birthText);
}

QDate CardText::validFrom() const
{
    return cardDate(validFromText);
}

QDate CardText::validTo() const
{
    return cardDate(validToText);
}

bool CardText::validToLongTerm() const
{
    return validToText == QStringLiteral("长期");
}

QString nationName(const QString &code)
{
    bool ok = false;
    const int n = code.toInt(&ok);
    if (!ok || code.size() != 2)
        return {};
    if (n >= 1 && n <= kNationCount)
        return QString::fromUtf16(kNations[n - 1]);
    if (n == 97)
        return QStringLiteral("其他");
    if (n == 98)
        return QStringLiteral("外国血统中国籍人士");
    return {};
}

QString nationCode(const QString &name)
{
    for (int i = 0; i < kNationCount; ++i)
        if (name == QString::fromUtf16(kNations[i]))
            return QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
    if (name == QStringLiteral("其他"))
        return QStringLiteral("97");
    if (name == QStringLiteral("外国血统中国籍人士"))
        return QStringLiteral("98");
    return {};
}

Result<CardText> decodeText(const QByteArray &block)
{
    if (block.size() != kTextSize)
        return Error::invalid(ErrorCode::SamTextSize,
                              QStringLiteral("text block is %1 bytes, expected %2").arg(block.size()).arg(kTextSize));
    const QChar type(qFromLittleEndian<quint16>(block.constData() + kTypeOffset));
    CardText t;
    if (type == QLatin1Char(' ') || type.isNull()) {
        t.layout = TextLayout::Resident;
        decodeFields(block, kResident, &t);
    } else if (type == QLatin1Char('J')) {
        t.layout = TextLayout::HkMoTw;
        decodeFields(block, kResident, &t);
        decodeFields(block, kHkMoTwExtra, &t);
    } else if (type == QLatin1Char('I')) {
        t.layout = TextLayout::Foreign2017;
        decodeFields(block, kForeign2017, &t);
    } else if (type == QLatin1Char('Y')) {
        t.layout = TextLayout::Foreign2023;
        decodeFields(block, kForeign2023, &t);
    } else {
        return Error::invalid(ErrorCode::SamCardType,
                              QStringLiteral("unknown card type U+%1").arg(type.unicode(), 4, 16, QLatin1Char('0')));
    }
    if (t.idNo.isEmpty())
        return Error::invalid(ErrorCode::SamNoNumber, QStringLiteral("the card carries no number"));
    return t;
}

QByteArray encodeText(const CardText &text)
{
    QByteArray block(kTextSize, '\0');
    put(block, 0, kTextSize, QString()); // all spaces
    switch (text.layout) {
    case TextLayout::Resident:
        encodeFields(block, kResident, text);
        break;
    case TextLayout::HkMoTw:
        encodeFields(block, kResident, text);
        encodeFields(block, kHkMoTwExtra, text);
        break;
    case TextLayout::Foreign2017:
        encodeFields(block, kForeign2017, text);
        break;
    case TextLayout::Foreign2023:
        encodeFields(block, kForeign2023, text);
        break;
    }
    put(block, kTypeOffset, 2, QString(typeChar(text.layout)));
    return block;
}

} // namespace certdesk::sam
