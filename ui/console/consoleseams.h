#pragma once

// The console's questions to the user (file names, a note, a message), replaceable by tests (like UiContext's
// Prompter for the counter, which the console cannot link: it lives next to the SQLCipher store).

#include <QString>

#include <functional>

class QWidget;

namespace certdesk::console {

struct ConsoleSeams
{
    // Empty result: cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &suggestedName)> saveFile;
    // false: cancelled.
    std::function<bool(QWidget *parent, const QString &title, const QString &label, QString *text)> askText;
    std::function<void(QWidget *parent, const QString &message)> inform;
};

// QFileDialog / QInputDialog / QMessageBox.
ConsoleSeams dialogSeams();

// Writes bytes to path with mode 0600 (exports hold names; the 网上反馈 file full ID numbers).
bool writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace certdesk::console
