#include "unlockpage.h"

#include "services/session.h"

namespace certdesk {

UnlockPage::UnlockPage(UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("unlockPage"));
}

void UnlockPage::reset(const QString &message)
{
    Q_UNUSED(message);
}

} // namespace certdesk
