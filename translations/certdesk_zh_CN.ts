<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountService</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要8个字符。</translation>
    </message>
    <message>
        <source>An account name has 2 to 32 letters, digits, dots, hyphens or underscores.</source>
        <translation>账户名须为2至32个字符，只能包含字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>The account %1 already exists.</source>
        <translation>账户 %1 已存在。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>账户 %1 不存在。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled; add another administrator first.</source>
        <translation>不能停用最后一个启用中的系统管理员账户；请先添加另一名系统管理员。</translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation>账户 %1 不存在或已停用。</translation>
    </message>
    <message>
        <source>Type a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry #%1 (%2) %3</source>
        <translation>审计记录 #%1（%2）%3</translation>
    </message>
    <message>
        <source>is missing (the log jumps to #%1).</source>
        <translation>缺失（审计日志直接跳到 #%1）。</translation>
    </message>
    <message>
        <source>does not follow the entry before it.</source>
        <translation>与上一条审计记录不衔接。</translation>
    </message>
    <message>
        <source>was altered (hash mismatch).</source>
        <translation>已被篡改（哈希值不符）。</translation>
    </message>
    <message>
        <source>is missing: the log ends at #%1.</source>
        <translation>缺失：审计日志止于 #%1。</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was interrupted.</source>
        <translation>备份被中断。</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Keep between 1 and 365 backups.</source>
        <translation>保留的备份份数须在 1 到 365 之间。</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist or cannot be written.</source>
        <translation>备份文件夹 %1 不存在或无法写入。</translation>
    </message>
    <message>
        <source>No backup folder is set; an administrator sets one in Settings.</source>
        <translation>尚未设置备份文件夹，请系统管理员在“设置”中设置。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>This is not a CertDesk backup, or one this program cannot read.</source>
        <translation>这不是 CertDesk 备份文件，或本程序无法读取该备份。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>the copy changed while it was packed; try again</source>
        <translation>打包时副本发生了变化，请重试</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); use another generation.</source>
        <translation>备份 %1 已损坏（%2），请使用另一份备份。</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 字节，应为 %2 字节</translation>
    </message>
    <message>
        <source>a part has the wrong length</source>
        <translation>某一部分长度不正确</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>恢复已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This backup belongs to center %1 (%2), not to %3.</source>
        <translation>此备份属于服务中心 %1（%2），不属于 %3。</translation>
    </message>
    <message>
        <source>This backup was written by a newer CertDesk (schema %1; this program knows %2). Install the newer program first.</source>
        <translation>此备份由较新版本的 CertDesk 写入（数据结构版本 %1；本程序支持 %2）。请先安装新版本程序。</translation>
    </message>
    <message>
        <source>%1 already exists; a restore never overwrites a file. Choose a new name.</source>
        <translation>%1 已存在；恢复从不覆盖已有文件。请另选文件名。</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>校验和不符</translation>
    </message>
    <message>
        <source>The restored database is damaged: %1</source>
        <translation>恢复后的数据库已损坏：%1</translation>
    </message>
    <message>
        <source>The restored database does not match its backup&apos;s manifest (%1).</source>
        <translation>恢复后的数据库与备份清单不符（%1）。</translation>
    </message>
    <message>
        <source>center</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>audit head</source>
        <translation>审计链末端</translation>
    </message>
    <message>
        <source>record counts</source>
        <translation>记录数</translation>
    </message>
</context>
<context>
    <name>Center</name>
    <message>
        <source>The window must be written MM-DD..MM-DD, for example 04-01..06-30.</source>
        <translation>认证期须按 MM-DD..MM-DD 格式填写，例如 04-01..06-30。</translation>
    </message>
    <message>
        <source>The window ends before it starts.</source>
        <translation>认证期的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>CertificationService</name>
    <message>
        <source>The supervisor&apos;s password was not checked.</source>
        <translation>主管密码未经核验。</translation>
    </message>
    <message>
        <source>The new address is empty.</source>
        <translation>新的现居住地址不能为空。</translation>
    </message>
    <message>
        <source>The ID number presented is not valid: %1</source>
        <translation>所出示证件的公民身份号码无效：%1</translation>
    </message>
    <message>
        <source>The ID presented does not belong to the person on this form. Do not certify: the form must be certified by its owner, in person.</source>
        <translation>所出示的证件不属于本认证表上的人员。请勿认证：认证表须由本人亲自到场办理资格认证。</translation>
    </message>
    <message>
        <source>This form was already certified for %1 on %2 by %3. To fix a mistake, open that record and correct it.</source>
        <translation>本认证表%1年度的认证已于 %2 由 %3 办理完成。如需纠正错误，请打开该记录进行更正。</translation>
    </message>
    <message>
        <source>Certification for this form is open from %1 to %2; today is %3. Ask the supervisor or the insured-place agency.</source>
        <translation>本认证表的认证期为 %1 至 %2，今天是 %3。请咨询主管或参保地社保经办机构。</translation>
    </message>
    <message>
        <source>This person is on the death notice list (%1, %2). Do not certify alive unless a supervisor checks the person in front of you and overrides with a reason.</source>
        <translation>此人在死亡名单上（%1，%2）。除非主管当面核实本人并填写理由作出主管特批，否则不得认证为健在。</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>主管特批须填写理由。</translation>
    </message>
    <message>
        <source>%1 is not an active supervisor and cannot override.</source>
        <translation>%1 不是启用中的主管账户，不能作出主管特批。</translation>
    </message>
    <message>
        <source>This form was certified a moment ago at another desk.</source>
        <translation>本认证表刚刚已在其他柜台完成认证。</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>更正须填写理由。</translation>
    </message>
    <message>
        <source>There is no certification record %1.</source>
        <translation>认证记录 %1 不存在。</translation>
    </message>
    <message>
        <source>This record was already corrected; correct the newest record instead.</source>
        <translation>该记录已被更正过；请更正最新的一条记录。</translation>
    </message>
    <message>
        <source>This person is on the death notice list: a correction cannot make them alive. A supervisor must check the person and certify with an override.</source>
        <translation>此人在死亡名单上：不能通过更正改为健在。须由主管核实本人后以主管特批方式认证。</translation>
    </message>
    <message>
        <source>An override must be given by someone other than the clerk certifying.</source>
        <translation>主管特批须由办理认证的经办人以外的其他人作出。</translation>
    </message>
    <message>
        <source>This record was corrected a moment ago at another desk; correct the newest record instead.</source>
        <translation>该记录刚刚已在其他柜台更正，请更正最新的记录。</translation>
    </message>
    <message>
        <source>No pending form of the county matches this form number and check code. Check both against the paper form; if they are right, the form was withdrawn or is not on the county&apos;s list yet: ask the supervisor.</source>
        <translation>本县没有与此认证表编号和校验码相符的待认证表。请与纸质认证表核对二者；如均无误，则该表已被撤回或尚未列入县级名单：请咨询主管。</translation>
    </message>
    <message>
        <source>This form was already certified for %1 on %2 at %3 (%4), another center of the county. Do not certify it again: one certification per year stands.</source>
        <translation>本认证表%1年度的认证已于 %2 在本县另一服务机构 %3（%4）办理完成。请勿重复认证：每年只认一次认证。</translation>
    </message>
    <message>
        <source>This form was already certified for %1 on %2 at desk %3 of this center by %4. Do not certify it again: one certification per year stands.</source>
        <translation>此表 %1 年度已于 %2 在本中心 %3 窗口由 %4 认证。请勿重复认证：每年只认证一次。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>CitizenId</name>
    <message>
        <source>The ID number has %1 at position %2, but 15-digit numbers contain digits only.</source>
        <translation>公民身份号码第 %2 位是 %1，但15位号码只能由数字组成。</translation>
    </message>
    <message>
        <source>The ID number has %1 at position %2, but X is only allowed as the last (18th) character.</source>
        <translation>公民身份号码第 %2 位是 %1，但 X 只能出现在最后一位（第18位）。</translation>
    </message>
    <message>
        <source>The ID number has %1 at position %2; only the digits 0-9 (and X as the last character) are allowed.</source>
        <translation>公民身份号码第 %2 位是 %1；只允许数字0-9（最后一位可为 X）。</translation>
    </message>
    <message>
        <source>No ID number was entered.</source>
        <translation>未输入公民身份号码。</translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 for an old first-generation card).</source>
        <translation>
            <numerusform>公民身份号码为 %n 位；应为18位（第一代旧身份证为15位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a province-level region code.</source>
        <translation>公民身份号码以 %1 开头，这不是省级行政区划代码。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation>公民身份号码中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation>公民身份号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is before 1900.</source>
        <translation>公民身份号码中的出生日期 %1 早于1900年。</translation>
    </message>
    <message>
        <source>The last character of the ID number should be %1; the number was probably mistyped.</source>
        <translation>公民身份号码最后一位应为 %1；号码可能输错了。</translation>
    </message>
    <message>
        <source>A postcode must be exactly 6 digits, e.g. 100000.</source>
        <translation>邮政编码必须为6位数字，例如 100000。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number starting with 1, or a landline number with its area code, e.g. 010-12345678 or 0755-1234567 (the hyphen is optional; add an extension as -123).</source>
        <translation>请输入以1开头的11位手机号码，或带区号的固定电话号码，例如 010-12345678 或 0755-1234567（连字符可省略；分机号以 -123 形式附加）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>handover create takes no further arguments.</source>
        <translation>handover create 不接受其他参数。</translation>
    </message>
    <message>
        <source>Handover batch %1: %2 retained original(s).</source>
        <translation>移交批次 %1：留存原件 %2 份。</translation>
    </message>
    <message>
        <source>Print it: certdesk-admin print handover --batch %1 --out FILE.pdf</source>
        <translation>打印：certdesk-admin print handover --batch %1 --out FILE.pdf</translation>
    </message>
    <message>
        <source>print handover needs --batch N (a batch number from handover create).</source>
        <translation>print handover 需要 --batch N（handover create 给出的批次号）。</translation>
    </message>
    <message>
        <source>The handover batch number.</source>
        <translation>移交批次号。</translation>
    </message>
    <message>
        <source>The counter database file.</source>
        <translation>柜台数据库文件。</translation>
    </message>
    <message>
        <source>The account to act as.</source>
        <translation>执行操作所用的账户。</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>在标准输出上输出一个 JSON 文档。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>This command needs --db FILE and --user U.</source>
        <translation>此命令需要 --db FILE 和 --user U。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation>--%1 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>%1 has no JSON output.</source>
        <translation>%1 不支持 JSON 输出。</translation>
    </message>
    <message>
        <source>Recorded %1: form %2, %3, %4.</source>
        <translation>已记录 %1：认证表 %2，%3，%4。</translation>
    </message>
    <message>
        <source>alive (健在)</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>deceased (不健在)</source>
        <translation>不健在（死亡）</translation>
    </message>
    <message>
        <source>New address.</source>
        <translation>新的现居住地址。</translation>
    </message>
    <message>
        <source>New postcode.</source>
        <translation>新的邮政编码。</translation>
    </message>
    <message>
        <source>New phone.</source>
        <translation>新的联系电话。</translation>
    </message>
    <message>
        <source>--alive is yes or no.</source>
        <translation>--alive 的值为 yes 或 no。</translation>
    </message>
    <message>
        <source>--method is idcard, sscard or manual.</source>
        <translation>--method 的值为 idcard、sscard 或 manual。</translation>
    </message>
    <message>
        <source>--override-by and --override-reason go together.</source>
        <translation>--override-by 和 --override-reason 须同时使用。</translation>
    </message>
    <message>
        <source>Password of supervisor %1: </source>
        <translation>主管 %1 的密码： </translation>
    </message>
    <message>
        <source>No supervisor password on standard input.</source>
        <translation>标准输入中没有主管密码。</translation>
    </message>
    <message>
        <source>correct needs --record UUID and --reason R.</source>
        <translation>correct 需要 --record UUID 和 --reason R。</translation>
    </message>
    <message>
        <source>Form number.</source>
        <translation>认证表编号。</translation>
    </message>
    <message>
        <source>Check code.</source>
        <translation>校验码。</translation>
    </message>
    <message>
        <source>ID number presented.</source>
        <translation>所出示证件的身份证号码。</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes 或 no。</translation>
    </message>
    <message>
        <source>idcard, sscard or manual.</source>
        <translation>idcard、sscard 或 manual。</translation>
    </message>
    <message>
        <source>Remark.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Supervisor overriding a death notice.</source>
        <translation>对死亡名单人员作出主管特批的主管。</translation>
    </message>
    <message>
        <source>Record UUID.</source>
        <translation>记录 UUID。</translation>
    </message>
    <message>
        <source>Why the record is corrected.</source>
        <translation>更正该记录的理由。</translation>
    </message>
    <message>
        <source>check-id takes exactly one ID number.</source>
        <translation>check-id 只接受一个身份证号码。</translation>
    </message>
    <message>
        <source>valid: %1  birth %2  sex %3  region %4 (%5)</source>
        <translation>有效：%1  出生日期 %2  性别 %3  地区 %4（%5）</translation>
    </message>
    <message>
        <source>import takes forms|deaths and a file.</source>
        <translation>import 需要 forms|deaths 和一个文件。</translation>
    </message>
    <message>
        <source>--encoding is auto, utf-8 or gb18030.</source>
        <translation>--encoding 的值为 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>certdesk-admin: %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>certdesk-admin: %n 行有错误；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 already present.</source>
        <translation>共 %1 行：新增 %2 行，%3 行已存在。</translation>
    </message>
    <message>
        <source>  WARNING: on the death notice list (%1, %2)</source>
        <translation>  警告：此人在死亡名单上（%1，%2）</translation>
    </message>
    <message>
        <source>No pending form for this ID number in this center.</source>
        <translation>本中心没有该身份证号码的待认证表。</translation>
    </message>
    <message>
        <source>auto, utf-8 or gb18030.</source>
        <translation>auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>ID number.</source>
        <translation>身份证号码。</translation>
    </message>
    <message>
        <source>export results takes no further arguments.</source>
        <translation>export results 不接受其他参数。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>workload takes no further arguments.</source>
        <translation>workload 不接受其他参数。</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify 不接受参数。</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>起始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>截止日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Output file (default: stdout).</source>
        <translation>输出文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>init needs --db, --center-code, --center-name and --admin.</source>
        <translation>init 需要 --db、--center-code、--center-name 和 --admin。</translation>
    </message>
    <message>
        <source>--cycle-policy is fixed or rolling.</source>
        <translation>--cycle-policy 的值为 fixed 或 rolling。</translation>
    </message>
    <message>
        <source>A database already exists at %1; it is never overwritten.</source>
        <translation>%1 处已有数据库；已有数据库不会被覆盖。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <source>Created %1 for %2 %3 (policy %4, window %5..%6).</source>
        <translation>已为 %2 %3 创建 %1（认证年度规则 %4，认证期 %5..%6）。</translation>
    </message>
    <message>
        <source>Recovery code (shown once; it unlocks the %1 account — print it and lock it away):</source>
        <translation>恢复码（仅显示一次，可用于解锁 %1 账户——请打印出来并锁好保管）：</translation>
    </message>
    <message>
        <source>demo needs --db FILE.</source>
        <translation>demo 需要 --db FILE。</translation>
    </message>
    <message>
        <source>Demo database %1: %2 pending forms, %3 death notices (all people are fictitious).</source>
        <translation>演示数据库 %1：%2 份待认证表，%3 条死亡人员信息（所有人员均为虚构）。</translation>
    </message>
    <message>
        <source>Accounts (user / password / role):</source>
        <translation>账户（用户名 / 密码 / 角色）：</translation>
    </message>
    <message>
        <source>Recovery code for admin: %1</source>
        <translation>系统管理员恢复码：%1</translation>
    </message>
    <message>
        <source>Forms to try (form number / check code / ID number / name):</source>
        <translation>可供试用的认证表（认证表编号 / 校验码 / 身份证号码 / 姓名）：</translation>
    </message>
    <message>
        <source>(附表2, mail-back)</source>
        <translation>（附表2，回寄）</translation>
    </message>
    <message>
        <source>On the death-notice list (needs a supervisor&apos;s override): %1 / %2 / %3 / %4</source>
        <translation>在死亡名单上（须主管特批）：%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Center code.</source>
        <translation>服务中心代码。</translation>
    </message>
    <message>
        <source>Center name.</source>
        <translation>服务中心名称。</translation>
    </message>
    <message>
        <source>First admin account.</source>
        <translation>首个系统管理员账户。</translation>
    </message>
    <message>
        <source>fixed or rolling.</source>
        <translation>fixed 或 rolling。</translation>
    </message>
    <message>
        <source>MM-DD..MM-DD.</source>
        <translation>MM-DD..MM-DD。</translation>
    </message>
    <message>
        <source>user add takes one account name.</source>
        <translation>user add 需要一个账户名。</translation>
    </message>
    <message>
        <source>--role is clerk, supervisor or admin.</source>
        <translation>--role 的值为 clerk、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>No new password on standard input.</source>
        <translation>标准输入中没有新密码。</translation>
    </message>
    <message>
        <source>Added %1 (%2), printed as 经办人 %3.</source>
        <translation>已添加 %1（%2），打印时经办人署名为 %3。</translation>
    </message>
    <message>
        <source>user disable takes one account name.</source>
        <translation>user disable 需要一个账户名。</translation>
    </message>
    <message>
        <source>Disabled %1; its key slot is removed.</source>
        <translation>已停用 %1；其密钥槽已删除。</translation>
    </message>
    <message>
        <source>user passwd takes one account name.</source>
        <translation>user passwd 需要一个账户名。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list 不接受参数。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>clerk, supervisor or admin.</source>
        <translation>clerk、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>Full name, printed as 经办人.</source>
        <translation>姓名，打印在“经办人”处。</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>再次输入： </translation>
    </message>
    <message>
        <source>The two entries differ.
</source>
        <translation>两次输入不一致。
</translation>
    </message>
    <message>
        <source>Reason for the override.</source>
        <translation>主管特批理由。</translation>
    </message>
    <message>
        <source>OK: database integrity ok; audit chain of %1 entries intact; %2 certification records match their audit entries.</source>
        <translation>正常：数据库完整；审计日志 %1 条记录链完好；%2 条认证记录与审计记录一致。</translation>
    </message>
    <message>
        <source>print %1 takes no further arguments.</source>
        <translation>print %1 不接受其他参数。</translation>
    </message>
    <message>
        <source>print %1 needs --out FILE.pdf.</source>
        <translation>print %1 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>print %1 needs either --record UUID or --form NO.</source>
        <translation>print %1 需要 --record UUID 或 --form NO 二者之一。</translation>
    </message>
    <message>
        <source>No certification on %1: nothing to print.</source>
        <translation>%1 没有认证记录，无可打印内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) of %1.</source>
        <translation>
            <numerusform>%1 的认证表共 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>The certification record&apos;s UUID.</source>
        <translation>认证记录的 UUID。</translation>
    </message>
    <message>
        <source>The form number (its current record).</source>
        <translation>认证表编号（打印其当前有效的认证记录）。</translation>
    </message>
    <message>
        <source>Mark the page 补打 with today&apos;s date.</source>
        <translation>在页面上标注“补打”及当天日期。</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD.</source>
        <translation>日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>reader list takes no arguments.</source>
        <translation>reader list 不接受参数。</translation>
    </message>
    <message>
        <source>No card readers found.</source>
        <translation>未找到读卡器。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>card type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>nation</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>有效期起始日期</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>有效期截止日期</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>WARNING: this card has expired.</source>
        <translation>警告：该证件已过期。</translation>
    </message>
    <message>
        <source>reader read takes no arguments; name the device with --port.</source>
        <translation>reader read 不接受参数；请用 --port 指定设备。</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds from 1 to 600.</source>
        <translation>--wait 须为1至600之间的秒数。</translation>
    </message>
    <message>
        <source>No card reader at %1.</source>
        <translation>%1 处没有读卡器。</translation>
    </message>
    <message>
        <source>No card reader found.</source>
        <translation>未找到读卡器。</translation>
    </message>
    <message>
        <source>No card read within %1 s (%2).</source>
        <translation>%1 秒内未读到卡（%2）。</translation>
    </message>
    <message>
        <source>Card reader device (serial port path or PC/SC reader name).</source>
        <translation>读卡器设备（串口路径或 PC/SC 读卡器名称）。</translation>
    </message>
    <message>
        <source>Seconds to wait for a card (default 10).</source>
        <translation>等待读卡的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>sync configure takes --server URL and --p12 FILE.</source>
        <translation>sync configure 需要 --server URL 和 --p12 FILE。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Password of the certificate bundle: </source>
        <translation>证书包密码： </translation>
    </message>
    <message>
        <source>No bundle password on standard input.</source>
        <translation>标准输入中没有证书包密码。</translation>
    </message>
    <message>
        <source>Sync configured: %1; the certificate and the county CA are stored in the database.</source>
        <translation>已配置同步：%1；证书和县级 CA 证书已存入数据库。</translation>
    </message>
    <message>
        <source>sync takes no arguments besides --once and --json.</source>
        <translation>sync 除 --once 和 --json 外不接受其他参数。</translation>
    </message>
    <message>
        <source>Sync is not configured; run sync configure first.</source>
        <translation>尚未配置同步；请先运行 sync configure。</translation>
    </message>
    <message>
        <source>pushed %1: %2 accepted, %3 duplicates, %4 conflicts, %5 rejected; pulled %6 forms, %7 death notices, %8 withdrawals.</source>
        <translation>已推送 %1 条：已接受 %2 条，重复 %3 条，冲突 %4 条，被拒绝 %5 条；已拉取认证表 %6 份，死亡人员信息 %7 条，撤回 %8 份。</translation>
    </message>
    <message numerus="yes">
        <source>certdesk-admin: %n pulled row(s) failed validation and were left out.</source>
        <translation>
            <numerusform>certdesk-admin: 拉取的数据中有 %n 行未通过校验，已略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 conflicts, %3 rejected, %4 set aside.</source>
        <translation>发送队列：待同步 %1 条，冲突 %2 条，被拒绝 %3 条，已隔离 %4 条。</translation>
    </message>
    <message>
        <source>The county server, https://host:port.</source>
        <translation>县级服务器地址，https://host:port。</translation>
    </message>
    <message>
        <source>The center&apos;s PKCS#12 certificate bundle.</source>
        <translation>本服务中心的 PKCS#12 证书包。</translation>
    </message>
    <message>
        <source>One push batch and one pull page, then exit.</source>
        <translation>只推送一批、拉取一页，然后退出。</translation>
    </message>
    <message>
        <source>Passwords are read from standard input (one line each) or prompted for; see docs/cli.md.
Exit codes: 0 done, 1 refused or invalid input, 2 usage error, 3 wrong password or account locked/disabled.
</source>
        <translation>密码从标准输入读取（每行一个），或在提示时输入；详见 docs/cli.md。
退出码：0 完成，1 被拒绝或输入无效，2 用法错误，3 密码错误或账户已锁定/已停用。
</translation>
    </message>
    <message>
        <source>Usage: %1

Commands:
</source>
        <translation>用法：%1

命令：
</translation>
    </message>
    <message>
        <source>Run %1 --help for the commands.</source>
        <translation>运行 %1 --help 查看可用命令。</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 指定了两次。</translation>
    </message>
    <message>
        <source>--%1 is required. Usage: %2 %3</source>
        <translation>必须指定 --%1。用法：%2 %3</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>Hand the stamped form back to the pensioner to mail it home to the insured place.</source>
        <translation>请将盖章后的认证表交本人寄回参保地。</translation>
    </message>
    <message>
        <source>certify needs --form, --id and --alive (and --check for a 附表1).</source>
        <translation>certify 需要 --form、--id 和 --alive（附表1 还需要 --check）。</translation>
    </message>
    <message>
        <source>Paper registrations: %1 linked (same person), %2 held for review (another ID number; see review list).</source>
        <translation>纸质登记：%1 条已关联（同一人），%2 条待核对（身份证号码不同；见 review list）。</translation>
    </message>
    <message>
        <source>lookup takes either --form NO [--check CODE] or --id ID.</source>
        <translation>lookup 需要 --form 编号 [--check 校验码] 或 --id 身份证号码。</translation>
    </message>
    <message>
        <source>--variant is online (附表1) or mail (附表2).</source>
        <translation>--variant 只能是 online（附表1）或 mail（附表2）。</translation>
    </message>
    <message>
        <source>register needs --form, --variant, --id, --name, --agency and --due.</source>
        <translation>register 需要 --form、--variant、--id、--name、--agency 和 --due。</translation>
    </message>
    <message>
        <source>register takes no positional arguments.</source>
        <translation>register 不接受位置参数。</translation>
    </message>
    <message>
        <source>A 附表2 (mail) form has no check code: leave out --check.</source>
        <translation>附表2（回寄）没有校验码：请去掉 --check。</translation>
    </message>
    <message>
        <source>A 附表1 (online) form needs --check CODE.</source>
        <translation>附表1（网上认证）需要 --check 校验码。</translation>
    </message>
    <message>
        <source>The --reply-* options belong to a 附表2 (mail) form only.</source>
        <translation>--reply-* 选项只用于附表2（回寄）。</translation>
    </message>
    <message>
        <source>review list takes no positional arguments.</source>
        <translation>review list 不接受位置参数。</translation>
    </message>
    <message>
        <source>No paper registration is waiting for review.</source>
        <translation>没有待核对的纸质登记。</translation>
    </message>
    <message>
        <source>#%1  form %2: registered on paper for %3, the list (%4) names %5 %6%7</source>
        <translation>#%1  认证表 %2：纸质登记为 %3，名单（%4）为 %5 %6%7</translation>
    </message>
    <message>
        <source>  (settled: %1)</source>
        <translation>  （已处理：%1）</translation>
    </message>
    <message>
        <source>review resolve takes the review number and --note TEXT.</source>
        <translation>review resolve 需要核对编号和 --note 说明。</translation>
    </message>
    <message>
        <source>Review #%1 settled.</source>
        <translation>核对 #%1 已处理。</translation>
    </message>
    <message>
        <source>retain needs --record UUID.</source>
        <translation>retain 需要 --record UUID。</translation>
    </message>
    <message>
        <source>The original form is recorded as kept by the center (留存).</source>
        <translation>已记录：认证表原件由本中心留存。</translation>
    </message>
    <message>
        <source>online (附表1) or mail (附表2).</source>
        <translation>online（附表1）或 mail（附表2）。</translation>
    </message>
    <message>
        <source>Check code (附表1 only).</source>
        <translation>校验码（仅附表1）。</translation>
    </message>
    <message>
        <source>Name as on the ID card.</source>
        <translation>姓名（与身份证一致）。</translation>
    </message>
    <message>
        <source>Insured-place agency (参保地社保经办机构).</source>
        <translation>参保地社保经办机构。</translation>
    </message>
    <message>
        <source>Due date on the letter.</source>
        <translation>信函上的截止日期。</translation>
    </message>
    <message>
        <source>单位名称 of the reply block.</source>
        <translation>回信栏的单位名称。</translation>
    </message>
    <message>
        <source>回信地址 of the reply block.</source>
        <translation>回信栏的回信地址。</translation>
    </message>
    <message>
        <source>邮政编码 of the reply block.</source>
        <translation>回信栏的邮政编码。</translation>
    </message>
    <message>
        <source>联系电话 of the reply block.</source>
        <translation>回信栏的联系电话。</translation>
    </message>
    <message>
        <source>Include settled reviews.</source>
        <translation>包括已处理的核对。</translation>
    </message>
    <message>
        <source>How the review was settled.</source>
        <translation>核对的处理结果。</translation>
    </message>
    <message>
        <source>backup needs --out FILE and no further arguments.</source>
        <translation>backup 需要 --out FILE，且不接受其他参数。</translation>
    </message>
    <message>
        <source>Backup of center %1 written to %2: %3 forms, %4 certifications, audit head #%5.</source>
        <translation>服务中心 %1 的备份已写入 %2：%3 张认证表，%4 条认证记录，审计链末端 #%5。</translation>
    </message>
    <message>
        <source>restore needs --from FILE, --db NEW.db and --user U (to verify the result).</source>
        <translation>restore 需要 --from FILE、--db NEW.db 和 --user U（用于校验恢复结果）。</translation>
    </message>
    <message>
        <source>Restored center %1 from %2 (taken %3) to %4; verify: audit chain of %5 entries intact.</source>
        <translation>已从 %2（备份于 %3）将服务中心 %1 恢复到 %4；校验：审计链 %5 条记录完整。</translation>
    </message>
    <message>
        <source>backup show takes one backup file.</source>
        <translation>backup show 需要一个备份文件。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Refuse a backup of another center.</source>
        <translation>拒绝其他服务中心的备份。</translation>
    </message>
    <message>
        <source>Read personal data as one JSON object (one line) from standard input, before the password.</source>
        <translation>从标准输入读取个人信息（一行 JSON 对象），位于密码之前。</translation>
    </message>
    <message>
        <source>Personal data (JSON): </source>
        <translation>个人信息（JSON）：</translation>
    </message>
    <message>
        <source>--stdin-json: no JSON line on standard input.</source>
        <translation>--stdin-json：标准输入中没有 JSON 行。</translation>
    </message>
    <message>
        <source>--stdin-json: the first line of standard input is not a JSON object.</source>
        <translation>--stdin-json：标准输入的第一行不是 JSON 对象。</translation>
    </message>
    <message>
        <source>--stdin-json takes string values for %1 only.</source>
        <translation>--stdin-json 只接受 %1 的字符串值。</translation>
    </message>
    <message>
        <source>%1 is given both on the command line and on standard input.</source>
        <translation>%1 同时出现在命令行和标准输入中。</translation>
    </message>
    <message>
        <source>--%1 must be millimetres in 0.1 mm steps between -%2 and %2, e.g. 1.5 or -2.0.</source>
        <translation>--%1 须为毫米数，步长 0.1 mm，范围 -%2 至 %2，例如 1.5 或 -2.0。</translation>
    </message>
    <message>
        <source>print overlay needs either --record UUID or --form NO.</source>
        <translation>print overlay 需要 --record UUID 或 --form NO 二者之一。</translation>
    </message>
    <message>
        <source>Calibration: move every mark right by MM (left if negative).</source>
        <translation>校准：所有套打内容向右移动 MM 毫米（负数向左）。</translation>
    </message>
    <message>
        <source>Calibration: move every mark down by MM (up if negative).</source>
        <translation>校准：所有套打内容向下移动 MM 毫米（负数向上）。</translation>
    </message>
    <message>
        <source>The database key is escrowed to the county (key %1).</source>
        <translation>数据库密钥已托管至县级（密钥 %1）。</translation>
    </message>
    <message>
        <source>certdesk-admin: the key is not escrowed yet: %1</source>
        <translation>certdesk-admin：密钥尚未托管：%1</translation>
    </message>
    <message>
        <source>escrow deposit takes no arguments besides --json.</source>
        <translation>escrow deposit 除 --json 外不接受其他参数。</translation>
    </message>
    <message>
        <source>The database key of center %1 is escrowed to the county (key %2).</source>
        <translation>中心 %1 的数据库密钥已托管至县级（密钥 %2）。</translation>
    </message>
    <message>
        <source>The database key of center %1 was already escrowed to the county (key %2).</source>
        <translation>中心 %1 的数据库密钥此前已托管至县级（密钥 %2）。</translation>
    </message>
    <message>
        <source>Worksheet of an .xlsx/.xls file.</source>
        <translation>.xlsx/.xls 文件中的工作表。</translation>
    </message>
    <message>
        <source>--format is csv, json or xlsx.</source>
        <translation>--format 取 csv、json 或 xlsx。</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE.xlsx.</source>
        <translation>--format xlsx 需要 --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>csv, json or xlsx.</source>
        <translation>csv、json 或 xlsx。</translation>
    </message>
    <message>
        <source>--out takes a FILE.xlsx.</source>
        <translation>--out 需要一个 FILE.xlsx。</translation>
    </message>
    <message>
        <source>Write an .xlsx workbook.</source>
        <translation>写入 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>sync retry takes --form NO only.</source>
        <translation>sync retry 只接受 --form NO。</translation>
    </message>
    <message>
        <source>sync retry needs --form NO.</source>
        <translation>sync retry 需要 --form NO。</translation>
    </message>
    <message>
        <source>Form %1 has no set-aside or rejected record.</source>
        <translation>认证表 %1 没有被搁置或被拒收的记录。</translation>
    </message>
    <message>
        <source>%1 record(s) of form %2 are back in the queue; the next sync sends them.</source>
        <translation>认证表 %2 的 %1 条记录已放回发送队列，下次同步时发送。</translation>
    </message>
    <message>
        <source>The form whose record goes back in the queue.</source>
        <translation>要把记录放回发送队列的认证表。</translation>
    </message>
    <message>
        <source>This counter&apos;s name among the center&apos;s desks (e.g. 窗口2).</source>
        <translation>本机在本中心各窗口中的名称（例如 窗口2）。</translation>
    </message>
    <message>
        <source>user recovery-code takes no arguments.</source>
        <translation>user recovery-code 不接受参数。</translation>
    </message>
    <message>
        <source>New recovery code (shown once; it unlocks the %1 account — print it and lock it away; the old code no longer works):</source>
        <translation>新的恢复码（只显示这一次；可解锁 %1 账户——请打印后锁好保管；旧的恢复码已失效）：</translation>
    </message>
</context>
<context>
    <name>ConsoleSnapshot</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>No earlier data is kept on this computer.</source>
        <translation>本机没有保存以前的数据。</translation>
    </message>
    <message>
        <source>The kept data is unreadable.</source>
        <translation>保存的数据无法读取。</translation>
    </message>
</context>
<context>
    <name>County</name>
    <message>
        <source>No center %1 is enrolled.</source>
        <translation>服务中心 %1 尚未注册。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>This database was written by a newer certdesk-county (schema %1; this program knows %2).</source>
        <translation>此数据库由较新版本的 certdesk-county 写入（数据库结构版本 %1；本程序最高支持 %2）。</translation>
    </message>
    <message>
        <source>The county database %1 is damaged (%2). Stop the server and restore the last backup (docs/operations.md, “Restore”); do not start over with an empty database.</source>
        <translation>县级数据库 %1 已损坏（%2）。请停止服务器，并从最近一次备份恢复（见 docs/operations.md 的“恢复”一节）；不要改用空数据库重新开始。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>The county database failed; try again later.</source>
        <translation>县数据库出错，请稍后再试。</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>请使用 POST。</translation>
    </message>
    <message>
        <source>A review mark needs the item and a note (1 to %1 characters).</source>
        <translation>标记已审需要事项和备注（1 至 %1 个字符）。</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>请使用 GET。</translation>
    </message>
    <message>
        <source>A query parameter is malformed.</source>
        <translation>查询参数格式不正确。</translation>
    </message>
    <message>
        <source>No such center.</source>
        <translation>没有这个中心。</translation>
    </message>
    <message>
        <source>No such report.</source>
        <translation>没有这个报表。</translation>
    </message>
    <message>
        <source>No supervisor %1 is enrolled.</source>
        <translation>没有登记督导员 %1。</translation>
    </message>
    <message>
        <source>No such review item.</source>
        <translation>没有这个待审事项。</translation>
    </message>
    <message>
        <source>This item was already marked reviewed.</source>
        <translation>此事项已标记为已审。</translation>
    </message>
    <message>
        <source>Center %1 has not sent handover batch %2 (yet): sync the center first.</source>
        <translation>服务中心 %1 尚未送来移交批次 %2：请先让该中心同步。</translation>
    </message>
    <message>
        <source>Handover batch %1/%2 was already received on %3.</source>
        <translation>移交批次 %1/%2 已于 %3 接收过。</translation>
    </message>
    <message>
        <source>Form %1 is not in handover batch %2/%3.</source>
        <translation>认证表 %1 不在移交批次 %2/%3 中。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a county data directory (run init first).</source>
        <translation>%1 不是县级服务器数据目录（请先运行 init）。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <source>The database must be a postgresql://user@host:port/name URL.</source>
        <translation>数据库须为 postgresql://user@host:port/name 格式的 URL。</translation>
    </message>
    <message>
        <source>Do not put the database password in the URL: use PGPASSFILE or --db-password-stdin.</source>
        <translation>请勿将数据库密码写在 URL 中：请使用 PGPASSFILE 或 --db-password-stdin。</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>sslrootcert must be a path without spaces or &apos;;&apos;.</source>
        <translation>sslrootcert 必须是不含空格和“;”的路径。</translation>
    </message>
    <message>
        <source>The database URL names no database.</source>
        <translation>数据库 URL 中未指定数据库名。</translation>
    </message>
    <message>
        <source>This record identifier belongs to another center.</source>
        <translation>该记录标识属于其他服务中心。</translation>
    </message>
    <message>
        <source>The county does not hold this form.</source>
        <translation>县级没有此认证表。</translation>
    </message>
    <message>
        <source>Too many ID mismatches from this center; records of county forms are accepted again after %1 (UTC).</source>
        <translation>本服务中心身份证号码不符次数过多；县级名单内认证表的记录将于 %1（UTC）后恢复接收。</translation>
    </message>
    <message>
        <source>The ID number differs from the county&apos;s copy of the form.</source>
        <translation>身份证号码与县级保存的认证表不一致。</translation>
    </message>
    <message>
        <source>The corrected record is not known to the county.</source>
        <translation>县级服务器上没有被更正的那条记录。</translation>
    </message>
    <message>
        <source>The corrected record belongs to another center.</source>
        <translation>被更正的记录属于其他服务中心。</translation>
    </message>
    <message>
        <source>The corrected record already has a correction.</source>
        <translation>被更正的记录已经更正过。</translation>
    </message>
    <message>
        <source>This desk&apos;s audit log does not continue the head the county accepted before (#%1): it was rewritten or the database was replaced by an older copy.</source>
        <translation>本窗口的审计日志不再接续县里此前接受的头部（#%1）：日志被改写过，或数据库被换成了较旧的副本。</translation>
    </message>
    <message>
        <source>This desk sent its audit head before; a push without one is refused.</source>
        <translation>本窗口此前发送过审计日志头部；不带头部的上传被拒收。</translation>
    </message>
    <message>
        <source>The links of this push do not reach back to the head the county holds (#%1).</source>
        <translation>本次上传附带的日志条目未能接上县里保存的头部（#%1）。</translation>
    </message>
</context>
<context>
    <name>CountyCli</name>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>No database password on stdin.</source>
        <translation>标准输入中没有数据库密码。</translation>
    </message>
    <message>
        <source>--county-code: 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>--county-code：须为1至32个字母、数字、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>%1 is already initialised.</source>
        <translation>%1 已初始化过。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>County %1 initialised in %2 (CA: %3).</source>
        <translation>县级服务器 %1 已在 %2 中初始化（CA 证书：%3）。</translation>
    </message>
    <message>
        <source>--center: 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>--center：须为1至32个字母、数字、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>--days takes a number.</source>
        <translation>--days 的值须为数字。</translation>
    </message>
    <message>
        <source>Bundle password</source>
        <translation>证书包密码</translation>
    </message>
    <message>
        <source>No bundle password on stdin.</source>
        <translation>标准输入中没有证书包密码。</translation>
    </message>
    <message>
        <source>The bundle password needs at least %1 characters.</source>
        <translation>证书包密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Center %1 enrolled (certificate serial %2, valid until %3): %4</source>
        <translation>服务中心 %1 已注册（证书序列号 %2，有效期至 %3）：%4</translation>
    </message>
    <message>
        <source>Center %1: %2 certificate(s) revoked.</source>
        <translation>服务中心 %1：已吊销 %2 个证书。</translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 updated, %4 moved from another center, %5 unchanged.</source>
        <translation>共 %1 行：新增 %2 行，更新 %3 行，从其他服务中心转入 %4 行，未变 %5 行。</translation>
    </message>
    <message>
        <source>import forms|deaths FILE --center CODE</source>
        <translation>import forms|deaths FILE --center CODE</translation>
    </message>
    <message>
        <source>--center is required: forms are assigned to one center.</source>
        <translation>必须指定 --center：认证表须分配给一个服务中心。</translation>
    </message>
    <message>
        <source>--encoding is auto, utf-8 or gb18030.</source>
        <translation>--encoding 的值为 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>No center %1 is enrolled (enroll it first).</source>
        <translation>服务中心 %1 尚未注册（请先注册）。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing imported: %1 bad row(s).</source>
        <translation>未导入任何数据：%1 行有错误。</translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443 (port 0 picks a free one).</source>
        <translation>--listen 的值为 ADDRESS:PORT，例如 127.0.0.1:8443（端口为 0 时自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>form	cycle	first center	second center	clerk	received</source>
        <translation>认证表编号	认证年度	先认证的服务中心	后认证的服务中心	经办人	接收时间</translation>
    </message>
    <message>
        <source>%1 conflict(s).</source>
        <translation>共 %1 个冲突。</translation>
    </message>
    <message>
        <source>--batch takes CENTER/N, e.g. C01/3.</source>
        <translation>--batch 的值为 CENTER/N，例如 C01/3。</translation>
    </message>
    <message>
        <source>Handover batch %1/%2 received; %3 form(s) reported missing.</source>
        <translation>移交批次 %1/%2 已接收；登记缺失 %3 份。</translation>
    </message>
    <message>
        <source>center	batch	created	forms	missing	state</source>
        <translation>服务中心	批次	生成日期	份数	缺失	状态</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>已于 %1 接收</translation>
    </message>
    <message>
        <source>%1 form(s) certified more than %2 days ago and not handed over:</source>
        <translation>共 %1 份认证表已认证超过 %2 天仍未移交：</translation>
    </message>
    <message>
        <source>--out takes a FILE.pdf.</source>
        <translation>--out 的值须为 PDF 文件（FILE.pdf）。</translation>
    </message>
    <message>
        <source>center	form	cycle	date	clerk	review</source>
        <translation>服务中心	认证表编号	认证年度	认证日期	经办人	核对状态</translation>
    </message>
    <message>
        <source>%1 paper record(s) to review.</source>
        <translation>共 %1 条纸质登记记录待核对。</translation>
    </message>
    <message>
        <source>No center %1 is enrolled.</source>
        <translation>服务中心 %1 尚未注册。</translation>
    </message>
    <message>
        <source>date	center	clerk	附表1 alive	附表1 deceased	附表2 alive	附表2 deceased	information changes	corrections	refusals</source>
        <translation>日期	服务中心	经办人	附表1健在	附表1非健在	附表2健在	附表2非健在	信息变更	更正	拒绝受理</translation>
    </message>
    <message>
        <source>--db-password-stdin: the first stdin line is the PostgreSQL password.
--ca-dir CADIR: where ca.key lives, apart from the directory serve runs from (init, enroll, server-cert, renew).
</source>
        <translation>--db-password-stdin：标准输入的第一行是 PostgreSQL 密码。
--ca-dir CADIR：CA 私钥 ca.key 所在目录，与 serve 运行的目录分开（用于 init、enroll、server-cert、renew）。
</translation>
    </message>
    <message>
        <source>The CA key is not at %1; give its directory with --ca-dir.</source>
        <translation>CA 私钥不在 %1；请用 --ca-dir 指定其所在目录。</translation>
    </message>
    <message>
        <source>Server certificate %1 for %2, valid until %3: %4. Restart serve to use it.</source>
        <translation>已签发服务器证书 %1（%2），有效期至 %3：%4。请重启 serve 以启用。</translation>
    </message>
    <message>
        <source>server-cert needs at least one --dns NAME (the name centers connect to).</source>
        <translation>server-cert 至少需要一个 --dns NAME（各服务中心连接所用的主机名）。</translation>
    </message>
    <message>
        <source>--dns %1 is not a host name.</source>
        <translation>--dns %1 不是有效的主机名。</translation>
    </message>
    <message>
        <source>--ip %1 is not an IP address.</source>
        <translation>--ip %1 不是有效的 IP 地址。</translation>
    </message>
    <message>
        <source>Cannot read the server certificate %1.</source>
        <translation>无法读取服务器证书 %1。</translation>
    </message>
    <message>
        <source>Warning: the CA key %1 is in the directory the server runs from; move it to a directory of its own and give that with --ca-dir to enroll, server-cert and renew only (docs/county.md).</source>
        <translation>警告：CA 私钥 %1 位于服务器运行的目录中；请将其移到单独的目录，并仅在 enroll、server-cert 和 renew 时用 --ca-dir 指定（见 docs/county.md）。</translation>
    </message>
    <message>
        <source>The key file has no account %1.</source>
        <translation>密钥文件中没有账户 %1。</translation>
    </message>
    <message>
        <source>Name the administrator with --account (the key file has %1 accounts with a recovery slot: %2).</source>
        <translation>请用 --account 指定管理员（密钥文件中有 %1 个带恢复槽的账户：%2）。</translation>
    </message>
    <message>
        <source>The county already has an escrow key (%1); centers&apos; escrow slots name it, so it is never replaced.</source>
        <translation>县级已有托管密钥（%1）；各中心的托管槽均指向它，因此不会替换。</translation>
    </message>
    <message>
        <source>Escrow passphrase</source>
        <translation>托管口令</translation>
    </message>
    <message>
        <source>No escrow passphrase on stdin.</source>
        <translation>标准输入中没有托管口令。</translation>
    </message>
    <message>
        <source>The escrow passphrase needs at least %1 characters.</source>
        <translation>托管口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Escrow key %1 created: private key %2 (encrypted), public key %3. Restart serve so that centers receive it.</source>
        <translation>已创建托管密钥 %1：私钥 %2（已加密），公钥 %3。请重启 serve，使各中心获得公钥。</translation>
    </message>
    <message>
        <source>The key file %1 has no escrow slot: the center never escrowed its key.</source>
        <translation>密钥文件 %1 中没有托管槽：该中心从未托管过密钥。</translation>
    </message>
    <message>
        <source>The key file belongs to center %1, not %2.</source>
        <translation>该密钥文件属于中心 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>This county has no escrow key (%1).</source>
        <translation>本县没有托管密钥（%1）。</translation>
    </message>
    <message>
        <source>The escrow slot was made for another escrow key (%1), not this county&apos;s (%2).</source>
        <translation>该托管槽是为另一把托管密钥（%1）制作的，而不是本县的（%2）。</translation>
    </message>
    <message>
        <source>The escrow private key is not at %1; only the CA operator can recover (give --ca-dir).</source>
        <translation>托管私钥不在 %1；只有CA操作员才能恢复（请给出 --ca-dir）。</translation>
    </message>
    <message>
        <source>New recovery code for %1 of center %2 (shown once; the center signs in with it as %1 and sets a new password):</source>
        <translation>中心 %2 的 %1 的新恢复码（只显示一次；中心以 %1 身份用它登录并设置新密码）：</translation>
    </message>
    <message>
        <source>revoke takes one of --center CODE or --supervisor NAME.</source>
        <translation>revoke 需要 --center CODE 或 --supervisor NAME 二者之一。</translation>
    </message>
    <message>
        <source>Supervisor %1: %2 certificate(s) revoked.</source>
        <translation>督导员 %1：已吊销 %2 张证书。</translation>
    </message>
    <message>
        <source>--name: 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>--name：1 至 64 个字母、数字、“_”、“.”或“-”。</translation>
    </message>
    <message>
        <source>Supervisor %1 enrolled (certificate serial %2, valid until %3): %4</source>
        <translation>督导员 %1 已登记（证书序列号 %2，有效期至 %3）：%4</translation>
    </message>
    <message>
        <source>--out takes a FILE.pdf or a FILE.xlsx.</source>
        <translation>--out 需要一个 FILE.pdf 或 FILE.xlsx。</translation>
    </message>
    <message>
        <source>--format is csv, json or xlsx.</source>
        <translation>--format 取 csv、json 或 xlsx。</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE.xlsx.</source>
        <translation>--format xlsx 需要 --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>center	certificate	seq	hash	accepted	refusals</source>
        <translation>服务中心	证书	序号	哈希	接受时间	拒收次数</translation>
    </message>
    <message>
        <source>--center takes a center code.</source>
        <translation>--center 需要一个服务中心代码。</translation>
    </message>
    <message>
        <source>%1 audit head(s) of center %2 forgotten; each desk&apos;s next push starts a new one.</source>
        <translation>已清除服务中心 %2 的 %1 个审计日志头部；各窗口下次上传时重新开始记录。</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 需要 %2 到 %3 之间的数字。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed (missing closing &quot;).</source>
        <translation>第 %1 行：带引号的字段没有闭合（缺少结尾的 &quot;）。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database file: %1</source>
        <translation>无法打开数据库文件：%1</translation>
    </message>
    <message>
        <source>The key does not open this database.</source>
        <translation>该密钥无法打开此数据库。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the change was not saved, and nothing of it was kept. Free some space and do it again.</source>
        <translation>存放 %1 的磁盘已满：本次修改未保存，也未留下任何部分。请腾出磁盘空间后重新操作。</translation>
    </message>
    <message>
        <source>The write-ahead log %1 of the database %2 is missing: the latest changes are not in the database file alone. Put the -wal file back beside the database, or restore the last backup with certdesk-admin restore (docs/operations.md).</source>
        <translation>数据库 %2 的预写日志 %1 缺失：最近的修改不只保存在数据库文件中。请把 -wal 文件放回数据库旁边，或用 certdesk-admin restore 从最近一次备份恢复（见 docs/operations.md）。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Do not keep working on it: restore the last backup with certdesk-admin restore (docs/operations.md).</source>
        <translation>数据库文件 %1 已损坏（%2）。请勿继续使用：请用 certdesk-admin restore 从最近一次备份恢复（见 docs/operations.md）。</translation>
    </message>
</context>
<context>
    <name>DayBatch</name>
    <message>
        <source>The batch was cancelled; nothing was kept.</source>
        <translation>批量打印已取消，未保留任何内容。</translation>
    </message>
    <message>
        <source>Printing the day&apos;s forms</source>
        <translation>正在打印当日认证表</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n form(s)…</source>
        <translation>
            <numerusform>正在准备 %n 份认证表…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Form %1 of %2</source>
        <translation>第 %1 份，共 %2 份</translation>
    </message>
</context>
<context>
    <name>Escrow</name>
    <message>
        <source>The escrow passphrase is wrong (or the escrow key file is damaged).</source>
        <translation>托管口令错误（或托管密钥文件已损坏）。</translation>
    </message>
    <message>
        <source>The county&apos;s escrow key is not an RSA public key of 3072 bits or more.</source>
        <translation>县级托管密钥不是3072位或以上的RSA公钥。</translation>
    </message>
    <message>
        <source>The escrow slot does not open with this county&apos;s key for this center.</source>
        <translation>此托管槽无法用本县密钥为该中心打开。</translation>
    </message>
</context>
<context>
    <name>EscrowService</name>
    <message>
        <source>The county has no escrow key yet; ask the county to run certdesk-county escrow init, then try again.</source>
        <translation>县级尚无托管密钥；请县级运行 certdesk-county escrow init 后再试。</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>No retained 附表1 original since the last handover: there is nothing to hand over.</source>
        <translation>上次移交以来没有留存的附表1原件，无需移交。</translation>
    </message>
</context>
<context>
    <name>HandoverService</name>
    <message>
        <source>There is no handover batch %1.</source>
        <translation>没有第 %1 批移交清单。</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The county server and this center do not trust each other&apos;s certificates (%1).</source>
        <translation>县级服务器与本服务中心的证书互不信任（%1）。</translation>
    </message>
    <message>
        <source>The county server did not answer in time.</source>
        <translation>县级服务器未及时响应。</translation>
    </message>
    <message>
        <source>county server unreachable (%1)</source>
        <translation>无法连接县级服务器（%1）</translation>
    </message>
    <message>
        <source>The county server failed (HTTP %1); the records stay queued.</source>
        <translation>县级服务器出错（HTTP %1）；记录仍留在待同步队列中。</translation>
    </message>
    <message>
        <source>The county server refused this center&apos;s certificate (%1).</source>
        <translation>县级服务器拒绝了本服务中心的证书（%1）。</translation>
    </message>
    <message>
        <source>The county server refused the request (%1).</source>
        <translation>县级服务器拒绝了该请求（%1）。</translation>
    </message>
    <message>
        <source>The county server&apos;s answer cannot be read (%1).</source>
        <translation>无法解析县级服务器的应答（%1）。</translation>
    </message>
    <message>
        <source>The county refused this desk&apos;s records: the audit log of this database no longer continues the one the county accepted before (#%1). The log was rewritten or the database replaced by an older copy. Nothing was sent; call the county.</source>
        <translation>县里拒收了本窗口的记录：本数据库的审计日志已不再接续县里此前接受的日志（#%1）。日志被改写过，或数据库被换成了较旧的副本。未发送任何记录；请联系县社保局。</translation>
    </message>
    <message>
        <source>The county refused this desk&apos;s records: they came without the audit log&apos;s head, which this desk has sent before. Use the current program.</source>
        <translation>县里拒收了本窗口的记录：记录未附带审计日志的头部，而本窗口此前发送过。请使用当前版本的程序。</translation>
    </message>
    <message>
        <source>The county holds an older audit head for this desk (#%1); the records are sent again from there.</source>
        <translation>县里保存的本窗口审计日志头部较旧（#%1）；记录将从那里重新发送。</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Missing required columns: %1</source>
        <translation>缺少必需的列：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Column %1 appears more than once in the header</source>
        <translation>表头中的列 %1 重复出现</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has only %2 columns</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 列</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <source>%1 is a number too large to be exact; write it as a string</source>
        <translation>%1 数值过大，无法精确表示；请写成字符串</translation>
    </message>
    <message>
        <source>%1 must be text or a number</source>
        <translation>%1 必须是文本或数字</translation>
    </message>
    <message>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>JSON 在偏移量 %1 处无效：%2</translation>
    </message>
    <message>
        <source>Expected a JSON array of objects or an object with an array under &quot;%1&quot;</source>
        <translation>应为由对象组成的 JSON 数组，或在 &quot;%1&quot; 键下包含数组的 JSON 对象</translation>
    </message>
    <message>
        <source>entry %1 is not a JSON object</source>
        <translation>第 %1 项不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation>%1无效：%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>%1“%2”不是有效日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of 网上认证, 非网上认证, online, mail</source>
        <translation>%1“%2”无效，应为网上认证、非网上认证、online 或 mail</translation>
    </message>
    <message>
        <source>%1 is required for an online form (网上认证)</source>
        <translation>网上认证的认证表必须填写%1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of 男, 女, M, F</source>
        <translation>%1“%2”无效，应为男、女、M 或 F</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid month (expected YYYY-MM)</source>
        <translation>%1“%2”不是有效月份（应为 YYYY-MM）</translation>
    </message>
    <message>
        <source>%1 is %2 but %3 indicates %4</source>
        <translation>%1为%2，但%3显示为%4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a year (expected YYYY)</source>
        <translation>%1“%2”不是有效年份（应为 YYYY）</translation>
    </message>
    <message>
        <source>%1 is required for a mail form (非网上认证)</source>
        <translation>非网上认证的认证表必须填写%1</translation>
    </message>
    <message>
        <source>%1 %2 is after today (%3)</source>
        <translation>%1 %2 晚于今天（%3）</translation>
    </message>
    <message>
        <source>%1 %2 is before the birth date in %3</source>
        <translation>%1 %2 早于%3中的出生日期</translation>
    </message>
    <message>
        <source>%1 %2 already appears on line %3</source>
        <translation>%1 %2 已在第 %3 行出现</translation>
    </message>
    <message>
        <source>Format the %1 column as text (文本) in Excel, enter or paste the original numbers again and export the file again.</source>
        <translation>在 Excel 中把“%1”列的单元格格式设为文本，重新输入或粘贴原始号码，再重新导出文件。</translation>
    </message>
    <message>
        <source>%1 is stored as a number in the spreadsheet: Excel keeps only 15 digits of a number, so an 18-digit ID number loses its last digits.</source>
        <translation>%1 在表格中存成了数字：Excel 的数字只保留 15 位有效数字，18 位身份号码的末几位已经丢失。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is in scientific notation: Excel treated the ID numbers as numbers and shortened them.</source>
        <translation>%1“%2”是科学计数法：Excel 把身份号码当成数字并截短了。</translation>
    </message>
    <message>
        <source>%1 ends in 000 and fails its check digit: Excel rounded the number to 15 digits.</source>
        <translation>%1 以 000 结尾且校验位不符：Excel 把号码舍入到了 15 位有效数字。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is in scientific notation: Excel treated the phone numbers as numbers.</source>
        <translation>%1“%2”是科学计数法：Excel 把电话号码当成了数字。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is stored as a number in the spreadsheet: Excel drops a leading zero.</source>
        <translation>%1“%2”在表格中存成了数字：Excel 会去掉开头的 0。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has 5 digits: Excel dropped the leading zero (0%2).</source>
        <translation>%1“%2”只有 5 位：Excel 去掉了开头的 0（应为 0%2）。</translation>
    </message>
    <message>
        <source>The worksheet %1 is empty.</source>
        <translation>工作表 %1 是空的。</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>认证表编号 %1 was imported before with different data; ask the county office which is right.</source>
        <translation>认证表编号 %1 此前已导入过，但数据不同；请向县（区）级社会保险经办机构核实以哪份为准。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The key file %1 is missing.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key slot parameters are invalid.</source>
        <translation>密钥槽参数无效。</translation>
    </message>
    <message>
        <source>The password or recovery code must not be empty.</source>
        <translation>密码或恢复码不能为空。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>失败次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>用户名或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <source>The key file is in use by another program; try again in a moment.</source>
        <translation>密钥文件正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a CertDesk key file. Restore the last backup with certdesk-admin restore (docs/operations.md).</source>
        <translation>密钥文件 %1 已损坏，或不是 CertDesk 密钥文件。请用 certdesk-admin restore 从最近一次备份恢复（见 docs/operations.md）。</translation>
    </message>
    <message>
        <source>its lock file cannot be created (is the disk full?)</source>
        <translation>无法创建其锁文件（磁盘是否已满？）</translation>
    </message>
    <message>
        <source>Sign-in is refused while failed attempts cannot be counted: %1</source>
        <translation>无法记录失败次数，暂时拒绝登录：%1</translation>
    </message>
</context>
<context>
    <name>PaperFormService</name>
    <message>
        <source>Type the form number (认证表编号) printed on the paper form.</source>
        <translation>请输入纸质认证表上印的认证表编号。</translation>
    </message>
    <message>
        <source>The form number is at most 40 characters, without spaces.</source>
        <translation>认证表编号最多 40 个字符，不能有空格。</translation>
    </message>
    <message>
        <source>A 附表1 (网上认证) form carries a check code (校验码): type it from the paper.</source>
        <translation>附表1（网上认证）有校验码：请照纸上输入。</translation>
    </message>
    <message>
        <source>The check code is at most 32 characters, without spaces.</source>
        <translation>校验码最多 32 个字符，不能有空格。</translation>
    </message>
    <message>
        <source>A 附表2 form has no check code (校验码); leave it empty.</source>
        <translation>附表2 没有校验码，此栏请留空。</translation>
    </message>
    <message>
        <source>The ID number is not valid: %1</source>
        <translation>身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Type the name as on the ID card.</source>
        <translation>请按身份证输入姓名。</translation>
    </message>
    <message>
        <source>The name is at most 50 characters.</source>
        <translation>姓名最多 50 个字。</translation>
    </message>
    <message>
        <source>Type the insured-place agency (参保地社保经办机构) that signed the letter.</source>
        <translation>请输入信函落款的参保地社保经办机构。</translation>
    </message>
    <message>
        <source>The agency name is at most 200 characters.</source>
        <translation>经办机构名称最多 200 个字。</translation>
    </message>
    <message>
        <source>Type the due date on the letter as YYYY-MM-DD, for example 2026-06-30.</source>
        <translation>请按 年-月-日 输入信函上的截止日期，例如 2026-06-30。</translation>
    </message>
    <message>
        <source>The due date %1 is not within a year of today; check the letter.</source>
        <translation>截止日期 %1 与今天相差一年以上，请核对信函。</translation>
    </message>
    <message>
        <source>A 附表1 form has no reply block (回信); leave those fields empty.</source>
        <translation>附表1 没有回信栏，这几栏请留空。</translation>
    </message>
    <message>
        <source>Type the reply address (回信地址) from the letter.</source>
        <translation>请照信函输入回信地址。</translation>
    </message>
    <message>
        <source>The reply address is at most 200 characters.</source>
        <translation>回信地址最多 200 个字。</translation>
    </message>
    <message>
        <source>Type the unit name (单位名称) from the letter.</source>
        <translation>请照信函输入单位名称。</translation>
    </message>
    <message>
        <source>The unit name is at most 200 characters.</source>
        <translation>单位名称最多 200 个字。</translation>
    </message>
    <message>
        <source>The reply postcode (邮政编码): %1</source>
        <translation>回信邮政编码：%1</translation>
    </message>
    <message>
        <source>The reply phone (联系电话): %1</source>
        <translation>回信联系电话：%1</translation>
    </message>
    <message>
        <source>Form %1 is already in this center&apos;s database: look it up with its number and check code (or the ID card) and certify it; do not register it again.</source>
        <translation>认证表 %1 已在本中心数据中：请用编号和校验码（或身份证）调出后认证，不要重复登记。</translation>
    </message>
    <message>
        <source>Say how the review was settled.</source>
        <translation>请写明核对的处理结果。</translation>
    </message>
    <message>
        <source>There is no open review %1.</source>
        <translation>没有待处理的核对 %1。</translation>
    </message>
    <message>
        <source>There is no certification record %1.</source>
        <translation>没有认证记录 %1。</translation>
    </message>
    <message>
        <source>Only a 附表1 original is kept by the center; a 附表2 goes back to the pensioner for mailing.</source>
        <translation>只有附表1 原件由本中心留存；附表2 交本人寄回参保地。</translation>
    </message>
    <message>
        <source>A 附表1 original is kept by the center, not handed back.</source>
        <translation>附表1 原件由本中心留存，不交回本人。</translation>
    </message>
</context>
<context>
    <name>Pcsc</name>
    <message>
        <source>The PC/SC service (pcscd) is not running; start it to use social security card readers.</source>
        <translation>PC/SC 服务（pcscd）未运行；请启动该服务以使用社保卡读卡器。</translation>
    </message>
    <message>
        <source>No PC/SC card reader is connected.</source>
        <translation>未连接 PC/SC 读卡器。</translation>
    </message>
    <message>
        <source>No card is on the reader.</source>
        <translation>读卡器上没有卡。</translation>
    </message>
    <message>
        <source>The card or reader went away while it was being read.</source>
        <translation>读卡过程中卡片或读卡器被移开。</translation>
    </message>
    <message>
        <source>The card does not answer; put it on the reader again the right way up.</source>
        <translation>卡片无响应；请按正确方向重新放置卡片。</translation>
    </message>
    <message>
        <source>The card reader did not answer in time.</source>
        <translation>读卡器未及时响应。</translation>
    </message>
    <message>
        <source>PC/SC error: %1.</source>
        <translation>PC/SC 错误：%1。</translation>
    </message>
    <message>
        <source>The card never finishes answering.</source>
        <translation>卡片应答始终没有结束。</translation>
    </message>
</context>
<context>
    <name>Pki</name>
    <message>
        <source>Certificate operation failed: %1.</source>
        <translation>证书操作失败：%1。</translation>
    </message>
</context>
<context>
    <name>PortProbe</name>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>ID card reader (SAM %1)</source>
        <translation>身份证阅读器（SAM %1）</translation>
    </message>
    <message>
        <source>answered, but not as an ID card reader</source>
        <translation>有应答，但不是身份证阅读器</translation>
    </message>
    <message>
        <source>no answer to the SAM identity command</source>
        <translation>对读取 SAM 编号命令无应答</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>本机无法使用打印功能。</translation>
    </message>
    <message>
        <source>Certification form %1</source>
        <translation>认证表 %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <source>Workload %1 – %2</source>
        <translation>工作量统计 %1 – %2</translation>
    </message>
    <message>
        <source>Institution sheet (附件2)</source>
        <translation>机构填报表（附件2）</translation>
    </message>
    <message>
        <source>&lt;h1&gt;CertDesk recovery code&lt;/h1&gt;&lt;p&gt;Administrator account: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:26pt; font-family:monospace&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Created: %3&lt;/p&gt;&lt;p&gt;Sign in with the account name and this code in place of the password if the administrator password is lost. Keep this sheet locked away, not at the counter.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;CertDesk 恢复码&lt;/h1&gt;&lt;p&gt;系统管理员账户：&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:26pt; font-family:monospace&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;生成时间：%3&lt;/p&gt;&lt;p&gt;如系统管理员忘记密码，请用该账户名登录，并以此恢复码代替密码。请将本页锁好保管，不要放在柜台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Overlay onto form %1</source>
        <translation>套打认证表 %1</translation>
    </message>
    <message>
        <source>Overlay calibration sheet</source>
        <translation>套打校准页</translation>
    </message>
</context>
<context>
    <name>PrintDataService</name>
    <message>
        <source>The seal image must be at most 1 MB.</source>
        <translation>印章图片不得超过 1 MB。</translation>
    </message>
    <message>
        <source>The seal image must be a PNG file.</source>
        <translation>印章图片必须是 PNG 文件。</translation>
    </message>
    <message>
        <source>The seal image must have a transparent background (PNG with alpha), or it would hide the clerk&apos;s name and the date.</source>
        <translation>印章图片必须为透明背景（带 Alpha 通道的 PNG），否则会遮住经办人姓名和日期。</translation>
    </message>
    <message>
        <source>The certification refers to a form that is not in the database.</source>
        <translation>该认证记录对应的认证表不在数据库中。</translation>
    </message>
    <message>
        <source>There is no certification with this number.</source>
        <translation>没有该编号的认证记录。</translation>
    </message>
    <message>
        <source>This certification was corrected; print the correction instead.</source>
        <translation>该认证记录已被更正；请打印更正后的记录。</translation>
    </message>
    <message>
        <source>There is no form with this number.</source>
        <translation>没有该编号的认证表。</translation>
    </message>
    <message>
        <source>This form has not been certified yet; certify it before printing.</source>
        <translation>该认证表尚未认证；请先完成认证再打印。</translation>
    </message>
    <message>
        <source>The form&apos;s certification could not be read.</source>
        <translation>无法读取该认证表的认证记录。</translation>
    </message>
    <message>
        <source>The day must be a date.</source>
        <translation>须指定有效的日期。</translation>
    </message>
    <message>
        <source>The date range must be two dates, the second not before the first.</source>
        <translation>日期范围须为两个日期，且结束日期不得早于开始日期。</translation>
    </message>
</context>
<context>
    <name>PrintDriver</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 — Ctrl+P prints on %2</source>
        <translation>%1 — 按 Ctrl+P 直接打印到：%2</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Overlay printing calibration sheet (套打校准页)</source>
        <translation>套打校准页</translation>
    </message>
    <message>
        <source>Printed with the offset X %1 mm, Y %2 mm. Measure with a ruler where the centre of each crosshair landed, from the sheet&apos;s left and top edges, and compare it with the position printed next to it. New offset = offset used + (position printed − position measured), in 0.1 mm steps (Settings → Printing → Overlay calibration). Or hold the sheet against a blank original against the light: the crosshairs on 是/否 and on the date must sit on the boxes and blanks of the form.</source>
        <translation>本页按偏移量 X %1 mm、Y %2 mm 打印。用直尺量出每个十字线中心距纸张左边和上边的距离，与旁边标注的位置比较。新偏移量 = 本次偏移量 +（标注位置 − 实测位置），步长 0.1 mm（设置 → 打印 → 套打校准）。也可以把本页与一张空白原表叠在一起对着光看：“是/否”和日期处的十字线应正好落在原表的方框和空白上。</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation>无法打开打印机或 PDF 文件进行绘制。</translation>
    </message>
    <message>
        <source>The page could not be written to the printer or file.</source>
        <translation>无法将页面写入打印机或文件。</translation>
    </message>
    <message>
        <source>There are no certified forms to print for this day.</source>
        <translation>该日没有可打印的已认证认证表。</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>无法新建页面。</translation>
    </message>
    <message>
        <source>Printing was cancelled after %1 of %2 forms.</source>
        <translation>已打印 %1 份（共 %2 份）后取消了打印。</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>More than %1 records in one push.</source>
        <translation>一次推送的记录超过 %1 条。</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; %2.</source>
        <translation>成员“%1”%2。</translation>
    </message>
    <message>
        <source>The request body is larger than the limit.</source>
        <translation>请求体超过大小限制。</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at offset %2).</source>
        <translation>消息体不是有效的 JSON（偏移量 %2 处：%1）。</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>消息体不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Member &quot;protocol&quot; is missing.</source>
        <translation>缺少成员“protocol”。</translation>
    </message>
    <message>
        <source>Protocol version %1 is not supported (this side speaks %2).</source>
        <translation>不支持协议版本 %1（本端使用版本 %2）。</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>PC/SC smart card reader</source>
        <translation>PC/SC 智能卡读卡器</translation>
    </message>
    <message>
        <source>present (social security cards)</source>
        <translation>已连接（社会保障卡）</translation>
    </message>
</context>
<context>
    <name>RecordSeal</name>
    <message>
        <source>The append-only guard %1 was removed: the history may have been rewritten.</source>
        <translation>只追加保护 %1 已被删除：历史记录可能已被改写。</translation>
    </message>
    <message>
        <source>Audit entry #%1 seals record %2 a second time.</source>
        <translation>审计记录 #%1 重复登记了记录 %2。</translation>
    </message>
    <message>
        <source>Certification record %1 has no audit entry: it was added behind the program&apos;s back.</source>
        <translation>认证记录 %1 没有对应的审计记录：它是绕过本程序添加的。</translation>
    </message>
    <message>
        <source>Certification record %1 was altered after it was recorded.</source>
        <translation>认证记录 %1 在登记后被篡改。</translation>
    </message>
    <message>
        <source>Certification record %1 was deleted.</source>
        <translation>认证记录 %1 已被删除。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The date range must be two dates, the second not before the first.</source>
        <translation>日期范围须为两个日期，且结束日期不得早于开始日期。</translation>
    </message>
    <message>
        <source>Certification results</source>
        <translation>认证结果</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This database was written by a newer CertDesk (schema %1; this program knows %2).</source>
        <translation>此数据库由较新版本的 CertDesk 写入（数据库结构版本 %1；本程序最高支持 %2）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The center code and name are required.</source>
        <translation>服务中心代码和名称为必填项。</translation>
    </message>
    <message>
        <source>The certification window must be MM-DD..MM-DD with the end after the start.</source>
        <translation>认证期须为 MM-DD..MM-DD 格式，且结束日期须晚于开始日期。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要8个字符。</translation>
    </message>
    <message>
        <source>A database already exists at %1; it is never overwritten.</source>
        <translation>%1 处已有数据库；已有数据库不会被覆盖。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>该账户已停用。</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this; ask a supervisor or an administrator.</source>
        <translation>您的角色（%1）无权执行此操作，请联系主管或系统管理员。</translation>
    </message>
    <message>
        <source>the file is empty or cut short</source>
        <translation>文件为空或被截断</translation>
    </message>
    <message>
        <source>its first page cannot be read with its key file</source>
        <translation>用其密钥文件无法读取其第一页</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The center code and name are required.</source>
        <translation>服务中心代码和名称为必填项。</translation>
    </message>
    <message>
        <source>The certification window must be MM-DD..MM-DD with the end after the start.</source>
        <translation>认证期须为 MM-DD..MM-DD 格式，且结束日期须晚于开始日期。</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation>空闲锁定时间须在1至120分钟之间。</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>The file is not a spreadsheet (.xlsx or .xls): it has no worksheet %1.</source>
        <translation>该文件不是电子表格（.xlsx 或 .xls），没有工作表 %1。</translation>
    </message>
    <message>
        <source>The workbook has no visible worksheet.</source>
        <translation>该工作簿没有可见的工作表。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named %1; its worksheets are: %2.</source>
        <translation>该工作簿没有名为 %1 的工作表；其中的工作表有：%2。</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read (damaged, or not an Excel workbook): %1. Open it in Excel or WPS, save it again and import the new file.</source>
        <translation>无法读取该电子表格（文件已损坏，或不是 Excel 工作簿）：%1。请用 Excel 或 WPS 打开，重新保存后导入新文件。</translation>
    </message>
    <message>
        <source>The spreadsheet is protected by a password, so it cannot be read. Open it in Excel or WPS, remove the password (加密), save it and import it again.</source>
        <translation>该电子表格设置了密码，无法读取。请用 Excel 或 WPS 打开，取消密码（加密），保存后重新导入。</translation>
    </message>
    <message>
        <source>no workbook signature</source>
        <translation>没有工作簿文件标识</translation>
    </message>
    <message>
        <source>not a readable zip file</source>
        <translation>不是可读取的 zip 文件</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>缺少组成部分 %1</translation>
    </message>
    <message>
        <source>the part %1 is too large</source>
        <translation>组成部分 %1 过大</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>组成部分 %1 已损坏</translation>
    </message>
    <message>
        <source>the worksheet %1 has no part</source>
        <translation>工作表 %1 没有对应的组成部分</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the file does not have</source>
        <translation>某个单元格引用了文件中不存在的共享字符串 %1</translation>
    </message>
    <message>
        <source>No memory for the spreadsheet.</source>
        <translation>内存不足，无法处理该电子表格。</translation>
    </message>
    <message>
        <source>FreeXL error %1</source>
        <translation>FreeXL 错误 %1</translation>
    </message>
    <message>
        <source>no worksheets</source>
        <translation>没有工作表</translation>
    </message>
    <message>
        <source>worksheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>无法写入电子表格：%1</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量统计</translation>
    </message>
</context>
<context>
    <name>SsseCard</name>
    <message>
        <source>The card gave an answer too short to carry a status word.</source>
        <translation>卡片应答过短，不含状态字。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The card reports that the data it returned may be corrupted.</source>
        <translation>卡片报告其返回的数据可能已损坏。</translation>
    </message>
    <message>
        <source>The card refused the command length.</source>
        <translation>卡片拒绝了该命令长度。</translation>
    </message>
    <message>
        <source>The card needs a PSAM or a PIN to release these files; this reader cannot read them without one.</source>
        <translation>卡片须经 PSAM 或 PIN 认证才能读取这些文件；本读卡器没有 PSAM 或 PIN，无法读取。</translation>
    </message>
    <message>
        <source>The card&apos;s authentication is blocked.</source>
        <translation>卡片的认证已被锁定。</translation>
    </message>
    <message>
        <source>The card refused: conditions of use not satisfied.</source>
        <translation>卡片拒绝：使用条件不满足。</translation>
    </message>
    <message>
        <source>The card does not support this function.</source>
        <translation>卡片不支持此功能。</translation>
    </message>
    <message>
        <source>The card has no such application or file; it is not a social security card.</source>
        <translation>卡片中没有该应用或文件；这不是社会保障卡。</translation>
    </message>
    <message>
        <source>The card has no such record.</source>
        <translation>卡片中没有该记录。</translation>
    </message>
    <message>
        <source>The card refused the command parameters.</source>
        <translation>卡片拒绝了命令参数。</translation>
    </message>
    <message>
        <source>The card does not know this command.</source>
        <translation>卡片无法识别该命令。</translation>
    </message>
    <message>
        <source>The card does not support this command class.</source>
        <translation>卡片不支持该命令类别（CLA）。</translation>
    </message>
    <message>
        <source>The card answered with status %1.</source>
        <translation>卡片返回状态字 %1。</translation>
    </message>
    <message>
        <source>The card keeps asking for a different length.</source>
        <translation>卡片反复要求改变长度。</translation>
    </message>
    <message>
        <source>The card keeps announcing more data and never ends.</source>
        <translation>卡片不断提示还有更多数据，始终没有结束。</translation>
    </message>
    <message>
        <source>The card sent a malformed record: %1.</source>
        <translation>卡片返回的记录格式错误：%1。</translation>
    </message>
    <message>
        <source>record %1 is shorter than its header</source>
        <translation>记录 %1 比其记录头还短</translation>
    </message>
    <message>
        <source>record %1 carries tag %2</source>
        <translation>记录 %1 的标签为 %2</translation>
    </message>
    <message>
        <source>record %1 claims %2 bytes but holds %3</source>
        <translation>记录 %1 声明长度为 %2 字节，实际为 %3 字节</translation>
    </message>
    <message>
        <source>record %1 has %2 bytes instead of %3</source>
        <translation>记录 %1 为 %2 字节，应为 %3 字节</translation>
    </message>
    <message>
        <source>a date is not 4 bytes</source>
        <translation>日期不是4个字节</translation>
    </message>
    <message>
        <source>a date is not BCD</source>
        <translation>日期不是 BCD 编码</translation>
    </message>
    <message>
        <source>a date does not exist</source>
        <translation>日期不存在</translation>
    </message>
    <message>
        <source>This build of Qt cannot decode GBK.</source>
        <translation>当前 Qt 版本无法解码 GBK。</translation>
    </message>
    <message>
        <source>the name is not GBK text</source>
        <translation>姓名不是 GBK 文本</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>the name holds characters no name has</source>
        <translation>姓名中含有姓名里不可能出现的字符</translation>
    </message>
    <message>
        <source>the social security number is not 17 digits and a check character</source>
        <translation>社会保障号码不是17位数字加1位校验码</translation>
    </message>
    <message>
        <source>the nation is not one byte</source>
        <translation>民族代码不是1个字节</translation>
    </message>
    <message>
        <source>the nation is not BCD</source>
        <translation>民族代码不是 BCD 编码</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The county server answered %1 results for %2 records.</source>
        <translation>县级服务器对 %2 条记录返回了 %1 条结果。</translation>
    </message>
    <message>
        <source>The county server answered for other records than were sent.</source>
        <translation>县级服务器返回的结果与发送的记录不符。</translation>
    </message>
    <message>
        <source>center %1 certified this form first</source>
        <translation>服务中心 %1 已先认证了本认证表</translation>
    </message>
    <message>
        <source>The county server moved the pull cursor backwards.</source>
        <translation>县级服务器将拉取位置往回移了。</translation>
    </message>
    <message>
        <source>center %1 certified this form later</source>
        <translation>服务中心 %1 随后也认证了本认证表</translation>
    </message>
</context>
<context>
    <name>SyncQueue</name>
    <message>
        <source>Only a set-aside or rejected record can be sent again.</source>
        <translation>只有已隔离或被拒绝的记录才能重新发送。</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>The server address must be an https:// URL such as https://county.example:8443.</source>
        <translation>服务器地址必须是以 https:// 开头的网址，例如 https://county.example:8443。</translation>
    </message>
    <message>
        <source>The certificate bundle cannot be opened: wrong password or not a PKCS#12 file.</source>
        <translation>无法打开证书包：密码错误或不是 PKCS#12 文件。</translation>
    </message>
    <message>
        <source>The bundle holds no county CA certificate; ask the county for a complete bundle.</source>
        <translation>证书包中没有县级 CA 证书；请向县级社保经办机构索取完整的证书包。</translation>
    </message>
    <message>
        <source>The center certificate was not issued by the CA in the bundle.</source>
        <translation>服务中心证书不是由证书包中的 CA 签发的。</translation>
    </message>
    <message>
        <source>The center certificate is valid from %1 to %2 only.</source>
        <translation>服务中心证书的有效期仅为 %1 至 %2。</translation>
    </message>
    <message>
        <source>The certificate was issued to center %1; this desk is center %2.</source>
        <translation>该证书是签发给服务中心 %1 的；本机属于服务中心 %2。</translation>
    </message>
    <message>
        <source>The stored sync certificate cannot be read; configure sync again.</source>
        <translation>无法读取已保存的同步证书；请重新配置同步。</translation>
    </message>
    <message>
        <source>The desk name is longer than 64 characters.</source>
        <translation>窗口名称超过 64 个字符。</translation>
    </message>
    <message>
        <source>The county answered for another center.</source>
        <translation>县社保局返回的是另一个中心的信息。</translation>
    </message>
</context>
<context>
    <name>TextDecode</name>
    <message>
        <source>GB18030 decoding is not available</source>
        <translation>无法使用 GB18030 解码</translation>
    </message>
    <message>
        <source>The file is neither valid UTF-8 nor valid GB18030 text.</source>
        <translation>该文件既不是有效的 UTF-8 文本，也不是有效的 GB18030 文本。</translation>
    </message>
    <message>
        <source>The file is UTF-16 (&quot;Unicode text&quot;); save it as CSV in UTF-8 or GB18030 instead.</source>
        <translation>该文件为 UTF-16 编码（“Unicode 文本”）；请改存为 UTF-8 或 GB18030 编码的 CSV 文件。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark but is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation>该文件以 UTF-8 字节顺序标记（BOM）开头，但不是有效的 UTF-8 文本（第一个错误字节位于偏移量 %1）。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first bad byte at offset %1); it may be GB18030.</source>
        <translation>该文件不是有效的 UTF-8 文本（第一个错误字节位于偏移量 %1），可能是 GB18030 编码。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark; it is not GB18030.</source>
        <translation>该文件以 UTF-8 字节顺序标记（BOM）开头，不是 GB18030 编码。</translation>
    </message>
</context>
<context>
    <name>certdesk::AboutDialog</name>
    <message>
        <source>About CertDesk</source>
        <translation>关于 CertDesk</translation>
    </message>
    <message>
        <source>CertDesk — pension eligibility certification
Version %1
Database schema version %2</source>
        <translation>CertDesk — 领取社会保险待遇资格认证
版本 %1
数据库结构版本 %2</translation>
    </message>
</context>
<context>
    <name>certdesk::AccountsTab</name>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Sign-in name, e.g. wangfang</source>
        <translation>登录用的账户名，例如 wangfang</translation>
    </message>
    <message>
        <source>Full name, printed as 经办人</source>
        <translation>姓名，打印在“经办人”处</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少8个字符</translation>
    </message>
    <message>
        <source>New password, at least 8 characters</source>
        <translation>新密码，至少8个字符</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add account (Ctrl+N)</source>
        <translation>添加账户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Disable selected (Ctrl+D)</source>
        <translation>停用所选账户 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>所选账户</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Account %1 added; they can sign in now.</source>
        <translation>已添加账户 %1，该用户现在即可登录。</translation>
    </message>
    <message>
        <source>Select an account in the table first.</source>
        <translation>请先在表格中选择一个账户。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable the account %1? It can no longer sign in; its records stay.</source>
        <translation>确定停用账户 %1 吗？停用后该账户将无法登录，其已办理的记录仍会保留。</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>生成新的恢复码…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>The password of %1 was set; tell them in person. They must choose their own at their next sign-in.</source>
        <translation>已为 %1 设置新密码，请当面告知本人。本人下次登录时必须改成自己的密码。</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <source>Make a new recovery code for %1? The old code stops working at once; the new one is shown once: print it or write it down and lock it away.</source>
        <translation>为 %1 生成新的恢复码？旧的恢复码立即失效；新的只显示这一次：请打印或抄下后锁好保管。</translation>
    </message>
    <message>
        <source>The new recovery code of %1 (shown only now; the old one no longer works):

%2</source>
        <translation>%1 的新恢复码（只在此时显示；旧的已失效）：

%2</translation>
    </message>
    <message>
        <source>A new recovery code was made; the old one no longer works.</source>
        <translation>已生成新的恢复码；旧的恢复码已失效。</translation>
    </message>
</context>
<context>
    <name>certdesk::AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>This account manages settings and the other accounts. Creating it creates the encrypted database; a recovery code is shown next.</source>
        <translation>该账户负责管理设置和其他账户。创建该账户的同时将创建加密数据库；下一步将显示恢复码。</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Printed as the handling officer (经办人)</source>
        <translation>打印在“经办人”处</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少8个字符</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>账户名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Full name (姓名):</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
    <message>
        <source>County sync not configured</source>
        <translation>尚未配置县级同步</translation>
    </message>
    <message>
        <source>The database was created, but this desk&apos;s sync settings could not be stored: %1 Configure them in Settings → County sync.</source>
        <translation>数据库已建立，但本窗口的同步设置未能保存：%1 请在“设置 → 县级同步”中配置。</translation>
    </message>
</context>
<context>
    <name>certdesk::BackupTab</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backup folder (e.g. a USB stick):</source>
        <translation>备份文件夹（如 U 盘）：</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>保留备份份数：</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>上次备份：</translation>
    </message>
    <message>
        <source>A backup holds the encrypted database and its key file; it opens only with a password or the recovery code of this center. One is taken when the last desk of the day signs out.</source>
        <translation>备份包含加密的数据库及其密钥文件，只有本中心的密码或恢复码才能打开。每天最后一个窗口退出登录时自动备份一次。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Backup written: %1 forms, %2 certifications.</source>
        <translation>备份已写入：%1 张认证表，%2 条认证记录。</translation>
    </message>
</context>
<context>
    <name>certdesk::CalibrationBox</name>
    <message>
        <source>Overlay printing calibration (套打校准)</source>
        <translation>套打校准</translation>
    </message>
    <message>
        <source>PDF, and printers without their own offset</source>
        <translation>PDF 及未单独校准的打印机</translation>
    </message>
    <message>
        <source>Save offset</source>
        <translation>保存偏移量</translation>
    </message>
    <message>
        <source>Print the calibration sheet… (Ctrl+K)</source>
        <translation>打印校准页… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Marks printed onto the pensioner&apos;s original must land in its boxes and blanks. Print the calibration sheet, measure where the crosshairs landed, and enter the correction: X moves every mark right (negative: left), Y down (negative: up).</source>
        <translation>套打在老人原认证表上的内容必须落在表上的方框和空白处。请打印校准页，量出十字线实际落在的位置，填入修正值：X 使所有内容向右移动（负数向左），Y 向下移动（负数向上）。</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Offset X</source>
        <translation>偏移量 X</translation>
    </message>
    <message>
        <source>Offset Y</source>
        <translation>偏移量 Y</translation>
    </message>
    <message>
        <source>Offset saved for %1: X %2 mm, Y %3 mm.</source>
        <translation>已为 %1 保存偏移量：X %2 mm，Y %3 mm。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
</context>
<context>
    <name>certdesk::CardBanner</name>
    <message>
        <source>Social security card (社会保障卡)</source>
        <translation>社会保障卡</translation>
    </message>
    <message>
        <source>ID card chip (身份证芯片)</source>
        <translation>身份证芯片</translation>
    </message>
    <message>
        <source>valid long-term (长期)</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>valid to %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>⚠ CARD EXPIRED (证件已过期)</source>
        <translation>⚠ 证件已过期</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>已读卡：%1</translation>
    </message>
</context>
<context>
    <name>certdesk::CenterPage</name>
    <message>
        <source>Your service center</source>
        <translation>本服务中心</translation>
    </message>
    <message>
        <source>Welcome to CertDesk. These details appear on every receipt and list; an administrator can change them later in Settings.</source>
        <translation>欢迎使用 CertDesk。以下信息将显示在每一份回执和名单上；系统管理员以后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. 440106001</source>
        <translation>例如 440106001</translation>
    </message>
    <message>
        <source>Full official name of the center</source>
        <translation>服务中心的正式全称</translation>
    </message>
    <message>
        <source>Center &amp;code:</source>
        <translation>服务中心代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Center &amp;name (机构名称):</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Joining center %1: its details come from the county.</source>
        <translation>加入中心 %1：中心信息取自县社保局。</translation>
    </message>
</context>
<context>
    <name>certdesk::CenterTab</name>
    <message>
        <source>The center code is fixed when the database is created.</source>
        <translation>服务中心代码在创建数据库时确定，之后不能修改。</translation>
    </message>
    <message>
        <source>Fixed window every year</source>
        <translation>固定认证期（每年相同）</translation>
    </message>
    <message>
        <source>Rolling: once within 12 months before the due date</source>
        <translation>滚动（12个月）：到期日前12个月内认证一次</translation>
    </message>
    <message>
        <source>MM-DD</source>
        <translation>MM-DD</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Service center (附件2)</source>
        <translation>服务中心信息（附件2）</translation>
    </message>
    <message>
        <source>Center code</source>
        <translation>服务中心代码</translation>
    </message>
    <message>
        <source>Name (机构名称)</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Office address (办公地址)</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <source>Contact person (联系人)</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Department (所在部门)</source>
        <translation>所在部门</translation>
    </message>
    <message>
        <source>Position (职务)</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone (联系电话)</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Certification and this desk</source>
        <translation>认证规则与本机设置</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Cycle policy</source>
        <translation>认证年度规则</translation>
    </message>
    <message>
        <source>Window (fixed policy)</source>
        <translation>认证期（固定认证期时适用）</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Printer name (empty: the system default)</source>
        <translation>打印机名称（留空则使用系统默认打印机）</translation>
    </message>
    <message>
        <source>Preselected in the print dialogs; the printer last chosen there is remembered here.</source>
        <translation>打印对话框中将预先选中该打印机；在打印对话框中最后选择的打印机也会记录在这里。</translation>
    </message>
</context>
<context>
    <name>certdesk::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>The administrator set a new password for %1. Choose your own now: only you should know it. (Cancel signs out.)</source>
        <translation>管理员为 %1 设置了新密码。请现在改成您自己的密码，只有您本人知道。（取消将退出登录。）</translation>
    </message>
    <message>
        <source>Change the password of %1. At least 8 characters.</source>
        <translation>修改 %1 的密码。至少 8 个字符。</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>修改密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Current password (as the admin gave it):</source>
        <translation>当前密码（管理员告知的）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Type a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password again, twice.</source>
        <translation>两次输入的新密码不一致。请重新输入两次新密码。</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>您的密码已修改，今后请使用新密码。</translation>
    </message>
</context>
<context>
    <name>certdesk::CorrectionDialog</name>
    <message>
        <source>Save correction (Enter)</source>
        <translation>保存更正 (Enter)</translation>
    </message>
    <message>
        <source>Correct a certification</source>
        <translation>更正认证记录</translation>
    </message>
    <message>
        <source>Required: what was wrong with the record</source>
        <translation>必填：说明该记录哪里有误</translation>
    </message>
    <message>
        <source>Alive (健在)</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased (死亡)</source>
        <translation>不健在（死亡）</translation>
    </message>
    <message>
        <source>Leave empty: unchanged</source>
        <translation>留空表示不变</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>认证结果</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新的现居住地址</translation>
    </message>
    <message>
        <source>New postcode</source>
        <translation>新的邮政编码</translation>
    </message>
    <message>
        <source>New phone</source>
        <translation>新的联系电话</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
Recorded: %4</source>
        <translation>%1 — %2（%3）
原记录结果：%4</translation>
    </message>
</context>
<context>
    <name>certdesk::CounterActions</name>
    <message>
        <source>Alive (健在)</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased (不健在/死亡)</source>
        <translation>不健在（死亡）</translation>
    </message>
    <message>
        <source>Change info (信息变更)</source>
        <translation>信息变更</translation>
    </message>
    <message>
        <source>Next person (下一位)</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>Receipt (回执)</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Print preview of the pensioner&apos;s receipt.</source>
        <translation>预览并打印交给离退休人员的回执。</translation>
    </message>
    <message>
        <source>Register paper form (登记)</source>
        <translation>登记纸质认证表</translation>
    </message>
    <message>
        <source>Original kept (留存)</source>
        <translation>原件已留存</translation>
    </message>
    <message>
        <source>The pensioner holds a paper form this center has no data for (always so for a 附表2): type it in from the paper.</source>
        <translation>老人持有本中心没有数据的纸质认证表（附表2 总是如此）：照纸上内容登记。</translation>
    </message>
    <message>
        <source>Confirm that the 附表1 original was taken in and is kept by the center (留存).</source>
        <translation>确认已收下附表1 原件，由本中心留存。</translation>
    </message>
    <message>
        <source>Print onto original (套打)</source>
        <translation>套打到原表</translation>
    </message>
    <message>
        <source>Whole form (补发)</source>
        <translation>补发整张表</translation>
    </message>
    <message>
        <source>Prints only what the center adds (the tick, 鉴证, date, seal, changes) onto the pensioner&apos;s original form; the preview shows where each mark lands.</source>
        <translation>只在老人的原认证表上打印本中心填写的内容（“√”、鉴证、日期、印章、信息变更）；预览显示每项内容落在原表上的位置。</translation>
    </message>
    <message>
        <source>The whole certification form (附表1/附表2), marked 补发, for a pensioner who lost the original.</source>
        <translation>老人遗失原表时打印整张认证表（附表1/附表2），页面标注“补发”。</translation>
    </message>
</context>
<context>
    <name>certdesk::CounterPage</name>
    <message>
        <source>Checking the supervisor&apos;s password…</source>
        <translation>正在核验主管密码…</translation>
    </message>
    <message>
        <source>Supervisor override…
F9</source>
        <translation>主管特批…
F9</translation>
    </message>
    <message>
        <source>Override cancelled. Nothing was recorded.</source>
        <translation>已取消主管特批，未作任何记录。</translation>
    </message>
    <message>
        <source>Your role can look forms up but not certify. Ask a clerk or supervisor to certify.</source>
        <translation>您的角色只能查询认证表，不能办理认证。请由经办人或主管办理认证。</translation>
    </message>
    <message>
        <source>Ready. Scan the form (QR code or barcode) or type its number.</source>
        <translation>就绪。请扫描认证表（二维码或条形码）或输入认证表编号。</translation>
    </message>
    <message>
        <source>Form %1 scanned. Type the check code (校验码) printed on the form and press Enter. A mail-back form (附表2) without a check code: just press Enter.</source>
        <translation>已扫描认证表 %1。请输入认证表上印有的校验码并按 Enter 键。附表2（回寄）没有校验码，直接按 Enter 键即可。</translation>
    </message>
    <message>
        <source>The ID number scanned is not valid: %1</source>
        <translation>扫描的身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Scan the form or type its form number first.</source>
        <translation>请先扫描认证表或输入认证表编号。</translation>
    </message>
    <message>
        <source>This form is already certified for %1 (see Status). Press F12 for the next person.</source>
        <translation>本认证表%1年度已完成认证（见“状态”）。按 F12 键办理下一位。</translation>
    </message>
    <message>
        <source>Death notice match: check the person carefully. Certifying alive needs a supervisor&apos;s override; if the person has died, press F8.</source>
        <translation>与死亡名单相符：请仔细核实本人。认证为健在须经主管特批；如本人确已死亡，请按 F8 键。</translation>
    </message>
    <message>
        <source>Today is outside this form&apos;s certification window (%1 – %2): certification will be refused. Ask the supervisor or the insured-place agency.</source>
        <translation>今天不在本认证表的认证期（%1 – %2）内，认证将被拒绝。请咨询主管或参保地社保经办机构。</translation>
    </message>
    <message>
        <source>Form found. Scan or type the ID number of the card presented and compare the photo.</source>
        <translation>已找到认证表。请扫描或输入所持证件上的身份证号码，并核对证件照片。</translation>
    </message>
    <message>
        <source>The ID presented is not the one on this form. Do not certify: the owner must come in person.</source>
        <translation>所出示的证件与本认证表不符。请勿认证：须由本人亲自到场办理。</translation>
    </message>
    <message>
        <source>ID number matches. Compare the photo with the person, then F5 if alive or F8 if deceased.</source>
        <translation>身份证号码一致。请核对证件照片与本人，健在按 F5 键，不健在（死亡）按 F8 键。</translation>
    </message>
    <message>
        <source>The ID number presented is not valid: %1</source>
        <translation>所出示证件的公民身份号码无效：%1</translation>
    </message>
    <message>
        <source>No form in this center&apos;s list belongs to this ID number. Ask for the paper form and scan it.</source>
        <translation>本中心的名单中没有该身份证号码的认证表。请向本人索取纸质认证表并扫描。</translation>
    </message>
    <message>
        <source>Every form of this ID number is already certified (see the list).</source>
        <translation>该身份证号码的认证表均已完成认证（见列表）。</translation>
    </message>
    <message>
        <source>This ID number has several pending forms: choose the one the person brought.</source>
        <translation>该身份证号码有多份待认证表：请选择本人所持的那一份。</translation>
    </message>
    <message>
        <source>Form %1 belongs to this ID number. Type the check code (校验码) printed on the paper form and press Enter.</source>
        <translation>认证表 %1 属于该身份证号码。请输入纸质认证表上印有的校验码并按 Enter 键。</translation>
    </message>
    <message>
        <source>Change of information discarded.</source>
        <translation>已放弃信息变更。</translation>
    </message>
    <message>
        <source>Correct the change of information first: %1</source>
        <translation>请先修改信息变更内容：%1</translation>
    </message>
    <message>
        <source>Record a death</source>
        <translation>登记死亡</translation>
    </message>
    <message>
        <source>Record that the person on form %1 has died (不健在)? This cannot be undone at the counter.</source>
        <translation>确定登记认证表 %1 上的人员已死亡（不健在）吗？此操作无法在柜台撤销。</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>未作任何记录。</translation>
    </message>
    <message>
        <source>The change of information was saved with it.</source>
        <translation>信息变更已一并保存。</translation>
    </message>
    <message>
        <source>Override by %1.</source>
        <translation>特批主管：%1。</translation>
    </message>
    <message>
        <source>Press F12 for the next person.</source>
        <translation>按 F12 键办理下一位。</translation>
    </message>
    <message>
        <source>Fill in only what changed (信息变更); it is saved with the next F5 or F8. F6 again discards it.</source>
        <translation>只填写有变更的信息；将随下一次 F5 或 F8 认证一并保存。再按 F6 键则放弃变更。</translation>
    </message>
    <message>
        <source>✓ Recorded: %1 is ALIVE (健在) for %2.</source>
        <translation>✓ 已记录：%1 %2年度认证结果为健在。</translation>
    </message>
    <message>
        <source>✓ Recorded: %1 is DECEASED (不健在) for %2.</source>
        <translation>✓ 已记录：%1 %2年度认证结果为不健在。</translation>
    </message>
    <message>
        <source>A supervisor checks the person in front of you, then types their own account, password and a reason.</source>
        <translation>请主管当面核实本人，然后输入主管本人的账户、密码和特批理由。</translation>
    </message>
    <message>
        <source>The ID number presented is not valid yet: check it (shown next to the field).</source>
        <translation>所出示证件的身份证号码尚不正确：请按输入框旁的提示核对。</translation>
    </message>
    <message>
        <source>This card expired on %1. Ask for a valid document or compare the photo with care; the certification will record the identity as checked by eye (manual).</source>
        <translation>该证件已于 %1 过期。请要求出示有效证件，或仔细核对证件照片；本次认证的身份核验方式将记为经办人人工核验。</translation>
    </message>
    <message>
        <source>The card presented expired on %1. Compare the photo with care; F5 / F8 record the identity as checked by eye (manual).</source>
        <translation>所出示的证件已于 %1 过期。请仔细核对证件照片；按 F5 / F8 认证时，身份核验方式将记为经办人人工核验。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>Form %1 reprinted (补打).</source>
        <translation>认证表 %1 已补打。</translation>
    </message>
    <message>
        <source>Form %1 printed.</source>
        <translation>认证表 %1 已打印。</translation>
    </message>
    <message>
        <source>Receipt of form %1 reprinted (补打).</source>
        <translation>认证表 %1 的回执已补打。</translation>
    </message>
    <message>
        <source>Receipt of form %1 printed.</source>
        <translation>认证表 %1 的回执已打印。</translation>
    </message>
    <message>
        <source>A paper form the center has no data for (always so for a 附表2): press Ctrl+R to register it.</source>
        <translation>如老人持有本中心没有数据的纸质认证表（附表2 总是如此），按 Ctrl+R 登记。</translation>
    </message>
    <message>
        <source>Type what the paper form says. Tab moves to the next field, Enter registers, Esc cancels.</source>
        <translation>请照纸质认证表填写。Tab 到下一栏，Enter 登记，Esc 取消。</translation>
    </message>
    <message>
        <source>Registration cancelled. Nothing was recorded.</source>
        <translation>已取消登记，没有保存任何内容。</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>未登记：%1</translation>
    </message>
    <message>
        <source>Paper form %1 registered. Compare the photo with the person, then F5 if alive or F8 if deceased.</source>
        <translation>纸质认证表 %1 已登记。请核对照片与本人，健在按 F5，不健在按 F8。</translation>
    </message>
    <message>
        <source>Hand the stamped form back to the pensioner to mail it home (请将盖章后的认证表交本人寄回参保地).</source>
        <translation>请将盖章后的认证表交本人寄回参保地。</translation>
    </message>
    <message>
        <source>Take in the original form and press F7 to confirm it is kept (留存).</source>
        <translation>请收下认证表原件留存，并按 F7 确认。</translation>
    </message>
    <message>
        <source>The original form is recorded as kept by the center (留存). Press F12 for the next person.</source>
        <translation>已记录：原件由本中心留存。按 F12 办理下一位。</translation>
    </message>
    <message>
        <source>Printing cancelled. Ctrl+P prints onto the original, Ctrl+Alt+P the whole form (补发), Ctrl+Shift+P the receipt.</source>
        <translation>已取消打印。按 Ctrl+P 套打到原表，按 Ctrl+Alt+P 补发整张认证表，按 Ctrl+Shift+P 打印回执。</translation>
    </message>
    <message>
        <source>Printed onto the original of form %1 (套打).</source>
        <translation>已套打到认证表 %1 的原表上。</translation>
    </message>
    <message>
        <source>Whole form %1 printed for a lost original (补发).</source>
        <translation>已为遗失的原表补发整张认证表 %1。</translation>
    </message>
    <message>
        <source>Ready for the next person</source>
        <translation>请下一位</translation>
    </message>
    <message>
        <source>&lt;p&gt;1 · Scan the form&apos;s QR code or barcode — or type the form number and check code&lt;/p&gt;&lt;p&gt;2 · Scan or type the ID number of the card presented; compare the photo&lt;/p&gt;&lt;p&gt;3 · &lt;b&gt;F5&lt;/b&gt; alive · &lt;b&gt;F8&lt;/b&gt; deceased · &lt;b&gt;F6&lt;/b&gt; change of information&lt;/p&gt;&lt;p&gt;4 · &lt;b&gt;Ctrl+P&lt;/b&gt; print onto the original (套打) · &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; the receipt · &lt;b&gt;Ctrl+Alt+P&lt;/b&gt; whole form for a lost original (补发)&lt;/p&gt;&lt;p&gt;5 · &lt;b&gt;F12&lt;/b&gt; next person&lt;/p&gt;</source>
        <translation>&lt;p&gt;1 · 扫描认证表上的二维码或条形码，或输入认证表编号和校验码&lt;/p&gt;&lt;p&gt;2 · 扫描或输入所持证件上的身份证号码，核对证件照片&lt;/p&gt;&lt;p&gt;3 · &lt;b&gt;F5&lt;/b&gt; 健在 · &lt;b&gt;F8&lt;/b&gt; 不健在（死亡） · &lt;b&gt;F6&lt;/b&gt; 信息变更&lt;/p&gt;&lt;p&gt;4 · &lt;b&gt;Ctrl+P&lt;/b&gt; 套打到原表 · &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; 打印回执 · &lt;b&gt;Ctrl+Alt+P&lt;/b&gt; 遗失原表时补发整张认证表&lt;/p&gt;&lt;p&gt;5 · &lt;b&gt;F12&lt;/b&gt; 下一位&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunWizard</name>
    <message>
        <source>CertDesk — first run</source>
        <translation>CertDesk — 首次运行设置</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Recovery code not stored</source>
        <translation>恢复码尚未保存</translation>
    </message>
    <message>
        <source>The recovery code will not be shown again. Without it a lost administrator password cannot be recovered. Close anyway?</source>
        <translation>恢复码不会再次显示。没有恢复码，系统管理员忘记密码后将无法找回。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>&amp;Join an existing center…</source>
        <translation>加入已有中心(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>certdesk::ImportDialog</name>
    <message>
        <source>Choose file… (Ctrl+O)</source>
        <translation>选择文件… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Cancel import (Esc)</source>
        <translation>取消导入 (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import pending forms</source>
        <translation>导入待认证表</translation>
    </message>
    <message>
        <source>Import death notices</source>
        <translation>导入死亡人员信息</translation>
    </message>
    <message>
        <source>Import the list of pending forms (待认证名单)</source>
        <translation>导入待认证名单</translation>
    </message>
    <message>
        <source>Import the death notice list (死亡人员名单)</source>
        <translation>导入死亡人员名单</translation>
    </message>
    <message>
        <source>A file is imported whole or not at all: if any row is wrong, nothing is imported and the rows to fix are listed below. Importing the same file again changes nothing.</source>
        <translation>文件要么整体导入，要么完全不导入：只要有一行有误，就不会导入任何数据，需要修改的行将列在下方。重复导入同一文件不会产生任何变化。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or GB18030)</source>
        <translation>自动识别（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation>GB18030（中文 Windows 版 Excel）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Choose the file of pending forms</source>
        <translation>选择待认证名单文件</translation>
    </message>
    <message>
        <source>Choose the death notice file</source>
        <translation>选择死亡人员名单文件</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) must be fixed in the file first. Fix them and import the whole file again.</source>
        <translation>
            <numerusform>未导入任何数据：文件中有 %n 行需要先修改。请修改后重新导入整个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Done. Rows in the file: %1; added: %2; already present: %3.</source>
        <translation>导入完成。文件共 %1 行；新增 %2 行；已存在 %3 行。</translation>
    </message>
    <message>
        <source>Paper registrations: %1 linked (same person), %2 held for the supervisor&apos;s review (another ID number; nothing merged).</source>
        <translation>纸质登记：%1 条已关联（同一人），%2 条待主管核对（身份证号码不同，未合并）。</translation>
    </message>
    <message>
        <source>The first worksheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <source>For an Excel or WPS file (.xlsx, .xls): the name of the worksheet (tab) to import.</source>
        <translation>Excel 或 WPS 文件（.xlsx、.xls）：要导入的工作表（标签页）名称。</translation>
    </message>
    <message>
        <source>Encoding (CSV)</source>
        <translation>编码（CSV）</translation>
    </message>
    <message>
        <source>Worksheet (Excel)</source>
        <translation>工作表（Excel）</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xls *.csv *.json);;Excel or WPS workbooks (*.xlsx *.xls);;CSV or JSON files (*.csv *.json);;All files (*)</source>
        <translation>名单文件 (*.xlsx *.xls *.csv *.json);;Excel 或 WPS 工作簿 (*.xlsx *.xls);;CSV 或 JSON 文件 (*.csv *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>certdesk::InfoChangePanel</name>
    <message>
        <source>6 digits</source>
        <translation>6位数字</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>New address (现居住地址)</source>
        <translation>新的现居住地址</translation>
    </message>
    <message>
        <source>New postcode (邮政编码)</source>
        <translation>新的邮政编码</translation>
    </message>
    <message>
        <source>New phone (联系电话)</source>
        <translation>新的联系电话</translation>
    </message>
    <message>
        <source>✓ Postcode</source>
        <translation>✓ 邮政编码有效</translation>
    </message>
    <message>
        <source>%1 of 6 digits</source>
        <translation>已输入 %1 位（共6位）</translation>
    </message>
    <message>
        <source>✓ Phone number</source>
        <translation>✓ 电话号码有效</translation>
    </message>
    <message>
        <source>Mobile: 11 digits; landline: area code + number</source>
        <translation>手机：11位；固定电话：区号 + 号码</translation>
    </message>
    <message>
        <source>Only if it changed</source>
        <translation>仅在有变更时填写</translation>
    </message>
</context>
<context>
    <name>certdesk::JoinDialog</name>
    <message>
        <source>&amp;Connect and join</source>
        <translation>连接并加入(&amp;C)</translation>
    </message>
    <message>
        <source>Join an existing center</source>
        <translation>加入已有中心</translation>
    </message>
    <message>
        <source>For a second counter of a center that already works with the county. The county enrols this desk under the center&apos;s code (certdesk-county enroll) and hands over its own .p12 bundle; the center&apos;s name, window and details then come from the county.</source>
        <translation>用于已与县社保局联网的中心增加一个柜台窗口。县社保局用本中心代码为本窗口另行签发证书（certdesk-county enroll），交来本窗口自己的 .p12 证书包；中心名称、认证期和各项信息随后取自县社保局。</translation>
    </message>
    <message>
        <source>e.g. 窗口2</source>
        <translation>例如 窗口2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>County &amp;server:</source>
        <translation>县社保局服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;bundle (.p12):</source>
        <translation>本窗口的证书包 (.p12)(&amp;B)：</translation>
    </message>
    <message>
        <source>Bundle &amp;password:</source>
        <translation>证书包密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>窗口名称(&amp;D)：</translation>
    </message>
    <message>
        <source>This desk&apos;s certificate bundle</source>
        <translation>本窗口的证书包</translation>
    </message>
    <message>
        <source>PKCS#12 bundle (*.p12 *.pfx)</source>
        <translation>PKCS#12 证书包 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Fill in the county server, the bundle, its password and a name for this desk.</source>
        <translation>请填写县社保局服务器、证书包及其密码和本窗口名称。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Asking the county for the center&apos;s details…</source>
        <translation>正在向县社保局获取中心信息…</translation>
    </message>
</context>
<context>
    <name>certdesk::LookupBar</name>
    <message>
        <source>Check code (校验码)</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>Look up (Enter)</source>
        <translation>查询 (Enter)</translation>
    </message>
    <message>
        <source>Form number (认证表编号)</source>
        <translation>认证表编号</translation>
    </message>
    <message>
        <source>ID number presented (公民身份号码)</source>
        <translation>所出示证件的公民身份号码</translation>
    </message>
    <message>
        <source>✓ Valid ID number</source>
        <translation>✓ 身份证号码有效</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位（共18位）</translation>
    </message>
    <message>
        <source>Scan or type</source>
        <translation>扫描或输入</translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>CertDesk — pension eligibility certification</source>
        <translation>CertDesk — 领取社会保险待遇资格认证</translation>
    </message>
    <message>
        <source>Counter (F2)</source>
        <translation>柜台受理 (F2)</translation>
    </message>
    <message>
        <source>Today (F3)</source>
        <translation>今日记录 (F3)</translation>
    </message>
    <message>
        <source>Workload (F4)</source>
        <translation>工作量统计 (F4)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import pending forms…</source>
        <translation>导入待认证表…</translation>
    </message>
    <message>
        <source>Import death notices…</source>
        <translation>导入死亡人员信息…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About CertDesk…</source>
        <translation>关于 CertDesk…</translation>
    </message>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation>已锁定。请登录后继续。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Paper registrations to review…</source>
        <translation>待核对的纸质登记…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>今天的备份未能完成：%1</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
</context>
<context>
    <name>certdesk::OverridePanel</name>
    <message>
        <source>Supervisor&apos;s account</source>
        <translation>主管账户</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <source>Why the person is certified alive despite the notice</source>
        <translation>此人虽在死亡名单上仍认证为健在的理由</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Certify alive (Enter)</source>
        <translation>认证为健在 (Enter)</translation>
    </message>
    <message>
        <source>Supervisor override (death notice)</source>
        <translation>主管特批（死亡名单人员）</translation>
    </message>
</context>
<context>
    <name>certdesk::PaperRegisterPanel</name>
    <message>
        <source>Register a paper form (登记纸质认证表): type what the paper says</source>
        <translation>登记纸质认证表：照纸上内容填写</translation>
    </message>
    <message>
        <source>Form number (认证表编号)</source>
        <translation>认证表编号</translation>
    </message>
    <message>
        <source>附表1 — online (网上认证), has a check code</source>
        <translation>附表1（网上认证），有校验码</translation>
    </message>
    <message>
        <source>附表2 — mail-back, has a reply block (回信)</source>
        <translation>附表2（寄回），有回信栏</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation>表的类型</translation>
    </message>
    <message>
        <source>Check code (校验码)</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>ID number (公民身份号码)</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Insured-place agency (参保地社保经办机构)</source>
        <translation>参保地社保经办机构</translation>
    </message>
    <message>
        <source>Due date on the letter (YYYY-MM-DD)</source>
        <translation>信函截止日期（年-月-日）</translation>
    </message>
    <message>
        <source>Reply address (回信地址)</source>
        <translation>回信地址</translation>
    </message>
    <message>
        <source>Unit name (单位名称)</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Postcode (邮政编码)</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Phone (联系电话)</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation>登记（Enter）</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Not registered: correct the fields marked in red.</source>
        <translation>未登记：请改正红字标出的栏目。</translation>
    </message>
</context>
<context>
    <name>certdesk::PaperReviewDialog</name>
    <message>
        <source>Settle (Enter)</source>
        <translation>办结 (Enter)</translation>
    </message>
    <message>
        <source>Paper registrations to review</source>
        <translation>纸质登记待复核</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>认证表编号</translation>
    </message>
    <message>
        <source>Registered on paper for (ID)</source>
        <translation>纸质登记的身份证号</translation>
    </message>
    <message>
        <source>The list names</source>
        <translation>名单所列人员</translation>
    </message>
    <message>
        <source>Arrived by</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>How it was settled, e.g. confirmed with the insured-place agency by phone</source>
        <translation>办结说明，例如：已与参保地社保经办机构电话核实</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>说明(&amp;N)</translation>
    </message>
    <message>
        <source>No paper registration is waiting for review.</source>
        <translation>没有待复核的纸质登记。</translation>
    </message>
    <message>
        <source>List data arrived for these paper registrations but names another person. Nothing was merged: check the paper form with the insured-place agency, then settle each item with a note.</source>
        <translation>以下纸质登记随后收到的名单数据为另一人，未作合并：请与参保地社保经办机构核对纸质认证表，然后逐条填写说明办结。</translation>
    </message>
    <message>
        <source>county sync</source>
        <translation>县级同步</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the item to settle in the list first.</source>
        <translation>请先在列表中选择要办结的一条。</translation>
    </message>
    <message>
        <source>Write a note saying how the item was settled.</source>
        <translation>请填写办结说明。</translation>
    </message>
    <message>
        <source>Review %1 (form %2) settled.</source>
        <translation>第 %1 条（认证表 %2）已办结。</translation>
    </message>
</context>
<context>
    <name>certdesk::PcscReader</name>
    <message>
        <source>PC/SC reader not started.</source>
        <translation>PC/SC 读卡器未启动。</translation>
    </message>
    <message>
        <source>PC/SC reader stopped.</source>
        <translation>PC/SC 读卡器已停止。</translation>
    </message>
    <message>
        <source>Social security card read on %1.</source>
        <translation>已在 %1 上读取社会保障卡。</translation>
    </message>
    <message>
        <source>No PC/SC card reader is connected.</source>
        <translation>未连接 PC/SC 读卡器。</translation>
    </message>
    <message numerus="yes">
        <source>PC/SC: %n reader(s) ready; lay a social security card on one.</source>
        <translation>
            <numerusform>PC/SC：%n 台读卡器就绪；请将社会保障卡放在读卡器上。</numerusform>
        </translation>
    </message>
    <message>
        <source>PC/SC: card removed; ready for the next card.</source>
        <translation>PC/SC：卡已取走；可读取下一张卡。</translation>
    </message>
</context>
<context>
    <name>certdesk::PersonFormsView</name>
    <message>
        <source>Form number (认证表编号)</source>
        <translation>认证表编号</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>认证年度</translation>
    </message>
    <message>
        <source>Due (认证截止日期)</source>
        <translation>认证截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose the form the person brought (↑ ↓, Enter), then type its check code.</source>
        <translation>请选择本人所持的认证表（↑ ↓，Enter），然后输入其校验码。</translation>
    </message>
    <message numerus="yes">
        <source>Forms for ID number %1: %n</source>
        <translation>
            <numerusform>身份证号码 %1 的认证表：%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待认证</translation>
    </message>
    <message>
        <source>Certified %1 on %2</source>
        <translation>已认证：%1（%2）</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>不健在</translation>
    </message>
</context>
<context>
    <name>certdesk::PersonPanel</name>
    <message>
        <source>Male (男)</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female (女)</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number (公民身份号码)</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex (性别)</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born (出生年月)</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Person no. (个人编号)</source>
        <translation>个人编号</translation>
    </message>
    <message>
        <source>Form type (认证表类型)</source>
        <translation>认证表类型</translation>
    </message>
    <message>
        <source>Address (现居住地址)</source>
        <translation>现居住地址</translation>
    </message>
    <message>
        <source>Postcode (邮政编码)</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Phone (联系电话)</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Insured at (参保地经办机构)</source>
        <translation>参保地经办机构</translation>
    </message>
    <message>
        <source>Due (认证截止日期)</source>
        <translation>认证截止日期</translation>
    </message>
    <message>
        <source>ID presented (所持证件)</source>
        <translation>所持证件</translation>
    </message>
    <message>
        <source>Mail-back (附表2)</source>
        <translation>附表2（回寄）</translation>
    </message>
    <message>
        <source>Online (附表1)</source>
        <translation>附表1（网上认证）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not certified for %1; today is outside its window.</source>
        <translation>%1年度未认证；今天不在认证期内。</translation>
    </message>
    <message>
        <source>Not yet certified for %1</source>
        <translation>%1年度尚未认证</translation>
    </message>
    <message>
        <source>Scan or type the ID number of the card presented.</source>
        <translation>请扫描或输入所持证件上的身份证号码。</translation>
    </message>
    <message>
        <source>No form loaded yet: scan the form.</source>
        <translation>尚未调出认证表：请扫描认证表。</translation>
    </message>
    <message>
        <source>Certification window</source>
        <translation>认证期</translation>
    </message>
    <message>
        <source>⚠ DEATH NOTICE: died %1 (reported by %2). Check the person in front of you.</source>
        <translation>⚠ 死亡名单：死亡日期 %1（信息来源 %2）。请当面核实本人。</translation>
    </message>
    <message>
        <source>✓ CERTIFIED ALIVE (健在)</source>
        <translation>✓ 已认证：健在</translation>
    </message>
    <message>
        <source>✓ CERTIFIED DECEASED (不健在)</source>
        <translation>✓ 已认证：不健在</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2年度 · %3 · 经办人：%4</translation>
    </message>
    <message>
        <source>✗ NOT the ID number on this form</source>
        <translation>✗ 与本认证表上的身份证号码不符</translation>
    </message>
    <message>
        <source>Do not certify.</source>
        <translation>请勿认证。</translation>
    </message>
    <message>
        <source>✓ Same ID number as on the form</source>
        <translation>✓ 与认证表上的身份证号码一致</translation>
    </message>
    <message>
        <source>Compare the photo with the person.</source>
        <translation>请核对证件照片与本人是否相符。</translation>
    </message>
</context>
<context>
    <name>certdesk::PolicyPage</name>
    <message>
        <source>Certification cycle</source>
        <translation>认证年度</translation>
    </message>
    <message>
        <source>When may a pensioner be certified? Choose what your insuring regions require.</source>
        <translation>离退休人员何时可以办理资格认证？请按各参保地的要求选择。</translation>
    </message>
    <message>
        <source>Fixed yearly window (2012 notice: 1 April – 30 June)</source>
        <translation>固定认证期（按2012年通知：4月1日至6月30日）</translation>
    </message>
    <message>
        <source>Rolling: once within every 12 months</source>
        <translation>滚动（12个月）：每12个月内认证一次</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>(MM-DD, every year)</source>
        <translation>（MM-DD，每年）</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>认证规则(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>认证期(&amp;W)：</translation>
    </message>
    <message>
        <source>Address (地址):</source>
        <translation>办公地址：</translation>
    </message>
    <message>
        <source>Contact person (联系人):</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Department (部门):</source>
        <translation>所在部门：</translation>
    </message>
    <message>
        <source>Job title (职务):</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Phone (联系电话):</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Everyone is certified once a year between the two dates below.</source>
        <translation>所有人每年在下列两个日期之间认证一次。</translation>
    </message>
    <message>
        <source>Each pensioner may be certified in the 12 months up to the due date on their form; the dates below are not used.</source>
        <translation>每位离退休人员可在其认证表到期日前12个月内办理认证；不使用下列日期。</translation>
    </message>
    <message>
        <source>Institution details for the 附件2 list — optional</source>
        <translation>机构填报信息（附件2）——选填</translation>
    </message>
</context>
<context>
    <name>certdesk::PrintingTab</name>
    <message>
        <source>Choose seal image… (Ctrl+O)</source>
        <translation>选择印章图片… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Remove the seal</source>
        <translation>删除电子印章</translation>
    </message>
    <message>
        <source>The electronic seal (电子印章) is printed in the 鉴证 area of every stamped form, under the clerk&apos;s name and date. It must be a PNG with a transparent background (at most 1 MB). Without a seal the area stays blank for the rubber stamp. The default printer is set on the Center tab.</source>
        <translation>电子印章打印在每份认证表“居住地社保经办机构鉴证”栏内的经办人姓名和日期处。印章图片必须是透明背景的 PNG 文件（不超过 1 MB）。未设置电子印章时，该处留空，以便加盖实体公章。默认打印机在“服务中心”选项卡中设置。</translation>
    </message>
    <message>
        <source>Electronic seal</source>
        <translation>电子印章</translation>
    </message>
    <message>
        <source>Institution sheet (附件2)</source>
        <translation>机构填报表（附件2）</translation>
    </message>
    <message>
        <source>Print the 附件2 sheet… (Ctrl+P)</source>
        <translation>打印附件2填报表… (Ctrl+P)</translation>
    </message>
    <message>
        <source>办理省内异地资格协助认证业务机构填报表, filled in from the Center tab (save it first).</source>
        <translation>办理省内异地资格协助认证业务机构填报表，内容取自“服务中心”选项卡（请先保存）。</translation>
    </message>
    <message>
        <source>No electronic seal</source>
        <translation>未设置电子印章</translation>
    </message>
    <message>
        <source>Choose the seal image</source>
        <translation>选择印章图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Seal saved. It is printed on every stamped form from now on.</source>
        <translation>电子印章已保存。今后打印的每份认证表都将加印该印章。</translation>
    </message>
    <message>
        <source>Remove the electronic seal? Forms are then printed without it, for the rubber stamp.</source>
        <translation>确定删除电子印章吗？删除后打印的认证表不带印章，需加盖实体公章。</translation>
    </message>
    <message>
        <source>Seal removed.</source>
        <translation>电子印章已删除。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
</context>
<context>
    <name>certdesk::ReaderHub</name>
    <message>
        <source>No card reader configured: type or scan ID numbers (Settings → Card readers).</source>
        <translation>未配置读卡器：请手工输入或扫描身份证号码（设置 → 读卡器）。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>card read</source>
        <translation>已读卡</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>certdesk::ReadersTab</name>
    <message>
        <source>Read social security cards (社会保障卡) on PC/SC readers (needs the pcscd service)</source>
        <translation>使用 PC/SC 读卡器读取社会保障卡（需要 pcscd 服务）</translation>
    </message>
    <message>
        <source>Save reader settings</source>
        <translation>保存读卡器设置</translation>
    </message>
    <message>
        <source>ID card reader (serial port)</source>
        <translation>身份证阅读器（串口）</translation>
    </message>
    <message>
        <source>Auto (probe serial ports)</source>
        <translation>自动（探测串口）</translation>
    </message>
    <message>
        <source>Off (no ID card reader)</source>
        <translation>关闭（不使用身份证阅读器）</translation>
    </message>
    <message>
        <source>A serial port is a device path such as /dev/ttyUSB0, or choose Auto or Off.</source>
        <translation>串口须为设备路径，例如 /dev/ttyUSB0；也可选择“自动”或“关闭”。</translation>
    </message>
    <message>
        <source>Reader settings saved.</source>
        <translation>读卡器设置已保存。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>STX (Ctrl+B)</source>
        <translation>STX (Ctrl+B)</translation>
    </message>
    <message>
        <source>ETX (Ctrl+C)</source>
        <translation>ETX (Ctrl+C)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab 键</translation>
    </message>
    <message>
        <source>Click here, then scan any code</source>
        <translation>点击此处，然后扫描任意条码</translation>
    </message>
    <message>
        <source>Barcode scanner prefix</source>
        <translation>扫描枪前缀</translation>
    </message>
    <message>
        <source>Barcode scanner suffix</source>
        <translation>扫描枪后缀</translation>
    </message>
    <message>
        <source>Scan a test code</source>
        <translation>扫描测试码</translation>
    </message>
    <message>
        <source>“Auto” tries every USB serial port for a GA 467 ID card reader. A barcode scanner programmed to send a prefix character before every code (and optionally a suffix after it) is told apart from typing with certainty; without one, a code is recognised by its speed. These settings belong to this computer and take effect when saved.</source>
        <translation>“自动”会在所有 USB 串口上查找 GA 467 身份证阅读器。扫描枪设置为在每个条码前发送一个前缀字符（可另加后缀）时，程序能可靠地区分扫描与键盘输入；不设前缀时按输入速度识别扫描。这些设置只对本机有效，保存后生效。</translation>
    </message>
    <message>
        <source>The scanner&apos;s prefix and suffix are one character each.</source>
        <translation>扫描枪的前缀和后缀各只能是一个字符。</translation>
    </message>
    <message>
        <source>A letter or digit cannot frame a code: codes are made of them. Choose STX, ETX, Tab or a sign such as ~.</source>
        <translation>字母或数字不能用作前缀或后缀，因为条码本身由它们组成。请选择 STX、ETX、Tab 或 ~ 等符号。</translation>
    </message>
    <message>
        <source>The prefix and the suffix must differ.</source>
        <translation>前缀和后缀不能相同。</translation>
    </message>
    <message>
        <source>✓ Recognised as a scan: %1</source>
        <translation>✓ 识别为扫描：%1</translation>
    </message>
    <message>
        <source>✗ This arrived as typing, not as a scan. Program the scanner to send a prefix character (STX is usual) and choose the same one above, then save and scan again.</source>
        <translation>✗ 这次被当作键盘输入，而不是扫描。请把扫描枪设置为发送前缀字符（通常为 STX），并在上面选择同一个前缀，保存后再扫一次。</translation>
    </message>
</context>
<context>
    <name>certdesk::RecordDetails</name>
    <message>
        <source>ID card on the reader</source>
        <translation>身份证读卡器读取</translation>
    </message>
    <message>
        <source>Social security card</source>
        <translation>社会保障卡</translation>
    </message>
    <message>
        <source>Document checked by the clerk</source>
        <translation>经办人人工核验证件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>现居住地址：%1</translation>
    </message>
    <message>
        <source>Postcode: %1</source>
        <translation>邮政编码：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>Correct… (F7)</source>
        <translation>更正… (F7)</translation>
    </message>
    <message>
        <source>Select a row and press Enter to see the whole record.</source>
        <translation>选中一行并按 Enter 键查看完整记录。</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>认证表编号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>认证结果</translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation>身份核验方式</translation>
    </message>
    <message>
        <source>Clerk (经办人)</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Info change</source>
        <translation>信息变更</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>主管特批</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Alive (健在)</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased (死亡)</source>
        <translation>不健在（死亡）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Replaces record %1
Reason: %2</source>
        <translation>取代记录 %1
理由：%2</translation>
    </message>
    <message>
        <source>By %1
Reason: %2</source>
        <translation>特批主管：%1
理由：%2</translation>
    </message>
    <message>
        <source>Your role cannot correct certification records.</source>
        <translation>您的角色无权更正认证记录。</translation>
    </message>
    <message>
        <source>Reprint form (F8)</source>
        <translation>补打认证表 (F8)</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+Shift+P)</source>
        <translation>回执 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Print preview of the stamped form, marked 补打 with today&apos;s date (F8 or Ctrl+P).</source>
        <translation>预览并打印鉴证后的认证表，标注“补打”及当天日期（F8 或 Ctrl+P）。</translation>
    </message>
    <message>
        <source>Print preview of the pensioner&apos;s receipt, marked 补打.</source>
        <translation>预览并打印交给离退休人员的回执，标注“补打”。</translation>
    </message>
</context>
<context>
    <name>certdesk::RecoveryPage</name>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery code</source>
        <translation>我已妥善保存恢复码(&amp;S)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The database is ready. This code opens the administrator account if its password is lost. It is shown only now: write it down or save it, and keep it locked away.</source>
        <translation>数据库已创建。系统管理员忘记密码时，可用此恢复码登录该账户。恢复码仅在此显示一次：请抄写或保存下来，并锁好保管。</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>保存恢复码</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>CertDesk recovery code
Administrator account: %1
Recovery code: %2
Created: %3

Sign in with the account name and this code in place of the password if the administrator password is lost. Keep this file away from the counter computer.
</source>
        <translation>CertDesk 恢复码
系统管理员账户：%1
恢复码：%2
生成时间：%3

如系统管理员忘记密码，请用该账户名登录，并以此恢复码代替密码。请勿将本文件存放在柜台电脑上。
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a safe place, away from this computer.</source>
        <translation>已保存到 %1。请将其转移到本机以外的安全位置。</translation>
    </message>
    <message>
        <source>The code could not be saved to %1 (%2). Choose another place or write it down.</source>
        <translation>无法将恢复码保存到 %1（%2）。请选择其他位置或手工抄写。</translation>
    </message>
    <message>
        <source>Administrator account: %1</source>
        <translation>系统管理员账户：%1</translation>
    </message>
    <message>
        <source>Print the code on paper; nothing is written to disk.</source>
        <translation>将恢复码打印在纸上，不写入磁盘。</translation>
    </message>
    <message>
        <source>Printed. Keep the sheet locked away, not at the counter.</source>
        <translation>已打印。请将打印件锁好保管，不要放在柜台。</translation>
    </message>
    <message>
        <source>The code could not be printed (%1). Save it or write it down.</source>
        <translation>无法打印恢复码（%1）。请保存或手工抄写。</translation>
    </message>
</context>
<context>
    <name>certdesk::RestoreDialog</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup file (certdesk-….cdbak).</source>
        <translation>请选择备份文件（certdesk-….cdbak）。</translation>
    </message>
    <message>
        <source>Choose backup file…</source>
        <translation>选择备份文件…</translation>
    </message>
    <message>
        <source>Account in the backup:</source>
        <translation>备份中的账号：</translation>
    </message>
    <message>
        <source>Its password or recovery code:</source>
        <translation>该账号的密码或恢复码：</translation>
    </message>
    <message>
        <source>CertDesk backups (*.cdbak)</source>
        <translation>CertDesk 备份 (*.cdbak)</translation>
    </message>
    <message>
        <source>Center %1 %2, taken %3 by %4: %5 forms, %6 certifications.</source>
        <translation>服务中心 %1 %2，%3 由 %4 备份：%5 张认证表，%6 条认证记录。</translation>
    </message>
    <message>
        <source>Restoring and verifying…</source>
        <translation>正在恢复并校验…</translation>
    </message>
</context>
<context>
    <name>certdesk::SamReader</name>
    <message>
        <source>The ID card reader is not started</source>
        <translation>身份证阅读器未启动</translation>
    </message>
    <message>
        <source>Looking for the ID card reader…</source>
        <translation>正在查找身份证阅读器…</translation>
    </message>
    <message>
        <source>The ID card reader is stopped</source>
        <translation>身份证阅读器已停止</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>No ID card reader found: connect it, or set its port in the settings</source>
        <translation>未找到身份证阅读器：请连接阅读器，或在设置中指定其端口</translation>
    </message>
    <message>
        <source>No ID card reader answered</source>
        <translation>没有身份证阅读器响应</translation>
    </message>
    <message>
        <source>The reader sent a malformed reply (%1)</source>
        <translation>阅读器返回的应答格式错误（%1）</translation>
    </message>
    <message>
        <source>The reader reported: %1 (%2)</source>
        <translation>阅读器报告：%1（%2）</translation>
    </message>
    <message>
        <source>The card could not be selected: lay it flat on the reader</source>
        <translation>无法选卡：请将证件平放在阅读器上</translation>
    </message>
    <message>
        <source>The card could not be read: keep it still and try again</source>
        <translation>无法读卡：请保持证件不动，然后重试</translation>
    </message>
    <message>
        <source>%1 does not answer as an ID card reader</source>
        <translation>%1 的应答不符合身份证阅读器协议</translation>
    </message>
    <message>
        <source>Ready: place a card on the reader</source>
        <translation>就绪：请将证件放在阅读器上</translation>
    </message>
    <message>
        <source>The reader&apos;s card data was incomplete</source>
        <translation>阅读器读出的证件数据不完整</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be decoded (%1)</source>
        <translation>无法解码证件数据（%1）</translation>
    </message>
    <message>
        <source>Card read: this card has EXPIRED</source>
        <translation>已读卡：该证件已过期</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>已读卡</translation>
    </message>
    <message>
        <source>The reader did not answer in time (%1)</source>
        <translation>阅读器未及时响应（%1）</translation>
    </message>
    <message>
        <source>A reply from the reader failed its check byte (%1)</source>
        <translation>阅读器应答的校验字节错误（%1）</translation>
    </message>
    <message>
        <source>The reader&apos;s reply was cut off (%1)</source>
        <translation>阅读器应答不完整（%1）</translation>
    </message>
    <message>
        <source>The reader sent unreadable data (%1)</source>
        <translation>阅读器发送了无法识别的数据（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; reconnecting</source>
        <translation>%1；正在重新连接</translation>
    </message>
    <message>
        <source>The ID card reader was disconnected; waiting for it to come back</source>
        <translation>身份证阅读器已断开；正在等待重新连接</translation>
    </message>
    <message>
        <source>identify reader</source>
        <translation>识别阅读器</translation>
    </message>
    <message>
        <source>find card</source>
        <translation>寻卡</translation>
    </message>
    <message>
        <source>select card</source>
        <translation>选卡</translation>
    </message>
    <message>
        <source>read card</source>
        <translation>读卡</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
</context>
<context>
    <name>certdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Center (Alt+1)</source>
        <translation>服务中心 (Alt+1)</translation>
    </message>
    <message>
        <source>Accounts (Alt+2)</source>
        <translation>账户 (Alt+2)</translation>
    </message>
    <message>
        <source>Printing (Alt+3)</source>
        <translation>打印 (Alt+3)</translation>
    </message>
    <message>
        <source>Card readers (Alt+4)</source>
        <translation>读卡器 (Alt+4)</translation>
    </message>
    <message>
        <source>County sync (Alt+5)</source>
        <translation>县级同步 (Alt+5)</translation>
    </message>
    <message>
        <source>Backup (Alt+6)</source>
        <translation>备份 (Alt+6)</translation>
    </message>
    <message>
        <source>Automatic (中文 unless the system is English)</source>
        <translation>自动（系统为英文时用英文，否则中文）</translation>
    </message>
    <message>
        <source>Applies from the next start of CertDesk.</source>
        <translation>下次启动 CertDesk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language of this PC:</source>
        <translation>本机界面语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>certdesk::StatusPanel</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Center: %1 (%2)</source>
        <translation>服务中心：%1（%2）</translation>
    </message>
    <message>
        <source>Cycle: rolling, 12 months up to each form&apos;s due date</source>
        <translation>认证年度：滚动（12个月），截至各认证表的到期日</translation>
    </message>
    <message numerus="yes">
        <source>Window %1 – %2, %n day(s) left</source>
        <translation>
            <numerusform>认证期 %1 – %2，还剩 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window %1 – %2, opens in %n day(s)</source>
        <translation>
            <numerusform>认证期 %1 – %2，%n 天后开始</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1 – %2 closed for this year</source>
        <translation>认证期 %1 – %2，本年度已结束</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n hour(s) ago</source>
        <translation>
            <numerusform>上次备份：%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>上次备份：%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: not syncing</source>
        <translation>已锁定：不同步</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncPanel</name>
    <message>
        <source>syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation>证书被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>set aside after %n failure(s)</source>
        <translation>
            <numerusform>失败 %n 次后已隔离</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>accepted, other center involved</source>
        <translation>已确认（涉及其他服务中心）</translation>
    </message>
    <message numerus="yes">
        <source>Offline (sync not configured) · %n record(s) waiting</source>
        <translation>
            <numerusform>离线（未配置同步）· %n 条记录待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n waiting · last sync %1 · %2</source>
        <translation>
            <numerusform>同步：%n 条待同步 · 上次同步 %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source> · %n to review</source>
        <translation>
            <numerusform> · %n 条待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Form no.</source>
        <translation>认证表编号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Certified at</source>
        <translation>认证时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>对方记录</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>已开始同步。</translation>
    </message>
    <message>
        <source>The record is back in the queue.</source>
        <translation>该记录已重新加入待同步队列。</translation>
    </message>
    <message>
        <source>the record is incomplete or malformed</source>
        <translation>记录不完整或格式有误</translation>
    </message>
    <message>
        <source>the ID number differs from the county&apos;s form</source>
        <translation>身份证号码与县里的认证表不一致</translation>
    </message>
    <message>
        <source>too many ID mismatches from this center: sent again by itself once the county accepts again</source>
        <translation>本中心身份证号码不一致的记录过多，县里暂停接收；到时自动重新发送</translation>
    </message>
    <message>
        <source>the county does not hold this form</source>
        <translation>县里没有这张认证表</translation>
    </message>
    <message>
        <source>the county has not yet received the record this one corrects</source>
        <translation>被更正的原记录县里尚未收到</translation>
    </message>
    <message>
        <source>the corrected record belongs to another center</source>
        <translation>被更正的记录属于其他服务中心</translation>
    </message>
    <message>
        <source>that record has already been corrected once</source>
        <translation>该记录已更正过一次</translation>
    </message>
    <message>
        <source>the record&apos;s number is taken by another center&apos;s record</source>
        <translation>记录编号与其他服务中心的记录重复</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a rejection&apos;s meaning, the county&apos;s code</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncTab</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Import and save</source>
        <translation>导入并保存</translation>
    </message>
    <message>
        <source>County server:</source>
        <translation>县级服务器：</translation>
    </message>
    <message>
        <source>Center certificate (.p12):</source>
        <translation>服务中心证书（.p12）：</translation>
    </message>
    <message>
        <source>Bundle password:</source>
        <translation>证书包密码：</translation>
    </message>
    <message>
        <source>Center certificate</source>
        <translation>服务中心证书</translation>
    </message>
    <message>
        <source>PKCS#12 bundle (*.p12 *.pfx)</source>
        <translation>PKCS#12 证书包 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Sync is not configured: this desk works offline.</source>
        <translation>尚未配置同步：本机以离线方式工作。</translation>
    </message>
    <message>
        <source>Server %1; certificate %2 valid until %3, issued by %4; configured by %5 on %6.</source>
        <translation>服务器：%1；证书 %2，有效期至 %3，签发者 %4；由 %5 于 %6 配置。</translation>
    </message>
    <message>
        <source>Choose the center&apos;s certificate bundle (.p12) first.</source>
        <translation>请先选择本服务中心的证书包（.p12）。</translation>
    </message>
    <message>
        <source>Saved. The certificate is now inside the encrypted database; the .p12 file is no longer needed here.</source>
        <translation>已保存。证书已存入加密数据库，本机不再需要该 .p12 文件。</translation>
    </message>
    <message>
        <source>Escrow the key to the county</source>
        <translation>将密钥托管至县级</translation>
    </message>
    <message>
        <source>Wraps this database&apos;s key to the county&apos;s escrow key, so the county can reopen the database if every password and the recovery code are lost.</source>
        <translation>用县级托管密钥封装本数据库的密钥；如所有密码和恢复码都丢失，县级可重新打开数据库。</translation>
    </message>
    <message>
        <source>Escrowing the key to the county…</source>
        <translation>正在将密钥托管至县级…</translation>
    </message>
    <message>
        <source>The database key is escrowed to the county (key %1).</source>
        <translation>数据库密钥已托管至县级（密钥 %1）。</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncWorker</name>
    <message>
        <source>No network.</source>
        <translation>无网络连接。</translation>
    </message>
</context>
<context>
    <name>certdesk::TodayModel</name>
    <message>
        <source>Alive</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>不健在（死亡）</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有变更</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>主管特批</translation>
    </message>
    <message>
        <source>Paper registration</source>
        <translation>纸质登记</translation>
    </message>
    <message>
        <source>Printed onto original</source>
        <translation>已套打原件</translation>
    </message>
    <message>
        <source>Returned for mailing</source>
        <translation>已交本人寄回</translation>
    </message>
    <message>
        <source>To hand back for mailing</source>
        <translation>待交本人寄回</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>已留存</translation>
    </message>
    <message>
        <source>Not yet retained</source>
        <translation>未留存</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>认证表编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>认证结果</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Info change</source>
        <translation>信息变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>原件</translation>
    </message>
</context>
<context>
    <name>certdesk::TodayPage</name>
    <message>
        <source>Handover list %1</source>
        <translation>移交清单 %1</translation>
    </message>
    <message>
        <source>Handover batch %1 was made but not printed; Ctrl+H prints it again.</source>
        <translation>移交批次 %1 已生成但未打印；按 Ctrl+H 可再次打印。</translation>
    </message>
    <message>
        <source>Nothing was retained since batch %1: its list was printed again.</source>
        <translation>批次 %1 之后没有新的留存原件：已重新打印该批清单。</translation>
    </message>
    <message>
        <source>Handover batch %1 printed: %2 original(s). Sign it and send it with the originals.</source>
        <translation>移交批次 %1 已打印：原件 %2 份。请签字后随原件一并移交。</translation>
    </message>
    <message>
        <source>Search by name, ID number or form number (Ctrl+F)</source>
        <translation>按姓名、身份证号码或认证表编号搜索 (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) today</source>
        <translation>
            <numerusform>今日认证 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>显示 %1 条，共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the day&apos;s forms… (Ctrl+B)</source>
        <translation>打印当日认证表… (Ctrl+B)</translation>
    </message>
    <message>
        <source>All forms certified today in one print job, e.g. to forward to the county.</source>
        <translation>将今日认证的全部认证表作为一个打印任务打印，例如用于转送县级社保经办机构。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>Form %1 reprinted (补打).</source>
        <translation>认证表 %1 已补打。</translation>
    </message>
    <message>
        <source>Receipt of form %1 reprinted (补打).</source>
        <translation>认证表 %1 的回执已补打。</translation>
    </message>
    <message>
        <source>Nothing to print: no certification today.</source>
        <translation>无可打印内容：今天没有认证记录。</translation>
    </message>
    <message>
        <source>Certification forms of %1</source>
        <translation>%1 的认证表</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n form(s)… Esc cancels.</source>
        <translation>
            <numerusform>正在打印 %n 份认证表…按 Esc 键取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day&apos;s %n form(s) went to %1.</source>
        <translation>
            <numerusform>当日 %n 份认证表已发送到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::UnlockPage</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>Pension eligibility certification — sign in</source>
        <translation>领取社会保险待遇资格认证 — 登录</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Password or recovery code</source>
        <translation>密码或恢复码</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>登录 (Enter)</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>请输入账户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>Clerks and supervisors: ask the administrator to set a new password (Settings → Accounts); you then choose your own at sign-in. Administrator: type the recovery code (printed when the center was set up) in the password field.</source>
        <translation>经办人和主管：请系统管理员为您设置新密码（设置 → 账户），登录时再改成您自己的密码。系统管理员：在密码栏输入恢复码（建立本中心时打印保存的那一串）。</translation>
    </message>
</context>
<context>
    <name>certdesk::WedgeScannerSource</name>
    <message>
        <source>Scanned ID numbers are not taken</source>
        <translation>不接收扫描的身份证号码</translation>
    </message>
    <message>
        <source>ID number scanned: compare the photo by eye</source>
        <translation>已扫描身份证号码：请人工核对证件照片</translation>
    </message>
    <message>
        <source>Ready for a scanned ID number</source>
        <translation>就绪：可扫描身份证号码</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner</source>
        <translation>扫码枪（键盘输入）</translation>
    </message>
</context>
<context>
    <name>certdesk::WorkloadChart</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>信息变更</translation>
    </message>
    <message>
        <source>Alive (健在)</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased (死亡)</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Information changes (信息变更)</source>
        <translation>信息变更</translation>
    </message>
</context>
<context>
    <name>certdesk::WorkloadPage</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv);;JSON file (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export the certification results</source>
        <translation>导出认证结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the workload</source>
        <translation>导出工作量</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The certification results of these dates, with full ID numbers: an Excel workbook (.xlsx), or CSV or JSON by the file name. Keep the file safe.</source>
        <translation>这段日期的认证结果，含完整的公民身份号码：导出为 Excel 工作簿（.xlsx），文件名以 .csv 或 .json 结尾时为 CSV 或 JSON。请妥善保管文件。</translation>
    </message>
    <message>
        <source>The workload of these dates as an Excel workbook (.xlsx).</source>
        <translation>这段日期的工作量，导出为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Export workload…</source>
        <translation>导出工作量…</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出认证结果…</translation>
    </message>
    <message>
        <source>Refresh (Ctrl+R)</source>
        <translation>刷新 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>拒绝受理</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>打印… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print preview of the workload report (工作量统计) for these dates.</source>
        <translation>预览并打印所选日期的工作量统计表。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>Forms due: the forms of this year&apos;s cycle, without withdrawn forms and without the other forms of people certified deceased. A form certified deceased counts as certified.</source>
        <translation>应认证：本年度认证周期的认证表，不含已撤销的表，也不含已认证死亡人员的其他认证表。认证为死亡的表计为已认证。</translation>
    </message>
    <message>
        <source>Clerk (经办人)</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>附表1 alive</source>
        <translation>附表1健在</translation>
    </message>
    <message>
        <source>附表1 deceased</source>
        <translation>附表1死亡</translation>
    </message>
    <message>
        <source>附表2 alive</source>
        <translation>附表2健在</translation>
    </message>
    <message>
        <source>附表2 deceased</source>
        <translation>附表2死亡</translation>
    </message>
    <message>
        <source>Information changes</source>
        <translation>信息变更</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>认证合计</translation>
    </message>
    <message>
        <source>Cycle %1: %2 forms due, %3 certified (%4 alive, %5 deceased), %6 remaining.</source>
        <translation>%1年度：应认证 %2 份，已认证 %3 份（健在 %4，死亡 %5），尚余 %6 份。</translation>
    </message>
    <message>
        <source>Not counted: %1 withdrawn, %2 other forms of people certified deceased.</source>
        <translation>不计入：已撤销 %1 份，已认证死亡人员的其他表 %2 份。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>certdesk::console::CentersTab</name>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最后联系</translation>
    </message>
    <message>
        <source>Last certification received</source>
        <translation>最后收到认证</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>今日收到</translation>
    </message>
    <message>
        <source>Received this week</source>
        <translation>本周收到</translation>
    </message>
    <message>
        <source>Waiting at the center</source>
        <translation>中心待上传</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>证书到期</translation>
    </message>
    <message>
        <source>Usual per day</source>
        <translation>平常日均</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>no contact for 3 days</source>
        <translation>3 天未联系</translation>
    </message>
    <message>
        <source>far below its usual pace today</source>
        <translation>今日远低于平常进度</translation>
    </message>
    <message>
        <source>certificate expires within 30 days</source>
        <translation>证书 30 天内到期</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation>%1（%2 天前）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>none valid</source>
        <translation>无有效证书</translation>
    </message>
    <message>
        <source>All centers are in contact and keeping their pace.</source>
        <translation>各中心联系正常，进度正常。</translation>
    </message>
    <message>
        <source>%1 center(s) need attention (listed first). Yellow: no contact for 3 days; red: 7 days or more.</source>
        <translation>%1 个中心需要关注（排在最前）。黄色：3 天未联系；红色：7 天及以上。</translation>
    </message>
</context>
<context>
    <name>certdesk::console::ConsoleClient</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Cannot read the certificate bundle %1.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>The password does not open this certificate bundle.</source>
        <translation>密码无法打开此证书文件。</translation>
    </message>
    <message>
        <source>This bundle is not a supervisor&apos;s (enroll-supervisor).</source>
        <translation>此证书文件不是督导员证书（enroll-supervisor）。</translation>
    </message>
    <message>
        <source>The bundle carries no county CA.</source>
        <translation>证书文件中没有县级 CA。</translation>
    </message>
    <message>
        <source>The county server cannot be reached.</source>
        <translation>无法连接县服务器。</translation>
    </message>
    <message>
        <source>This supervisor certificate is revoked.</source>
        <translation>此督导员证书已被吊销。</translation>
    </message>
    <message>
        <source>This certificate may not read the reports.</source>
        <translation>此证书无权查看报表。</translation>
    </message>
    <message>
        <source>The county server failed; try again later.</source>
        <translation>县服务器出错，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>certdesk::console::ConsoleWindow</name>
    <message>
        <source>CertDesk county console — %1</source>
        <translation>CertDesk 县级督导台 — %1</translation>
    </message>
    <message>
        <source>&amp;1 Overview</source>
        <translation>&amp;1 概览</translation>
    </message>
    <message>
        <source>&amp;2 Daily workload</source>
        <translation>&amp;2 每日工作量</translation>
    </message>
    <message>
        <source>&amp;3 Centers</source>
        <translation>&amp;3 中心</translation>
    </message>
    <message>
        <source>&amp;4 Review</source>
        <translation>&amp;4 待审</translation>
    </message>
    <message>
        <source>&amp;5 Not yet certified</source>
        <translation>&amp;5 未认证</translation>
    </message>
    <message>
        <source>&amp;6 Online feedback</source>
        <translation>&amp;6 网上反馈</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 · updated %3</source>
        <translation>已连接 %1（%2）· %3 更新</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>The county server cannot be reached — showing the data as of %1.</source>
        <translation>无法连接县服务器 — 显示 %1 的数据。</translation>
    </message>
    <message>
        <source>The county server cannot be reached, and no earlier data is kept here.</source>
        <translation>无法连接县服务器，本机也没有以前的数据。</translation>
    </message>
</context>
<context>
    <name>certdesk::console::FeedbackTab</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV (for the province&apos;s system)</source>
        <translation>CSV（用于省级系统）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Export feedback file…</source>
        <translation>导出反馈文件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>网上反馈: the online (附表1) certifications of the range, exactly as `certdesk-county export feedback` writes them. The file holds full ID numbers: keep it safe.</source>
        <translation>网上反馈：所选日期范围内的网上认证（附表1）记录，与 `certdesk-county export feedback` 导出的内容完全相同。文件含完整身份证号码，请妥善保管。</translation>
    </message>
    <message>
        <source>Export the feedback file</source>
        <translation>导出反馈文件</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
</context>
<context>
    <name>certdesk::console::OpenFormsTab</name>
    <message>
        <source>An Excel workbook (.xlsx), or CSV when the file name ends in .csv.</source>
        <translation>导出为 Excel 工作簿（.xlsx）；文件名以 .csv 结尾时为 CSV。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>认证截止日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>认证表</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>身份证号码（遮蔽）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Forms not yet certified</source>
        <translation>未认证的认证表</translation>
    </message>
    <message>
        <source>&amp;Center</source>
        <translation>中心(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>%1: %2 form(s) not yet certified in %3, nearest due date first.</source>
        <translation>%1：%3 年度尚有 %2 张认证表未认证，按截止日期由近到远排列。</translation>
    </message>
    <message>
        <source>Export the forms not yet certified</source>
        <translation>导出未认证的认证表</translation>
    </message>
    <message>
        <source>%1 form(s) written to %2 (ID numbers masked).</source>
        <translation>已将 %1 张认证表写入 %2（身份证号码已遮蔽）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>certdesk::console::OverviewTab</name>
    <message>
        <source>Share certified (%)</source>
        <translation>认证完成率（%）</translation>
    </message>
    <message>
        <source>Certified alive</source>
        <translation>已认证健在</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应认证</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Per day (14 days)</source>
        <translation>日均（近14天）</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最后同步</translation>
    </message>
    <message>
        <source>Progress per center</source>
        <translation>各中心进度</translation>
    </message>
    <message>
        <source>Cycle %1 · window ends %2 (%3 days left)</source>
        <translation>%1 年度 · 认证截止 %2（剩 %3 天）</translation>
    </message>
    <message>
        <source>Due %1 = %2 forms − %3 withdrawn − %4 certified deceased (they leave the denominator). Alive %5, remaining %6, done %7%.</source>
        <translation>应认证 %1 = 认证表 %2 − 撤回 %3 − 认证死亡 %4（撤回和死亡不计入分母）。健在 %5，剩余 %6，完成 %7%。</translation>
    </message>
    <message>
        <source>Data as of %1 (the oldest last sync of the centers summed).</source>
        <translation>数据截至 %1（所汇总各中心中最早的一次同步）。</translation>
    </message>
    <message>
        <source>Data as of: unknown — a center has never synced.</source>
        <translation>数据截至：未知 — 有中心从未同步。</translation>
    </message>
    <message>
        <source>no pace</source>
        <translation>无进度</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>no forms</source>
        <translation>无认证表</translation>
    </message>
</context>
<context>
    <name>certdesk::console::ReviewTab</name>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>标记已审(&amp;M)…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>认证表</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Review inbox</source>
        <translation>待审事项</translation>
    </message>
    <message>
        <source>Conflict (certified twice)</source>
        <translation>冲突（重复认证）</translation>
    </message>
    <message>
        <source>Death-notice override</source>
        <translation>死亡通知强制认证</translation>
    </message>
    <message>
        <source>Paper registration not matched</source>
        <translation>纸质登记未匹配</translation>
    </message>
    <message>
        <source>Handover batch not received</source>
        <translation>移交批次未收到</translation>
    </message>
    <message>
        <source>clerk %1; the first record stands</source>
        <translation>经办人 %1；以第一条记录为准</translation>
    </message>
    <message>
        <source>clerk %1, supervisor %2: %3</source>
        <translation>经办人 %1，主管 %2：%3</translation>
    </message>
    <message>
        <source>clerk %1; the ID differs from the county&apos;s list</source>
        <translation>经办人 %1；身份证号码与县里的名单不一致</translation>
    </message>
    <message>
        <source>clerk %1; no list yet</source>
        <translation>经办人 %1；尚无名单</translation>
    </message>
    <message>
        <source>%1 forms, made by %2</source>
        <translation>%1 张认证表，%2 制作</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>没有待审事项。</translation>
    </message>
    <message>
        <source>%1 item(s) wait for review, oldest first.</source>
        <translation>%1 项待审，最早的在前。</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记已审</translation>
    </message>
    <message>
        <source>%1, %2 %3 — note (kept with your name):</source>
        <translation>%1，%2 %3 — 备注（与您的姓名一起保存）：</translation>
    </message>
</context>
<context>
    <name>certdesk::console::SignInDialog</name>
    <message>
        <source>Sign in to the county console</source>
        <translation>登录县级督导台</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>County &amp;server</source>
        <translation>县服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Supervisor &amp;certificate</source>
        <translation>督导员证书(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Supervisor certificate</source>
        <translation>督导员证书</translation>
    </message>
    <message>
        <source>Certificate bundles (*.p12)</source>
        <translation>证书文件 (*.p12)</translation>
    </message>
</context>
<context>
    <name>certdesk::console::WorkloadTab</name>
    <message>
        <source>The workload could not be written to %1.</source>
        <translation>工作量未能写入 %1。</translation>
    </message>
    <message>
        <source>The workload was written to %1.</source>
        <translation>工作量已写入 %1。</translation>
    </message>
    <message>
        <source>Export the workload</source>
        <translation>导出工作量</translation>
    </message>
    <message>
        <source>E&amp;xport (Excel)…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Work per day</source>
        <translation>每日工作量</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Information changes</source>
        <translation>信息变更</translation>
    </message>
    <message>
        <source>By &amp;work date</source>
        <translation>按办理日期(&amp;W)</translation>
    </message>
    <message>
        <source>By &amp;arrival date</source>
        <translation>按到达日期(&amp;A)</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Center</source>
        <translation>中心(&amp;C)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Work per clerk</source>
        <translation>各经办人工作量</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · %4</source>
        <translation>%1 至 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>by the day it reached the county</source>
        <translation>按到达县里的日期</translation>
    </message>
    <message>
        <source>by the day of the work</source>
        <translation>按办理日期</translation>
    </message>
    <message>
        <source>Print the workload report</source>
        <translation>打印工作量统计</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>报表已写入 %1。</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>报表无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>certdesk::county::CountyServer</name>
    <message>
        <source>The server key pair or the county CA in %1 is unreadable.</source>
        <translation>无法读取 %1 中的服务器密钥对或县级 CA 证书。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>请求头过大。</translation>
    </message>
    <message>
        <source>The request body is larger than the limit.</source>
        <translation>请求体超过大小限制。</translation>
    </message>
    <message>
        <source>A Content-Length is required.</source>
        <translation>请求须包含 Content-Length。</translation>
    </message>
    <message>
        <source>A client certificate issued by the county is required.</source>
        <translation>须提供由县级签发的客户端证书。</translation>
    </message>
    <message>
        <source>The certificate was not issued by this county.</source>
        <translation>该证书不是由本县级服务器签发的。</translation>
    </message>
    <message>
        <source>The county database is unavailable.</source>
        <translation>县级数据库不可用。</translation>
    </message>
    <message>
        <source>This center certificate is revoked or unknown.</source>
        <translation>该服务中心证书已被吊销或无法识别。</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>请使用 GET 方法。</translation>
    </message>
    <message>
        <source>No such endpoint.</source>
        <translation>没有此接口。</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>请使用 POST 方法。</translation>
    </message>
    <message>
        <source>The county database failed; try again later.</source>
        <translation>县级数据库出错；请稍后重试。</translation>
    </message>
    <message>
        <source>The county database failed; nothing was stored, try again later.</source>
        <translation>县级数据库出错，未保存任何数据；请稍后重试。</translation>
    </message>
    <message>
        <source>This supervisor certificate is revoked or unknown.</source>
        <translation>此督导员证书已被吊销或未知。</translation>
    </message>
    <message>
        <source>A supervisor certificate reads reports only.</source>
        <translation>督导员证书只能查看报表。</translation>
    </message>
    <message>
        <source>A center certificate cannot read the county&apos;s reports.</source>
        <translation>中心证书不能查看县里的报表。</translation>
    </message>
    <message>
        <source>The county server has too many connections; try again later.</source>
        <translation>县级服务器连接过多，请稍后再试。</translation>
    </message>
    <message>
        <source>This certificate is revoked or unknown.</source>
        <translation>该证书已被吊销或未知。</translation>
    </message>
</context>
</TS>
