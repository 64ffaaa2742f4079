#pragma once

// 中心: every center's link and pace, silent centers at the top, rows coloured at 3 and 7 days without contact.

#include "consoledata.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace certdesk::console {

class CentersTab : public QWidget
{
    Q_OBJECT

public:
    explicit CentersTab(QWidget *parent = nullptr);
    void setCenters(const QList<CenterStatus> &centers);
    QTableWidget *table() const { return m_table; }

    static QColor bandColour(const QString &band); // invalid colour for "ok"
    static QString reasonsText(const QStringList &reasons);

private:
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace certdesk::console
