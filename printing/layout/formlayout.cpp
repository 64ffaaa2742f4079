#include "layout/formlayout.h"

namespace certdesk::printing::layout {

namespace {

// Vertical rules of the form's grid: label | value | label | value | label | value.
constexpr double kNotesLabelW = 10.5;
constexpr double kX0 = kLeft, kX1 = 52, kX2 = 90, kX3 = 110, kX4 = 132, kX5 = 158, kX6 = kRight;

QRectF span(double x0, double x1, double y, double h)
{
    return {x0, y, x1 - x0, h};
}

// The grid is the same on both variants; only its top differs.
void placeTable(FormLayout &l, double top)
{
    double y = top;
    auto band = [&](double h) {
        l.rows.append(y);
        const double at = y;
        y += h;
        return at;
    };
    double r = band(8);
    l.infoHeader = span(kX0, kX6, r, 8);
    r = band(10);
    l.nameLabel = span(kX0, kX1, r, 10);
    l.nameValue = span(kX1, kX2, r, 10);
    l.sexLabel = span(kX2, kX3, r, 10);
    l.sexValue = span(kX3, kX4, r, 10);
    l.birthLabel = span(kX4, kX5, r, 10);
    l.birthValue = span(kX5, kX6, r, 10);
    r = band(12);
    l.idLabel = span(kX0, kX1, r, 12);
    l.idValue = span(kX1, kX4, r, 12);
    l.personNoLabel = span(kX4, kX5, r, 12);
    l.personNoValue = span(kX5, kX6, r, 12);
    r = band(12);
    l.addressLabel = span(kX0, kX1, r, 12);
    l.addressValue = span(kX1, kX6, r, 12);
    r = band(10);
    l.postcodeLabel = span(kX0, kX1, r, 10);
    l.postcodeValue = span(kX1, kX2, r, 10);
    l.phoneLabel = span(kX2, kX3, r, 10);
    l.phoneValue = span(kX3, kX6, r, 10);
    r = band(8);
    l.providedHeader = span(kX0, kX6, r, 8);
    r = band(10);
    l.aliveLabel = span(kX0, kX1, r, 10);
    l.aliveYesCell = span(kX1, kX3, r, 10);
    l.aliveNoCell = span(kX3, kX6, r, 10);
    l.aliveYesText = QRectF(kX1 + 10, r + 2, 7, 6);
    l.aliveYesBox = QRectF(kX1 + 18, r + 2.75, 4.5, 4.5);
    l.aliveNoText = QRectF(kX3 + 10, r + 2, 7, 6);
    l.aliveNoBox = QRectF(kX3 + 18, r + 2.75, 4.5, 4.5);
    r = band(42);
    l.attestLabel = span(kX0, kX1, r, 42);
    l.attestCell = span(kX1, kX6, r, 42);
    l.attestCenter = QRectF(kX1 + 2, r + 2, 92, 12);
    l.attestClerk = QRectF(kX1 + 2, r + 16, 60, 7);
    l.sealNote = QRectF(kX1 + 64, r + 16, 30, 7);
    l.attestDate = QRectF(kX1 + 2, r + 32, 92, 7);
    l.sealArea = QRectF(kX6 - 42, r + 1, 40, 40);
    // 经办人： is four characters of the value size plus the cell's padding: the name starts 18 mm in.
    l.attestClerkName = QRectF(kX1 + 2 + 18, r + 16, 42, 7);
    // "    年    月    日" in the right part of the date line, where the full form's right-aligned date ends.
    l.dateYear = QRectF(kX1 + 48, r + 32, 14, 7);
    l.yearMark = QRectF(kX1 + 62, r + 32, 5, 7);
    l.dateMonth = QRectF(kX1 + 67, r + 32, 9, 7);
    l.monthMark = QRectF(kX1 + 76, r + 32, 5, 7);
    l.dateDay = QRectF(kX1 + 81, r + 32, 9, 7);
    l.dayMark = QRectF(kX1 + 90, r + 32, 5, 7);
    r = band(8);
    l.changeHeader = span(kX0, kX6, r, 8);
    r = band(12);
    l.changeAddressLabel = span(kX0, kX1, r, 12);
    l.changeAddressValue = span(kX1, kX6, r, 12);
    r = band(10);
    l.changePostcodeLabel = span(kX0, kX1, r, 10);
    l.changePostcodeValue = span(kX1, kX2, r, 10);
    l.changePhoneLabel = span(kX2, kX3, r, 10);
    l.changePhoneValue = span(kX3, kX6, r, 10);
    l.rows.append(y);
    l.table = span(kX0, kX6, top, y - top);
}

FormLayout makeOnline()
{
    FormLayout l;
    l.annex = QRectF(kLeft, 10, 40, 7);
    l.reprintMark = QRectF(130, 9, 60, 8);
    l.salutation = QRectF(kLeft, 20, 170, 7);
    l.letter = QRectF(kLeft, 28, 170, 25);
    l.issuer = QRectF(90, 54, 100, 6);
    l.issuerNote = QRectF(90, 60, 100, 5);
    l.title = QRectF(kLeft, 68, 170, 9);
    l.formNo = QRectF(kLeft, 81, 130, 7);
    l.checkCode = QRectF(kLeft, 90, 130, 7);
    l.qr = QRectF(kRight - 26, 78, 26, 26);
    l.overlayQr = QRectF(kRight - 17, 3, 17, 17);
    placeTable(l, 106);
    l.notesLabel = QRectF(kLeft, l.table.bottom() + 3, kNotesLabelW, 6);
    l.notes = QRectF(kLeft + kNotesLabelW, l.table.bottom() + 3, 170 - kNotesLabelW, 30);
    return l;
}

FormLayout makeMail()
{
    FormLayout l;
    l.annex = QRectF(kLeft, 10, 40, 7);
    l.reprintMark = QRectF(130, 9, 60, 8);
    l.salutation = QRectF(kLeft, 20, 170, 7);
    l.letter = QRectF(kLeft, 28, 170, 30);
    l.issuer = QRectF(90, 58, 100, 6);
    l.issuerNote = QRectF(90, 64, 100, 5);
    l.replyAddress = QRectF(kLeft, 71, 140, 6);
    l.replyUnit = QRectF(kLeft, 78, 140, 6);
    l.replyPostcode = QRectF(kLeft, 85, 60, 6);
    l.replyPhone = QRectF(kLeft + 62, 85, 78, 6);
    l.qr = QRectF(kRight - 26, 69, 26, 26);
    l.title = QRectF(kLeft, 97, 170, 9);
    l.formNo = QRectF(kLeft, 108, 130, 7);
    l.overlayQr = QRectF(kRight - 17, 3, 17, 17);
    placeTable(l, 117);
    l.notesLabel = QRectF(kLeft, l.table.bottom() + 2, kNotesLabelW, 6);
    l.notes = QRectF(kLeft + kNotesLabelW, l.table.bottom() + 2, 170 - kNotesLabelW, kBottom - l.table.bottom() - 2);
    return l;
}

WorkloadLayout makeWorkload()
{
    WorkloadLayout l;
    l.center = QRectF(kLeft, 12, 170, 7);
    l.title = QRectF(kLeft, 20, 170, 10);
    l.range = QRectF(kLeft, 31, 170, 6);
    l.tableTop = 40;
    l.headerH = 9;
    l.rowH = 7;
    // 日期 经办人 | 附表1 健在 非健在 | 附表2 健在 非健在 | 信息变更 更正 拒绝受理 认证合计
    l.columns = {kLeft, 42, 74, 88.5, 103, 117.5, 132, 146.5, 161, 175.5, kRight};
    l.printedBy = QRectF(kLeft, 279, 120, 6);
    l.pageNo = QRectF(140, 279, 50, 6);
    return l;
}

InstitutionLayout makeInstitution()
{
    InstitutionLayout l;
    l.annex = QRectF(kLeft, 12, 40, 7);
    l.title = QRectF(kLeft, 24, 170, 10);
    l.authority = QRectF(kLeft, 38, 170, 7);
    l.tableTop = 48;
    l.headerH = 12;
    l.rowH = 28;
    l.columns = {kLeft, 56, 100, 120, 146, 164, kRight};
    return l;
}

ReceiptLayout makeReceipt()
{
    ReceiptLayout l;
    l.reprintMark = QRectF(130, 9, 60, 8);
    l.title = QRectF(kLeft, 16, 170, 10);
    l.labelX = 30;
    l.labelW = 46;
    l.valueX = 76;
    l.valueW = 104;
    l.firstRowY = 30;
    l.rowH = 9.5;
    l.rowCount = 8;
    l.note = QRectF(kLeft, l.firstRowY + l.rowCount * l.rowH + 3, 170, 12);
    l.cutY = kA4.height() / 2;
    return l;
}

CalibrationLayout makeCalibration()
{
    CalibrationLayout l;
    l.title = QRectF(kLeft, 24, 170, 10);
    l.instructions = QRectF(kLeft + 10, 40, 150, 60);
    // Near the corners of the printable area and on the overlay's own marks (是否健在, 鉴证, the date), so both
    // a ruler from the paper's edges and an original held against the light can be used.
    const FormLayout &f = formLayout(FormVariant::Online);
    l.crosshairs = {QPointF(30, 15),
                    QPointF(180, 15),
                    f.aliveYesBox.center(),
                    f.aliveNoBox.center(),
                    QPointF(f.attestCenter.left() + 4, f.attestCenter.center().y()),
                    f.dateDay.center(),
                    QPointF(30, 280),
                    QPointF(180, 280)};
    return l;
}

} // namespace

const CalibrationLayout &calibrationLayout()
{
    static const CalibrationLayout l = makeCalibration();
    return l;
}

const FormLayout &formLayout(FormVariant variant)
{
    static const FormLayout online = makeOnline();
    static const FormLayout mail = makeMail();
    return variant == FormVariant::Online ? online : mail;
}

const ReceiptLayout &receiptLayout()
{
    static const ReceiptLayout l = makeReceipt();
    return l;
}

const WorkloadLayout &workloadLayout()
{
    static const WorkloadLayout l = makeWorkload();
    return l;
}

const InstitutionLayout &institutionLayout()
{
    static const InstitutionLayout l = makeInstitution();
    return l;
}

} // namespace certdesk::printing::layout
