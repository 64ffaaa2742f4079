#include "scrollpanel.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>

namespace certdesk {

QScrollArea *scrollPanel(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(content->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    // Tab already scrolls (QScrollArea::focusNextPrevChild); a shortcut that sets the focus directly does not.
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        if (now && area->widget() && area->widget()->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
    // The panel is as wide as its content needs: only its height may be shorter than the content's.
    area->setMinimumWidth(content->minimumSizeHint().width() + area->verticalScrollBar()->sizeHint().width());
    area->viewport()->setAutoFillBackground(false); // the page's background shows through, as without the area
    content->setAutoFillBackground(false);
    return area;
}

} // namespace certdesk
