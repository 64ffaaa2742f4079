#include "settingsdialog.h"

namespace certdesk {

SettingsDialog::SettingsDialog(UiContext &context, Session &session, QWidget *parent)
    : QDialog(parent), m_context(context), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
}

} // namespace certdesk
