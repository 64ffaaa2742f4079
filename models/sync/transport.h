#pragma once

#include "core/result.h"
#include "protocol/protocol.h"

namespace certdesk {

// One request/response exchange with the county server. Blocking: the sync engine runs on a worker thread
// (or in the CLI), never on the GUI thread.
//
// Error codes the engine relies on:
//   Io "unreachable"          no connection (DNS, refused, reset, no route)
//   Io "timeout"              the request took longer than the transport's limit (a poor link)
//   Io "server_error"         the server answered 5xx (it failed; the client retries later)
//   Refused "certificate_refused"  the TLS handshake failed or the server refused this center (revoked, 401/403)
//   Refused "protocol"        the server answered something this client cannot read (4xx, bad JSON)
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    virtual Result<protocol::PushResponse> push(const protocol::PushRequest &request) = 0;
    virtual Result<protocol::PullResponse> pull(const protocol::PullRequest &request) = 0;
    virtual Result<protocol::HelloResponse> hello() = 0;
    // Ends an exchange in flight at once (it fails as a link error); called on the worker's thread when the sync
    // stops. Transports that never wait need nothing.
    virtual void abort() {}
};

// Transport errors are about the link, not about any record: they never count against a record.
inline bool isLinkError(const Error &e)
{
    return e.kind == Error::Kind::Io &&
           (e.code == ErrorCode::Unreachable || e.code == ErrorCode::Timeout || e.code == ErrorCode::ServerError);
}

} // namespace certdesk
