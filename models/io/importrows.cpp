#include "io/importrows.h"

#include "domain/citizenid.h"
#include "io/importfields.h"
#include "io/rowcheck.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)
};

} // namespace

using importdetail::ColumnSpec;
using importdetail::RawRow;
using importdetail::RowCheck;

namespace {

enum FormColumn
{
    FFormNo,
    FCheckCode,
    FName,
    FSex,
    FBirth,
    FIdNo,
    FPersonNo,
    FAddress,
    FPostcode,
    FPhone,
    FAgency,
    FDueDate,
    FVariant,
    FReplyUnit,
    FReplyAddress,
    FReplyPostcode,
    FReplyPhone,
    FCycle
};

const QList<ColumnSpec> &formColumns()
{
    // Order must follow FormColumn.
    static const QList<ColumnSpec> columns = {
        {QStringLiteral("认证表编号"), QStringLiteral("form_no"), true},
        {QStringLiteral("校验码"), QStringLiteral("check_code"), false}, // required per row, online forms only
        {QStringLiteral("姓名"), QStringLiteral("name"), true},
        {QStringLiteral("性别"), QStringLiteral("sex"), true},
        {QStringLiteral("出生年月"), QStringLiteral("birth"), true},
        {QStringLiteral("公民身份号码"), QStringLiteral("id_no"), true},
        {QStringLiteral("个人编号"), QStringLiteral("person_no"), false},
        {QStringLiteral("现居住地址"), QStringLiteral("address"), false},
        {QStringLiteral("邮政编码"), QStringLiteral("postcode"), false},
        {QStringLiteral("联系电话"), QStringLiteral("phone"), false},
        {QStringLiteral("参保地经办机构"),
         QStringLiteral("insured_agency"),
         true,
         {QStringLiteral("参保地社保经办机构")}},
        {QStringLiteral("认证截止日期"), QStringLiteral("due_date"), true},
        {QStringLiteral("认证表类型"), QStringLiteral("variant"), false},
        {QStringLiteral("回信单位名称"), QStringLiteral("reply_unit"), false},
        {QStringLiteral("回信地址"), QStringLiteral("reply_address"), false},
        {QStringLiteral("回信邮政编码"), QStringLiteral("reply_postcode"), false},
        {QStringLiteral("回信联系电话"), QStringLiteral("reply_phone"), false},
        {QStringLiteral("认证年度"), QStringLiteral("cycle"), false},
    };
    return columns;
}

enum DeathColumn
{
    DIdNo,
    DName,
    DDeathDate,
    DSource
};

const QList<ColumnSpec> &deathColumns()
{
    static const QList<ColumnSpec> columns = {
        {QStringLiteral("公民身份号码"), QStringLiteral("id_no"), true},
        {QStringLiteral("姓名"), QStringLiteral("name"), true},
        {QStringLiteral("死亡日期"), QStringLiteral("death_date"), true},
        {QStringLiteral("来源"), QStringLiteral("source"), false},
    };
    return columns;
}

QString sexText(QChar sex)
{
    return sex == u'M' ? QStringLiteral("男") : QStringLiteral("女");
}

Form checkForm(RowCheck &c, const QDate &today)
{
    Form f;
    f.formNo = c.value(FFormNo);
    c.require(FFormNo);

    // With an unknown variant, the online/mail-specific checks below would only add guesswork errors.
    const bool variantOk = variantFromText(c.value(FVariant), &f.variant);
    if (!variantOk) {
        c.add(Tr::tr("%1 \"%2\" is not one of 网上认证, 非网上认证, online, mail")
                  .arg(c.name(FVariant), c.shown(FVariant)));
    }
    f.checkCode = c.value(FCheckCode);
    if (variantOk && f.variant == FormVariant::Online && f.checkCode.isEmpty()) {
        c.add(Tr::tr("%1 is required for an online form (网上认证)").arg(c.name(FCheckCode)));
    }

    Person &p = f.person;
    p.name = c.value(FName);
    c.require(FName);
    bool sexOk = false;
    if (c.require(FSex)) {
        sexOk = importdetail::parseSex(c.value(FSex), &p.sex);
        if (!sexOk) {
            c.add(Tr::tr("%1 \"%2\" is not one of 男, 女, M, F").arg(c.name(FSex), c.shown(FSex)));
        }
    }
    bool birthOk = false;
    if (c.require(FBirth)) {
        birthOk = importdetail::parseBirthMonth(c.value(FBirth), &p.birth);
        if (!birthOk) {
            c.add(Tr::tr("%1 \"%2\" is not a valid month (expected YYYY-MM)").arg(c.name(FBirth), c.shown(FBirth)));
        }
    }
    if (const auto id = c.citizenId(FIdNo, today)) {
        p.idNo = id->id;
        if (sexOk && p.sex != id->sex) {
            c.add(Tr::tr("%1 is %2 but %3 indicates %4")
                      .arg(c.name(FSex), sexText(p.sex), c.name(FIdNo), sexText(id->sex)));
        }
        const QString idBirth = id->birth.toString(QStringLiteral("yyyy-MM"));
        if (birthOk && p.birth != idBirth) {
            c.add(Tr::tr("%1 is %2 but %3 indicates %4").arg(c.name(FBirth), p.birth, c.name(FIdNo), idBirth));
        }
    }

    p.personNo = c.value(FPersonNo);
    p.address = c.value(FAddress);
    p.postcode = c.value(FPostcode);
    c.postcode(FPostcode);
    p.phone = c.value(FPhone);
    c.phone(FPhone);

    f.insuredAgency = c.value(FAgency);
    c.require(FAgency);
    f.dueDate = c.day(FDueDate);

    if (c.value(FCycle).isEmpty()) {
        f.cycle = f.dueDate.isValid() ? f.dueDate.year() : 0;
    } else if (!importdetail::parseYear(c.value(FCycle), &f.cycle)) {
        c.add(Tr::tr("%1 \"%2\" is not a year (expected YYYY)").arg(c.name(FCycle), c.shown(FCycle)));
    }

    // The reply block exists only on the mailed form (附表2); on an online form it is ignored.
    if (f.variant == FormVariant::Mail) {
        for (int col : {FReplyUnit, FReplyAddress}) {
            if (c.value(col).isEmpty()) {
                c.add(Tr::tr("%1 is required for a mail form (非网上认证)").arg(c.name(col)));
            }
        }
        f.reply = {c.value(FReplyUnit), c.value(FReplyAddress), c.value(FReplyPostcode), c.value(FReplyPhone)};
        c.postcode(FReplyPostcode);
        c.phone(FReplyPhone);
    }
    return f;
}

DeathNotice checkDeath(RowCheck &c, const QDate &today)
{
    DeathNotice d;
    const auto id = c.citizenId(DIdNo, today);
    if (id)
        d.idNo = id->id;
    d.name = c.value(DName);
    c.require(DName);
    d.deathDate = c.day(DDeathDate);
    if (d.deathDate.isValid() && d.deathDate > today) {
        c.add(Tr::tr("%1 %2 is after today (%3)")
                  .arg(c.name(DDeathDate), d.deathDate.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    } else if (d.deathDate.isValid() && id && d.deathDate < id->birth) {
        c.add(Tr::tr("%1 %2 is before the birth date in %3")
                  .arg(c.name(DDeathDate), d.deathDate.toString(Qt::ISODate), c.name(DIdNo)));
    }
    d.source = c.value(DSource);
    return d;
}

// The row loops shared by files and structured records: the same checks, the same duplicate rule.
ParsedRows<Form> checkFormRows(const QList<RawRow> &rows, const QDate &today)
{
    ParsedRows<Form> out;
    out.rows.reserve(rows.size());
    out.lines.reserve(rows.size());
    QHash<QString, int> firstLineOfFormNo; // every row counts, valid or not: the file has the clash either way
    for (const RawRow &row : rows) {
        if (row.unreadable) {
            out.errors.append({row.line, row.problems.join(QLatin1String("; "))});
            continue;
        }
        RowCheck check(row, formColumns());
        Form form = checkForm(check, today);
        if (!form.formNo.isEmpty()) {
            const auto it = firstLineOfFormNo.constFind(form.formNo);
            if (it != firstLineOfFormNo.cend()) {
                check.add(
                    Tr::tr("%1 %2 already appears on line %3").arg(check.name(FFormNo), form.formNo).arg(it.value()));
            } else {
                firstLineOfFormNo.insert(form.formNo, row.line);
            }
        }
        if (check.clean()) {
            out.rows.append(std::move(form));
            out.lines.append(row.line);
        } else {
            out.errors.append(check.error());
        }
    }
    return out;
}

ParsedRows<DeathNotice> checkDeathRows(const QList<RawRow> &rows, const QDate &today)
{
    ParsedRows<DeathNotice> out;
    out.rows.reserve(rows.size());
    out.lines.reserve(rows.size());
    for (const RawRow &row : rows) {
        if (row.unreadable) {
            out.errors.append({row.line, row.problems.join(QLatin1String("; "))});
            continue;
        }
        RowCheck check(row, deathColumns());
        DeathNotice notice = checkDeath(check, today);
        if (check.clean()) {
            out.rows.append(std::move(notice));
            out.lines.append(row.line);
        } else {
            out.errors.append(check.error());
        }
    }
    return out;
}

// The cells a JSON file carrying this record would yield (readTable trims every value).
RawRow formCells(const Form &f, int line)
{
    RawRow row;
    row.line = line;
    row.values.resize(formColumns().size());
    row.values[FFormNo] = f.formNo.trimmed();
    row.values[FCheckCode] = f.checkCode.trimmed();
    row.values[FName] = f.person.name.trimmed();
    row.values[FSex] = f.person.sex.isNull() ? QString() : QString(f.person.sex).trimmed();
    row.values[FBirth] = f.person.birth.trimmed();
    row.values[FIdNo] = f.person.idNo.trimmed();
    row.values[FPersonNo] = f.person.personNo.trimmed();
    row.values[FAddress] = f.person.address.trimmed();
    row.values[FPostcode] = f.person.postcode.trimmed();
    row.values[FPhone] = f.person.phone.trimmed();
    row.values[FAgency] = f.insuredAgency.trimmed();
    row.values[FDueDate] = f.dueDate.toString(Qt::ISODate);
    row.values[FVariant] = variantKey(f.variant);
    row.values[FReplyUnit] = f.reply.unit.trimmed();
    row.values[FReplyAddress] = f.reply.address.trimmed();
    row.values[FReplyPostcode] = f.reply.postcode.trimmed();
    row.values[FReplyPhone] = f.reply.phone.trimmed();
    row.values[FCycle] = QString::number(f.cycle);
    return row;
}

RawRow deathCells(const DeathNotice &d, int line)
{
    RawRow row;
    row.line = line;
    row.values.resize(deathColumns().size());
    row.values[DIdNo] = d.idNo.trimmed();
    row.values[DName] = d.name.trimmed();
    row.values[DDeathDate] = d.deathDate.toString(Qt::ISODate);
    row.values[DSource] = d.source.trimmed();
    return row;
}

} // namespace

Result<ParsedRows<Form>> parseFormRows(const QByteArray &bytes, TextEncoding encoding, const QDate &today)
{
    auto table = importdetail::readTable(bytes, encoding, formColumns(), QStringLiteral("forms"));
    if (!table)
        return table.error();
    return checkFormRows(table->rows, today);
}

Result<ParsedRows<DeathNotice>> parseDeathRows(const QByteArray &bytes, TextEncoding encoding, const QDate &today)
{
    auto table = importdetail::readTable(bytes, encoding, deathColumns(), QStringLiteral("deaths"));
    if (!table)
        return table.error();
    return checkDeathRows(table->rows, today);
}

Result<ParsedRows<Form>> parseFormSheet(const SheetTable &sheet, const QDate &today)
{
    auto table = importdetail::readSheet(sheet, formColumns());
    if (!table)
        return table.error();
    return checkFormRows(table->rows, today);
}

Result<ParsedRows<DeathNotice>> parseDeathSheet(const SheetTable &sheet, const QDate &today)
{
    auto table = importdetail::readSheet(sheet, deathColumns());
    if (!table)
        return table.error();
    return checkDeathRows(table->rows, today);
}

ParsedRows<Form> checkFormRecords(const QList<Form> &forms, const QDate &today)
{
    QList<RawRow> rows;
    rows.reserve(forms.size());
    for (int i = 0; i < forms.size(); ++i)
        rows.append(formCells(forms[i], i + 1));
    return checkFormRows(rows, today);
}

ParsedRows<DeathNotice> checkDeathRecords(const QList<DeathNotice> &notices, const QDate &today)
{
    QList<RawRow> rows;
    rows.reserve(notices.size());
    for (int i = 0; i < notices.size(); ++i)
        rows.append(deathCells(notices[i], i + 1));
    return checkDeathRows(rows, today);
}

} // namespace certdesk
