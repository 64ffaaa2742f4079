#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>

namespace certdesk {

// Which input field an Invalid error is about, so a form can put the cursor there without knowing codes.
enum class ErrorField
{
    None,
    IdNumber, // the citizen ID number (typed, scanned or read from a card)
    Phone,
    Postcode,
    Address,
    Window, // the certification window MM-DD..MM-DD
    Center, // center code and name
    IdleLock,
    Username,
    Password,
    Reason, // a correction's or an override's reason
    Seal,   // the seal image
};

// Every error code of the tree. Branch on these, never on the word: the word (kErrorCodes below) is the stable
// form for JSON, the CLI's output, the wire and the docs. Several codes may share a word where the meanings are
// the same to a reader of the output ("empty", "timeout"); the enum keeps them apart for code that branches.
// Adding a code: one enumerator here, one row at the same place in kErrorCodes (a static_assert checks the order).
enum class ErrorCode
{
    Internal,
    Cancelled,
    Empty,
    Exists,
    ReadFailed,
    WriteFailed,
    OpenFailed,
    Permission,
    Range,
    // store
    Sql,
    Constraint,
    WrongKey,
    SchemaTooNew,
    AuditBroken,
    NoDatabase,
    // crypto and key slots
    NoKeyfile,
    KeyfileCorrupt,
    KeyfileBusy,
    KeyfileWrite,
    BadSlot,
    EmptySecret,
    WrongPassword,
    Locked,
    BadKey,
    BadNonce,
    AuthFailed,
    // input fields
    IdEmpty,
    IdLength,
    IdCharacter,
    IdRegion,
    IdDate,
    IdCheckDigit,
    Phone,
    Postcode,
    Address,
    Window,
    Center,
    IdleLock,
    Username,
    WeakPassword,
    Reason,
    OverrideReason,
    SealNotPng,
    SealTooLarge,
    SealOpaque,
    // certification and accounts
    AlreadyCertified,
    AlreadyCorrected,
    DeathNotice,
    Disabled,
    IdMismatch,
    LastAdmin,
    NoSuchAccount,
    NoSuchForm,
    NoSuchRecord,
    NotCertified,
    OutsideWindow,
    OverrideNotSupervisor,
    OverrideSelf,
    Superseded,
    // import
    Columns,
    Csv,
    Encoding,
    Json,
    // printing
    PrintFailed,
    NoPrinter,
    // card readers and card codecs
    NoService,
    NoReader,
    NoCard,
    CardRemoved,
    CardUnresponsive,
    Pcsc,
    Timeout,
    MalformedResponse,
    MalformedRecord,
    SamTextSize,
    SamNoNumber,
    SamCardType,
    CardDataCorrupted,
    CardWrongLength,
    CardSecurityStatus,
    CardAuthBlocked,
    CardConditionsNotSatisfied,
    CardFunctionNotSupported,
    CardFileNotFound,
    CardRecordNotFound,
    CardWrongP1P2,
    CardInsNotSupported,
    CardClaNotSupported,
    CardStatus, // any other status word
    // sync client
    Unreachable,
    ServerError,
    CertificateRefused,
    Protocol,
    BadBundle,
    BadUrl,
    Expired,
    NoCa,
    NotIssuedByCa,
    NotRetryable,
    WrongCenter,
    // the wire (protocol/) and the county server
    TooLarge,
    BadJson,
    BadRequest,
    UnsupportedProtocol,
    NoCertificate,
    Revoked,
    MethodNotAllowed,
    NotFound,
    InvalidRecord,
    UuidTaken,
    UnknownSupersedes,
    ForeignSupersedes,
    SupersededTwice,
    Config,
    Database,
    DatabaseOpen,
    DatabaseUrl,
    Date,
    Listen,
    Mkdir,
    Read,
    Write,
    ServerKeys,
    NotInitialised,
    UnknownCenter,
    // certdesk-admin and tools
    NotConfigured,
    NoReaderFound,
    NoCardFound,
    Integrity,
    CardFile,
    CardId,
    CardJson,
    CardType,
    Marker,
};

struct ErrorCodeInfo
{
    ErrorCode code;
    const char *word;
    ErrorField field = ErrorField::None; // the field an Invalid error with this code is about
};

inline constexpr ErrorCodeInfo kErrorCodes[] = {
    {ErrorCode::Internal, "internal"},
    {ErrorCode::Cancelled, "cancelled"},
    {ErrorCode::Empty, "empty"},
    {ErrorCode::Exists, "exists"},
    {ErrorCode::ReadFailed, "read_failed"},
    {ErrorCode::WriteFailed, "write_failed"},
    {ErrorCode::OpenFailed, "open_failed"},
    {ErrorCode::Permission, "permission"},
    {ErrorCode::Range, "range"},
    {ErrorCode::Sql, "sql"},
    {ErrorCode::Constraint, "constraint"},
    {ErrorCode::WrongKey, "wrong_key"},
    {ErrorCode::SchemaTooNew, "schema_too_new"},
    {ErrorCode::AuditBroken, "audit_broken"},
    {ErrorCode::NoDatabase, "no_database"},
    {ErrorCode::NoKeyfile, "no_keyfile"},
    {ErrorCode::KeyfileCorrupt, "keyfile_corrupt"},
    {ErrorCode::KeyfileBusy, "keyfile_busy"},
    {ErrorCode::KeyfileWrite, "keyfile_write"},
    {ErrorCode::BadSlot, "bad_slot"},
    {ErrorCode::EmptySecret, "empty_secret"},
    {ErrorCode::WrongPassword, "wrong_password"},
    {ErrorCode::Locked, "locked"},
    {ErrorCode::BadKey, "bad_key"},
    {ErrorCode::BadNonce, "bad_nonce"},
    {ErrorCode::AuthFailed, "auth_failed"},
    {ErrorCode::IdEmpty, "empty", ErrorField::IdNumber},
    {ErrorCode::IdLength, "length", ErrorField::IdNumber},
    {ErrorCode::IdCharacter, "character", ErrorField::IdNumber},
    {ErrorCode::IdRegion, "region", ErrorField::IdNumber},
    {ErrorCode::IdDate, "date", ErrorField::IdNumber},
    {ErrorCode::IdCheckDigit, "check_digit", ErrorField::IdNumber},
    {ErrorCode::Phone, "phone", ErrorField::Phone},
    {ErrorCode::Postcode, "postcode", ErrorField::Postcode},
    {ErrorCode::Address, "address", ErrorField::Address},
    {ErrorCode::Window, "window", ErrorField::Window},
    {ErrorCode::Center, "center", ErrorField::Center},
    {ErrorCode::IdleLock, "idle_lock", ErrorField::IdleLock},
    {ErrorCode::Username, "username", ErrorField::Username},
    {ErrorCode::WeakPassword, "weak_password", ErrorField::Password},
    {ErrorCode::Reason, "reason", ErrorField::Reason},
    {ErrorCode::OverrideReason, "override_reason", ErrorField::Reason},
    {ErrorCode::SealNotPng, "seal_not_png", ErrorField::Seal},
    {ErrorCode::SealTooLarge, "seal_too_large", ErrorField::Seal},
    {ErrorCode::SealOpaque, "seal_opaque", ErrorField::Seal},
    {ErrorCode::AlreadyCertified, "already_certified"},
    {ErrorCode::AlreadyCorrected, "already_corrected"},
    {ErrorCode::DeathNotice, "death_notice"},
    {ErrorCode::Disabled, "disabled"},
    {ErrorCode::IdMismatch, "id_mismatch", ErrorField::IdNumber},
    {ErrorCode::LastAdmin, "last_admin"},
    {ErrorCode::NoSuchAccount, "no_such_account"},
    {ErrorCode::NoSuchForm, "no_such_form"},
    {ErrorCode::NoSuchRecord, "no_such_record"},
    {ErrorCode::NotCertified, "not_certified"},
    {ErrorCode::OutsideWindow, "outside_window"},
    {ErrorCode::OverrideNotSupervisor, "override_not_supervisor"},
    {ErrorCode::OverrideSelf, "override_self"},
    {ErrorCode::Superseded, "superseded"},
    {ErrorCode::Columns, "columns"},
    {ErrorCode::Csv, "csv"},
    {ErrorCode::Encoding, "encoding"},
    {ErrorCode::Json, "json"},
    {ErrorCode::PrintFailed, "print_failed"},
    {ErrorCode::NoPrinter, "no_printer"},
    {ErrorCode::NoService, "no_service"},
    {ErrorCode::NoReader, "no_reader"},
    {ErrorCode::NoCard, "no_card"},
    {ErrorCode::CardRemoved, "card_removed"},
    {ErrorCode::CardUnresponsive, "card_unresponsive"},
    {ErrorCode::Pcsc, "pcsc"},
    {ErrorCode::Timeout, "timeout"},
    {ErrorCode::MalformedResponse, "malformed_response"},
    {ErrorCode::MalformedRecord, "malformed_record"},
    {ErrorCode::SamTextSize, "sam-text-size"},
    {ErrorCode::SamNoNumber, "sam-no-number"},
    {ErrorCode::SamCardType, "sam-card-type"},
    {ErrorCode::CardDataCorrupted, "data_corrupted"},
    {ErrorCode::CardWrongLength, "wrong_length"},
    {ErrorCode::CardSecurityStatus, "security_status"},
    {ErrorCode::CardAuthBlocked, "auth_blocked"},
    {ErrorCode::CardConditionsNotSatisfied, "conditions_not_satisfied"},
    {ErrorCode::CardFunctionNotSupported, "function_not_supported"},
    {ErrorCode::CardFileNotFound, "file_not_found"},
    {ErrorCode::CardRecordNotFound, "record_not_found"},
    {ErrorCode::CardWrongP1P2, "wrong_p1p2"},
    {ErrorCode::CardInsNotSupported, "ins_not_supported"},
    {ErrorCode::CardClaNotSupported, "cla_not_supported"},
    {ErrorCode::CardStatus, "card_status"},
    {ErrorCode::Unreachable, "unreachable"},
    {ErrorCode::ServerError, "server_error"},
    {ErrorCode::CertificateRefused, "certificate_refused"},
    {ErrorCode::Protocol, "protocol"},
    {ErrorCode::BadBundle, "bad_bundle"},
    {ErrorCode::BadUrl, "bad_url"},
    {ErrorCode::Expired, "expired"},
    {ErrorCode::NoCa, "no_ca"},
    {ErrorCode::NotIssuedByCa, "not_issued_by_ca"},
    {ErrorCode::NotRetryable, "not_retryable"},
    {ErrorCode::WrongCenter, "wrong_center"},
    {ErrorCode::TooLarge, "too_large"},
    {ErrorCode::BadJson, "bad_json"},
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::UnsupportedProtocol, "unsupported_protocol"},
    {ErrorCode::NoCertificate, "no_certificate"},
    {ErrorCode::Revoked, "revoked"},
    {ErrorCode::MethodNotAllowed, "method_not_allowed"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::InvalidRecord, "invalid_record"},
    {ErrorCode::UuidTaken, "uuid_taken"},
    {ErrorCode::UnknownSupersedes, "unknown_supersedes"},
    {ErrorCode::ForeignSupersedes, "foreign_supersedes"},
    {ErrorCode::SupersededTwice, "superseded_twice"},
    {ErrorCode::Config, "config"},
    {ErrorCode::Database, "database"},
    {ErrorCode::DatabaseOpen, "database_open"},
    {ErrorCode::DatabaseUrl, "database_url"},
    {ErrorCode::Date, "date"},
    {ErrorCode::Listen, "listen"},
    {ErrorCode::Mkdir, "mkdir"},
    {ErrorCode::Read, "read"},
    {ErrorCode::Write, "write"},
    {ErrorCode::ServerKeys, "server_keys"},
    {ErrorCode::NotInitialised, "not_initialised"},
    {ErrorCode::UnknownCenter, "unknown_center"},
    {ErrorCode::NotConfigured, "not_configured"},
    {ErrorCode::NoReaderFound, "no-reader"},
    {ErrorCode::NoCardFound, "no-card"},
    {ErrorCode::Integrity, "integrity"},
    {ErrorCode::CardFile, "card-file"},
    {ErrorCode::CardId, "card-id"},
    {ErrorCode::CardJson, "card-json"},
    {ErrorCode::CardType, "card-type"},
    {ErrorCode::Marker, "marker"},
};

namespace detail {
constexpr bool errorCodesInOrder()
{
    for (std::size_t i = 0; i < std::size(kErrorCodes); ++i)
        if (static_cast<std::size_t>(kErrorCodes[i].code) != i)
            return false;
    return true;
}
} // namespace detail
static_assert(detail::errorCodesInOrder(), "kErrorCodes rows must follow the ErrorCode enumerators one by one");
static_assert(static_cast<std::size_t>(ErrorCode::Marker) + 1 == std::size(kErrorCodes),
              "every ErrorCode needs its row in kErrorCodes");

constexpr const ErrorCodeInfo &errorCodeInfo(ErrorCode code)
{
    return kErrorCodes[static_cast<std::size_t>(code)];
}

// The stable word of a code, as JSON, the CLI and the wire spell it.
inline QString errorCodeWord(ErrorCode code)
{
    return QLatin1String(errorCodeInfo(code).word);
}

} // namespace certdesk
