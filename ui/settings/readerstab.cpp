#include "readerstab.h"

#include "devices/portprobe.h"
#include "readersettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

ReadersTab::ReadersTab(QWidget *parent)
    : QWidget(parent), m_serial(new QComboBox(this)), m_pcsc(new QCheckBox(this)), m_message(new QLabel(this))
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

    auto *form = new QFormLayout;
    form->addRow(tr("ID card reader (serial port)"), m_serial);
    form->addRow(QString(), m_pcsc);
    auto *hint = new QLabel(tr("“Auto” tries every USB serial port for a GA 467 ID card reader. These settings "
                               "belong to this computer and take effect when saved."),
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
    const ReaderSettings settings = ReaderSettings::load();
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
    settings.pcsc = m_pcsc->isChecked();
    const bool changed = !(settings == ReaderSettings::load());
    settings.save();
    m_message->setText(tr("Reader settings saved."));
    if (changed)
        Q_EMIT readersChanged();
}

} // namespace certdesk
