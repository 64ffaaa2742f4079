#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace certdesk {

class Prompter;
class Session;

// Where backups go (a folder, e.g. a USB stick), how many generations are kept, and "Back up now".
class BackupTab : public QWidget
{
    Q_OBJECT

public:
    BackupTab(Session &session, Prompter &prompter, QWidget *parent = nullptr);

public Q_SLOTS:
    bool save();
    void backUpNow();

Q_SIGNALS:
    void backedUp(); // a backup was taken (the status bar shows its age)

private:
    void load();
    void showMessage(const QString &text, bool error);

    Session &m_session;
    Prompter &m_prompter;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QLabel *m_last;
    QLabel *m_message;
};

} // namespace certdesk
