#include "firstrunwizard.h"

namespace certdesk {

FirstRunWizard::FirstRunWizard(UiContext &context, QWidget *parent) : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("firstRunWizard"));
}

} // namespace certdesk
