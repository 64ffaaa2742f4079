<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CitizenId</name>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 for an old first-generation card).</source>
        <translation>
            <numerusform>The ID number has %n character; it must have 18 (or 15 for an old first-generation card).</numerusform>
            <numerusform>The ID number has %n characters; it must have 18 (or 15 for an old first-generation card).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>certdesk-admin: %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>certdesk-admin: %n bad row; nothing was imported.</numerusform>
            <numerusform>certdesk-admin: %n bad rows; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) of %1.</source>
        <translation>
            <numerusform>%n form of %1.</numerusform>
            <numerusform>%n forms of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certdesk-admin: %n pulled row(s) failed validation and were left out.</source>
        <translation>
            <numerusform>certdesk-admin: %n pulled row failed validation and was left out.</numerusform>
            <numerusform>certdesk-admin: %n pulled rows failed validation and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayBatch</name>
    <message numerus="yes">
        <source>Preparing %n form(s)…</source>
        <translation>
            <numerusform>Preparing %n form…</numerusform>
            <numerusform>Preparing %n forms…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ImportDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) must be fixed in the file first. Fix them and import the whole file again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row must be fixed in the file first. Fix them and import the whole file again.</numerusform>
            <numerusform>Nothing was imported: %n rows must be fixed in the file first. Fix them and import the whole file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::PcscReader</name>
    <message numerus="yes">
        <source>PC/SC: %n reader(s) ready; lay a social security card on one.</source>
        <translation>
            <numerusform>PC/SC: %n reader ready; lay a social security card on it.</numerusform>
            <numerusform>PC/SC: %n readers ready; lay a social security card on one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::PersonFormsView</name>
    <message numerus="yes">
        <source>Forms for ID number %1: %n</source>
        <translation>
            <numerusform>Forms for ID number %1: %n</numerusform>
            <numerusform>Forms for ID number %1: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::StatusPanel</name>
    <message numerus="yes">
        <source>Last backup: %n hour(s) ago</source>
        <translation>
            <numerusform>Last backup: %n hour ago</numerusform>
            <numerusform>Last backup: %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>Last backup: %n day ago</numerusform>
            <numerusform>Last backup: %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window %1 – %2, %n day(s) left</source>
        <translation>
            <numerusform>Window %1 – %2, %n day left</numerusform>
            <numerusform>Window %1 – %2, %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window %1 – %2, opens in %n day(s)</source>
        <translation>
            <numerusform>Window %1 – %2, opens in %n day</numerusform>
            <numerusform>Window %1 – %2, opens in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::SyncPanel</name>
    <message numerus="yes">
        <source>set aside after %n failure(s)</source>
        <translation>
            <numerusform>set aside after %n failure</numerusform>
            <numerusform>set aside after %n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline (sync not configured) · %n record(s) waiting</source>
        <translation>
            <numerusform>Offline (sync not configured) · %n record waiting</numerusform>
            <numerusform>Offline (sync not configured) · %n records waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n waiting · last sync %1 · %2</source>
        <translation>
            <numerusform>Sync: %n waiting · last sync %1 · %2</numerusform>
            <numerusform>Sync: %n waiting · last sync %1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n to review</source>
        <translation>
            <numerusform> · %n to review</numerusform>
            <numerusform> · %n to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::TodayPage</name>
    <message numerus="yes">
        <source>%n certification(s) today</source>
        <translation>
            <numerusform>%n certification today</numerusform>
            <numerusform>%n certifications today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing %n form(s)… Esc cancels.</source>
        <translation>
            <numerusform>Printing %n form… Esc cancels.</numerusform>
            <numerusform>Printing %n forms… Esc cancels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day&apos;s %n form(s) went to %1.</source>
        <translation>
            <numerusform>The day&apos;s %n form went to %1.</numerusform>
            <numerusform>The day&apos;s %n forms went to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
