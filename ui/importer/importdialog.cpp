#include "importdialog.h"

#include "services/session.h"
#include "theme/theme.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace certdesk {

namespace {

// QListView wraps the text it paints but sizes every row for one line; this sizes rows for the wrapped text.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const int width = qMax(100, m_view->viewport()->width() - 12);
        const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return {width, text.height() + 8};
    }

private:
    QListView *m_view;
};

} // namespace

ImportDialog::ImportDialog(UiContext &context, Session &session, ImportKind kind, QWidget *parent)
    : QDialog(parent), m_context(context), m_session(session), m_kind(kind), m_encoding(new QComboBox(this)),
      m_sheet(new QLineEdit(this)), m_file(new QLabel(this)),
      m_choose(new QPushButton(tr("Choose file… (Ctrl+O)"), this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel import (Esc)"), this)), m_close(new QPushButton(tr("Close"), this)),
      m_summary(new QLabel(this)), m_errors(new QListWidget(this))
{
    setObjectName(QStringLiteral("importDialog"));
    const bool forms = kind == ImportKind::Forms;
    setWindowTitle(forms ? tr("Import pending forms") : tr("Import death notices"));
    resize(860, 560);

    auto *title = new QLabel(forms ? tr("Import the list of pending forms (待认证名单)")
                                   : tr("Import the death notice list (死亡人员名单)"),
                             this);
    QFont big = title->font();
    big.setPointSizeF(qMax(big.pointSizeF(), 14.0));
    big.setBold(true);
    title->setFont(big);
    auto *explain = new QLabel(tr("A file is imported whole or not at all: if any row is wrong, nothing is imported "
                                  "and the rows to fix are listed below. Importing the same file again changes "
                                  "nothing."),
                               this);
    explain->setWordWrap(true);

    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_choose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_choose->setDefault(true);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setText(tr("No file chosen"));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Automatic (UTF-8 or GB18030)"), QStringLiteral("auto"));
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("GB18030 (Excel on Chinese Windows)"), QStringLiteral("gb18030"));
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setPlaceholderText(tr("The first worksheet"));
    m_sheet->setToolTip(tr("For an Excel or WPS file (.xlsx, .xls): the name of the worksheet (tab) to import."));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setEnabled(false);
    m_cancel->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("closeImportButton"));
    m_close->setAutoDefault(false);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setFont(big);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    // Reasons are whole sentences: wrap them rather than make anyone scroll sideways.
    m_errors->setWordWrap(true);
    m_errors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_errors->setResizeMode(QListView::Adjust);
    m_errors->setItemDelegate(new WrappingDelegate(m_errors));
    m_errors->hide();

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Encoding (CSV)"), m_encoding);
    form->addRow(tr("Worksheet (Excel)"), m_sheet);
    form->addRow(tr("Progress"), m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addStretch(0);
    layout->addLayout(buttons);
}

// A running import is a child job: deleting it cancels the import and waits for the worker's rollback.
ImportDialog::~ImportDialog() = default;

void ImportDialog::chooseFile()
{
    if (isRunning())
        return;
    const QString path = m_context.prompter.openFile(
        this, m_kind == ImportKind::Forms ? tr("Choose the file of pending forms") : tr("Choose the death notice file"),
        tr("Lists (*.xlsx *.xls *.csv *.json);;Excel or WPS workbooks (*.xlsx *.xls);;CSV or JSON files (*.csv "
           "*.json);;All files (*)"));
    if (!path.isEmpty())
        startImport(path);
}

void ImportDialog::startImport(const QString &path)
{
    if (isRunning())
        return;
    m_file->setText(QFileInfo(path).fileName());
    m_summary->clear();
    m_errors->clear();
    m_errors->hide();
    TextEncoding encoding = TextEncoding::Auto;
    encodingFromName(m_encoding->currentData().toString(), &encoding);
    // The worksheet name means something for a workbook only; typed earlier, it must not spoil a CSV import.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString sheet =
        suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls") ? m_sheet->text().trimmed() : QString();
    // The worker gets its own connection, opened here and then touched by the worker only.
    auto reopened = m_session.reopen();
    if (!reopened) {
        showFailure(reopened.error().message);
        Q_EMIT finished(false);
        return;
    }
    m_progress->setRange(0, 0); // busy until the first count arrives (parsing comes first)
    setRunning(true);
    // The work gets its own connection and copies; each progress step waits until the bar shows it, so Cancel
    // acts on what the user sees.
    m_job = runInBackground(
        this,
        [session = std::move(reopened).value(), kind = m_kind, path, encoding, sheet](JobControl &control) mutable {
            auto result = ImportService(*session).importFile(
                kind, path, encoding, [&control](int done, int total) { return control.step(done, total); }, sheet);
            session.reset(); // closed by the thread that used it
            return result;
        },
        [this](const Result<ImportReport> &result) { onDone(result); });
    connect(m_job, &BackgroundJob::progressed, this, &ImportDialog::onProgress);
}

void ImportDialog::cancelImport()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void ImportDialog::abandon()
{
    if (isRunning())
        cancelImport();
    m_closeWhenDone = false;
    QDialog::reject();
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(total > 0 ? done : 1);
    Q_EMIT progressed(done, total);
}

void ImportDialog::onDone(const Result<ImportReport> &result)
{
    m_job = nullptr;
    setRunning(false);
    bool imported = false;
    if (!result) {
        showFailure(result.error().message);
    } else if (!result->accepted()) {
        const ImportReport &report = result.value();
        showFailure(tr("Nothing was imported: %n row(s) must be fixed in the file first. Fix them and import the "
                       "whole file again.",
                       nullptr, int(report.errors.size())));
        for (const RowError &e : report.errors)
            m_errors->addItem(tr("line %1: %2").arg(e.line).arg(e.reason));
        m_errors->show();
    } else {
        const ImportReport &report = result.value();
        theme::setTone(m_summary, theme::Tone::Ok);
        QString summary = tr("Done. Rows in the file: %1; added: %2; already present: %3.")
                              .arg(report.rows)
                              .arg(report.added)
                              .arg(report.unchanged);
        if (report.linked + report.flagged > 0)
            summary += QLatin1Char(' ') + tr("Paper registrations: %1 linked (same person), %2 held for the "
                                             "supervisor's review (another ID number; nothing merged).")
                                              .arg(report.linked)
                                              .arg(report.flagged);
        m_summary->setText(summary);
        m_progress->setValue(m_progress->maximum());
        imported = true;
    }
    Q_EMIT finished(imported);
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

void ImportDialog::setRunning(bool running)
{
    m_choose->setEnabled(!running);
    m_encoding->setEnabled(!running);
    m_sheet->setEnabled(!running);
    m_close->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running) {
        theme::clearTone(m_summary);
        m_summary->setText(tr("Importing…"));
        m_cancel->setFocus();
    } else {
        m_choose->setFocus();
    }
}

void ImportDialog::showFailure(const QString &message)
{
    theme::setTone(m_summary, theme::Tone::Error);
    m_summary->setText(message);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
}

} // namespace certdesk
