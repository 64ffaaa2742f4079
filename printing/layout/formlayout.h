#pragma once

#include "domain/types.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

// The layout spec: every printed element as a named rectangle in millimetres from the top-left corner of an
// A4 portrait sheet. The renderers draw from these rectangles only, and the tests read the same values to
// check what lands on the page, so a change here moves both.
namespace certdesk::printing::layout {

inline constexpr QSizeF kA4{210.0, 297.0};
inline constexpr double kLeft = 20.0; // left and right margin
inline constexpr double kRight = 190.0;
inline constexpr double kBottom = 287.0; // nothing is drawn below this line (printers' unprintable edge)
// Minimum quiet zone around the QR code, in modules (ISO/IEC 18004 asks for 4; nayuki's encoder adds none).
inline constexpr int kQrQuietModules = 4;

// Font sizes (em height) in millimetres. Text that does not fit its cell is set smaller, down to kMinScale.
struct FontSizes
{
    double title = 5.6;
    double body = 3.7;
    double label = 3.4;
    double value = 3.7;
    double note = 3.1;
    double small = 2.8;
};
inline constexpr FontSizes kFont{};
inline constexpr double kMinScale = 0.6;

// One stamped form, 附表1 (Online) or 附表2 (Mail). Rectangles that a variant does not have are null.
struct FormLayout
{
    QRectF annex;                                              // 附表1 / 附表2
    QRectF reprintMark;                                        // 补打 + date, only on a reprint
    QRectF salutation;                                         // "<name> 同志："
    QRectF letter;                                             // the letter with the due date
    QRectF issuer;                                             // 参保地社保经办机构 (落款)
    QRectF issuerNote;                                         // （参保地社保经办机构落款并加盖公章）
    QRectF replyAddress, replyUnit, replyPostcode, replyPhone; // 回信 block, Mail only
    QRectF title;
    QRectF formNo;
    QRectF checkCode; // Online only
    QRectF qr;        // the whole symbol including its quiet zone; square

    QRectF table; // outer border of the grid
    QRectF infoHeader;
    QRectF nameLabel, nameValue, sexLabel, sexValue, birthLabel, birthValue;
    QRectF idLabel, idValue, personNoLabel, personNoValue;
    QRectF addressLabel, addressValue;
    QRectF postcodeLabel, postcodeValue, phoneLabel, phoneValue;
    QRectF providedHeader;
    QRectF aliveLabel, aliveYesCell, aliveNoCell, aliveYesText, aliveYesBox, aliveNoText, aliveNoBox;
    QRectF attestLabel, attestCell, attestCenter, attestClerk, sealNote, attestDate;
    QRectF sealArea; // kept empty for the hand stamp, or holds the electronic seal
    // Overlay printing (套打) onto the original: the printed form already carries 经办人： and 年 月 日, so the
    // agency's entries go into the blanks after them. The marks (年 月 日) sit at fixed places on the original.
    QRectF attestClerkName;              // the name after the printed 经办人：
    QRectF dateYear, dateMonth, dateDay; // the numbers
    QRectF yearMark, monthMark, dayMark; // the printed 年 月 日
    QRectF overlayQr;                    // a small QR in the free top-right margin (the original has none)
    QRectF changeHeader;
    QRectF changeAddressLabel, changeAddressValue;
    QRectF changePostcodeLabel, changePostcodeValue, changePhoneLabel, changePhoneValue;
    QRectF notesLabel; // 说明：
    QRectF notes;      // the numbered notes, right of the label so wrapped lines align

    // Horizontal rules of the grid (y, mm) and vertical rules per row band, for the border drawing and tests.
    QList<double> rows;
};

const FormLayout &formLayout(FormVariant variant);

// The calibration sheet: crosshairs at known positions (mm from the sheet's top-left corner), printed with the
// offset under test; the clerk measures where their centres landed.
struct CalibrationLayout
{
    QRectF title;
    QRectF instructions;
    QList<QPointF> crosshairs;
    double armMm = 6.0; // half the length of each crosshair's arms
    QRectF crosshairLabel(const QPointF &at) const
    {
        return {at.x() > 150 ? at.x() - 46 : at.x() + 2, at.y() + 1.5, 44, 5};
    }
};
const CalibrationLayout &calibrationLayout();

// The pensioner's receipt on the upper half of the sheet; `cutY` is the dashed cut line.
struct ReceiptLayout
{
    QRectF reprintMark;
    QRectF title;
    double labelX = 0, labelW = 0, valueX = 0, valueW = 0;
    double firstRowY = 0, rowH = 0;
    int rowCount = 0; // 认证表编号, 姓名, 公民身份号码, 认证结果, 认证日期, 认证机构, 经办人, 下次认证截止日期
    QRectF note;
    double cutY = 0;
    QRectF labelRect(int row) const { return {labelX, firstRowY + row * rowH, labelW, rowH}; }
    QRectF valueRect(int row) const { return {valueX, firstRowY + row * rowH, valueW, rowH}; }
};
const ReceiptLayout &receiptLayout();

// 工作量统计: the header on every page, a table of fixed-height rows, a footer with the page number.
struct WorkloadLayout
{
    QRectF center;
    QRectF title;
    QRectF range;
    double tableTop = 0;
    double headerH = 0;
    double rowH = 0;
    QList<double> columns; // x of every vertical rule, left to right (columns.size() - 1 columns)
    QRectF printedBy;
    QRectF pageNo;
    int rowsPerPage() const { return int((printedBy.top() - 3.0 - tableTop - headerH) / rowH); }
    QRectF cell(int row, int column) const
    {
        return {columns[column], tableTop + headerH + row * rowH, columns[column + 1] - columns[column], rowH};
    }
    QRectF headerCell(int column) const
    {
        return {columns[column], tableTop, columns[column + 1] - columns[column], headerH};
    }
};
const WorkloadLayout &workloadLayout();

// 附件2 institution sheet: one header row and one row for this center.
struct InstitutionLayout
{
    QRectF annex;
    QRectF title;
    QRectF authority;
    double tableTop = 0;
    double headerH = 0;
    double rowH = 0;
    QList<double> columns; // 机构名称 办公地址 联系人 所在部门 职务 联系电话
    QRectF headerCell(int c) const { return {columns[c], tableTop, columns[c + 1] - columns[c], headerH}; }
    QRectF cell(int c) const { return {columns[c], tableTop + headerH, columns[c + 1] - columns[c], rowH}; }
    // The county's sheet lists every center: shorter rows, as many pages as needed.
    double listRowH = 14;
    double listBottom = 279;
    int listRowsPerPage() const { return int((listBottom - tableTop - headerH) / listRowH); }
    QRectF listCell(int row, int c) const
    {
        return {columns[c], tableTop + headerH + row * listRowH, columns[c + 1] - columns[c], listRowH};
    }
};
const InstitutionLayout &institutionLayout();

} // namespace certdesk::printing::layout
