#pragma once

#include "services/importer.h"
#include "uicontext.h"

#include <QDialog>

namespace certdesk {

class Session;

// Pending forms or death notices: choose a file, import in a worker thread (its own database connection)
// with a progress bar and cancel; bad rows listed with their line numbers, nothing imported.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(UiContext &context, Session &session, ImportKind kind, QWidget *parent = nullptr);
    // Starts importing `path` (the file chooser calls this too; tests call it directly).
    void startImport(const QString &path);

Q_SIGNALS:
    void finished(bool imported);

private:
    UiContext &m_context;
    Session &m_session;
    ImportKind m_kind;
};

} // namespace certdesk
