#pragma once

// 待审: one inbox (conflicts, death-notice overrides, unmatched paper registrations, handover batches not yet
// received), oldest first with the time each has waited; a supervisor marks an item reviewed with a note.

#include "consoledata.h"
#include "consoleseams.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace certdesk::console {

class ConsoleClient;

class ReviewTab : public QWidget
{
    Q_OBJECT

public:
    ReviewTab(ConsoleClient &client, ConsoleSeams seams, QWidget *parent = nullptr);
    void setItems(const QList<ReviewItem> &items);
    QTableWidget *table() const { return m_table; }
    const QList<ReviewItem> &items() const { return m_items; }
    // Marks the selected item (asks for the note).
    void markSelected();

    static QString kindText(const QString &kind);
    static QString detailText(const ReviewItem &item);
    static QString waitedText(double hours);

Q_SIGNALS:
    void marked(const QString &item); // the server kept the mark
    void failed(const QString &message);

private:
    ConsoleClient &m_client;
    ConsoleSeams m_seams;
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_mark = nullptr;
    QList<ReviewItem> m_items;
};

} // namespace certdesk::console
