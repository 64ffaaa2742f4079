#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace certdesk {

class Session;
class WorkstationSettings;

// The center's 附件2 details, cycle policy and window, idle lock and default printer, saved through
// SettingsService (the printer name lives in WorkstationSettings: it belongs to this PC, not to the center).
class CenterTab : public QWidget
{
    Q_OBJECT

public:
    CenterTab(Session &session, WorkstationSettings &settings, QWidget *parent = nullptr);
    void load();

public Q_SLOTS:
    bool save();

private:
    void showMessage(const QString &text, bool error);

    Session &m_session;
    WorkstationSettings &m_settings;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_contact;
    QLineEdit *m_department;
    QLineEdit *m_title;
    QLineEdit *m_phone;
    QComboBox *m_policy;
    QLineEdit *m_windowStart;
    QLineEdit *m_windowEnd;
    QSpinBox *m_idle;
    QLineEdit *m_printer;
    QLabel *m_message;
};

} // namespace certdesk
