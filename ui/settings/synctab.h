#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

class BackgroundJob;
class Prompter;
class Session;

// County sync settings: the server address and the center's PKCS#12 bundle, imported into the encrypted
// database (the file itself can be deleted afterwards). Shows what is configured now.
class SyncTab : public QWidget
{
    Q_OBJECT

public:
    SyncTab(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    void load();

public Q_SLOTS:
    bool save();
    // Wraps the database key to the county's escrow key (docs/operations.md), off the GUI thread.
    void escrow();

Q_SIGNALS:
    void configured();
    void escrowFinished(bool ok);

private:
    void showMessage(const QString &text, bool error);

    Session &m_session;
    Prompter &m_prompter;
    QLineEdit *m_server;
    QLineEdit *m_bundle;
    QPushButton *m_browse;
    QLineEdit *m_password;
    QPushButton *m_save;
    QLabel *m_current;
    QPushButton *m_escrow;
    QPointer<BackgroundJob> m_escrowJob;
    QLabel *m_message;
};

} // namespace certdesk
