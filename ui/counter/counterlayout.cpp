// CounterPage, its layout: what sits where on a 1366×768 counter screen (issue 17: it fits 1366×728 in Chinese, the
// taskbar's 40 px taken off).

#include "cardbanner.h"
#include "counteractions.h"
#include "counterpage.h"
#include "infochangepanel.h"
#include "lookupbar.h"
#include "overridepanel.h"
#include "paperregisterpanel.h"
#include "theme/scrollpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk {

using namespace counterstyle;

void CounterPage::compose()
{
    // Fits 1366×728 in Chinese (issue 17): the actions stand the page's full height beside everything, so the left
    // column has the height for the person and, under it, the change of information (F6) or the supervisor
    // override (F9), each one row of fields. Beside the person they would not fit: the form's 18-digit number and
    // the presented card already take the width.
    m_registerScroll = scrollPanel(m_register, m_center); // taller than the screen leaves it: the form scrolls
    m_center->addWidget(m_registerScroll);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_overrideButton);
    m_readerStatus->setObjectName(QStringLiteral("readerStatus"));
    m_readerStatus->setWordWrap(true);
    setPointSize(m_readerStatus, kCaptionPt);
    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_lookup);
    left->addWidget(m_cardBanner);
    left->addWidget(m_center, 1);
    left->addWidget(m_change);
    left->addWidget(m_override);
    left->addLayout(messageRow);
    left->addWidget(m_readerStatus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(14);
    layout->addLayout(left, 1);
    layout->addWidget(m_actions);
}

} // namespace certdesk
