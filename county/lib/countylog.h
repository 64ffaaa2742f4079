#pragma once

// The county server's logging categories (docs/architecture.md, "Logging"); messages go to stderr, which systemd
// hands to journald. Never personal data: center codes, endpoints, statuses, durations, counts.

#include <QLoggingCategory>

namespace certdesk::county {

// certdesk.county.http: one line per request (center, method and endpoint, status, duration). On by default
// (info): it is the service's access log. QT_LOGGING_RULES="certdesk.county.http.info=false" silences it.
Q_DECLARE_LOGGING_CATEGORY(lcCountyHttp)
// certdesk.county.db: database failures behind a 500 answer (warnings).
Q_DECLARE_LOGGING_CATEGORY(lcCountyDb)

} // namespace certdesk::county
