#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Finding the serial ID card reader: which ports could hold one, and whether a port answers the SAM identity
// command. QSerialPortInfo lists USB-serial and CDC devices only; a configured path (a pty of the simulator, a
// udev symlink) is always a candidate too.
namespace certdesk::portprobe {

inline constexpr qint32 kDefaultBaud = 115200;

struct PortInfo
{
    QString path;        // "/dev/ttyUSB0"
    QString description; // from QSerialPortInfo (manufacturer, product); empty for a configured path
    bool listed = false; // found by QSerialPortInfo (false: the configured path)
};

// /dev/ttyUSB* and /dev/ttyACM* first (in name order), then `configured` when set and not already listed.
QList<PortInfo> candidatePorts(const QString &configured = {});
QStringList candidatePaths(const QString &configured = {});

struct ProbeResult
{
    bool opened = false;
    bool isSam = false;
    QByteArray samId; // 16 bytes when isSam
    QString message;  // why not, in the user's language
};

// Opens `path`, sends the SAM identity command and waits up to timeoutMs for the reply. Blocks: for the CLI and
// worker threads only (SamReader probes asynchronously).
ProbeResult probePort(const QString &path, int timeoutMs = 500, qint32 baud = kDefaultBaud);

// The SAM identity as readers print it: "05.01-20240101-0012345678-1234567890" style groups of the 16 bytes.
QString formatSamId(const QByteArray &id);

} // namespace certdesk::portprobe
