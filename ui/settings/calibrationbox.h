#pragma once

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace certdesk {

struct UiContext;

// Overlay printing (套打) calibration of this workstation, per printer: the x/y offset in 0.1 mm steps that
// moves every mark onto the original's blanks, and the calibration sheet to measure it (stationprefs.h).
class CalibrationBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit CalibrationBox(UiContext &context, QWidget *parent = nullptr);

    void save();
    void printSheet();

private:
    QString printerName() const;
    void loadOffset();

    UiContext &m_context;
    QComboBox *m_printer;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    QLabel *m_message;
};

} // namespace certdesk
