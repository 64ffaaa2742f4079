#pragma once

#include <QString>

// The wording of the official forms (人社厅发〔2012〕97号 附表1 / 附表2, 粤社保办〔2012〕582号 附件2), as printed.
// These are prescribed texts of a legal document, not user-interface strings: they are printed in Chinese
// whatever the interface language, so they do not go through tr().
namespace certdesk::printing::text {

inline const QString kAnnex1 = QStringLiteral("附表1");
inline const QString kAnnex2 = QStringLiteral("附表2");
inline const QString kSalutation = QStringLiteral("%1 同志：");
// %1 = the due date ("2026 年 6 月 30 日").
inline const QString kLetterOnline = QStringLiteral(
    "　　请您接到此表后，在 %1 前，带好《异地居住人员领取社会保险待遇资格协助认证表》、居民身份证或社会保障卡，"
    "前往您目前居住地的县（区）级社会保险经办机构或其认可的街道（乡镇）劳动就业社会保障服务中心（所）进行资格认证，"
    "认证结果将由社会保险经办机构通过网上传回参保地。如不能按期前往认证的，将会影响您领取社会保险待遇，请予配合。");
inline const QString kLetterMail = QStringLiteral(
    "　　请您接到此表后，在 %1 前，带好《异地居住人员领取社会保险待遇资格协助认证表》、居民身份证或社会保障卡，"
    "前往您目前居住地的县（区）级社会保险经办机构或其认可的街道（乡镇）劳动就业社会保障服务中心（所）进行资格认证，"
    "并将鉴证后的《认证表》寄回我地，作为发放社会保险待遇的依据，回信详细信息如下所示。"
    "如不能按期前往认证的，将会影响您领取社会保险待遇，请予配合。");
inline const QString kIssuerNote = QStringLiteral("（参保地社保经办机构落款并加盖公章）");
inline const QString kReplyAddress = QStringLiteral("回信地址：");
inline const QString kReplyUnit = QStringLiteral("单位名称：");
inline const QString kReplyPostcode = QStringLiteral("邮政编码：");
inline const QString kReplyPhone = QStringLiteral("联系电话：");
inline const QString kTitleOnline = QStringLiteral("异地居住人员领取社会保险待遇资格协助认证表（网上认证）");
inline const QString kTitleMail = QStringLiteral("异地居住人员领取社会保险待遇资格协助认证表");
inline const QString kFormNo = QStringLiteral("认证表编号：");
inline const QString kCheckCode = QStringLiteral("校验码：");
inline const QString kInfoHeader = QStringLiteral("异地居住人员基本信息");
inline const QString kName = QStringLiteral("姓　名");
inline const QString kSex = QStringLiteral("性　别");
inline const QString kBirth = QStringLiteral("出生年月");
inline const QString kIdNo = QStringLiteral("公民身份号码\n（社会保障号码）");
inline const QString kPersonNo = QStringLiteral("个人编号");
inline const QString kAddress = QStringLiteral("现居住地址");
inline const QString kPostcode = QStringLiteral("邮政编码");
inline const QString kPhone = QStringLiteral("联系电话");
inline const QString kProvidedHeader = QStringLiteral("以下内容由居住地社保经办机构提供：");
inline const QString kAlive = QStringLiteral("是否健在");
inline const QString kYes = QStringLiteral("是");
inline const QString kNo = QStringLiteral("否");
inline const QString kAttest = QStringLiteral("居住地社保经办机构鉴证");
inline const QString kClerk = QStringLiteral("经办人：%1");
inline const QString kSealNote = QStringLiteral("（加盖公章）");
inline const QString kYear = QStringLiteral("年");
inline const QString kMonth = QStringLiteral("月");
inline const QString kDay = QStringLiteral("日");
inline const QString kChangeHeader = QStringLiteral("如异地居住人员基本信息变更，请本人填写：");
inline const QString kNotesLabel = QStringLiteral("说明：");
inline const QString kNotesOnline = QStringLiteral(
    "1. 协助认证机构必须是居住地的县（区）级社会保险经办机构或街道（乡镇）劳动就业社会保障服务中心（所）。\n"
    "2. 本表由居住地社保经办机构留存。");
inline const QString kNotesMail = QStringLiteral(
    "1. 此表请用钢笔或签字笔填写，不得涂改和伪造。\n"
    "2. 协助认证机构必须是退休人员居住地的县（区）级社会保险经办机构或街道（乡镇）劳动就业社会保障服务中心（所）。\n"
    "3. 本表中需选择的栏目，请在□中打“√”。");
inline const QString kReprint = QStringLiteral("补打　%1");
// The full form printed anew because the pensioner lost the original (the usual print is 套打 onto the original).
inline const QString kReissue = QStringLiteral("补发　%1");
inline const QString kMale = QStringLiteral("男");
inline const QString kFemale = QStringLiteral("女");

// The pensioner's receipt.
inline const QString kReceiptTitle = QStringLiteral("已完成资格认证回执");
inline const QString kReceiptLabels[] = {QStringLiteral("认证表编号"),   QStringLiteral("姓　　名"),
                                         QStringLiteral("公民身份号码"), QStringLiteral("认证结果"),
                                         QStringLiteral("认证日期"),     QStringLiteral("认证机构"),
                                         QStringLiteral("经  办  人"),   QStringLiteral("下次认证截止日期")};
inline const QString kResultAlive = QStringLiteral("健在");
inline const QString kResultDeceased = QStringLiteral("非健在");
inline const QString kNotApplicable = QStringLiteral("—");
inline const QString kReceiptNote = QStringLiteral(
    "本回执由居住地社保经办机构出具，请妥善保管。请在下次认证截止日期前再次办理领取社会保险待遇资格认证。");
inline const QString kReceiptPhone = QStringLiteral("咨询电话：%1");
// 附表2 goes home by post (人社厅发〔2012〕97号 附表2: 将鉴证后的《认证表》寄回我地): the receipt says so.
inline const QString kReceiptMailBack = QStringLiteral("请将盖章后的认证表交本人寄回参保地。");
inline const QString kCutHere = QStringLiteral("沿此线剪下");

// The workload report.
inline const QString kWorkloadTitle = QStringLiteral("工作量统计");
inline const QString kWorkloadRange = QStringLiteral("统计期间：%1 至 %2");
inline const QString kWorkloadColumns[] = {QStringLiteral("日期"),        QStringLiteral("经办人"),
                                           QStringLiteral("附表1\n健在"), QStringLiteral("附表1\n非健在"),
                                           QStringLiteral("附表2\n健在"), QStringLiteral("附表2\n非健在"),
                                           QStringLiteral("信息变更"),    QStringLiteral("更正"),
                                           QStringLiteral("拒绝受理"),    QStringLiteral("认证合计")};
inline const QString kSubtotal = QStringLiteral("小计");
inline const QString kTotal = QStringLiteral("总计");
inline const QString kNoRecords = QStringLiteral("（本期间无认证记录）");
inline const QString kPrintedBy = QStringLiteral("打印人：%1　　打印时间：%2");
inline const QString kPageNo = QStringLiteral("第 %1 页 共 %2 页");

// 附件2.
inline const QString kInstitutionAnnex = QStringLiteral("附件2：");
inline const QString kInstitutionTitle = QStringLiteral("办理省内异地资格协助认证业务机构填报表");
inline const QString kInstitutionAuthority = QStringLiteral("__________市社会保险基金管理局（盖章）");
inline const QString kInstitutionColumns[] = {QStringLiteral("机构名称"), QStringLiteral("办公地址"),
                                              QStringLiteral("联系人"),   QStringLiteral("所在部门"),
                                              QStringLiteral("职务"),     QStringLiteral("联系电话")};

} // namespace certdesk::printing::text
