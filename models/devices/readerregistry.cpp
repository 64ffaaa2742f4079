#include "readerregistry.h"

#include "devices/portprobe.h"
#include "devices/samreader.h"

#include <QSettings>

namespace certdesk::readers {

namespace {

// Explicit names: the CLI (application "certdesk-admin") reads the GUI's per-PC settings.
const QString kOrganisation = QStringLiteral("CertDesk");
const QString kApplication = QStringLiteral("certdesk");

} // namespace

QString configuredSerialPort()
{
    return QSettings(kOrganisation, kApplication).value(kSerialPortSetting).toString();
}

void setConfiguredSerialPort(const QString &port)
{
    QSettings settings(kOrganisation, kApplication);
    if (port.isEmpty())
        settings.remove(kSerialPortSetting);
    else
        settings.setValue(kSerialPortSetting, port);
}

QList<ReaderInfo> listSerialReaders(const QString &configuredSerialPort, int probeMs)
{
    QList<ReaderInfo> list;
    for (const portprobe::PortInfo &port : portprobe::candidatePorts(configuredSerialPort)) {
        const portprobe::ProbeResult probe = portprobe::probePort(port.path, probeMs);
        list.append({kSerial, port.path, port.description, probe.isSam, probe.message});
    }
    return list;
}

QList<ReaderInfo> listReaders(const QString &configuredSerialPort, int probeMs)
{
    return listSerialReaders(configuredSerialPort, probeMs) + listPcscReaders();
}

bool isSerialDevice(const QString &device)
{
    return device.startsWith(QLatin1Char('/'));
}

std::unique_ptr<IdentitySource> createReader(const QString &device)
{
    if (isSerialDevice(device))
        return std::make_unique<SamReader>(device);
    return createPcscReader(device);
}

} // namespace certdesk::readers
