#pragma once

#include "devices/identitysource.h"

#include <QString>

#include <memory>
#include <vector>

namespace certdesk {

// This workstation's card readers (hardware belongs to the PC, not to the center: QSettings of organisation
// "CertDesk", application "certdesk" — the same file the CLI reads — never the database):
//   devices/sam_port     serial port of the ID card reader; empty = probe (readers::configuredSerialPort())
//   devices/sam_enabled  false = no serial reader at all (default true)
//   devices/pcsc_enabled false = no PC/SC social security card reader (default true)
struct ReaderSettings
{
    static constexpr const char *kSerialEnabledKey = "devices/sam_enabled";
    static constexpr const char *kPcscKey = "devices/pcsc_enabled";

    QString serial = QStringLiteral("auto"); // "auto", "off" or a device path
    bool pcsc = true;

    static ReaderSettings load();
    void save() const;
    bool serialEnabled() const { return serial != QStringLiteral("off"); }
    bool operator==(const ReaderSettings &) const = default;
};

// The identity sources these settings describe, not started.
std::vector<std::unique_ptr<IdentitySource>> makeReaders(const ReaderSettings &settings);

} // namespace certdesk
