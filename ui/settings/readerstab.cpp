#include "readerstab.h"

#include "core/workstationsettings.h"
#include "counter/scannerdetector.h"
#include "devices/portprobe.h"
#include "readersettings.h"
#include "theme/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

namespace {

QComboBox *framingBox(const char *name, bool suffix, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setEditable(true); // any single character may be typed
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(ReadersTab::tr("None"), QString());
    box->addItem(ReadersTab::tr("STX (Ctrl+B)"), QStringLiteral("\x02"));
    box->addItem(ReadersTab::tr("ETX (Ctrl+C)"), QStringLiteral("\x03"));
    if (suffix)
        box->addItem(ReadersTab::tr("Tab"), QStringLiteral("\t"));
    box->addItem(QStringLiteral("~"), QStringLiteral("~"));
    return box;
}

// The character a framing box stands for: an item's, or the one typed; "?" flags more than one typed.
QString framingOf(const QComboBox *box)
{
    const QString text = box->currentText();
    const int index = box->findText(text);
    if (index >= 0)
        return box->itemData(index).toString();
    return text.size() <= 1 ? text : QStringLiteral("??");
}

void showFraming(QComboBox *box, const QString &ch)
{
    const int index = box->findData(ch);
    if (index >= 0) {
        box->setCurrentIndex(index);
    } else {
        box->setEditText(ch);
    }
}

} // namespace

ReadersTab::ReadersTab(WorkstationSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_prefix(framingBox("scannerPrefix", false, this)),
      m_suffix(framingBox("scannerSuffix", true, this)), m_test(new QLineEdit(this)), m_testResult(new QLabel(this)),
      m_serial(new QComboBox(this)), m_pcsc(new QCheckBox(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("readersTab"));
    m_serial->setObjectName(QStringLiteral("serialReaderPort"));
    m_serial->setEditable(true); // any device path may be typed
    m_serial->setInsertPolicy(QComboBox::NoInsert);
    m_pcsc->setObjectName(QStringLiteral("pcscEnabled"));
    m_pcsc->setText(tr("Read social security cards (社会保障卡) on PC/SC readers (needs the pcscd service)"));
    m_message->setObjectName(QStringLiteral("readersMessage"));
    m_message->setWordWrap(true);
    auto *saveButton = new QPushButton(tr("Save reader settings"), this);
    saveButton->setObjectName(QStringLiteral("saveReadersButton"));
    saveButton->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, &ReadersTab::save);

    m_test->setObjectName(QStringLiteral("scannerTestInput"));
    m_test->setAttribute(Qt::WA_InputMethodEnabled, false); // like the counter's fields
    m_test->setPlaceholderText(tr("Click here, then scan any code"));
    m_testResult->setObjectName(QStringLiteral("scannerTestResult"));
    m_testResult->setWordWrap(true);
    connect(m_test, &QLineEdit::returnPressed, this, &ReadersTab::checkTestTyped);

    auto *form = new QFormLayout;
    form->addRow(tr("ID card reader (serial port)"), m_serial);
    form->addRow(QString(), m_pcsc);
    form->addRow(tr("Barcode scanner prefix"), m_prefix);
    form->addRow(tr("Barcode scanner suffix"), m_suffix);
    form->addRow(tr("Scan a test code"), m_test);
    form->addRow(QString(), m_testResult);
    auto *hint = new QLabel(tr("“Auto” tries every USB serial port for a GA 467 ID card reader. A barcode scanner "
                               "programmed to send a prefix character before every code (and optionally a suffix "
                               "after it) is told apart from typing with certainty; without one, a code is recognised "
                               "by its speed. These settings belong to this computer and take effect when saved."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch(1);
    load();
}

void ReadersTab::load()
{
    const ReaderSettings settings = ReaderSettings::load(m_settings);
    m_serial->clear();
    m_serial->addItem(tr("Auto (probe serial ports)"), QStringLiteral("auto"));
    m_serial->addItem(tr("Off (no ID card reader)"), QStringLiteral("off"));
    for (const QString &path : portprobe::candidatePaths())
        m_serial->addItem(path, path);
    const int index = m_serial->findData(settings.serial);
    if (index >= 0) {
        m_serial->setCurrentIndex(index);
    } else {
        m_serial->addItem(settings.serial, settings.serial);
        m_serial->setCurrentIndex(m_serial->count() - 1);
    }
    m_pcsc->setChecked(settings.pcsc);
    const WorkstationSettings::ScanFraming framing = m_settings.scanFraming();
    showFraming(m_prefix, framing.prefix);
    showFraming(m_suffix, framing.suffix);
    m_message->clear();
}

void ReadersTab::save()
{
    ReaderSettings settings;
    // A typed path differs from the selected item's text; the item data holds the setting otherwise.
    const QString text = m_serial->currentText().trimmed();
    const int index = m_serial->findText(text);
    settings.serial = index >= 0 ? m_serial->itemData(index).toString() : text;
    if (settings.serial.isEmpty())
        settings.serial = QStringLiteral("auto");
    if (settings.serial != QStringLiteral("auto") && settings.serial != QStringLiteral("off") &&
        !settings.serial.startsWith(QLatin1Char('/'))) {
        m_message->setText(tr("A serial port is a device path such as /dev/ttyUSB0, or choose Auto or Off."));
        return;
    }
    const WorkstationSettings::ScanFraming framing{framingOf(m_prefix), framingOf(m_suffix)};
    if (framing.prefix.size() > 1 || framing.suffix.size() > 1) {
        m_message->setText(tr("The scanner's prefix and suffix are one character each."));
        return;
    }
    for (const QString &ch : {framing.prefix, framing.suffix})
        if (!ch.isEmpty() && ch.at(0).isLetterOrNumber()) {
            m_message->setText(tr("A letter or digit cannot frame a code: codes are made of them. Choose STX, ETX, "
                                  "Tab or a sign such as ~."));
            return;
        }
    if (!framing.prefix.isEmpty() && framing.prefix == framing.suffix) {
        m_message->setText(tr("The prefix and the suffix must differ."));
        return;
    }
    m_settings.setScanFraming(framing);
    if (m_scanner)
        m_scanner->setFraming(framing.prefix, framing.suffix);
    settings.pcsc = m_pcsc->isChecked();
    const bool changed = !(settings == ReaderSettings::load(m_settings));
    settings.save(m_settings);
    m_message->setText(tr("Reader settings saved."));
    if (changed)
        Q_EMIT readersChanged();
}

void ReadersTab::setScanner(ScannerDetector *scanner)
{
    m_scanner = scanner;
    if (scanner)
        connect(scanner, &ScannerDetector::scanned, this, &ReadersTab::checkTestScan);
}

void ReadersTab::checkTestScan(const QString &payload)
{
    if (!m_test->hasFocus())
        return;
    m_test->clear();
    theme::setTone(m_testResult, theme::Tone::Ok);
    m_testResult->setText(tr("✓ Recognised as a scan: %1").arg(payload));
}

void ReadersTab::checkTestTyped()
{
    const QString text = m_test->text();
    m_test->clear();
    if (text.isEmpty())
        return;
    theme::setTone(m_testResult, theme::Tone::Error);
    m_testResult->setText(tr("✗ This arrived as typing, not as a scan. Program the scanner to send a prefix "
                             "character (STX is usual) and choose the same one above, then save and scan again."));
}

} // namespace certdesk
