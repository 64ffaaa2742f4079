#pragma once

// JSON encoding of protocol.h. Every encoder adds "protocol": kVersion to the top-level object.
// Decoders return Error::invalid(code, message) with code bad_json / bad_request / unsupported_protocol /
// too_large; the message never quotes personal data from the input.

#include "core/result.h"
#include "protocol/protocol.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace certdesk::protocol {

// Body → top-level object: size limit, valid JSON, an object, "protocol" present and == kVersion.
Result<QJsonObject> parseEnvelope(const QByteArray &body);
QByteArray serialize(const QJsonObject &o); // compact UTF-8

QJsonObject encodeError(const ErrorBody &e);
Result<ErrorBody> decodeError(const QJsonObject &o);

QJsonObject encodeHello(const HelloResponse &h);
Result<HelloResponse> decodeHello(const QJsonObject &o);

QJsonObject encodePullRequest(const PullRequest &r);
Result<PullRequest> decodePullRequest(const QJsonObject &o);
QJsonObject encodePullResponse(const PullResponse &r);
Result<PullResponse> decodePullResponse(const QJsonObject &o);

// The center report members of a pull request (refusals, institution, handovers; codec_report.cpp).
void encodeCenterReport(const PullRequest &r, QJsonObject &o);
QJsonObject encodeInstitution(const InstitutionRow &i);
QJsonObject encodeCenterSettings(const CenterSettingsRow &s);
Status decodeCenterReport(const QJsonObject &o, PullRequest *r);

QJsonObject encodeForm(const Form &f);
Result<Form> decodeForm(const QJsonObject &o);
QJsonObject encodeChange(const Change &c);
Result<Change> decodeChange(const QJsonObject &o);

QJsonObject encodePushRecord(const PushRecord &r);
// Validates one record (uuid shape, form_no, cycle, dates, method, id number syntax, supersedes shape).
Result<PushRecord> decodePushRecord(const QJsonValue &v);
QJsonObject encodePushRequest(const PushRequest &r);
// Strict: the first bad record fails the whole request (clients, tests).
Result<PushRequest> decodePushRequest(const QJsonObject &o);
// Lenient, for the server: the "records" array (1..kMaxPushRecords entries), each decoded by decodePushRecord so
// that one bad record is rejected on its own.
Result<QJsonArray> pushRecordValues(const QJsonObject &o);
// The uuid member of a record that failed to decode, if it is a string at all (for the rejected answer).
QString uuidOf(const QJsonValue &v);

QJsonObject encodePushResult(const PushResult &r);
Result<PushResult> decodePushResult(const QJsonObject &o);
QJsonObject encodePushResponse(const PushResponse &r);
Result<PushResponse> decodePushResponse(const QJsonObject &o);

} // namespace certdesk::protocol
