#include "prompter.h"

#include <QFileDialog>
#include <QMessageBox>

namespace certdesk {

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No); // a stray Enter must not confirm a death
    return box.exec() == QMessageBox::Yes;
}

void DialogPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void DialogPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString DialogPrompter::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DialogPrompter::saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                 const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

QString DialogPrompter::chooseFolder(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

} // namespace certdesk
