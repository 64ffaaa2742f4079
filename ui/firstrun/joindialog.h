#pragma once

#include "protocol/protocol.h"
#include "qt/background.h"
#include "sync/joincenter.h"
#include "uicontext.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

// First run of a second (third…) desk of a center: "join an existing center". The admin gives the county server,
// this desk's certificate bundle (its own enrolment under the center's code) with its password, and a name for the
// desk; the county's answer (hello) fills the wizard with the center's code, name, 附件2 row and shared rules.
// After the database is created the wizard stores the bundle as this desk's sync settings (SyncSettings::configure).
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JoinDialog(UiContext &context, QWidget *parent = nullptr);
    ~JoinDialog() override;

    const JoinRequest &request() const { return m_request; }
    const protocol::HelloResponse &profile() const { return m_profile; }
    bool isBusy() const { return m_job != nullptr; }

public Q_SLOTS:
    void chooseFile();
    void connectToCounty();
    void reject() override;

private:
    void showMessage(const QString &text, bool error);

    UiContext &m_context;
    QLineEdit *m_server;
    QLineEdit *m_file;
    QLineEdit *m_password;
    QLineEdit *m_desk;
    QPushButton *m_connect;
    QLabel *m_message;
    JoinRequest m_request;
    protocol::HelloResponse m_profile;
    QPointer<BackgroundJob> m_job;
};

} // namespace certdesk
