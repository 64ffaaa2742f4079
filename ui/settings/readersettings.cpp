#include "readersettings.h"

#include "devices/pcscreader.h"
#include "devices/readerregistry.h"
#include "devices/samreader.h"

#include <QSettings>

namespace certdesk {

ReaderSettings ReaderSettings::load()
{
    const QSettings settings(QStringLiteral("CertDesk"), QStringLiteral("certdesk"));
    ReaderSettings r;
    r.serial = readers::configuredSerialPort().trimmed();
    if (r.serial.isEmpty())
        r.serial = QStringLiteral("auto");
    if (!settings.value(QLatin1String(kSerialEnabledKey), true).toBool())
        r.serial = QStringLiteral("off");
    r.pcsc = settings.value(QLatin1String(kPcscKey), true).toBool();
    return r;
}

void ReaderSettings::save() const
{
    QSettings settings(QStringLiteral("CertDesk"), QStringLiteral("certdesk"));
    settings.setValue(QLatin1String(kSerialEnabledKey), serialEnabled());
    if (serialEnabled())
        readers::setConfiguredSerialPort(serial == QStringLiteral("auto") ? QString() : serial);
    settings.setValue(QLatin1String(kPcscKey), pcsc);
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
