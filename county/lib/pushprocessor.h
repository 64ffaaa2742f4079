#pragma once

// One push batch: decide every record (accepted / duplicate / conflict / rejected) and store the batch in one
// transaction. Lookups are made per batch (a few IN queries), inserts are multi-row: the cost per record stays
// flat over a network link to PostgreSQL.

#include "core/result.h"
#include "countydb.h"
#include "protocol/protocol.h"

#include <QDateTime>
#include <QJsonArray>

namespace certdesk::county {

// `records` are the raw JSON values of the request (protocol::pushRecordValues); centerCode comes from the
// client certificate. A database failure fails the whole batch (nothing stored; the client retries).
Result<protocol::PushResponse> processPush(CountyDb &db, const QString &centerCode, const QJsonArray &records,
                                           const QDateTime &now);

} // namespace certdesk::county
