#include "readerregistry.h"

#include "devices/portprobe.h"
#include "devices/samreader.h"

namespace certdesk::readers {

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
