#include "cardfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk::samsim {

namespace {

QString dateText(const QString &value)
{
    // Accept 2020-01-31 as well as the card's own 20200131; 长期 and anything else pass through unchanged.
    if (value.size() == 10 && value.at(4) == QLatin1Char('-') && value.at(7) == QLatin1Char('-'))
        return QString(value).remove(QLatin1Char('-'));
    return value;
}

QString sexCode(const QString &value)
{
    if (value == QLatin1String("M") || value == QStringLiteral("男"))
        return QStringLiteral("1");
    if (value == QLatin1String("F") || value == QStringLiteral("女"))
        return QStringLiteral("2");
    return value;
}

} // namespace

Result<sam::CardText> cardFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error::invalid(ErrorCode::CardJson, QStringLiteral("not a JSON object: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    auto s = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    sam::CardText t;
    const QString type = o.contains(QLatin1String("card_type")) ? s("card_type") : QStringLiteral("resident");
    if (!sam::layoutFromKey(type, &t.layout))
        return Error::invalid(ErrorCode::CardType, QStringLiteral("unknown card_type %1").arg(type));
    t.name = s("name");
    t.englishName = s("english_name");
    t.sexCode = sexCode(s("sex"));
    const QString nation = s("nation");
    t.nationCode = sam::nationCode(nation).isEmpty() ? nation : sam::nationCode(nation);
    t.nationality = s("nationality");
    t.birthText = dateText(s("birth"));
    t.address = s("address");
    t.idNo = s("id_no");
    t.issuer = s("issuer");
    t.validFromText = dateText(s("valid_from"));
    t.validToText = dateText(s("valid_to"));
    t.passNo = s("pass_no");
    t.issueCount = s("issue_count");
    t.version = s("version");
    if (t.idNo.isEmpty())
        return Error::invalid(ErrorCode::CardId, QStringLiteral("the card needs an id_no"));
    return t;
}

Result<sam::CardText> loadCardFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(ErrorCode::CardFile, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return cardFromJson(f.readAll());
}

Result<sam::CardText> builtinCard(const QString &cardType)
{
    sam::CardText t;
    if (!sam::layoutFromKey(cardType, &t.layout))
        return Error::invalid(ErrorCode::CardType, QStringLiteral("unknown card type %1").arg(cardType));
    // Fictional people; the ID numbers carry valid check characters.
    t.sexCode = QStringLiteral("1");
    t.validFromText = QStringLiteral("20200101");
    t.validToText = QStringLiteral("20400101");
    switch (t.layout) {
    case sam::TextLayout::Resident:
        t.name = QStringLiteral("演示张三");
        t.nationCode = QStringLiteral("01");
        t.birthText = QStringLiteral("19500307");
        t.address = QStringLiteral("演示省演示市演示区幸福路1号");
        t.idNo = QStringLiteral("110105195003070019");
        t.issuer = QStringLiteral("演示市公安局演示分局");
        t.validToText = QStringLiteral("长期");
        break;
    case sam::TextLayout::HkMoTw:
        t.name = QStringLiteral("演示陈大文");
        t.birthText = QStringLiteral("19551010");
        t.address = QStringLiteral("演示省演示市演示区和平路8号");
        t.idNo = QStringLiteral("810000195510100014");
        t.issuer = QStringLiteral("演示市公安局");
        t.passNo = QStringLiteral("H12345678");
        t.issueCount = QStringLiteral("01");
        break;
    case sam::TextLayout::Foreign2017:
        t.name = QStringLiteral("演示约翰");
        t.englishName = QStringLiteral("DEMO, JOHN");
        t.idNo = QStringLiteral("CAN110050030701");
        t.nationality = QStringLiteral("CAN");
        t.birthText = QStringLiteral("19500307");
        t.version = QStringLiteral("01");
        t.issuer = QStringLiteral("1500");
        break;
    case sam::TextLayout::Foreign2023:
        t.name = QStringLiteral("演示玛丽");
        t.englishName = QStringLiteral("DEMO, MARY ANNE ELIZABETH");
        t.sexCode = QStringLiteral("2");
        t.idNo = QStringLiteral("912124195203070021");
        t.nationality = QStringLiteral("GBR");
        t.birthText = QStringLiteral("19520307");
        t.version = QStringLiteral("02");
        t.issueCount = QStringLiteral("0");
        t.issuer = QStringLiteral("NIA");
        break;
    }
    return t;
}

} // namespace certdesk::samsim
