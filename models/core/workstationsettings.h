#pragma once

#include <QPointF>
#include <QString>

#include <memory>

class QSettings;

namespace certdesk {

// This PC's own settings. Hardware and printers belong to the workstation, not to the center: they live in the
// QSettings file of organisation "CertDesk", application "certdesk" (the program's; certdesk-admin reads the same
// file), never in the database. The county console keeps its own keys in its own file (application
// "certdesk-county-console": a supervisor's PC is no counter). QSettings is opened here and nowhere else: each
// program makes one object and hands it around (UiContext::settings, the console's SignInDialog); a test or the
// demo gives it a file of its own. Qt Core only (certdesk_domain), so the SQLCipher-free console links it too.
//   devices/sam_port       serial port of the ID card reader; empty = probe
//   devices/sam_enabled    false = no serial reader at all (default true)
//   devices/pcsc_enabled   false = no PC/SC social security card reader (default true)
//   scanner/prefix, scanner/suffix      one character each, or empty (docs/devices.md)
//   ui/language                         "zh_CN", "en" or empty (automatic: translator.h startupLocale); read at start
//   printing/defaultPrinter             the printer last chosen in the print dialog
//   printing/overlay_offset/<printer>   "x,y" in mm (0.1 mm steps) for that printer; <printer> percent-encoded,
//                                       "default" for PDF output and printers without their own offset
//   console/server, console/bundle     the county console's last server URL and supervisor bundle path (never the
//                                       bundle's password)
class WorkstationSettings
{
public:
    struct ScanFraming
    {
        QString prefix; // empty, or one character the scanner sends before every code
        QString suffix; // empty (the code ends with Enter), or one character after every code
        bool operator==(const ScanFraming &) const = default;
    };

    enum class Program
    {
        Counter,      // certdesk and certdesk-admin
        CountyConsole // certdesk-county-console
    };

    explicit WorkstationSettings(Program program = Program::Counter); // this PC's file of that program
    explicit WorkstationSettings(const QString &iniFile);             // a file of its own (tests, the demo)
    ~WorkstationSettings();
    WorkstationSettings(const WorkstationSettings &) = delete;
    WorkstationSettings &operator=(const WorkstationSettings &) = delete;

    QString serialPort() const;
    void setSerialPort(const QString &port); // empty: probe
    bool serialEnabled() const;
    void setSerialEnabled(bool enabled);
    bool pcscEnabled() const;
    void setPcscEnabled(bool enabled);

    ScanFraming scanFraming() const;
    void setScanFraming(const ScanFraming &framing);

    QString language() const; // "zh_CN", "en" or empty (automatic)
    void setLanguage(const QString &language);

    QString printer() const;
    void setPrinter(const QString &name);
    // The printer's own offset, else the "default" one, else none.
    QPointF overlayOffset(const QString &printerName) const;
    void setOverlayOffset(const QString &printerName, const QPointF &offsetMm);

    // The county console's sign-in: remembered after a successful sign-in, offered at the next start.
    QString consoleServer() const;
    void setConsoleServer(const QString &url);
    QString consoleBundle() const;
    void setConsoleBundle(const QString &path);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace certdesk
