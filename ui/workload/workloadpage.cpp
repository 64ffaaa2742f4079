#include "workloadpage.h"

namespace certdesk {

WorkloadPage::WorkloadPage(UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("workloadPage"));
}

void WorkloadPage::setSession(Session *session)
{
    m_session = session;
}

void WorkloadPage::refresh() {}

} // namespace certdesk
