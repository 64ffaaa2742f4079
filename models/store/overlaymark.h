#pragma once

#include "core/result.h"

#include <QDateTime>

#include <optional>

namespace certdesk {

class Database;

// What happened to the paper original of a form's cycle, in paper_handling (not sealed with the record: it is
// set after the certification). Here only overlay printing (套打, issue 10 §2): the first print onto the original.
// Runs inside the caller's transaction.
Status markOverlayPrinted(Database &db, qint64 formId, int cycle, const QDateTime &at);
Result<std::optional<QDateTime>> overlayPrintedAt(Database &db, qint64 formId, int cycle);

} // namespace certdesk
