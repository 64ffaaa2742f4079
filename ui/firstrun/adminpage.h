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
    // Run on the new database right after it was created, as the new admin, off the GUI thread (joining a center:
    // store this desk's sync settings). Returns a warning to show, or empty.
    void setAfterCreate(std::function<QString(Session &)> step) { m_afterCreate = std::move(step); }

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
    std::function<QString(Session &)> m_afterCreate;
};

} // namespace certdesk
