#include "reviewtab.h"

#include "consoleclient.h"
#include "overviewtab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk::console {

ReviewTab::ReviewTab(ConsoleClient &client, ConsoleSeams seams, QWidget *parent)
    : QWidget(parent), m_client(client), m_seams(std::move(seams)), m_caption(new QLabel(this)),
      m_table(new QTableWidget(0, 6, this)), m_mark(new QPushButton(tr("&Mark reviewed…"), this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("Waiting"), tr("Kind"), tr("Center"), tr("Form"), tr("Since"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Review inbox"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption, 1);
    buttons->addWidget(m_mark);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_mark, &QPushButton::clicked, this, &ReviewTab::markSelected);
    connect(m_table, &QTableWidget::itemActivated, this, [this] { markSelected(); });
}

QString ReviewTab::kindText(const QString &kind)
{
    if (kind == QStringLiteral("conflict"))
        return tr("Conflict (certified twice)");
    if (kind == QStringLiteral("override"))
        return tr("Death-notice override");
    if (kind == QStringLiteral("paper"))
        return tr("Paper registration not matched");
    return tr("Handover batch not received");
}

QString ReviewTab::detailText(const ReviewItem &i)
{
    const auto d = [&i](const char *k) { return i.detail.value(QLatin1String(k)).toVariant().toString(); };
    if (i.kind == QStringLiteral("conflict"))
        return tr("clerk %1; the first record stands").arg(d("clerk_name"));
    if (i.kind == QStringLiteral("override"))
        return tr("clerk %1, supervisor %2: %3").arg(d("clerk_name"), d("supervisor"), d("reason"));
    if (i.kind == QStringLiteral("paper"))
        return d("review") == QStringLiteral("mismatch")
                   ? tr("clerk %1; the ID differs from the county's list").arg(d("clerk_name"))
                   : tr("clerk %1; no list yet").arg(d("clerk_name"));
    return tr("%1 forms, made by %2").arg(d("forms"), d("created_by"));
}

QString ReviewTab::waitedText(double hours)
{
    return hours >= 48 ? tr("%1 days").arg(int(hours / 24)) : tr("%1 h").arg(int(hours));
}

void ReviewTab::setItems(const QList<ReviewItem> &items)
{
    m_items = items;
    m_table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const ReviewItem &i = items[r];
        const QStringList cells{waitedText(i.waitedHours), kindText(i.kind), i.center, i.formNo,
                                shortStamp(i.since),       detailText(i)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (!items.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    m_caption->setText(items.isEmpty() ? tr("Nothing waits for review.")
                                       : tr("%1 item(s) wait for review, oldest first.").arg(items.size()));
    m_mark->setEnabled(!items.isEmpty());
}

void ReviewTab::markSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const ReviewItem item = m_items[row];
    QString note;
    if (!m_seams.askText(
            this, tr("Mark reviewed"),
            tr("%1, %2 %3 — note (kept with your name):").arg(kindText(item.kind), item.center, item.formNo), &note) ||
        note.trimmed().isEmpty())
        return;
    m_client.post(QStringLiteral("review/mark"),
                  {{QStringLiteral("item"), item.id}, {QStringLiteral("note"), note.trimmed()}},
                  [this, item](const Result<QJsonObject> &r) {
                      if (!r) {
                          Q_EMIT failed(r.error().message);
                          return;
                      }
                      for (int i = 0; i < m_items.size(); ++i)
                          if (m_items[i].id == item.id) {
                              m_items.removeAt(i);
                              break;
                          }
                      setItems(m_items);
                      Q_EMIT marked(item.id);
                  });
}

} // namespace certdesk::console
