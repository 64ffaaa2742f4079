#pragma once

// The center ↔ county sync protocol, version 1 (docs/sync-protocol.md). Shared by the client (models/sync)
// and the county server (county/): both sides encode and decode through protocol/codec.h only.
// Changes are additive: new optional members may appear; decoders ignore members they do not know.

#include "domain/certification.h"
#include "domain/types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk::protocol {

inline constexpr int kVersion = 1;

// Limits. A request body above kMaxBodyBytes is refused with 413 before it is parsed.
inline constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;
inline constexpr int kMaxPushRecords = 2000;
inline constexpr int kDefaultPullLimit = 1000;
inline constexpr int kMaxPullLimit = 5000;

// Endpoints (HTTPS with a client certificate only). All requests and responses are JSON objects.
inline constexpr char kPathHello[] = "/api/v1/hello"; // GET
inline constexpr char kPathPull[] = "/api/v1/pull";   // POST PullRequest → PullResponse
inline constexpr char kPathPush[] = "/api/v1/push";   // POST PushRequest → PushResponse

// Any non-2xx answer carries {"protocol":1,"error":{"code":…,"message":…}}.
struct ErrorBody
{
    QString code; // stable word: bad_json, bad_request, unsupported_protocol, too_large, no_certificate,
                  // revoked, not_found, method_not_allowed, internal
    QString message;
};

// The rules a center's desks must share (additive in v1): a second desk joining the center takes them from the
// county ("join an existing center"), so its window and policy cannot drift from the first desk's.
struct CenterSettingsRow
{
    QString cyclePolicy; // "fixed" / "rolling"; empty: unknown
    QString windowStart; // MM-DD
    QString windowEnd;   // MM-DD
    int idleLockMinutes = 0;
    bool isNull() const { return cyclePolicy.isEmpty(); }
};

struct InstitutionRow // 附件2: the center's row, from its settings
{
    QString name;
    QString address;
    QString contact;
    QString department;
    QString title;
    QString phone;
    bool isNull() const { return name.isEmpty(); }
};

struct HelloResponse
{
    QString countyCode;
    QString countyName;
    QString centerCode; // from the client certificate, never from the request
    QString centerName;
    QDateTime serverTime; // UTC
    // "escrow_key" (additive in v1): the county's escrow public key, PEM (SubjectPublicKeyInfo, RSA ≥ 3072 bits);
    // absent until the county ran `escrow init`. The center wraps its database key to it (docs/operations.md).
    QByteArray escrowKey;
    // Additive: what the center's desks reported with their pulls (null until one has).
    InstitutionRow institution;
    CenterSettingsRow settings;
};

// --- pull: the county → the center -----------------------------------------------------------------------------

// What a center reports about itself with a pull (additive in v1; a server that does not know the members ignores
// them, and the client sends them again next time). Each is idempotent: the county replaces what it had.
struct RefusalTally // real refusals (domain/workload.h) of one day × clerk × code
{
    QDate date;
    QString clerk;
    QString clerkName;
    QString code;
    int count = 0;
};

struct HandoverForm // one retained 附表1 original in a handover batch (移交清单)
{
    QString formNo;
    QString name;
    QDate date; // certified on (the center's local date)
    QString clerkName;
};

struct HandoverBatch // 转送: the retained originals the center hands over to the county, as listed
{
    int batch = 0; // the center's batch number, 1, 2, …
    QDateTime createdAt;
    QString createdBy; // full name (移交人)
    QList<HandoverForm> forms;
};

struct PullRequest
{
    qint64 cursor = 0;             // the next_cursor of the previous page; 0 = from the beginning
    int limit = kDefaultPullLimit; // 1..kMaxPullLimit; the server clamps
    // "refusals": full tallies of every day listed (the county replaces its tallies of those days).
    QList<RefusalTally> refusals;
    InstitutionRow institution;     // "institution": absent when null
    QList<HandoverBatch> handovers; // "handovers": batches not yet acknowledged by a successful pull
    // The center's own state for the supervisors' Centers report (all optional; docs/sync-protocol.md):
    QString programVersion;     // "program_version": the counter program's version (empty: not sent)
    QDateTime centerTime;       // "center_time": the center's clock when it sent the request (the county's offset)
    int waiting = -1;           // "waiting": records in the center's outbox not yet accepted (-1: not sent)
    CenterSettingsRow settings; // "settings": the center's policy, window and idle lock; absent when null
    bool deskRecords = false;   // "desk_records": true asks for the records of the center's other desks
};

enum class ChangeKind
{
    Form,       // a pending form assigned to this center (new or re-imported; replaces the earlier copy)
    Withdrawal, // the form is withdrawn from this center: do not certify it
    Death,      // a death notice, county-wide
    Conflict,   // one of this center's records is involved in a conflict (either side)
    DeskRecord  // a record of this center made at one of its desks (sent only to clients asking "desk_records")
};

// role "first": this center's record stands and another center certified the same form later.
// role "second": this center's record came later; it is stored at the county and flagged for supervisors.
struct ConflictNotice
{
    QString uuid; // this center's record
    QString formNo;
    int cycle = 0;
    QString role;        // "first" / "second"
    QString otherCenter; // center code of the other record
    QString otherUuid;
};

// A withdrawal that carries this member says "certified elsewhere" (additive in v1): the form's standing record for
// `cycle` came from `center` on `date`; centers keep the form and refuse to certify it again for that cycle. A client
// that does not know the member withdraws the form, which is also safe. The certifying center ignores its own.
struct CertifiedNotice
{
    QString center; // empty: a plain withdrawal
    QString centerName;
    int cycle = 0;
    QDate date; // the certifying center's local date
    bool isNull() const { return center.isEmpty(); }
};

inline constexpr char kSourceList[] = "list";   // the form was imported or pulled from the county's list
inline constexpr char kSourcePaper[] = "paper"; // registered at the counter from the pensioner's paper form

// One certification record. The center code is NOT part of it: the server takes it from the client certificate.
struct PushRecord
{
    QString uuid; // client UUID, the idempotency key
    QString formNo;
    int cycle = 0;
    QString idNo; // cross-checked against the county's copy of the form when the county has one
    QString name; // optional; used for 网上反馈 when the county has no copy of the form
    bool alive = true;
    IdentityMethod method = IdentityMethod::Manual;
    QString clerk;         // username
    QString clerkName;     // 经办人
    QDateTime certifiedAt; // UTC
    QDate localDate;       // the center's calendar day (workload, feedback)
    InfoChange change;     // null members = unchanged
    QString remark;
    QString supersedes; // uuid of the corrected record (same center), or empty
    QString correctionReason;
    QString overrideBy;
    QString overrideReason;
    // Where the form came from (additive in v1; absent on the wire = kSourceList). A "paper" record was registered
    // at the counter from the pensioner's original form, so the county may hold no copy of it: the members below
    // carry what the clerk typed from the paper. They are sent for list records too when known.
    QString source = QString::fromLatin1(kSourceList);
    FormVariant variant = FormVariant::Online; // "variant": online (附表1) / mail (附表2); absent = online
    QString insuredAgency;                     // "agency": 参保地社保经办机构 (paper)
    QDate dueDate;                             // "due_date": the due date on the letter (paper)
    ReplyBlock reply;                          // "reply": 回信 block of a 附表2 (paper, mail)
    QString desk; // "desk" (additive): the counter (desk) of the center that made it; empty: not said
};

struct Change
{
    qint64 seq = 0; // server sequence number, strictly increasing
    ChangeKind kind = ChangeKind::Form;
    Form form;                 // kind Form
    QString formNo;            // kind Withdrawal (also set for Form and Conflict)
    CertifiedNotice certified; // kind Withdrawal: "certified" member, when the form was certified elsewhere
    DeathNotice death;         // kind Death
    ConflictNotice conflict;   // kind Conflict
    PushRecord record;         // kind DeskRecord: "record", as pushed, with its "desk"
    QString recordStatus;      // kind DeskRecord: "status", accepted / conflict (as the county stored it)
};

struct PullResponse
{
    QList<Change> changes; // ascending seq
    qint64 nextCursor = 0; // pass back as cursor; equal to the request cursor when nothing is new
    bool more = false;     // true: another page is waiting right now
};

// --- push: the center → the county -----------------------------------------------------------------------------

struct PushRequest
{
    QList<PushRecord> records; // 1..kMaxPushRecords, processed in order
};

enum class PushStatus
{
    Accepted,  // stored
    Duplicate, // uuid seen before: nothing changed; `original` says what the first answer was
    Conflict,  // stored and flagged: the same form was certified first in this cycle by another record
    Rejected   // not stored; `reason` says why; the client may fix and resend under the same uuid
};

struct PushResult
{
    QString uuid;
    PushStatus status = PushStatus::Rejected;
    QString reason;  // rejected: stable code (invalid_record, id_mismatch, rate_limited, unknown_form,
                     // unknown_supersedes, foreign_supersedes, superseded_twice, uuid_taken); empty otherwise
    QString message; // for people; no personal data
    PushStatus original = PushStatus::Accepted; // duplicate only: accepted or conflict
    QString otherCenter; // conflict (and duplicate of a conflict): center of the record that stands
    QString otherUuid;
    QDateTime retryAfter; // rejected rate_limited: when the county accepts this center's records again (UTC)
};

struct PushResponse
{
    QList<PushResult> results; // one per request record, same order
};

// Text keys used on the wire.
QString changeKindKey(ChangeKind k); // form / withdrawal / death / conflict
bool changeKindFromKey(const QString &key, ChangeKind *out);
QString pushStatusKey(PushStatus s); // accepted / duplicate / conflict / rejected
bool pushStatusFromKey(const QString &key, PushStatus *out);

// The record a client pushes for one of its stored certifications (idNo/name come from the form).
PushRecord pushRecordFrom(const CertificationRecord &r, const QString &idNo, const QString &name);

} // namespace certdesk::protocol
