#include "counterpage.h"

namespace certdesk {

CounterPage::CounterPage(UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("counterPage"));
}

void CounterPage::setSession(Session *session)
{
    m_session = session;
}

void CounterPage::handleScan(const QString &payload)
{
    Q_UNUSED(payload);
}

void CounterPage::nextPerson() {}

} // namespace certdesk
