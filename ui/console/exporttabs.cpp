#include "exporttabs.h"

#include "consoleclient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace certdesk::console {

OpenFormsTab::OpenFormsTab(ConsoleClient &client, ConsoleSeams seams, QWidget *parent)
    : QWidget(parent), m_client(client), m_seams(std::move(seams)), m_center(new QComboBox(this)),
      m_caption(new QLabel(this)), m_table(new QTableWidget(0, 4, this))
{
    m_table->setHorizontalHeaderLabels({tr("Due date"), tr("Form"), tr("ID number (masked)"), tr("Name")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Forms not yet certified"));
    auto *label = new QLabel(tr("&Center"), this);
    label->setBuddy(m_center);
    auto *show = new QPushButton(tr("&Show"), this);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setToolTip(tr("An Excel workbook (.xlsx), or CSV when the file name ends in .csv."));
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_center);
    controls->addWidget(show);
    controls->addWidget(exportButton);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    connect(show, &QPushButton::clicked, this, [this] { load(m_center->currentData().toString()); });
    connect(m_center, &QComboBox::activated, this, [this] { load(m_center->currentData().toString()); });
    connect(exportButton, &QPushButton::clicked, this, &OpenFormsTab::exportList);
}

void OpenFormsTab::setCenters(const QList<std::pair<QString, QString>> &codeAndName)
{
    const QString current = m_center->currentData().toString();
    m_center->clear();
    for (const auto &[code, name] : codeAndName)
        m_center->addItem(name.isEmpty() ? code : code + QStringLiteral(" ") + name, code);
    const int i = m_center->findData(current);
    m_center->setCurrentIndex(i < 0 ? 0 : i);
}

void OpenFormsTab::load(const QString &center)
{
    if (center.isEmpty())
        return;
    const int i = m_center->findData(center);
    if (i >= 0)
        m_center->setCurrentIndex(i);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("center"), center);
    m_client.get(QStringLiteral("open"), q, [this](const Result<QJsonObject> &r) {
        if (!r) {
            m_caption->setText(r.error().message);
            Q_EMIT failed(r.error().message);
            return;
        }
        m_forms = decodeOpenForms(r.value());
        m_table->setRowCount(int(m_forms.forms.size()));
        for (int row = 0; row < m_forms.forms.size(); ++row) {
            const OpenForm &f = m_forms.forms[row];
            const QStringList cells{f.dueDate.toString(Qt::ISODate), f.formNo, f.idMasked, f.name};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
        m_caption->setText(tr("%1: %2 form(s) not yet certified in %3, nearest due date first.")
                               .arg(m_forms.center)
                               .arg(m_forms.total)
                               .arg(m_forms.cycle));
        Q_EMIT loaded();
    });
}

void OpenFormsTab::exportList()
{
    if (m_forms.center.isEmpty())
        return;
    QString path = m_seams.saveFile(this, tr("Export the forms not yet certified"),
                                    QStringLiteral("open-%1.xlsx").arg(m_forms.center));
    if (path.isEmpty())
        return;
    // .csv by its name; anything else is a workbook (a name typed without a suffix gets .xlsx).
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QLatin1String(".xlsx");
    const Result<QByteArray> bytes = csv ? Result<QByteArray>(openFormsCsv(m_forms)) : openFormsXlsx(m_forms);
    m_seams.inform(this, bytes && writePrivateFile(path, bytes.value())
                             ? tr("%1 form(s) written to %2 (ID numbers masked).").arg(m_forms.forms.size()).arg(path)
                             : tr("Cannot write %1.").arg(path));
}

FeedbackTab::FeedbackTab(ConsoleClient &client, ConsoleSeams seams, QWidget *parent)
    : QWidget(parent), m_client(client), m_seams(std::move(seams)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_format(new QComboBox(this)), m_caption(new QLabel(this))
{
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(1 - today.day()));
    m_to->setDate(today);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_format->addItem(tr("CSV (for the province's system)"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    auto *button = new QPushButton(tr("&Export feedback file…"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(tr("F&ormat"), m_format);
    form->addRow(QString(), button);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("网上反馈: the online (附表1) certifications of the range, exactly as `certdesk-county "
                                "export feedback` writes them. The file holds full ID numbers: keep it safe."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_caption);
    layout->addStretch(1);
    connect(button, &QPushButton::clicked, this, &FeedbackTab::exportFile);
}

void FeedbackTab::choose(const QDate &from, const QDate &to, const QString &format)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_format->setCurrentIndex(qMax(0, m_format->findData(format)));
}

void FeedbackTab::exportFile()
{
    const QString format = m_format->currentData().toString();
    const QString path =
        m_seams.saveFile(this, tr("Export the feedback file"),
                         QStringLiteral("feedback-%1-%2.%3")
                             .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate), format));
    if (path.isEmpty())
        return;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("format"), format);
    m_client.get(QStringLiteral("feedback"), q, [this, path](const Result<QJsonObject> &r) {
        if (!r) {
            m_caption->setText(r.error().message);
            Q_EMIT failed(r.error().message);
            return;
        }
        const int rows = r->value(QStringLiteral("rows")).toInt();
        // A workbook comes base64-encoded (docs/county-reports.md); CSV and JSON as text.
        const QByteArray bytes =
            r->contains(QStringLiteral("file_base64"))
                ? QByteArray::fromBase64(r->value(QStringLiteral("file_base64")).toString().toLatin1())
                : r->value(QStringLiteral("file")).toString().toUtf8();
        if (bytes.isEmpty() || !writePrivateFile(path, bytes)) {
            m_caption->setText(tr("Cannot write %1.").arg(path));
            Q_EMIT failed(m_caption->text());
            return;
        }
        m_caption->setText(tr("%1 row(s) written to %2.").arg(rows).arg(path));
        Q_EMIT exported(path, rows);
    });
}

} // namespace certdesk::console
