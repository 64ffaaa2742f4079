#pragma once

#include "qt/todaymodel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

class Session;

// Correcting one of today's records: a reason (required by the service), the right result and any
// information change. The old record stays in history; the new one supersedes it.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CorrectionDialog(QWidget *parent = nullptr);

    // Fills the dialog for `row`; show it with open() (non-blocking, tests drive it by objectName).
    void start(Session &session, const TodayModel::Row &row);
    // Drops the record and closes, e.g. on lock.
    void abandon();

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void corrected(const QString &newUuid);

private:
    Session *m_session = nullptr;
    QString m_uuid;
    QLabel *m_header;
    QLineEdit *m_reason;
    QComboBox *m_alive;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_phone;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace certdesk
