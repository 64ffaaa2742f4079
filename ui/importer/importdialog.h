#pragma once

#include "qt/background.h"
#include "services/importer.h"
#include "uicontext.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace certdesk {

class Session;

// Pending forms or death notices: choose a file, import in a worker thread (its own database connection)
// with a progress bar and cancel; bad rows listed with their line numbers, nothing imported.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(UiContext &context, Session &session, ImportKind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;
    // Starts importing `path` (the file chooser calls this too; tests call it directly).
    void startImport(const QString &path);
    bool isRunning() const { return m_job != nullptr; }

public Q_SLOTS:
    void chooseFile();
    void cancelImport();
    void reject() override; // while importing: cancels, and closes once the worker has rolled back
    // Lock: cancel and close at once; the destructor waits for the worker's rollback.
    void abandon();

Q_SIGNALS:
    void finished(bool imported);
    // After the bar shows `done` of `total`; the worker waits for this before it goes on, so a cancel
    // requested from here (or earlier) always stops the import.
    void progressed(int done, int total);

private:
    void onProgress(int done, int total);
    void onDone(const Result<ImportReport> &result);
    void setRunning(bool running);
    void showFailure(const QString &message);

    UiContext &m_context;
    Session &m_session;
    ImportKind m_kind;
    QComboBox *m_encoding;
    QLineEdit *m_sheet; // worksheet of an .xlsx/.xls file; empty: the first
    QLabel *m_file;
    QPushButton *m_choose;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QLabel *m_summary;
    QListWidget *m_errors;
    QPointer<BackgroundJob> m_job; // the import; its destructor (with ours) cancels and waits for the rollback
    bool m_closeWhenDone = false;
};

} // namespace certdesk
