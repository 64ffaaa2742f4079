#include "domain/citizenid.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CitizenId)
};

} // namespace

namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Province-level names keyed by the first two digits (GB/T 2260). 83 and 9x are not
// provinces but the prefixes of 台湾居民居住证 and 外国人永久居留身份证 numbers, which
// share the 18-character format and the check algorithm.
struct Province
{
    int code;
    const char16_t *name;
};

constexpr Province kProvinces[] = {
    {11, u"北京市"},         {12, u"天津市"},         {13, u"河北省"},           {14, u"山西省"},
    {15, u"内蒙古自治区"},   {21, u"辽宁省"},         {22, u"吉林省"},           {23, u"黑龙江省"},
    {31, u"上海市"},         {32, u"江苏省"},         {33, u"浙江省"},           {34, u"安徽省"},
    {35, u"福建省"},         {36, u"江西省"},         {37, u"山东省"},           {41, u"河南省"},
    {42, u"湖北省"},         {43, u"湖南省"},         {44, u"广东省"},           {45, u"广西壮族自治区"},
    {46, u"海南省"},         {50, u"重庆市"},         {51, u"四川省"},           {52, u"贵州省"},
    {53, u"云南省"},         {54, u"西藏自治区"},     {61, u"陕西省"},           {62, u"甘肃省"},
    {63, u"青海省"},         {64, u"宁夏回族自治区"}, {65, u"新疆维吾尔自治区"}, {71, u"台湾省"},
    {81, u"香港特别行政区"}, {82, u"澳门特别行政区"}, {83, u"台湾居民"},
};

QString provinceName(int code)
{
    if (code >= 90)
        return QStringLiteral("外国人永久居留");
    for (const Province &p : kProvinces) {
        if (p.code == code)
            return QString::fromUtf16(p.name);
    }
    return {};
}

// Non-printable characters (tabs, zero-width spaces pasted from spreadsheets) would be
// invisible inside quotes, so they are shown as code points instead.
QString describeChar(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QLatin1Char('\'') + c + QLatin1Char('\'');
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

Error characterError(QChar c, qsizetype index, bool legacy)
{
    const QString what = describeChar(c);
    const qsizetype position = index + 1;
    if (c == QLatin1Char('X') || c == QLatin1Char('x')) {
        if (legacy)
            return Error::invalid(ErrorCode::IdCharacter, Tr::tr("The ID number has %1 at position %2, but "
                                                                 "15-digit numbers contain digits only.")
                                                              .arg(what, QString::number(position)));
        return Error::invalid(ErrorCode::IdCharacter, Tr::tr("The ID number has %1 at position %2, but X is "
                                                             "only allowed as the last (18th) character.")
                                                          .arg(what, QString::number(position)));
    }
    return Error::invalid(ErrorCode::IdCharacter, Tr::tr("The ID number has %1 at position %2; only the "
                                                         "digits 0-9 (and X as the last character) are "
                                                         "allowed.")
                                                      .arg(what, QString::number(position)));
}

} // namespace

QChar citizenIdCheckChar(const QString &first17)
{
    // A null QChar rather than an assertion: the callers' contract is documented, and a
    // wrong character must never look like a real check character.
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (!isAsciiDigit(c))
            return {};
        sum += (c.unicode() - '0') * kWeights[i];
    }
    return QLatin1Char(kCheckChars[sum % 11]);
}

Result<CitizenId> parseCitizenId(const QString &input, const QDate &today)
{
    if (!today.isValid())
        return Error::internal(QStringLiteral("parseCitizenId needs a valid date for today"));

    const QString s = input.trimmed();
    if (s.isEmpty())
        return Error::invalid(ErrorCode::IdEmpty, Tr::tr("No ID number was entered."));

    const bool legacy = s.size() == 15;
    if (s.size() != 18 && !legacy)
        return Error::invalid(
            ErrorCode::IdLength,
            Tr::tr("The ID number has %n character(s); it must have 18 (or 15 for an old first-generation card).",
                   nullptr, int(s.size())));

    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool lastOf18 = !legacy && i == 17;
        if (isAsciiDigit(c) || (lastOf18 && (c == QLatin1Char('X') || c == QLatin1Char('x'))))
            continue;
        return characterError(c, i, legacy);
    }

    // From here on every character is an ASCII digit except possibly the final X.
    const int province = s.left(2).toInt();
    const QString provinceText = provinceName(province);
    if (provinceText.isEmpty())
        return Error::invalid(ErrorCode::IdRegion, Tr::tr("The ID number starts with %1, which is not a "
                                                          "province-level region code.")
                                                       .arg(s.left(2)));

    const QString first17 = legacy ? s.left(6) + QLatin1String("19") + s.mid(6) : s.left(17);
    const int year = first17.mid(6, 4).toInt();
    const int month = first17.mid(10, 2).toInt();
    const int day = first17.mid(12, 2).toInt();
    const QDate birth(year, month, day);
    // The date is shown as YYYY-MM-DD even when invalid, so the clerk can compare it with the card.
    const QString shown =
        first17.mid(6, 4) + QLatin1Char('-') + first17.mid(10, 2) + QLatin1Char('-') + first17.mid(12, 2);
    if (!birth.isValid())
        return Error::invalid(ErrorCode::IdDate,
                              Tr::tr("The birth date %1 in the ID number is not a real date.").arg(shown));
    if (birth > today)
        return Error::invalid(ErrorCode::IdDate,
                              Tr::tr("The birth date %1 in the ID number is in the future.").arg(shown));
    if (birth < QDate(1900, 1, 1))
        return Error::invalid(ErrorCode::IdDate,
                              Tr::tr("The birth date %1 in the ID number is before 1900.").arg(shown));

    const QChar expected = citizenIdCheckChar(first17);
    if (!legacy && s.at(17).toUpper() != expected)
        return Error::invalid(ErrorCode::IdCheckDigit, Tr::tr("The last character of the ID number should "
                                                              "be %1; the number was probably mistyped.")
                                                           .arg(expected));

    CitizenId id;
    id.id = first17 + expected;
    id.birth = birth;
    id.sex = (first17.at(16).unicode() - '0') % 2 == 1 ? QLatin1Char('M') : QLatin1Char('F');
    id.region = first17.left(6);
    id.province = provinceText;
    return id;
}

bool sameCitizenId(const QString &a, const QString &b, const QDate &today)
{
    const auto pa = parseCitizenId(a, today);
    if (!pa)
        return false;
    const auto pb = parseCitizenId(b, today);
    return pb && pa->id == pb->id;
}

Status validatePostcode(const QString &postcode)
{
    // No trimming: the caller stores what it passed, so a padded value must not pass as valid.
    bool ok = postcode.size() == 6;
    for (qsizetype i = 0; ok && i < postcode.size(); ++i)
        ok = isAsciiDigit(postcode.at(i));
    if (ok)
        return {};
    return Error::invalid(ErrorCode::Postcode, Tr::tr("A postcode must be exactly 6 digits, e.g. 100000."));
}

Status validatePhone(const QString &phone)
{
    // [0-9] rather than \d: QRegularExpression matches Unicode digits (e.g. full-width) with \d.
    static const QRegularExpression mobile(QStringLiteral("^1[0-9]{10}\\z"));
    static const QRegularExpression landline(QStringLiteral("^0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?\\z"));
    const QString p = phone.trimmed();
    if (mobile.match(p).hasMatch() || landline.match(p).hasMatch())
        return {};
    return Error::invalid(ErrorCode::Phone, Tr::tr("Enter an 11-digit mobile number starting with 1, or a landline "
                                                   "number with its area code, e.g. 010-12345678 or 0755-1234567 "
                                                   "(the hyphen is optional; add an extension as -123)."));
}

} // namespace certdesk
