<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckInList</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/check_in_list.py" line="+129"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <location filename="../../app/cli/commands.py" line="+56"/>
        <source>Tracking from {when} toward %n days.</source>
        <translation>
            <numerusform>Tracking from {when} toward %n day.</numerusform>
            <numerusform>Tracking from {when} toward %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message numerus="yes">
        <location filename="../../app/cli/desktop.py" line="+82"/>
        <source>Removed {name} from the launcher: the entry and icons under {folder} (%n files). Your data is untouched.</source>
        <translation>
            <numerusform>Removed {name} from the launcher: the entry and icons under {folder} (%n file). Your data is untouched.</numerusform>
            <numerusform>Removed {name} from the launcher: the entry and icons under {folder} (%n files). Your data is untouched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliEntries</name>
    <message numerus="yes">
        <location filename="../../app/cli/render.py" line="+235"/>
        <source>{began}; the days before it stay in your history (%n days without contact so far).</source>
        <translation>
            <numerusform>{began}; the days before it stay in your history (%n day without contact so far).</numerusform>
            <numerusform>{began}; the days before it stay in your history (%n days without contact so far).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%n urges</source>
        <translation>
            <numerusform>%n urge</numerusform>
            <numerusform>%n urges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved now: {what} you logged earlier, while they could not be saved.</source>
        <translation>
            <numerusform>Saved now: {what} you logged earlier, while it could not be saved.</numerusform>
            <numerusform>Saved now: {what} you logged earlier, while they could not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message numerus="yes">
        <location line="-204"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliKeeping</name>
    <message numerus="yes">
        <location filename="../../app/cli/keeping.py" line="+49"/>
        <location line="+91"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-59"/>
        <source>; %n entries were already here</source>
        <translation>
            <numerusform>; %n entry was already here</numerusform>
            <numerusform>; %n entries were already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goal completions</source>
        <translation>
            <numerusform>%n goal completion</numerusform>
            <numerusform>%n goal completions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reasons it ended</source>
        <translation>
            <numerusform>%n reason it ended</numerusform>
            <numerusform>%n reasons it ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message numerus="yes">
        <location filename="../../app/cli/passphrase.py" line="+41"/>
        <source>a passphrase needs at least %n characters (a few words together work well); nothing was changed</source>
        <translation>
            <numerusform>a passphrase needs at least %n character (a few words together work well); nothing was changed</numerusform>
            <numerusform>a passphrase needs at least %n characters (a few words together work well); nothing was changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliStatus</name>
    <message numerus="yes">
        <location filename="../../app/cli/render.py" line="-73"/>
        <source>You reached your %n-day target on {day}.</source>
        <translation>
            <numerusform>You reached your %n-day target on {day}.</numerusform>
            <numerusform>You reached your %n-day target on {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+246"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/contact.py" line="+161"/>
        <source>This ends your current run of %n days and starts a new one now. Those days stay counted in your history, and you can undo this.</source>
        <translation>
            <numerusform>This ends your current run of %n day and starts a new one now. That day stays counted in your history, and you can undo this.</numerusform>
            <numerusform>This ends your current run of %n days and starts a new one now. Those days stay counted in your history, and you can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message numerus="yes">
        <location filename="../../app/ui/file_notices.py" line="+21"/>
        <source>the %n entries it was missing</source>
        <translation>
            <numerusform>the entry it was missing</numerusform>
            <numerusform>the %n entries it was missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes you had made</source>
        <translation>
            <numerusform>%n change you had made</numerusform>
            <numerusform>%n changes you had made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftChecker</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/draft_checker.py" line="+110"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/entry_list.py" line="+368"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <location filename="../../app/ui/wording.py" line="+150"/>
        <source>%n urges</source>
        <translation>
            <numerusform>%n urge</numerusform>
            <numerusform>%n urges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/pages/journal.py" line="+311"/>
        <source>Removed from %n backups.</source>
        <translation>
            <numerusform>Removed from %n backup.</numerusform>
            <numerusform>Removed from %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups could not be read and were left as they are; they may still hold the entry.</source>
        <translation>
            <numerusform>%n backup could not be read and was left as it is; it may still hold the entry.</numerusform>
            <numerusform>%n backups could not be read and were left as they are; they may still hold the entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeOffer</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/merge_offer.py" line="+83"/>
        <source>Merged %n copies.</source>
        <translation>
            <numerusform>Merged %n copy.</numerusform>
            <numerusform>Merged %n copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries that were missing here are back.</source>
        <translation>
            <numerusform>%n entry that was missing here is back.</numerusform>
            <numerusform>%n entries that were missing here are back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message numerus="yes">
        <location filename="../../app/ui/pages/next_steps_words.py" line="+33"/>
        <source>Your target is %n days away.</source>
        <translation>
            <numerusform>Your target is one day away.</numerusform>
            <numerusform>Your target is %n days away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../../app/ui/notifications.py" line="+69"/>
        <source>You reached your target: day %n.</source>
        <translation>
            <numerusform>You reached your target: day %n.</numerusform>
            <numerusform>You reached your target: day %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Day %n reached.</source>
        <translation>
            <numerusform>Day %n reached.</numerusform>
            <numerusform>Day %n reached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/passphrases.py" line="+98"/>
        <source>This one is shorter than %n characters.</source>
        <translation>
            <numerusform>This one is shorter than %n character.</numerusform>
            <numerusform>This one is shorter than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message numerus="yes">
        <location line="+68"/>
        <source>At least %n characters. A few words together work well.</source>
        <translation>
            <numerusform>At least %n character. A few words together work well.</numerusform>
            <numerusform>At least %n characters. A few words together work well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/protection.py" line="+90"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>1 minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recurring</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/goal_row.py" line="+54"/>
        <source>%n days in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weeks in a row</source>
        <translation>
            <numerusform>%n week in a row</numerusform>
            <numerusform>%n weeks in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavingQueue</name>
    <message numerus="yes">
        <location filename="../../app/ui/saving_queue.py" line="+236"/>
        <source>%n urges</source>
        <translation>
            <numerusform>%n urge</numerusform>
            <numerusform>%n urges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/settings.py" line="+175"/>
        <source>Saved: aiming for %n days.</source>
        <translation>
            <numerusform>Saved: aiming for %n day.</numerusform>
            <numerusform>Saved: aiming for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved: last contact on %s; aiming for %n days.</source>
        <translation>
            <numerusform>Saved: last contact on %s; aiming for %n day.</numerusform>
            <numerusform>Saved: last contact on %s; aiming for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+289"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals ticked</source>
        <translation>
            <numerusform>%n goal ticked</numerusform>
            <numerusform>%n goals ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reasons it ended</source>
        <translation>
            <numerusform>%n reason it ended</numerusform>
            <numerusform>%n reasons it ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThenAndNowSection</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/review_section.py" line="+113"/>
        <source>%n times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/pages/today.py" line="+336"/>
        <source>%n days %02d:%02d:%02d to go</source>
        <translation>
            <numerusform>%n day %02d:%02d:%02d to go</numerusform>
            <numerusform>%n days %02d:%02d:%02d to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/runs.py" line="+132"/>
        <source>days without contact, across every run</source>
        <translation>
            <numerusform>day without contact, across every run</numerusform>
            <numerusform>days without contact, across every run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>runs so far</source>
        <translation>
            <numerusform>run so far</numerusform>
            <numerusform>runs so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>urges resisted</source>
        <translation>
            <numerusform>urge resisted</numerusform>
            <numerusform>urges resisted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../app/ui/tray.py" line="+104"/>
        <source>Holdfast: day %n</source>
        <translation>
            <numerusform>Holdfast: day %n</numerusform>
            <numerusform>Holdfast: day %n</numerusform>
        </translation>
    </message>
</context>
</TS>
