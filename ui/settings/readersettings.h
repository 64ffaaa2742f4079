#pragma once

#include "devices/identitysource.h"

#include <QString>

#include <memory>
#include <vector>

namespace certdesk {

class WorkstationSettings;

// This workstation's card readers, as the Settings tab shows them (kept in WorkstationSettings, never the database).
struct ReaderSettings
{
    QString serial = QStringLiteral("auto"); // "auto", "off" or a device path
    bool pcsc = true;

    static ReaderSettings load(const WorkstationSettings &from);
    void save(WorkstationSettings &to) const;
    bool serialEnabled() const { return serial != QStringLiteral("off"); }
    bool operator==(const ReaderSettings &) const = default;
};

// The identity sources these settings describe, not started.
std::vector<std::unique_ptr<IdentitySource>> makeReaders(const ReaderSettings &settings);

} // namespace certdesk
