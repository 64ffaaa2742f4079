#pragma once

// Key escrow, the center's side (docs/operations.md, "Escrow recovery"): asks the county for its escrow public key
// (hello's "escrow_key") and wraps this database's key to it into the escrow slot of <db>.keys. The county can
// then add a new admin slot (certdesk-county escrow recover) when every password and the recovery code are lost.

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace certdesk {

class Session;
class SyncTransport;

struct EscrowDeposit
{
    QString center;       // the center code the county knows this desk by (from its certificate)
    QString keyId;        // the county's escrow key
    bool changed = false; // false: the slot already held the key wrapped to this county key
};

class EscrowService
{
    Q_DECLARE_TR_FUNCTIONS(EscrowService)

public:
    // Admin only (Permission::ManageAccounts). Refused "no_escrow_key" when the county has none yet; link errors as
    // the transport reports them. Writes the slot with a locked read-modify-write and an audit entry "escrow".
    static Result<EscrowDeposit> deposit(Session &session, SyncTransport &transport);
};

} // namespace certdesk
