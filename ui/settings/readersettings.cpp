#include "readersettings.h"

#include "core/workstationsettings.h"
#include "devices/pcscreader.h"
#include "devices/samreader.h"

namespace certdesk {

ReaderSettings ReaderSettings::load(const WorkstationSettings &from)
{
    ReaderSettings r;
    r.serial = from.serialPort();
    if (r.serial.isEmpty())
        r.serial = QStringLiteral("auto");
    if (!from.serialEnabled())
        r.serial = QStringLiteral("off");
    r.pcsc = from.pcscEnabled();
    return r;
}

void ReaderSettings::save(WorkstationSettings &to) const
{
    to.setSerialEnabled(serialEnabled());
    if (serialEnabled())
        to.setSerialPort(serial == QStringLiteral("auto") ? QString() : serial);
    to.setPcscEnabled(pcsc);
}

std::vector<std::unique_ptr<IdentitySource>> makeReaders(const ReaderSettings &settings)
{
    std::vector<std::unique_ptr<IdentitySource>> sources;
    if (settings.serialEnabled())
        sources.push_back(
            std::make_unique<SamReader>(settings.serial == QStringLiteral("auto") ? QString() : settings.serial));
    if (settings.pcsc)
        sources.push_back(std::make_unique<PcscReader>());
    return sources;
}

} // namespace certdesk
