#pragma once

#include "uicontext.h"

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace certdesk {

// First-run page (d): the recovery code, shown this once, with Save… and Print…; finishing
// requires ticking "I have stored the recovery code".
class RecoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    // `code` and `admin` are read when the page is entered (the database exists by then).
    RecoveryPage(UiContext &context, std::function<QString()> code, std::function<QString()> admin,
                 QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isStored() const;
    // Wipes the code from the screen once the wizard closes.
    void forget();

private:
    void save();
    void print();

    UiContext &m_context;
    std::function<QString()> m_codeSource;
    std::function<QString()> m_adminSource;
    QLabel *m_account;
    QLabel *m_code;
    QPushButton *m_save;
    QPushButton *m_print;
    QCheckBox *m_stored;
    QLabel *m_status;
};

} // namespace certdesk
