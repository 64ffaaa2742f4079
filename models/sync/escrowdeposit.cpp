#include "sync/escrowdeposit.h"

#include "core/escrowcrypto.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "sync/transport.h"

#include <QJsonObject>

#include <openssl/crypto.h>

namespace certdesk {

Result<EscrowDeposit> EscrowService::deposit(Session &session, SyncTransport &transport)
{
    if (auto s = session.require(Permission::ManageAccounts); !s)
        return s.error();
    auto hello = transport.hello();
    if (!hello)
        return hello.error();
    if (hello->escrowKey.isEmpty())
        return Error::refused(ErrorCode::NoEscrowKey,
                              tr("The county has no escrow key yet; ask the county to run certdesk-county escrow "
                                 "init, then try again."));
    auto keyId = escrow::keyId(hello->escrowKey);
    if (!keyId)
        return keyId.error();
    EscrowDeposit result{hello->centerCode, keyId.value(), false};
    const KeySlotFile::EscrowSlot &current = SessionAccess::keys(session).escrowSlot();
    if (!current.isNull() && current.keyId == result.keyId && current.center == result.center)
        return result;
    auto wrapped = escrow::wrap(hello->escrowKey, SessionAccess::dbKey(session), result.center);
    if (!wrapped)
        return wrapped.error();
    const KeySlotFile::EscrowSlot slot{result.center, result.keyId, session.clock().now().toUTC(), wrapped.value()};
    if (auto s = SessionAccess::keys(session).update([&](KeySlotFile &keys) {
            keys.setEscrowSlot(slot);
            return Status{};
        });
        !s)
        return s.error();
    const QJsonObject detail{{QStringLiteral("center_code"), result.center}, {QStringLiteral("key_id"), result.keyId}};
    if (auto s =
            session.audit().append(session.account().username, QStringLiteral("escrow"), detail, session.clock().now());
        !s)
        return s.error();
    result.changed = true;
    return result;
}

} // namespace certdesk
