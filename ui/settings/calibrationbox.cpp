#include "calibrationbox.h"

#include "core/workstationsettings.h"
#include "printing.h"
#include "printing/printactions.h"
#include "printing/printdriver.h"
#include "stationprefs.h"
#include "theme/theme.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QPushButton>
#include <QShortcut>

namespace certdesk {

namespace {

QDoubleSpinBox *offsetBox(const char *name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setDecimals(1);
    box->setSingleStep(0.1);
    box->setRange(-printing::kMaxOffsetMm, printing::kMaxOffsetMm);
    box->setSuffix(QStringLiteral(" mm"));
    return box;
}

} // namespace

CalibrationBox::CalibrationBox(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Overlay printing calibration (套打校准)"), parent), m_context(context),
      m_printer(new QComboBox(this)), m_x(offsetBox("overlayOffsetX", this)), m_y(offsetBox("overlayOffsetY", this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("calibrationBox"));
    m_printer->setObjectName(QStringLiteral("calibrationPrinter"));
    m_printer->addItem(tr("PDF, and printers without their own offset"), QString());
    QStringList printers = QPrinterInfo::availablePrinterNames();
    const QString remembered = m_context.settings.printer();
    if (!remembered.isEmpty() && !printers.contains(remembered))
        printers.prepend(remembered);
    for (const QString &name : printers)
        m_printer->addItem(name, name);
    m_message->setObjectName(QStringLiteral("calibrationMessage"));
    m_message->setWordWrap(true);

    auto *saveButton = new QPushButton(tr("Save offset"), this);
    saveButton->setObjectName(QStringLiteral("saveCalibrationButton"));
    auto *sheetButton = new QPushButton(tr("Print the calibration sheet… (Ctrl+K)"), this);
    sheetButton->setObjectName(QStringLiteral("printCalibrationButton"));
    for (QPushButton *b : {saveButton, sheetButton})
        b->setAutoDefault(false);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), sheetButton), &QShortcut::activated, sheetButton,
            &QPushButton::click);
    connect(saveButton, &QPushButton::clicked, this, &CalibrationBox::save);
    connect(sheetButton, &QPushButton::clicked, this, &CalibrationBox::printSheet);
    connect(m_printer, &QComboBox::currentIndexChanged, this, &CalibrationBox::loadOffset);

    auto *explain = new QLabel(tr("Marks printed onto the pensioner's original must land in its boxes and blanks. "
                                  "Print the calibration sheet, measure where the crosshairs landed, and enter the "
                                  "correction: X moves every mark right (negative: left), Y down (negative: up)."),
                               this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Printer"), m_printer);
    form->addRow(tr("Offset X"), m_x);
    form->addRow(tr("Offset Y"), m_y);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(sheetButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    loadOffset();
}

QString CalibrationBox::printerName() const
{
    return m_printer->currentData().toString();
}

void CalibrationBox::loadOffset()
{
    const QPointF offset = m_context.settings.overlayOffset(printerName());
    m_x->setValue(offset.x());
    m_y->setValue(offset.y());
    m_message->clear();
}

void CalibrationBox::save()
{
    m_context.settings.setOverlayOffset(printerName(), QPointF(m_x->value(), m_y->value()));
    theme::setTone(m_message, theme::Tone::Ok);
    m_message->setText(tr("Offset saved for %1: X %2 mm, Y %3 mm.")
                           .arg(m_printer->currentText(), QString::number(m_x->value(), 'f', 1),
                                QString::number(m_y->value(), 'f', 1)));
}

void CalibrationBox::printSheet()
{
    const Status s = printactions::printCalibrationSheet(m_context, this);
    if (s || printactions::wasCancelled(s))
        return;
    theme::setTone(m_message, theme::Tone::Error);
    m_message->setText(tr("Not printed: %1").arg(s.error().message));
}

} // namespace certdesk
