#pragma once

// "Join an existing center" (a second desk of a center, docs/sync-protocol.md "A center with several desks"): before
// the desk's own database exists, its certificate bundle is opened and the county is asked for the center's profile
// (hello: code, name, the 附件2 row and the rules the desks share), so the new desk starts under the same settings.

#include "core/result.h"
#include "domain/center.h"
#include "protocol/protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace certdesk {

struct JoinRequest
{
    QString serverUrl;
    QByteArray bundle; // the .p12 made for this desk by certdesk-county enroll
    QString bundlePassword;
    QString desk; // this counter's name among the center's desks
};

// Blocking (network): run it off the GUI thread. The bundle's refusals (SyncSettings::openBundle) and the link's
// (unreachable, certificate_refused, …) come back as they are.
Result<protocol::HelloResponse> fetchCenterProfile(const JoinRequest &request, const QDateTime &now);

// `base` with what the county knows of the center: code and name always, policy/window/idle lock and the 附件2 row
// when a desk of the center has reported them.
CenterConfig centerFromProfile(const protocol::HelloResponse &hello, CenterConfig base);

} // namespace certdesk
