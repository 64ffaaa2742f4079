#include "core/workstationsettings.h"

#include <QSettings>
#include <QUrl>

namespace certdesk {

namespace {

const QString kSerialPort = QStringLiteral("devices/sam_port");
const QString kSerialEnabled = QStringLiteral("devices/sam_enabled");
const QString kPcscEnabled = QStringLiteral("devices/pcsc_enabled");
const QString kScanPrefix = QStringLiteral("scanner/prefix");
const QString kScanSuffix = QStringLiteral("scanner/suffix");
const QString kLanguage = QStringLiteral("ui/language");
const QString kPrinter = QStringLiteral("printing/defaultPrinter");
const QString kConsoleServer = QStringLiteral("console/server");
const QString kConsoleBundle = QStringLiteral("console/bundle");

QString offsetKey(const QString &printerName)
{
    // A printer name may hold '/' (a QSettings group separator) or spaces.
    const QString name =
        printerName.isEmpty() ? QStringLiteral("default") : QString::fromLatin1(QUrl::toPercentEncoding(printerName));
    return QStringLiteral("printing/overlay_offset/") + name;
}

QPointF parseOffset(const QString &text, bool *ok)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool okX = false, okY = false;
    const QPointF p(parts.value(0).toDouble(&okX), parts.value(1).toDouble(&okY));
    *ok = parts.size() == 2 && okX && okY;
    return p;
}

} // namespace

// Explicit names, not the application's: certdesk-admin (another application name) reads the program's file.
WorkstationSettings::WorkstationSettings(Program program)
    : m_settings(std::make_unique<QSettings>(QStringLiteral("CertDesk"), program == Program::CountyConsole
                                                                             ? QStringLiteral("certdesk-county-console")
                                                                             : QStringLiteral("certdesk")))
{}

WorkstationSettings::WorkstationSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

WorkstationSettings::~WorkstationSettings() = default;

QString WorkstationSettings::serialPort() const
{
    return m_settings->value(kSerialPort).toString().trimmed();
}

void WorkstationSettings::setSerialPort(const QString &port)
{
    if (port.trimmed().isEmpty())
        m_settings->remove(kSerialPort);
    else
        m_settings->setValue(kSerialPort, port.trimmed());
}

bool WorkstationSettings::serialEnabled() const
{
    return m_settings->value(kSerialEnabled, true).toBool();
}

void WorkstationSettings::setSerialEnabled(bool enabled)
{
    m_settings->setValue(kSerialEnabled, enabled);
}

bool WorkstationSettings::pcscEnabled() const
{
    return m_settings->value(kPcscEnabled, true).toBool();
}

void WorkstationSettings::setPcscEnabled(bool enabled)
{
    m_settings->setValue(kPcscEnabled, enabled);
}

WorkstationSettings::ScanFraming WorkstationSettings::scanFraming() const
{
    return {m_settings->value(kScanPrefix).toString().left(1), m_settings->value(kScanSuffix).toString().left(1)};
}

void WorkstationSettings::setScanFraming(const ScanFraming &framing)
{
    m_settings->setValue(kScanPrefix, framing.prefix.left(1));
    m_settings->setValue(kScanSuffix, framing.suffix.left(1));
}

QString WorkstationSettings::language() const
{
    const QString v = m_settings->value(kLanguage).toString();
    return v == QLatin1String("zh_CN") || v == QLatin1String("en") ? v : QString();
}

void WorkstationSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, language);
}

QString WorkstationSettings::printer() const
{
    return m_settings->value(kPrinter).toString();
}

void WorkstationSettings::setPrinter(const QString &name)
{
    m_settings->setValue(kPrinter, name.trimmed());
}

QPointF WorkstationSettings::overlayOffset(const QString &printerName) const
{
    bool ok = false;
    const QPointF own = parseOffset(m_settings->value(offsetKey(printerName)).toString(), &ok);
    if (ok)
        return own;
    const QPointF fallback = parseOffset(m_settings->value(offsetKey(QString())).toString(), &ok);
    return ok ? fallback : QPointF();
}

void WorkstationSettings::setOverlayOffset(const QString &printerName, const QPointF &offsetMm)
{
    m_settings->setValue(offsetKey(printerName),
                         QStringLiteral("%1,%2").arg(offsetMm.x(), 0, 'f', 1).arg(offsetMm.y(), 0, 'f', 1));
}

QString WorkstationSettings::consoleServer() const
{
    return m_settings->value(kConsoleServer).toString();
}

void WorkstationSettings::setConsoleServer(const QString &url)
{
    m_settings->setValue(kConsoleServer, url.trimmed());
}

QString WorkstationSettings::consoleBundle() const
{
    return m_settings->value(kConsoleBundle).toString();
}

void WorkstationSettings::setConsoleBundle(const QString &path)
{
    m_settings->setValue(kConsoleBundle, path.trimmed());
}

} // namespace certdesk
