#pragma once

// At start: the county server's address, the supervisor's bundle and its password (like a card PIN). The address
// and the bundle's path are remembered in the console's WorkstationSettings (not secret) after a successful
// sign-in; the password never is.

#include "consoleclient.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace certdesk {
class WorkstationSettings;
}

namespace certdesk::console {

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // server, bundle: from the command line; empty = the remembered one.
    SignInDialog(WorkstationSettings &settings, const QString &server = {}, const QString &bundle = {},
                 QWidget *parent = nullptr);

    // The opened client after accept().
    std::unique_ptr<ConsoleClient> takeClient() { return std::move(m_client); }
    QString server() const;
    QString bundle() const;

    void accept() override;

private:
    WorkstationSettings &m_settings;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_bundle = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    std::unique_ptr<ConsoleClient> m_client;
};

} // namespace certdesk::console
