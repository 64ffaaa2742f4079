#pragma once

#include "domain/center.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace certdesk {

// First-run page (a): the center's code and name (机构名称), printed on receipts and lists.
class CenterPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CenterPage(QWidget *parent = nullptr);

    void fill(CenterConfig &center) const;
    // Joining an existing center: its code (read-only now: it names the center everywhere) and name.
    void setJoined(const QString &code, const QString &name);
    bool validatePage() override;

private:
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLabel *m_message;
};

} // namespace certdesk
