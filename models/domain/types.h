#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace certdesk {

// 附表1 carries 网上认证 with a check code; 附表2 is mailed back and carries the 回信 block.
enum class FormVariant
{
    Online,
    Mail
};

enum class IdentityMethod
{
    IdCard, // resident ID card on a reader
    SsCard, // social security card
    Manual  // clerk compared the document by eye
};

QString variantKey(FormVariant v);                           // "online" / "mail"
bool variantFromText(const QString &text, FormVariant *out); // online/mail/网上认证/非网上认证
QString methodKey(IdentityMethod m);                         // "idcard" / "sscard" / "manual"
bool methodFromKey(const QString &key, IdentityMethod *out);

// 异地居住人员基本信息, as printed on the form. sex is 'M' or 'F'; birth is YYYY-MM.
struct Person
{
    QString name;
    QChar sex;
    QString birth;
    QString idNo; // 公民身份号码 (社会保障号码), normalised to 18 characters
    QString personNo;
    QString address;
    QString postcode;
    QString phone;

    bool operator==(const Person &) const = default;
};

// 回信 block of 附表2.
struct ReplyBlock
{
    QString unit;
    QString address;
    QString postcode;
    QString phone;

    bool operator==(const ReplyBlock &) const = default;
};

struct Form
{
    QString formNo;    // 认证表编号, opaque, issued upstream
    QString checkCode; // 校验码, opaque; compared in constant time
    FormVariant variant = FormVariant::Online;
    Person person;
    QString insuredAgency; // 参保地社保经办机构
    QDate dueDate;
    int cycle = 0; // cycle year
    ReplyBlock reply;

    bool operator==(const Form &) const = default;
};

struct DeathNotice
{
    QString idNo;
    QString name;
    QDate deathDate;
    QString source;

    bool operator==(const DeathNotice &) const = default;
};

} // namespace certdesk
