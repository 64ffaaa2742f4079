#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

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

Q_SIGNALS:
    void configured();

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
    QLabel *m_message;
};

} // namespace certdesk
