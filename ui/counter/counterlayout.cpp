// CounterPage, its layout: what sits where on a 1366×768 counter screen (issue 17: it fits 1366×728 in Chinese, the
// taskbar's 40 px taken off), and the side column that appears with the change of information or the override.

#include "cardbanner.h"
#include "counteractions.h"
#include "counterpage.h"
#include "infochangepanel.h"
#include "lookupbar.h"
#include "overridepanel.h"
#include "paperregisterpanel.h"
#include "theme/scrollpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk {

using namespace counterstyle;

void CounterPage::compose()
{
    // Fits 1366×728 in Chinese (issue 17): the actions stand the page's full height beside everything; the change of
    // information and the supervisor override open beside the person (not under it), in a column that scrolls.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("counterSide"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(8);
    sideLayout->addWidget(m_change);
    sideLayout->addWidget(m_override);
    sideLayout->addStretch(1);
    m_side = scrollPanel(side, this);
    m_side->setFixedWidth(qMax(340, qMax(m_change->minimumSizeHint().width(), m_override->minimumSizeHint().width()) +
                                        m_side->verticalScrollBar()->sizeHint().width()));
    m_side->hide();
    for (QWidget *panel : {static_cast<QWidget *>(m_change), static_cast<QWidget *>(m_override)})
        panel->installEventFilter(this);
    auto *centerRow = new QHBoxLayout;
    centerRow->setSpacing(12);
    centerRow->addWidget(m_center, 1);
    centerRow->addWidget(m_side);
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
    left->addLayout(centerRow, 1);
    left->addLayout(messageRow);
    left->addWidget(m_readerStatus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(14);
    layout->addLayout(left, 1);
    layout->addWidget(m_actions);
}

bool CounterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        m_side->setVisible(!m_change->isHidden() || !m_override->isHidden());
    return QWidget::eventFilter(watched, event);
}

} // namespace certdesk
