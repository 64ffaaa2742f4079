#include "printingtab.h"

#include "calibrationbox.h"

#include "printing/printactions.h"
#include "prompter.h"
#include "services/printdata.h"
#include "services/session.h"
#include "theme/theme.h"

#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace certdesk {

PrintingTab::PrintingTab(UiContext &context, Session &session, QWidget *parent)
    : QWidget(parent), m_context(context), m_session(session), m_preview(new QLabel(this)),
      m_choose(new QPushButton(tr("Choose seal image… (Ctrl+O)"), this)),
      m_clear(new QPushButton(tr("Remove the seal"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("printingTab"));
    m_preview->setObjectName(QStringLiteral("sealPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setFixedSize(260, 260);
    // The theme gives it a light grey that shows through where the image is transparent.
    m_choose->setObjectName(QStringLiteral("sealChooseButton"));
    m_choose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_clear->setObjectName(QStringLiteral("sealClearButton"));
    for (QPushButton *b : {m_choose, m_clear})
        b->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("sealMessage"));
    m_message->setWordWrap(true);

    auto *explain = new QLabel(
        tr("The electronic seal (电子印章) is printed in the 鉴证 area of every stamped form, under the clerk's "
           "name and date. It must be a PNG with a transparent background (at most 1 MB). Without a seal the "
           "area stays blank for the rubber stamp. The default printer is set on the Center tab."),
        this);
    explain->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *seal = new QGroupBox(tr("Electronic seal"), this);
    auto *row = new QHBoxLayout(seal);
    row->addWidget(m_preview);
    row->addLayout(buttons);
    row->addWidget(explain, 1, Qt::AlignTop);

    auto *sheet = new QGroupBox(tr("Institution sheet (附件2)"), this);
    auto *sheetRow = new QHBoxLayout(sheet);
    auto *printSheet = new QPushButton(tr("Print the 附件2 sheet… (Ctrl+P)"), sheet);
    printSheet->setObjectName(QStringLiteral("printInstitutionButton"));
    printSheet->setAutoDefault(false);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), printSheet), &QShortcut::activated, printSheet,
            &QPushButton::click);
    connect(printSheet, &QPushButton::clicked, this, &PrintingTab::printInstitution);
    auto *sheetNote =
        new QLabel(tr("办理省内异地资格协助认证业务机构填报表, filled in from the Center tab (save it first)."), sheet);
    sheetNote->setWordWrap(true);
    sheetRow->addWidget(printSheet);
    sheetRow->addWidget(sheetNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(seal);
    layout->addWidget(sheet);
    layout->addWidget(new CalibrationBox(context, this));
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &PrintingTab::chooseSeal);
    connect(m_clear, &QPushButton::clicked, this, &PrintingTab::clearSeal);
    load();
}

void PrintingTab::load()
{
    auto png = PrintDataService(m_session).seal();
    QPixmap pixmap;
    if (png && !png->isEmpty() && pixmap.loadFromData(png.value(), "PNG")) {
        m_preview->setPixmap(
            pixmap.scaled(m_preview->size() - QSize(12, 12), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_clear->setEnabled(true);
        return;
    }
    m_preview->setPixmap(QPixmap());
    m_preview->setText(png ? tr("No electronic seal") : png.error().message);
    m_clear->setEnabled(false);
}

void PrintingTab::chooseSeal()
{
    const QString path = m_context.prompter.openFile(this, tr("Choose the seal image"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    // One byte over the limit is enough for the service to refuse it as too large.
    const QByteArray png = file.read(PrintDataService::kMaxSealBytes + 1);
    if (auto s = PrintDataService(m_session).setSeal(png); !s) {
        showMessage(s.error().message, true);
        return;
    }
    load();
    showMessage(tr("Seal saved. It is printed on every stamped form from now on."), false);
}

void PrintingTab::clearSeal()
{
    if (!m_context.prompter.confirm(this, tr("Remove the seal"),
                                    tr("Remove the electronic seal? Forms are then printed without it, for the rubber "
                                       "stamp.")))
        return;
    if (auto s = PrintDataService(m_session).clearSeal(); !s) {
        showMessage(s.error().message, true);
        return;
    }
    load();
    showMessage(tr("Seal removed."), false);
}

void PrintingTab::printInstitution()
{
    const Status s = printactions::printInstitutionSheet(m_context, this, m_session);
    if (!s && !printactions::wasCancelled(s))
        showMessage(tr("Not printed: %1").arg(s.error().message), true);
}

void PrintingTab::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::Ok);
    m_message->setText(text);
}

} // namespace certdesk
