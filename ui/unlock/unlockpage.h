#pragma once

#include "uicontext.h"

#include <QWidget>

#include <memory>

namespace certdesk {

class Session;

// Account + password against the key slots; the KDF runs off the GUI thread with a busy indicator.
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(UiContext &context, QWidget *parent = nullptr);
    // Clears the password, shows `message` (e.g. "locked after 5 minutes idle"), focuses the account field.
    void reset(const QString &message = QString());

Q_SIGNALS:
    void unlocked(std::shared_ptr<certdesk::Session> session);

private:
    UiContext &m_context;
};

} // namespace certdesk
