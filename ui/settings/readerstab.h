#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace certdesk {

// Card readers of this workstation: the serial ID card reader's port (auto-probe, a path, or off) and the PC/SC
// social security card reader on or off. Saved to QSettings (readersettings.h); readersChanged tells the counter.
class ReadersTab : public QWidget
{
    Q_OBJECT

public:
    explicit ReadersTab(QWidget *parent = nullptr);
    void load();

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void readersChanged();

private:
    QComboBox *m_serial;
    QCheckBox *m_pcsc;
    QLabel *m_message;
};

} // namespace certdesk
