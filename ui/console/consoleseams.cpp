#include "consoleseams.h"

#include "core/hardening.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace certdesk::console {

ConsoleSeams dialogSeams()
{
    ConsoleSeams s;
    s.saveFile = [](QWidget *parent, const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggested));
    };
    s.askText = [](QWidget *parent, const QString &title, const QString &label, QString *text) {
        bool ok = false;
        *text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
        return ok;
    };
    s.inform = [](QWidget *parent, const QString &message) {
        QMessageBox::information(parent, QCoreApplication::applicationName(), message);
    };
    return s;
}

bool writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!openPrivate(f))
        return false;
    f.write(bytes);
    return f.commit();
}

} // namespace certdesk::console
