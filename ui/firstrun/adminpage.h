#pragma once

#include "qt/background.h"
#include "services/session.h"
#include "uicontext.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace certdesk {

// First-run page (c): the first administrator. Finishing it creates the database (Session::initialize,
// off the GUI thread); it is a commit page, so there is no way back once the database exists.
class AdminPage : public QWizardPage
{
    Q_OBJECT

public:
    AdminPage(UiContext &context, std::function<CenterConfig()> config, QWidget *parent = nullptr);
    ~AdminPage() override;

    bool isComplete() const override;
    bool validatePage() override;

    bool isBusy() const { return m_job != nullptr; }
    bool created() const { return !m_recoveryCode.isEmpty(); }
    QString adminUser() const;
    const QString &recoveryCode() const { return m_recoveryCode; }
    void forgetRecoveryCode();

private:
    QLineEdit *addField(const char *objectName, bool secret);
    bool checkFields();
    void startInitialize();
    void setBusy(bool busy);

    UiContext &m_context;
    std::function<CenterConfig()> m_config;
    QLineEdit *m_user;
    QLineEdit *m_fullName;
    QLineEdit *m_password;
    QLineEdit *m_password2;
    QProgressBar *m_busy;
    QLabel *m_message;
    QPointer<BackgroundJob> m_job;
    QString m_recoveryCode;
};

} // namespace certdesk
