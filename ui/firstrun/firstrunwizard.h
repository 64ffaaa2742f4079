#pragma once

#include "domain/center.h"
#include "uicontext.h"

#include <QWizard>

#include <optional>

namespace certdesk {

class AdminPage;
class CenterPage;
class PolicyPage;
class RecoveryPage;

// First run: center code and name, cycle policy and window, the admin account; then the recovery code,
// shown once, with buttons to print or save it. Or, from the first page, "restore from a backup".
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        CenterPageId,
        PolicyPageId,
        AdminPageId,
        RecoveryPageId
    };

    explicit FirstRunWizard(UiContext &context, QWidget *parent = nullptr);

    // What the pages hold so far, as one configuration.
    CenterConfig centerConfig() const;
    // The administrator's account name (to pre-fill the unlock page after the wizard).
    QString adminUser() const;
    // True once the database has been created (page (c) finished).
    bool databaseCreated() const;

public Q_SLOTS:
    void reject() override;
    void restoreFromBackup();
    // A further desk of a center that already works with the county (JoinDialog).
    void joinExistingCenter();

protected:
    void done(int result) override;

private:
    UiContext &m_context;
    CenterPage *m_center;
    PolicyPage *m_policy;
    AdminPage *m_admin;
    RecoveryPage *m_recovery;
    QString m_restoredUser;
    std::optional<CenterConfig> m_joined; // the county's profile of the center being joined
};

} // namespace certdesk
