#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace certdesk {

// Every message box and file dialog goes through this, so tests can answer them without a human.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // Empty when cancelled.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                             const QString &filter) = 0;
    // An existing folder (the backup folder); empty when cancelled.
    virtual QString chooseFolder(QWidget *parent, const QString &title)
    {
        Q_UNUSED(parent);
        Q_UNUSED(title);
        return {};
    }
};

// The real thing: QMessageBox and QFileDialog.
class DialogPrompter final : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                     const QString &filter) override;
    QString chooseFolder(QWidget *parent, const QString &title) override;
};

} // namespace certdesk
