#pragma once

#include "core/errorcode.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace certdesk {

// The one error idiom of models/: every fallible operation returns Result<T>.
// `code` is what code branches on (an ErrorCode, never its word); `codeWord()` is its stable string for JSON, the
// CLI and the wire; `field` says which input field an Invalid error is about; `message` is for people (translated).
struct Error
{
    enum class Kind
    {
        Invalid, // the input is malformed (bad ID number, bad CSV row, bad phone)
        Refused, // a business rule says no (already certified, outside the window)
        Auth,    // wrong password, locked or disabled account, missing permission
        Io,      // file or database failure
        Internal // a bug or an impossible state
    };

    Kind kind = Kind::Internal;
    ErrorCode code = ErrorCode::Internal;
    QString message;
    ErrorField field = ErrorField::None;

    QString codeWord() const { return errorCodeWord(code); }

    // An input error names its field: by default the one the code's row in kErrorCodes gives.
    static Error invalid(ErrorCode code, QString message)
    {
        return invalid(code, std::move(message), errorCodeInfo(code).field);
    }
    static Error invalid(ErrorCode code, QString message, ErrorField field)
    {
        return {Kind::Invalid, code, std::move(message), field};
    }
    static Error refused(ErrorCode code, QString message) { return make(Kind::Refused, code, std::move(message)); }
    static Error auth(ErrorCode code, QString message) { return make(Kind::Auth, code, std::move(message)); }
    static Error io(ErrorCode code, QString message) { return make(Kind::Io, code, std::move(message)); }
    static Error internal(QString message) { return make(Kind::Internal, ErrorCode::Internal, std::move(message)); }

private:
    static Error make(Kind kind, ErrorCode code, QString message)
    {
        return {kind, code, std::move(message), errorCodeInfo(code).field};
    }
};

template<class T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace certdesk
