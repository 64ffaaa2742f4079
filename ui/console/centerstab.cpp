#include "centerstab.h"

#include "overviewtab.h"
#include "theme/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk::console {

CentersTab::CentersTab(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_table(new QTableWidget(0, 11, this))
{
    m_table->setHorizontalHeaderLabels({tr("Center"), tr("Attention"), tr("Last contact"),
                                        tr("Last certification received"), tr("Received today"),
                                        tr("Received this week"), tr("Waiting at the center"), tr("Program version"),
                                        tr("Clock offset"), tr("Certificate expires"), tr("Usual per day")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Centers"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
}

QColor CentersTab::bandColour(const QString &band)
{
    if (band == QStringLiteral("alert"))
        return theme::background(theme::Tone::Error); // 7 days or more without contact
    if (band == QStringLiteral("warn"))
        return theme::background(theme::Tone::Warning); // 3 days or more
    return {};
}

QString CentersTab::reasonsText(const QStringList &reasons)
{
    QStringList out;
    for (const QString &r : reasons)
        out << (r == QStringLiteral("no_contact") ? tr("no contact for 3 days")
                : r == QStringLiteral("slow")     ? tr("far below its usual pace today")
                                                  : tr("certificate expires within 30 days"));
    return out.join(tr("; "));
}

void CentersTab::setCenters(const QList<CenterStatus> &centers)
{
    int silent = 0;
    m_table->setRowCount(int(centers.size()));
    for (int r = 0; r < centers.size(); ++r) {
        const CenterStatus &c = centers[r];
        if (!c.silentReasons.isEmpty())
            ++silent;
        const QString offset = c.hasClockOffset ? tr("%1 s").arg(double(c.clockOffsetMs) / 1000.0, 0, 'f', 1) : tr("—");
        const QStringList cells{
            c.name.isEmpty() ? c.code : c.code + QStringLiteral(" ") + c.name,
            reasonsText(c.silentReasons),
            c.lastContact.isValid() ? tr("%1 (%2 days ago)").arg(shortStamp(c.lastContact)).arg(c.daysSinceContact)
                                    : tr("never"),
            shortStamp(c.lastCertification),
            QString::number(c.receivedToday),
            QString::number(c.receivedWeek),
            c.waiting < 0 ? tr("not reported") : QString::number(c.waiting),
            c.programVersion.isEmpty() ? tr("not reported") : c.programVersion,
            offset,
            c.certNotAfter.isValid() ? c.certNotAfter.toLocalTime().date().toString(Qt::ISODate) : tr("none valid"),
            QString::number(c.usualPerDay, 'f', 1)};
        const QColor colour = bandColour(c.band);
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (colour.isValid())
                item->setBackground(colour);
            if (col >= 4 && col <= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, item);
        }
    }
    m_caption->setText(silent == 0 ? tr("All centers are in contact and keeping their pace.")
                                   : tr("%1 center(s) need attention (listed first). Yellow: no contact for 3 days; "
                                        "red: 7 days or more.")
                                         .arg(silent));
}

} // namespace certdesk::console
