#pragma once

#include "core/result.h"
#include "devices/identitysource.h"

#include <QString>
#include <QStringList>

namespace certdesk::pcsc {

// Thin, blocking helpers over pcsc-lite (libpcsclite → pcscd). One Context per thread; the watcher in
// pcscreader.h and the CLI both use them.

// RAII for SCARDCONTEXT.
class Context
{
public:
    Context() = default;
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    // Fails with code "no_service" when pcscd is not running.
    Status establish();
    bool isValid() const { return m_valid; }
    quintptr handle() const { return m_handle; }
    // Reader names; an empty list when none is attached.
    Result<QStringList> readers() const;
    void cancel() const; // wakes a blocked status-change wait (any thread)

private:
    quintptr m_handle = 0;
    bool m_valid = false;
};

// Reads the social security card in `reader`: connect (shared, T=0 or T=1), transaction, SSSE read, disconnect.
// Errors: "no_card", "card_removed", a status-word code from codec/ssseapdu.h, "malformed_*", "pcsc".
Result<CardIdentity> readCard(const Context &context, const QString &reader);

// Everything in one call for the CLI: the first reader holding a card is read.
Result<CardIdentity> readFirstCard();

// pcsc-lite's return code as an Error (never personal data in it).
Error pcscError(long rv);

} // namespace certdesk::pcsc
