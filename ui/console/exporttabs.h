#pragma once

// 未认证 (the forms a center still has open, nearest due date first, exportable with masked ID numbers) and 网上反馈
// (the feedback file of a date range, the same content as `certdesk-county export feedback`). Neither is cached.

#include "consoledata.h"
#include "consoleseams.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace certdesk::console {

class ConsoleClient;

class OpenFormsTab : public QWidget
{
    Q_OBJECT

public:
    OpenFormsTab(ConsoleClient &client, ConsoleSeams seams, QWidget *parent = nullptr);
    void setCenters(const QList<std::pair<QString, QString>> &codeAndName);
    void load(const QString &center); // asks the server
    void exportList();                // .xlsx, or .csv by the file name
    const OpenForms &forms() const { return m_forms; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    ConsoleClient &m_client;
    ConsoleSeams m_seams;
    QComboBox *m_center = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
    OpenForms m_forms;
};

class FeedbackTab : public QWidget
{
    Q_OBJECT

public:
    FeedbackTab(ConsoleClient &client, ConsoleSeams seams, QWidget *parent = nullptr);
    void choose(const QDate &from, const QDate &to, const QString &format);
    void exportFile();

Q_SIGNALS:
    void exported(const QString &path, int rows);
    void failed(const QString &message);

private:
    ConsoleClient &m_client;
    ConsoleSeams m_seams;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace certdesk::console
