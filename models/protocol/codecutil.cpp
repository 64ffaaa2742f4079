#include "protocol/codecutil.h"

#include "domain/citizenid.h"
#include "protocol/protocol.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTimeZone>

#include <cmath>

namespace certdesk::protocol::detail {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Protocol)
};

} // namespace

Error badMember(const QString &key, const char *what)
{
    return Error::invalid(ErrorCode::BadRequest, Tr::tr("Member \"%1\" %2.").arg(key, QLatin1String(what)));
}

Result<QString> requiredString(const QJsonObject &o, const QString &key, bool allowEmpty)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return badMember(key, "is missing or not a string");
    if (!allowEmpty && v.toString().trimmed().isEmpty())
        return badMember(key, "is empty");
    return v.toString();
}

Result<QString> optionalString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return badMember(key, "is not a string");
    return v.toString();
}

Result<qint64> requiredInt(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return badMember(key, "is missing or not a number");
    const double d = v.toDouble();
    if (d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return badMember(key, "is not an integer");
    return qint64(d);
}

Result<bool> requiredBool(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isBool())
        return badMember(key, "is missing or not a boolean");
    return v.toBool();
}

Result<QDate> requiredDate(const QJsonObject &o, const QString &key)
{
    auto s = requiredString(o, key);
    if (!s)
        return s.error();
    const QDate d = QDate::fromString(s.value(), Qt::ISODate);
    if (!d.isValid() || s->size() != 10)
        return badMember(key, "is not a date YYYY-MM-DD");
    return d;
}

Result<QDateTime> requiredTimestamp(const QJsonObject &o, const QString &key)
{
    auto s = requiredString(o, key);
    if (!s)
        return s.error();
    QDateTime t = QDateTime::fromString(s.value(), Qt::ISODateWithMs);
    if (!t.isValid())
        return badMember(key, "is not an ISO 8601 timestamp");
    if (t.timeSpec() == Qt::LocalTime)
        return badMember(key, "has no time zone");
    return t.toUTC();
}

QJsonObject envelope()
{
    QJsonObject o;
    o.insert(QStringLiteral("protocol"), kVersion);
    return o;
}

QString timestampText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

bool isUuid(const QString &s)
{
    if (s.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = s.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                     (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                     (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    return true;
}

bool isCitizenIdShape(const QString &s)
{
    if (s.size() != 18)
        return false;
    for (int i = 0; i < 17; ++i)
        if (s.at(i) < QLatin1Char('0') || s.at(i) > QLatin1Char('9'))
            return false;
    return citizenIdCheckChar(s.left(17)) == s.at(17);
}

} // namespace certdesk::protocol::detail
