#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace certdesk {

// The one error idiom of models/: every fallible operation returns Result<T>.
// `code` is a stable machine word (tests, JSON, UI branching); `message` is for people.
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
    QString code;
    QString message;

    static Error invalid(QString code, QString message) { return {Kind::Invalid, std::move(code), std::move(message)}; }
    static Error refused(QString code, QString message) { return {Kind::Refused, std::move(code), std::move(message)}; }
    static Error auth(QString code, QString message) { return {Kind::Auth, std::move(code), std::move(message)}; }
    static Error io(QString code, QString message) { return {Kind::Io, std::move(code), std::move(message)}; }
    static Error internal(QString message) { return {Kind::Internal, QStringLiteral("internal"), std::move(message)}; }
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
