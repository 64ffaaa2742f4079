#pragma once

#include "qt/background.h"
#include "uicontext.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace certdesk {

class Session;

// Account + password against the key slots; the KDF runs off the GUI thread with a busy indicator.
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(UiContext &context, QWidget *parent = nullptr);
    ~UnlockPage() override;

    // Clears the password, shows `message` (e.g. "locked after 5 minutes idle"), focuses the account field
    // when it is empty, else the password field.
    void reset(const QString &message = QString());
    // Pre-fills the account (e.g. the admin just created by the first-run wizard).
    void setAccount(const QString &account);
    bool isBusy() const { return m_job != nullptr; }

Q_SIGNALS:
    void unlocked(std::shared_ptr<certdesk::Session> session);

public Q_SLOTS:
    void unlock();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildCard();
    void onAccountReturn();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    void focusFirstEmpty();

    UiContext &m_context;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QPointer<BackgroundJob> m_job;
};

} // namespace certdesk
