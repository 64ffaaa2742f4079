#pragma once

// One push batch: decide every record (accepted / duplicate / conflict / rejected) and store the batch in one
// transaction. Lookups are made per batch (a few IN queries), inserts are multi-row: the cost per record stays
// flat over a network link to PostgreSQL.

#include "core/result.h"
#include "countydb.h"
#include "protocol/protocol.h"

#include <QDateTime>
#include <QJsonArray>

#include <functional>

namespace certdesk::county {

// `records` are the raw JSON values of the request (protocol::pushRecordValues); centerCode comes from the
// client certificate. A database failure fails the whole batch (nothing stored; the client retries).
// `guard` runs first inside the push's transaction (the audit head check, auditheads.h): an error from it refuses
// the whole push, nothing stored. A unique violation (the standing record of a form and cycle, or a uuid, stored by
// another server process meanwhile: PostgreSQL) rolls back and runs the push again, which then finds that record.
using PushGuard = std::function<Status()>;
Result<protocol::PushResponse> processPush(CountyDb &db, const QString &centerCode, const QJsonArray &records,
                                           const QDateTime &now, const PushGuard &guard = {});

// Test seam: called after each attempt's lookups, before anything is written (tests/county/tst_county_standing.cpp
// lines two pushes up there to force the race).
void setPushLookupHook(std::function<void()> hook);

} // namespace certdesk::county
