#include "personformsview.h"

#include "counterstyle.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk {

using namespace counterstyle;

PersonFormsView::PersonFormsView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("personFormsView"));
    m_title->setObjectName(QStringLiteral("personFormsTitle"));
    m_title->setWordWrap(true);
    setPointSize(m_title, kValuePt, true);
    m_table->setObjectName(QStringLiteral("personForms"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Form number (认证表编号)"), tr("Name (姓名)"), tr("Cycle"), tr("Due (认证截止日期)"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setPointSize(m_table, kValuePt - 1);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &PersonFormsView::chooseCurrent);

    auto *hint = new QLabel(tr("Choose the form the person brought (↑ ↓, Enter), then type its check code."), this);
    hint->setWordWrap(true);
    setPointSize(hint, kCaptionPt);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
}

void PersonFormsView::setForms(const QString &idNo, const QList<FormView> &forms)
{
    m_title->setText(tr("Forms for ID number %1: %n", nullptr, int(forms.size())).arg(idNo));
    m_table->setRowCount(0);
    m_table->setRowCount(int(forms.size()));
    for (int row = 0; row < forms.size(); ++row) {
        const FormView &v = forms[row];
        QString status = tr("Pending");
        if (v.current)
            status =
                tr("Certified %1 on %2")
                    .arg(v.current->alive ? tr("alive") : tr("deceased"), v.current->localDate.toString(Qt::ISODate));
        const QStringList cells{v.form.formNo, v.form.person.name, QString::number(v.form.cycle),
                                v.form.dueDate.toString(Qt::ISODate), status};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    if (!forms.isEmpty())
        m_table->selectRow(0);
}

void PersonFormsView::focusList()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

void PersonFormsView::clear()
{
    m_title->clear();
    m_table->clearContents();
    m_table->setRowCount(0);
}

bool PersonFormsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            chooseCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonFormsView::chooseCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    Q_EMIT chosen(m_table->item(row, 0)->text());
}

} // namespace certdesk
