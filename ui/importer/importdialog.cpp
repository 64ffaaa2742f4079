#include "importdialog.h"

namespace certdesk {

ImportDialog::ImportDialog(UiContext &context, Session &session, ImportKind kind, QWidget *parent)
    : QDialog(parent), m_context(context), m_session(session), m_kind(kind)
{
    setObjectName(QStringLiteral("importDialog"));
}

void ImportDialog::startImport(const QString &path)
{
    Q_UNUSED(path);
}

} // namespace certdesk
