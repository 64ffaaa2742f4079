#include "paperreviewdialog.h"

#include "domain/account.h"
#include "services/paperforms.h"
#include "services/session.h"
#include "theme/theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace certdesk {

namespace {

constexpr int kNoteMax = 200; // a sentence or two; the audit log keeps it

} // namespace

PaperReviewDialog::PaperReviewDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_intro(new QLabel(this)), m_table(new QTableWidget(0, 6, this)),
      m_note(new QLineEdit(this)), m_settle(new QPushButton(tr("Settle (Enter)"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("paperReviewDialog"));
    setWindowTitle(tr("Paper registrations to review"));
    resize(900, 420);
    m_intro->setObjectName(QStringLiteral("paperReviewIntro"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("paperReviewTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Form number"), tr("Registered on paper for (ID)"),
                                        tr("The list names"), tr("Arrived by"), tr("Arrived at")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the note
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setObjectName(QStringLiteral("paperReviewNote"));
    m_note->setMaxLength(kNoteMax);
    m_note->setPlaceholderText(tr("How it was settled, e.g. confirmed with the insured-place agency by phone"));
    m_settle->setObjectName(QStringLiteral("paperReviewSettle"));
    m_settle->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("paperReviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_settle, &QPushButton::clicked, this, &PaperReviewDialog::settle);
    connect(m_note, &QLineEdit::returnPressed, this, &PaperReviewDialog::settle);

    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_settle);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(noteRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Only a supervisor settles (an admin may look).
    const bool canSettle = roleAllows(m_session.account().role, Permission::Override);
    m_note->setEnabled(canSettle);
    m_settle->setEnabled(canSettle);
    reload();
    m_table->setFocus();
}

void PaperReviewDialog::reload()
{
    m_table->setRowCount(0);
    m_reviews.clear();
    auto reviews = PaperFormService(m_session).reviews(true);
    if (!reviews) {
        showMessage(reviews.error().message, true);
        return;
    }
    m_reviews = reviews.value();
    m_intro->setText(m_reviews.isEmpty()
                         ? tr("No paper registration is waiting for review.")
                         : tr("List data arrived for these paper registrations but names another person. Nothing "
                              "was merged: check the paper form with the insured-place agency, then settle each "
                              "item with a note."));
    for (const PaperReview &r : std::as_const(m_reviews)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString cells[] = {QString::number(r.id),
                                 r.formNo,
                                 r.paperIdNo,
                                 r.listName + QLatin1Char(' ') + r.listIdNo,
                                 r.via == QLatin1String("pull") ? tr("county sync") : tr("import"),
                                 r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (int c = 0; c < 6; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    if (!m_reviews.isEmpty())
        m_table->selectRow(0);
    const bool canSettle = roleAllows(m_session.account().role, Permission::Override) && !m_reviews.isEmpty();
    m_note->setEnabled(canSettle);
    m_settle->setEnabled(canSettle);
}

void PaperReviewDialog::settle()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reviews.size()) {
        showMessage(tr("Choose the item to settle in the list first."), true);
        return;
    }
    if (m_note->text().trimmed().isEmpty()) {
        showMessage(tr("Write a note saying how the item was settled."), true);
        m_note->setFocus();
        return;
    }
    const qint64 id = m_reviews[row].id;
    const QString formNo = m_reviews[row].formNo;
    if (auto s = PaperFormService(m_session).resolveReview(id, m_note->text()); !s) {
        showMessage(s.error().message, true);
        return;
    }
    m_note->clear();
    reload();
    showMessage(tr("Review %1 (form %2) settled.").arg(id).arg(formNo), false);
    m_table->setFocus();
}

void PaperReviewDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::Ok);
    m_message->show();
}

} // namespace certdesk
