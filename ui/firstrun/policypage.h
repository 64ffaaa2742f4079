#pragma once

#include "domain/center.h"

#include <QWizardPage>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace certdesk {

// First-run page (b): the cycle policy and the yearly window, plus the optional 附件2 details
// (address, contact, department, title, phone).
class PolicyPage : public QWizardPage
{
    Q_OBJECT

public:
    // `config` returns the configuration as entered on all pages; this page is validated as part of it.
    explicit PolicyPage(std::function<CenterConfig()> config, QWidget *parent = nullptr);

    void fill(CenterConfig &center) const;
    // Shows `center`'s policy, window and 附件2 details (a desk joining an existing center).
    void load(const CenterConfig &center);
    bool validatePage() override;

private:
    QLineEdit *addDetail(const char *objectName, int maxLength);
    void onPolicyChanged();

    std::function<CenterConfig()> m_config;
    QComboBox *m_policy;
    QLabel *m_policyHint;
    QLineEdit *m_windowStart;
    QLineEdit *m_windowEnd;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_message;
};

} // namespace certdesk
