<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountService</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account name has 2 to 32 letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled; add another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry #%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (the log jumps to #%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was altered (hash mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: the log ends at #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Center</name>
    <message>
        <source>The window must be written MM-DD..MM-DD, for example 04-01..06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationService</name>
    <message>
        <source>No pending form of this center matches this form number and check code. Check both against the paper form; if they are right, the form was issued for another center or withdrawn: ask the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number presented is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID presented does not belong to the person on this form. Do not certify: the form must be certified by its owner, in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form was already certified for %1 on %2 by %3. To fix a mistake, open that record and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification for this form is open from %1 to %2; today is %3. Ask the supervisor or the insured-place agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is on the death notice list (%1, %2). Do not certify alive unless a supervisor checks the person in front of you and overrides with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override must be given by another person than the one certifying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active supervisor and cannot override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form was certified a moment ago at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certification record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was already corrected; correct the newest record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is on the death notice list: a correction cannot make them alive. A supervisor must check the person and certify with an override.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenId</name>
    <message>
        <source>The ID number has %1 at position %2, but 15-digit numbers contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number has %1 at position %2, but X is only allowed as the last (18th) character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number has %1 at position %2; only the digits 0-9 (and X as the last character) are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 for an old first-generation card).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a province-level region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of the ID number should be %1; the number was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode must be exactly 6 digits, e.g. 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number starting with 1, or a landline number with its area code, e.g. 010-12345678 or 0755-1234567 (the hyphen is optional; add an extension as -123).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The counter database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: certdesk-admin [--db FILE] [--user U] COMMAND …

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Passwords are read from standard input (one line each) or prompted for; see docs/cli.md.
Exit codes: 0 done, 1 refused or invalid input, 2 usage error, 3 wrong password or account locked/disabled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdesk-admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run certdesk-admin --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --db FILE and --user U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1: form %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alive (健在)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased (不健在)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify needs --form, --check, --id and --alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alive is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method is idcard, sscard or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override-by and --override-reason go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of supervisor %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct needs --record UUID and --reason R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idcard, sscard or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor overriding a death notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the record is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-id takes exactly one ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: %1  birth %2  sex %3  region %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes forms|deaths and a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding is auto, utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>certdesk-admin: %n bad row(s); nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  WARNING: on the death notice list (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup takes either --form NO --check CODE or --id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending form for this ID number in this center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export results takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date	clerk	alive	deceased	address_changes	refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: database integrity ok; audit chain of %1 entries intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (default: stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --db, --center-code, --center-name and --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cycle-policy is fixed or rolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at %1; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 %3 (policy %4, window %5..%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown once; it unlocks the %1 account — print it and lock it away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database %1: %2 pending forms, %3 death notices (all people are fictitious).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts (user / password / role):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code for admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms to try (form number / check code / ID number / name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(附表2, mail-back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the death-notice list (needs a supervisor&apos;s override): %1 / %2 / %3 / %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First admin account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed or rolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM-DD..MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add takes one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is clerk, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2), printed as 经办人 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user disable takes one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1; its key slot is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user passwd takes one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, printed as 经办人.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed (missing closing &quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Missing required columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 appears more than once in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has only %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number too large to be exact; write it as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON array of objects or an object with an array under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of 网上认证, 非网上认证, online, mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required for an online form (网上认证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of 男, 女, M, F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid month (expected YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 but %3 indicates %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a year (expected YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required for a mail form (非网上认证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is after today (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is before the birth date in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already appears on line %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>认证表编号 %1 was imported before with different data; ask the county office which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The key file %1 is damaged or is not a CertDesk key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot parameters are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or recovery code must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The date range must be two dates, the second not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This database was written by a newer CertDesk (schema %1; this program knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The center code and name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification window must be MM-DD..MM-DD with the end after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at %1; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 role may not do this; ask a supervisor or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The center code and name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification window must be MM-DD..MM-DD with the end after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecode</name>
    <message>
        <source>GB18030 decoding is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither valid UTF-8 nor valid GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 (&quot;Unicode text&quot;); save it as CSV in UTF-8 or GB18030 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark but is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first bad byte at offset %1); it may be GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark; it is not GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>CertDesk — pension eligibility certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pending forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import death notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::StatusPanel</name>
    <message>
        <source>Offline (sync not configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle: rolling, 12 months up to each form&apos;s due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Window %1 – %2, %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window %1 – %2, opens in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1 – %2 closed for this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::TodayModel</name>
    <message>
        <source>Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
