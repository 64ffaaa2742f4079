#include "firstrunwizard.h"

#include "adminpage.h"
#include "centerpage.h"
#include "joindialog.h"
#include "policypage.h"
#include "recoverypage.h"
#include "restoredialog.h"

#include "sync/syncsettings.h"

#include <QAbstractButton>

namespace certdesk {

FirstRunWizard::FirstRunWizard(UiContext &context, QWidget *parent)
    : QWizard(parent), m_context(context), m_center(new CenterPage(this)),
      m_policy(new PolicyPage([this] { return centerConfig(); }, this)),
      m_admin(new AdminPage(
          context, [this] { return centerConfig(); }, this)),
      m_recovery(new RecoveryPage(
          context, [this] { return m_admin->recoveryCode(); }, [this] { return m_admin->adminUser(); }, this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("CertDesk — first run"));
    setWizardStyle(QWizard::ModernStyle);
    setTitleFormat(Qt::RichText);
    // Read at arm's length: at least 13 pt throughout, whatever the application default.
    QFont base = font();
    base.setPointSizeF(qMax(base.pointSizeF(), 13.0));
    setFont(base);
    // The recovery page has no way back (the database exists) and no Cancel (the code would be lost
    // unseen); Esc still reaches reject(), which asks first.
    setOptions(options() | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setPage(CenterPageId, m_center);
    setPage(PolicyPageId, m_policy);
    setPage(AdminPageId, m_admin);
    setPage(RecoveryPageId, m_recovery);
    setStartId(CenterPageId);
    setButtonText(QWizard::CustomButton1, tr("Restore from a backup…"));
    setOption(QWizard::HaveCustomButton1);
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("restoreFromBackupButton"));
    setButtonText(QWizard::CustomButton2, tr("&Join an existing center…"));
    setOption(QWizard::HaveCustomButton2);
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("joinCenterButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            restoreFromBackup();
        else if (which == QWizard::CustomButton2)
            joinExistingCenter();
    });
    // Only before anything is created: once the admin page has made a database there is nothing to restore into.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        button(QWizard::CustomButton1)->setVisible(id == CenterPageId);
        button(QWizard::CustomButton2)->setVisible(id == CenterPageId && !m_joined);
    });
    setMinimumSize(760, 560);
    resize(900, 640);
}

CenterConfig FirstRunWizard::centerConfig() const
{
    CenterConfig center = m_joined.value_or(CenterConfig{});
    m_center->fill(center);
    m_policy->fill(center);
    return center;
}

void FirstRunWizard::joinExistingCenter()
{
    JoinDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CenterConfig center = centerFromProfile(dialog.profile(), CenterConfig{});
    m_joined = center;
    m_center->setJoined(center.code, center.name);
    m_policy->load(center);
    button(QWizard::CustomButton2)->setVisible(false);
    // Once the database exists, this desk's bundle becomes its sync settings (the county already knows the desk).
    const JoinRequest request = dialog.request();
    m_admin->setAfterCreate([request](Session &session) {
        const Status s =
            SyncSettings(session).configure(request.serverUrl, request.bundle, request.bundlePassword, request.desk);
        return s ? QString() : s.error().message;
    });
}

QString FirstRunWizard::adminUser() const
{
    return m_restoredUser.isEmpty() ? m_admin->adminUser() : m_restoredUser;
}

void FirstRunWizard::restoreFromBackup()
{
    RestoreDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_restoredUser = dialog.restoredUser();
    // QWizard::done(Accepted) validates the current page first, and the center page is still empty after a
    // restore, so it would refuse silently and leave the wizard open: the pages are not needed any more.
    QDialog::done(QDialog::Accepted); // NOLINT(bugprone-parent-virtual-call): skips QWizard's check, on purpose
}

bool FirstRunWizard::databaseCreated() const
{
    return m_admin->created();
}

void FirstRunWizard::reject()
{
    if (m_admin->isBusy())
        return; // the database is half written; the worker finishes in a moment
    if (m_admin->created() && !m_recovery->isStored() &&
        !m_context.prompter.confirm(this, tr("Recovery code not stored"),
                                    tr("The recovery code will not be shown again. Without it a lost "
                                       "administrator password cannot be recovered. Close anyway?")))
        return;
    QWizard::reject();
}

void FirstRunWizard::done(int result)
{
    // The code leaves the screen and memory as soon as the wizard closes.
    m_recovery->forget();
    m_admin->forgetRecoveryCode();
    QWizard::done(result);
}

} // namespace certdesk
