#include "todaypage.h"

namespace certdesk {

TodayPage::TodayPage(UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("todayPage"));
}

void TodayPage::setSession(Session *session)
{
    m_session = session;
}

void TodayPage::refresh() {}

} // namespace certdesk
