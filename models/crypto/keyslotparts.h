#pragma once
// What the key-slot file's format (keyslotformat.cpp) and its uses (keyslots.cpp) share: sizes, limits, names.
// Internal to models/crypto.

#include "crypto/keyslots.h"

#include <QString>

#include <algorithm>

namespace certdesk::keyslots {

constexpr int kSaltLength = 16;
constexpr int kNonceLength = 12;
constexpr int kKeyLength = 32;
constexpr int kWrappedLength = kKeyLength + 16; // GCM tag appended
// A tampered file must not be able to freeze the login screen for hours.
constexpr int kMaxIterations = 100'000'000;
constexpr int kMaxRecordedFailures = 1'000'000;

inline QString kindName(KeySlotFile::SlotKind kind)
{
    return kind == KeySlotFile::SlotKind::Recovery ? QStringLiteral("recovery") : QStringLiteral("password");
}

// Templates so the private nested types need not be named outside the class.
template<class Slots> auto findSlot(Slots &slots, const QString &account, KeySlotFile::SlotKind kind)
{
    return std::find_if(slots.begin(), slots.end(),
                        [&](const auto &slot) { return slot.account == account && slot.kind == kind; });
}

template<class Counters> auto findCounterById(Counters &counters, const QString &id)
{
    return std::find_if(counters.begin(), counters.end(), [&](const auto &counter) { return counter.account == id; });
}

} // namespace certdesk::keyslots
