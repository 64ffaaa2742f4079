#include "canvas.h"
#include "layout/formlayout.h"
#include "layout/formtext.h"
#include "pages.h"
#include "qr.h"

namespace certdesk::printing {

namespace {

constexpr int kCenter = Qt::AlignCenter;
constexpr int kLeftMid = Qt::AlignLeft | Qt::AlignVCenter;

QString sexText(QChar sex)
{
    if (sex == QLatin1Char('M'))
        return text::kMale;
    if (sex == QLatin1Char('F'))
        return text::kFemale;
    return QString();
}

// "1950-03" → "1950 年 3 月"; anything else is printed as stored.
QString birthText(const QString &birth)
{
    const QDate d = QDate::fromString(birth + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return d.isValid() ? QStringLiteral("%1 年 %2 月").arg(d.year()).arg(d.month()) : birth;
}

void drawGrid(Canvas &c, const layout::FormLayout &l)
{
    c.frame(l.table, 0.5);
    for (int i = 1; i + 1 < l.rows.size(); ++i)
        c.line({l.table.left(), l.rows[i]}, {l.table.right(), l.rows[i]});
    // Vertical rules: the right edge of every label and value cell that is not the table's edge.
    const QRectF cells[] = {l.nameLabel,
                            l.nameValue,
                            l.sexLabel,
                            l.sexValue,
                            l.birthLabel,
                            l.idLabel,
                            l.idValue,
                            l.personNoLabel,
                            l.addressLabel,
                            l.postcodeLabel,
                            l.postcodeValue,
                            l.phoneLabel,
                            l.aliveLabel,
                            l.aliveYesCell,
                            l.attestLabel,
                            l.changeAddressLabel,
                            l.changePostcodeLabel,
                            l.changePostcodeValue,
                            l.changePhoneLabel};
    for (const QRectF &r : cells)
        c.line(r.topRight(), r.bottomRight());
}

void drawLetter(Canvas &c, const layout::FormLayout &l, const Form &form)
{
    const bool online = form.variant == FormVariant::Online;
    c.text(QStringLiteral("annex"), l.annex, online ? text::kAnnex1 : text::kAnnex2, layout::kFont.body, kLeftMid, true,
           0);
    c.text(QStringLiteral("salutation"), l.salutation, text::kSalutation.arg(form.person.name), layout::kFont.body,
           kLeftMid, false, 0);
    c.text(QStringLiteral("letter"), l.letter,
           (online ? text::kLetterOnline : text::kLetterMail).arg(chineseDate(form.dueDate)), layout::kFont.body,
           Qt::AlignLeft | Qt::AlignTop, false, 0);
    c.text(QStringLiteral("issuer"), l.issuer, form.insuredAgency, layout::kFont.body,
           Qt::AlignRight | Qt::AlignVCenter, false, 0);
    c.text(QStringLiteral("issuerNote"), l.issuerNote, text::kIssuerNote, layout::kFont.small,
           Qt::AlignRight | Qt::AlignVCenter, false, 0);
    if (!online) {
        const ReplyBlock &r = form.reply;
        c.text(QStringLiteral("replyAddress"), l.replyAddress, text::kReplyAddress + r.address, layout::kFont.body,
               kLeftMid, false, 0);
        c.text(QStringLiteral("replyUnit"), l.replyUnit, text::kReplyUnit + r.unit, layout::kFont.body, kLeftMid, false,
               0);
        c.text(QStringLiteral("replyPostcode"), l.replyPostcode, text::kReplyPostcode + r.postcode, layout::kFont.body,
               kLeftMid, false, 0);
        c.text(QStringLiteral("replyPhone"), l.replyPhone, text::kReplyPhone + r.phone, layout::kFont.body, kLeftMid,
               false, 0);
    }
    c.text(QStringLiteral("title"), l.title, online ? text::kTitleOnline : text::kTitleMail, layout::kFont.title,
           kCenter, true, 0);
    c.text(QStringLiteral("formNo"), l.formNo, text::kFormNo + form.formNo, layout::kFont.body, kLeftMid, false, 0);
    if (online)
        c.text(QStringLiteral("checkCode"), l.checkCode, text::kCheckCode + form.checkCode, layout::kFont.body,
               kLeftMid, false, 0);
}

void drawPerson(Canvas &c, const layout::FormLayout &l, const Person &p)
{
    const double lab = layout::kFont.label, val = layout::kFont.value;
    c.text(QStringLiteral("infoHeader"), l.infoHeader, text::kInfoHeader, lab, kCenter, true);
    c.text(QStringLiteral("nameLabel"), l.nameLabel, text::kName, lab, kCenter);
    c.text(QStringLiteral("nameValue"), l.nameValue, p.name, val, kCenter);
    c.text(QStringLiteral("sexLabel"), l.sexLabel, text::kSex, lab, kCenter);
    c.text(QStringLiteral("sexValue"), l.sexValue, sexText(p.sex), val, kCenter);
    c.text(QStringLiteral("birthLabel"), l.birthLabel, text::kBirth, lab, kCenter);
    c.text(QStringLiteral("birthValue"), l.birthValue, birthText(p.birth), val, kCenter);
    c.text(QStringLiteral("idLabel"), l.idLabel, text::kIdNo, lab, kCenter);
    c.text(QStringLiteral("idValue"), l.idValue, p.idNo, val, kCenter);
    c.text(QStringLiteral("personNoLabel"), l.personNoLabel, text::kPersonNo, lab, kCenter);
    c.text(QStringLiteral("personNoValue"), l.personNoValue, p.personNo, val, kCenter);
    c.text(QStringLiteral("addressLabel"), l.addressLabel, text::kAddress, lab, kCenter);
    c.text(QStringLiteral("addressValue"), l.addressValue, p.address, val, kLeftMid);
    c.text(QStringLiteral("postcodeLabel"), l.postcodeLabel, text::kPostcode, lab, kCenter);
    c.text(QStringLiteral("postcodeValue"), l.postcodeValue, p.postcode, val, kCenter);
    c.text(QStringLiteral("phoneLabel"), l.phoneLabel, text::kPhone, lab, kCenter);
    c.text(QStringLiteral("phoneValue"), l.phoneValue, p.phone, val, kLeftMid);
}

void drawAttestation(Canvas &c, const layout::FormLayout &l, const FormPrintJob &job, const QImage &seal)
{
    const CertificationRecord &r = job.data.record;
    const double lab = layout::kFont.label, val = layout::kFont.value;
    c.text(QStringLiteral("providedHeader"), l.providedHeader, text::kProvidedHeader, lab, kLeftMid, true);
    c.text(QStringLiteral("aliveLabel"), l.aliveLabel, text::kAlive, lab, kCenter);
    c.text(QStringLiteral("aliveYesText"), l.aliveYesText, text::kYes, val, kCenter, false, 0);
    c.text(QStringLiteral("aliveNoText"), l.aliveNoText, text::kNo, val, kCenter, false, 0);
    c.frame(l.aliveYesBox, 0.3);
    c.frame(l.aliveNoBox, 0.3);
    c.tick(r.alive ? l.aliveYesBox : l.aliveNoBox);
    c.text(QStringLiteral("attestLabel"), l.attestLabel, text::kAttest, lab, kCenter);
    c.text(QStringLiteral("attestCenter"), l.attestCenter, job.data.center.name, val, Qt::AlignLeft | Qt::AlignTop,
           true, 0);
    c.text(QStringLiteral("attestClerk"), l.attestClerk, text::kClerk.arg(r.clerkName), val, kLeftMid, false, 0);
    c.text(QStringLiteral("sealNote"), l.sealNote, text::kSealNote, layout::kFont.small, kCenter, false, 0);
    c.text(QStringLiteral("attestDate"), l.attestDate, chineseDate(r.localDate), val, Qt::AlignRight | Qt::AlignVCenter,
           false, 0);
    if (!seal.isNull())
        c.image(l.sealArea, seal); // otherwise the area stays blank for the hand stamp

    c.text(QStringLiteral("changeHeader"), l.changeHeader, text::kChangeHeader, lab, kLeftMid, true);
    c.text(QStringLiteral("changeAddressLabel"), l.changeAddressLabel, text::kAddress, lab, kCenter);
    c.text(QStringLiteral("changePostcodeLabel"), l.changePostcodeLabel, text::kPostcode, lab, kCenter);
    c.text(QStringLiteral("changePhoneLabel"), l.changePhoneLabel, text::kPhone, lab, kCenter);
    const InfoChange &ch = r.change;
    if (!ch.address.isEmpty())
        c.text(QStringLiteral("changeAddressValue"), l.changeAddressValue, ch.address, val, kLeftMid);
    if (!ch.postcode.isEmpty())
        c.text(QStringLiteral("changePostcodeValue"), l.changePostcodeValue, ch.postcode, val, kCenter);
    if (!ch.phone.isEmpty())
        c.text(QStringLiteral("changePhoneValue"), l.changePhoneValue, ch.phone, val, kLeftMid);
}

// The parts of 是否健在, 鉴证 and 信息变更 that the 参保地 prints: labels, boxes and the blank date's 年 月 日.
void drawBlankAttestation(Canvas &c, const layout::FormLayout &l)
{
    const double lab = layout::kFont.label, val = layout::kFont.value;
    c.text(QStringLiteral("providedHeader"), l.providedHeader, text::kProvidedHeader, lab, kLeftMid, true);
    c.text(QStringLiteral("aliveLabel"), l.aliveLabel, text::kAlive, lab, kCenter);
    c.text(QStringLiteral("aliveYesText"), l.aliveYesText, text::kYes, val, kCenter, false, 0);
    c.text(QStringLiteral("aliveNoText"), l.aliveNoText, text::kNo, val, kCenter, false, 0);
    c.frame(l.aliveYesBox, 0.3);
    c.frame(l.aliveNoBox, 0.3);
    c.text(QStringLiteral("attestLabel"), l.attestLabel, text::kAttest, lab, kCenter);
    c.text(QStringLiteral("attestClerk"), l.attestClerk, text::kClerk.arg(QString()), val, kLeftMid, false, 0);
    c.text(QStringLiteral("sealNote"), l.sealNote, text::kSealNote, layout::kFont.small, kCenter, false, 0);
    c.text(QStringLiteral("yearMark"), l.yearMark, text::kYear, val, kCenter, false, 0);
    c.text(QStringLiteral("monthMark"), l.monthMark, text::kMonth, val, kCenter, false, 0);
    c.text(QStringLiteral("dayMark"), l.dayMark, text::kDay, val, kCenter, false, 0);
    c.text(QStringLiteral("changeHeader"), l.changeHeader, text::kChangeHeader, lab, kLeftMid, true);
    c.text(QStringLiteral("changeAddressLabel"), l.changeAddressLabel, text::kAddress, lab, kCenter);
    c.text(QStringLiteral("changePostcodeLabel"), l.changePostcodeLabel, text::kPostcode, lab, kCenter);
    c.text(QStringLiteral("changePhoneLabel"), l.changePhoneLabel, text::kPhone, lab, kCenter);
}

void drawNotes(Canvas &c, const layout::FormLayout &l, FormVariant variant)
{
    c.text(QStringLiteral("notesLabel"), l.notesLabel, text::kNotesLabel, layout::kFont.note,
           Qt::AlignLeft | Qt::AlignTop, false, 0);
    c.text(QStringLiteral("notes"), l.notes, variant == FormVariant::Online ? text::kNotesOnline : text::kNotesMail,
           layout::kFont.note, Qt::AlignLeft | Qt::AlignTop, false, 0);
}

} // namespace

void paintOriginal(QPainter &painter, const Form &form, const QColor &ink, DrawLog *log)
{
    Canvas c(painter, log);
    c.setInk(ink);
    const layout::FormLayout &l = layout::formLayout(form.variant);
    drawLetter(c, l, form);
    drawGrid(c, l);
    drawPerson(c, l, form.person);
    drawBlankAttestation(c, l);
    drawNotes(c, l, form.variant);
}

void paintForm(QPainter &painter, const FormPrintJob &job, const QImage &seal, DrawLog *log)
{
    Canvas c(painter, log);
    const layout::FormLayout &l = layout::formLayout(job.data.form.variant);
    if (job.reprintDate) {
        c.frame(l.reprintMark, 0.4);
        c.text(QStringLiteral("reprintMark"), l.reprintMark,
               (job.reissue ? text::kReissue : text::kReprint).arg(chineseDate(*job.reprintDate)), layout::kFont.body,
               kCenter, true);
    }
    drawLetter(c, l, job.data.form);
    drawQr(c, l.qr, qrPayload(job.data));
    drawGrid(c, l);
    drawPerson(c, l, job.data.form.person);
    drawAttestation(c, l, job, seal);
    drawNotes(c, l, job.data.form.variant);
}

} // namespace certdesk::printing
