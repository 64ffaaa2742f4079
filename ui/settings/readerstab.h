#pragma once

#include <QWidget>

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace certdesk {

class ScannerDetector;
class WorkstationSettings;

// Card readers of this workstation: the serial ID card reader's port (auto-probe, a path, or off) and the PC/SC
// social security card reader on or off. Saved to WorkstationSettings; readersChanged tells the counter.
// Also the barcode scanner's optional prefix/suffix character, applied to the application's scanner
// detector at once, and a field to scan a test code into that says whether it was taken as a scan.
class ReadersTab : public QWidget
{
    Q_OBJECT

public:
    explicit ReadersTab(WorkstationSettings &settings, QWidget *parent = nullptr);
    void load();
    void setScanner(ScannerDetector *scanner);

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void readersChanged();

private:
    void checkTestScan(const QString &payload);
    void checkTestTyped();

    WorkstationSettings &m_settings;
    QPointer<ScannerDetector> m_scanner;
    QComboBox *m_prefix;
    QComboBox *m_suffix;
    QLineEdit *m_test;
    QLabel *m_testResult;
    QComboBox *m_serial;
    QCheckBox *m_pcsc;
    QLabel *m_message;
};

} // namespace certdesk
