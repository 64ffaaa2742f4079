#pragma once

#include "devices/identitysource.h"

#include <QList>
#include <QString>

#include <memory>

// Every kind of identity reader behind one list, for `certdesk-admin reader list|read` and the settings page.
// The serial (SAM) half lives in readerregistry.cpp; the PC/SC half in readerregistry_pcsc.cpp.
namespace certdesk::readers {

inline const QString kSerial = QStringLiteral("serial");
inline const QString kPcsc = QStringLiteral("pcsc");

struct ReaderInfo
{
    QString kind;        // kSerial or kPcsc
    QString device;      // "/dev/ttyUSB0", or the PC/SC reader name
    QString description; // manufacturer/product when known
    bool ready = false;  // serial: answered the SAM identity command; PC/SC: the reader is present
    QString status;      // what the probe found, in the user's language (never personal data)
};

// Serial candidates (each probed, blocking up to probeMs) followed by PC/SC readers. Blocks: CLI / worker thread.
QList<ReaderInfo> listReaders(const QString &configuredSerialPort = {}, int probeMs = 500);
QList<ReaderInfo> listSerialReaders(const QString &configuredSerialPort, int probeMs);
QList<ReaderInfo> listPcscReaders();

// A device path ("/dev/…", any absolute path) is a serial port; anything else names a PC/SC reader.
bool isSerialDevice(const QString &device);

// The identity source for one device, not started. nullptr when the kind is not available.
std::unique_ptr<IdentitySource> createReader(const QString &device);
std::unique_ptr<IdentitySource> createPcscReader(const QString &readerName);

} // namespace certdesk::readers
