#pragma once

// Internal to models/protocol: typed member readers that say which member is wrong, never what it held.

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace certdesk::protocol::detail {

Error badMember(const QString &key, const char *what);

// Required string (may be empty only if allowEmpty).
Result<QString> requiredString(const QJsonObject &o, const QString &key, bool allowEmpty = false);
// Optional string: absent or null → null QString; present and not a string → error.
Result<QString> optionalString(const QJsonObject &o, const QString &key);
Result<qint64> requiredInt(const QJsonObject &o, const QString &key);
Result<bool> requiredBool(const QJsonObject &o, const QString &key);
Result<QDate> requiredDate(const QJsonObject &o, const QString &key);
Result<QDateTime> requiredTimestamp(const QJsonObject &o, const QString &key);

QJsonObject envelope();                    // {"protocol": kVersion}: what every message starts from
QString timestampText(const QDateTime &t); // UTC, ISO 8601 with milliseconds and 'Z'
QJsonValue nullable(const QString &s);     // null QString → JSON null

bool isUuid(const QString &s);           // 8-4-4-4-12 hex, no braces
bool isCitizenIdShape(const QString &s); // 18 characters, MOD 11-2 check character correct

} // namespace certdesk::protocol::detail
