<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AreaSection</name>
    <message>
        <location filename="../../app/ui/widgets/goal_area.py" line="+48"/>
        <source>No goals here yet. Add a small one below.</source>
        <translation>Hier gibt es noch keine Ziele. Füge unten ein kleines hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new goal for %s</source>
        <translation>Ein neues Ziel für %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New goal for %s</source>
        <translation>Neues Ziel für %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often the new goal recurs</source>
        <translation>Wie oft sich das neue Ziel wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the goal to %s</source>
        <translation>Das Ziel zu %s hinzufügen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%d of %d done</source>
        <translation>%d von %d erledigt</translation>
    </message>
</context>
<context>
    <name>BreakupReason</name>
    <message>
        <location filename="../../app/domain/journal.py" line="+131"/>
        <source>We grew apart</source>
        <translation>Wir haben uns auseinandergelebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We wanted different things from life</source>
        <translation>Wir wollten unterschiedliche Dinge vom Leben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We stopped really talking to each other</source>
        <translation>Wir haben nicht mehr wirklich miteinander geredet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same arguments, again and again</source>
        <translation>Dieselben Streits, immer wieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One or both of us felt left alone in it</source>
        <translation>Eine oder beide Seiten fühlten sich darin allein gelassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attraction faded</source>
        <translation>Die Anziehung ließ nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundaries were missing or crossed</source>
        <translation>Grenzen fehlten oder wurden überschritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resentment built up</source>
        <translation>Groll hat sich aufgestaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure from outside: work, family, money</source>
        <translation>Druck von außen: Arbeit, Familie, Geld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else came along</source>
        <translation>Jemand anderes kam ins Spiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust was lost</source>
        <translation>Das Vertrauen ging verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was abusive or controlling, or I felt unsafe</source>
        <translation>Es war missbräuchlich oder kontrollierend, oder ich habe mich nicht sicher gefühlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betrayal, or constant disrespect</source>
        <translation>Verrat oder ständige Respektlosigkeit</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../app/ui/widgets/calendar_heatmap.py" line="+83"/>
        <source>Calendar of the last twelve months</source>
        <translation>Kalender der letzten zwölf Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts eingetragen.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Not tracked</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today, counted later</source>
        <translation>Heute, wird später gezählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urges: few or mild to many or strong</source>
        <translation>Impulse: wenige oder leichte bis viele oder starke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run ended</source>
        <translation>Eine Serie endete</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>From %s to today: %s without contact, urges on %s, a run ended on %s.</source>
        <translation>Von %s bis heute: %s ohne Kontakt, %s mit Impulsen, %s mit Serienende.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The latest: %s.</source>
        <translation>Zuletzt: %s.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="+181"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery key works as the current passphrase too, and it stays the same.</source>
        <translation>Dein Wiederherstellungsschlüssel gilt auch als aktuelle Passphrase und bleibt derselbe.</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../../app/ui/widgets/check_in_card.py" line="+64"/>
        <source>How is today?</source>
        <translation>Wie geht es dir heute?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today is %s</source>
        <translation>Heute: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How strong was the pull toward them?</source>
        <translation>Wie stark war der Sog zu der Person?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pull toward them: %s</source>
        <translation>Der Sog zu der Person: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A line about today (optional); Enter saves it</source>
        <translation>Eine Zeile zu heute (optional); Enter speichert sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line about today</source>
        <translation>Eine Zeile zu heute</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open help</source>
        <translation>Hilfe öffnen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved for today; a click changes it.</source>
        <translation>Für heute gespeichert; ein Klick ändert es.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A hard day, and a strong pull. You don&apos;t have to carry it alone: reach out to someone you trust, or open help now.</source>
        <translation>Ein schwerer Tag und ein starker Sog. Du musst das nicht allein tragen: Wende dich an einen Menschen, dem du vertraust, oder öffne jetzt die Hilfe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you for saying so. Hard days pass, even when it doesn&apos;t feel like it. Be gentle with yourself today; help is here if you want it.</source>
        <translation>Danke, dass du es sagst. Schwere Tage gehen vorbei, auch wenn es sich nicht so anfühlt. Sei heute behutsam mit dir; Hilfe ist da, wenn du sie möchtest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A strong pull is hard to sit with. It rises and it passes; you don&apos;t have to act on it. Help is here if you want it.</source>
        <translation>Ein starker Sog ist schwer auszuhalten. Er steigt an und vergeht wieder; du musst ihm nicht folgen. Hilfe ist da, wenn du sie möchtest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted. Days that go up and down are part of it.</source>
        <translation>Notiert. Tage mit Auf und Ab gehören dazu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good to hear. Noted for today.</source>
        <translation>Schön zu hören. Für heute notiert.</translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/check_in.py" line="+34"/>
        <source>Holdfast: edit check-in</source>
        <translation>Holdfast: Check-in bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check-in for %s</source>
        <translation>Dein Check-in für %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>How the day felt</source>
        <translation>Wie sich der Tag angefühlt hat</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>How strong the pull toward them was</source>
        <translation>Wie stark der Sog zu der Person war</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A line about the day</source>
        <translation>Eine Zeile zum Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line about the day, if you like</source>
        <translation>Eine Zeile zum Tag, wenn du magst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pull toward them</source>
        <translation>Der Sog zu der Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CheckInList</name>
    <message>
        <location filename="../../app/ui/widgets/check_in_list.py" line="+78"/>
        <source>Daily check-ins, newest first</source>
        <translation>Tägliche Check-ins, neueste zuerst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected check-in</source>
        <translation>Den ausgewählten Check-in bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected check-in</source>
        <translation>Den ausgewählten Check-in löschen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No check-ins yet. Today has a place for one each day.</source>
        <translation>Noch keine Check-ins. Unter Heute ist jeden Tag Platz für einen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <location line="-69"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pull</source>
        <translation>Der Sog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CliArgparse</name>
    <message>
        <location filename="../../app/cli/parser.py" line="+52"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen noch: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>eines dieser Argumente wird gebraucht: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>geht nicht zusammen mit dem Argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>überzähliger Wert %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens einen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>CliCheckIn</name>
    <message>
        <location filename="../../app/cli/checkin.py" line="+35"/>
        <source>A hard day is allowed to be hard; be gentle with yourself tonight. If you might hurt yourself, or you are in danger, call your local emergency number or a crisis line where you live now.</source>
        <translation>Ein schwerer Tag darf schwer sein; sei heute Abend behutsam mit dir. Wenn du dich selbst verletzen könntest oder in Gefahr bist, ruf jetzt deine örtliche Notrufnummer oder ein Krisentelefon an deinem Wohnort an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No check-in today yet; `holdfast checkin --mood 1..5 --pull 0..4` adds one (mood: {moods}; pull: {pulls}).</source>
        <translation>Heute noch kein Check-in; `holdfast checkin --mood 1..5 --pull 0..4` fügt einen hinzu (Stimmung: {moods}; Sog: {pulls}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today&apos;s check-in</source>
        <translation>Der Check-in von heute</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a check-in needs both --mood 1..5 ({moods}) and --pull 0..4 ({pulls})</source>
        <translation>ein Check-in braucht sowohl --mood 1..5 ({moods}) als auch --pull 0..4 ({pulls})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checked in for today</source>
        <translation>Für heute eingecheckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s check-in is changed</source>
        <translation>Der Check-in von heute ist geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s check-in already says this</source>
        <translation>Der Check-in von heute sagt das schon</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what}: mood {mood}, pull {pull}.</source>
        <translation>{what}: Stimmung {mood}, Sog {pull}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <location filename="../../app/cli/commands.py" line="+56"/>
        <source>Tracking from {when} toward %n days.</source>
        <translation>
            <numerusform>Gezählt wird ab {when}, mit dem Ziel von einem Tag.</numerusform>
            <numerusform>Gezählt wird ab {when}, mit dem Ziel von %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Done: {title}.</source>
        <translation>Erledigt: {title}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already done: {title}.</source>
        <translation>Schon erledigt: {title}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{given} today has not come yet (it is now {now}); for an earlier day give the date too, such as {example}</source>
        <translation>{given} ist heute noch nicht erreicht (jetzt ist es {now}); für einen früheren Tag gib auch das Datum an, etwa {example}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{problem}; `holdfast goals` lists the ids there are</source>
        <translation>{problem}; `holdfast goals` listet die vorhandenen IDs auf</translation>
    </message>
</context>
<context>
    <name>CliDates</name>
    <message>
        <location filename="../../app/cli/hard_dates.py" line="+52"/>
        <source>{text} has no year; add --yearly for a date that comes every year, or give the year as YYYY-MM-DD</source>
        <translation>{text} hat kein Jahr; füge --yearly hinzu für ein Datum, das jedes Jahr wiederkommt, oder gib das Jahr als YYYY-MM-DD an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a date; give YYYY-MM-DD (such as 2026-05-14), or MM-DD with --yearly (such as 05-14)</source>
        <translation>{text} ist kein Datum; gib YYYY-MM-DD an (etwa 2026-05-14) oder MM-DD mit --yearly (etwa 05-14)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added {label} ({when}), next on {day}, {until}.</source>
        <translation>{label} ({when}) hinzugefügt, nächstes Mal am {day}, {until}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your plan is kept with it.</source>
        <translation>Dein Plan bleibt dabei gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem}; `holdfast dates` lists the ids there are</source>
        <translation>{problem}; `holdfast dates` listet die vorhandenen IDs auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {label}.</source>
        <translation>{label} entfernt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No hard dates yet. `holdfast dates add DATE LABEL --plan TEXT` adds one, with what you will do that day.</source>
        <translation>Noch keine schweren Tage. `holdfast dates add DATE LABEL --plan TEXT` fügt einen hinzu, mit dem, was du an dem Tag tun wirst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passed</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan: {plan}</source>
        <translation>Plan: {plan}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {days}</source>
        <translation>noch {days}</translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message>
        <location filename="../../app/cli/desktop.py" line="+41"/>
        <source>desktop entries are for Linux desktops; on Windows and macOS use the standalone build (the README says how to make one)</source>
        <translation>Desktop-Einträge gibt es nur für Linux-Desktops; unter Windows und macOS nutze die eigenständige Version (die README erklärt, wie du sie erstellst)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is in your desktop&apos;s launcher: {entry} starts {command}.</source>
        <translation>{name} ist im Anwendungsmenü deines Desktops: {entry} startet {command}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The icons are in {folder}; `{command}` takes them out again.</source>
        <translation>Die Symbole liegen in {folder}; `{command}` entfernt sie wieder.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot remove {file}: {why}</source>
        <translation>{file} kann nicht entfernt werden: {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Removed {name} from the launcher: the entry and icons under {folder} (%n files). Your data is untouched.</source>
        <translation>
            <numerusform>{name} aus dem Anwendungsmenü entfernt: der Eintrag und die Symbole unter {folder} (%n Datei). Deine Daten sind unberührt.</numerusform>
            <numerusform>{name} aus dem Anwendungsmenü entfernt: der Eintrag und die Symbole unter {folder} (%n Dateien). Deine Daten sind unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} was not in the launcher under {folder}; nothing removed.</source>
        <translation>{name} war nicht im Anwendungsmenü unter {folder}; nichts entfernt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} starts in the background when you log in ({file}); `{command}` stops that.</source>
        <translation>{name} startet beim Anmelden im Hintergrund ({file}); `{command}` beendet das.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not start when you log in; `{command}` makes it start in the background.</source>
        <translation>{name} startet nicht beim Anmelden; `{command}` lässt es im Hintergrund starten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} will start in the background when you log in: {file} runs {command}.</source>
        <translation>{name} startet künftig beim Anmelden im Hintergrund: {file} führt {command} aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} will no longer start when you log in: removed {file}.</source>
        <translation>{name} startet nicht mehr beim Anmelden: {file} entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was not set to start when you log in; nothing removed.</source>
        <translation>{name} war nicht für den Start beim Anmelden eingerichtet; nichts entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write into {file}: it is a file, not a folder</source>
        <translation>in {file} kann nicht geschrieben werden: das ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot change {file}: {why}</source>
        <translation>{file} kann nicht geändert werden: {why}</translation>
    </message>
</context>
<context>
    <name>CliEntries</name>
    <message>
        <location filename="../../app/cli/render.py" line="+206"/>
        <source>Logged for {when}: the urge to {what}, resisted. Urges resisted today: {today}. It will pass; you are on day {day}.</source>
        <translation>Eingetragen für {when}: der Impuls, {what} – durchgehalten. Impulse heute durchgehalten: {today}. Es geht vorbei; du bist bei Tag {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logged: the urge to {what}, resisted. Urges resisted today: {today}. It will pass; you are on day {day}.</source>
        <translation>Eingetragen: der Impuls, {what} – durchgehalten. Impulse heute durchgehalten: {today}. Es geht vorbei; du bist bei Tag {day}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded.</source>
        <translation>Eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new run starts now</source>
        <translation>Eine neue Serie beginnt jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded for {when}.</source>
        <translation>Eingetragen für {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ended the run it fell in; your current run goes on: you are on day {day}.</source>
        <translation>Er hat die Serie beendet, in die er fiel; deine aktuelle Serie geht weiter: du bist bei Tag {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new run began then: you are on day {day}</source>
        <translation>Damals begann eine neue Serie: du bist bei Tag {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{began}; the days before it stay in your history (%n days without contact so far).</source>
        <translation>
            <numerusform>{began}; die Tage davor bleiben in deinem Verlauf (bisher %n Tag ohne Kontakt).</numerusform>
            <numerusform>{began}; die Tage davor bleiben in deinem Verlauf (bisher %n Tage ohne Kontakt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It does not end your run, because it was necessary: you are on day {day}.</source>
        <translation>Er beendet deine Serie nicht, weil er nötig war: du bist bei Tag {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It does not end your run, because they started it: you are on day {day}.</source>
        <translation>Er beendet deine Serie nicht, weil die Person ihn begonnen hat: du bist bei Tag {day}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text them</source>
        <translation>der Person zu schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call them</source>
        <translation>die Person anzurufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check their profile</source>
        <translation>das Profil der Person anzusehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask friends about them</source>
        <translation>im Freundeskreis nach der Person zu fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go where they might be</source>
        <translation>dorthin zu gehen, wo die Person sein könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach out</source>
        <translation>Kontakt aufzunehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n urges</source>
        <translation>
            <numerusform>ein Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>ein Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added now: {what} you logged while Holdfast was locked.</source>
        <translation>Jetzt hinzugefügt: {what}, notiert, während Holdfast gesperrt war.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved now: {what} you logged earlier, while they could not be saved.</source>
        <translation>
            <numerusform>Jetzt gespeichert: {what}, den du vorhin notiert hast, als er nicht gespeichert werden konnte.</numerusform>
            <numerusform>Jetzt gespeichert: {what}, die du vorhin notiert hast, als sie nicht gespeichert werden konnten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Logged: the urge to {what}, resisted. It is kept sealed and counted when you next unlock Holdfast. It will pass.</source>
        <translation>Eingetragen: der Impuls, {what} – durchgehalten. Er bleibt versiegelt und wird mitgezählt, sobald du Holdfast wieder entsperrst. Es geht vorbei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded. It is kept sealed and counted when you next unlock Holdfast.</source>
        <translation>Eingetragen. Das bleibt versiegelt und wird mitgezählt, sobald du Holdfast wieder entsperrst.</translation>
    </message>
</context>
<context>
    <name>CliGoals</name>
    <message>
        <location line="-224"/>
        <source>No goals. The window lets you add some.</source>
        <translation>Keine Ziele. Im Fenster kannst du welche hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../app/cli/parser.py" line="+107"/>
        <source>when it happened, if not just now: HH:MM for earlier today, or a date and time such as 2026-11-01T21:30 (local time unless an offset such as +01:00 is given); never in the future</source>
        <translation>wann es passiert ist, falls nicht gerade eben: HH:MM für früher am Tag, oder Datum und Uhrzeit wie 2026-11-01T21:30 (Ortszeit, außer ein Versatz wie +01:00 ist angegeben); nie in der Zukunft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep a period of no contact: countdown, streaks, urges and growth goals.</source>
        <translation>Eine Kontaktpause einhalten: Countdown, Serien, Impulse und Wachstumsziele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a command, Holdfast opens its window.</source>
        <translation>Ohne Befehl öffnet Holdfast sein Fenster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show the version and exit</source>
        <translation>Version anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>folder holding the data (default: ${variable}, else the user data folder)</source>
        <translation>Ordner mit den Daten (Standard: ${variable}, sonst der übliche Datenordner)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the language to speak: {languages} (default: the one chosen in the window&apos;s Settings, else the system&apos;s)</source>
        <translation>die Sprache: {languages} (Standard: die in den Einstellungen des Fensters gewählte, sonst die des Systems)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start without a window, in the tray or quietly, to keep reminders running (as at login); a later `holdfast` shows the window</source>
        <translation>ohne Fenster starten, im Infobereich oder still, damit Erinnerungen weiterlaufen (wie beim Anmelden); ein späteres `holdfast` zeigt das Fenster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>begin the period, or re-plan it</source>
        <translation>die Kontaktpause beginnen oder neu planen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>when the last contact was (default: now when beginning, unchanged when re-planning)</source>
        <translation>wann der letzte Kontakt war (Standard: jetzt beim Beginnen, unverändert beim Neuplanen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>days to aim for, {low} to {high} (about 30 is usual)</source>
        <translation>angestrebte Tage, {low} bis {high} (üblich sind etwa 30)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the current streak and countdown</source>
        <translation>die aktuelle Serie und der Countdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one JSON object, for panels</source>
        <translation>ein JSON-Objekt, für Panels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log an urge you resisted</source>
        <translation>einen Impuls eintragen, bei dem du durchgehalten hast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what you wanted to do: {kinds}</source>
        <translation>was du tun wolltest: {kinds}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>also say so in a desktop notification (the launcher&apos;s actions use this)</source>
        <translation>es auch als Desktop-Benachrichtigung sagen (die Aktionen im Anwendungsmenü nutzen das)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record contact with your ex</source>
        <translation>Kontakt mit der Person eintragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how: {kinds}</source>
        <translation>wie: {kinds}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>who started it (default: me)</source>
        <translation>wer ihn begonnen hat (Standard: me)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it could not be avoided (children, a shared lease, work)</source>
        <translation>er ließ sich nicht vermeiden (Kinder, ein gemeinsamer Mietvertrag, Arbeit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>how today feels and how strong the pull was, once a day (again to change it); without --mood and --pull, today&apos;s check-in</source>
        <translation>wie sich heute anfühlt und wie stark der Sog war, einmal am Tag (erneut, um es zu ändern); ohne --mood und --pull: der Check-in von heute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>how today feels: {steps}</source>
        <translation>wie sich heute anfühlt: {steps}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>how strong the pull toward them was: {steps}</source>
        <translation>wie stark der Sog zu der Person war: {steps}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a line about the day</source>
        <translation>eine Zeile zum Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the check-in as JSON (null when there is none)</source>
        <translation>der Check-in als JSON (null, wenn es keinen gibt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past runs and urge counts</source>
        <translation>vergangene Serien und Anzahl der Impulse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>growth goals; `goals done ID` ticks one off</source>
        <translation>Wachstumsziele; `goals done ID` hakt eines ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mark a goal done for today</source>
        <translation>ein Ziel für heute als erledigt markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the days you expect to be hard, with a plan; `dates add` adds one</source>
        <translation>die Tage, die wohl schwer werden, mit einem Plan; `dates add` fügt einen hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a hard date</source>
        <translation>einen schweren Tag hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YYYY-MM-DD, or MM-DD with --yearly (a year given with --yearly is left aside)</source>
        <translation>YYYY-MM-DD, oder MM-DD mit --yearly (ein mit --yearly angegebenes Jahr wird ignoriert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a short name for it, in your words</source>
        <translation>ein kurzer Name dafür, in deinen Worten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what you will do that day, who you will be with</source>
        <translation>was du an dem Tag tun wirst, mit wem du zusammen sein wirst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it comes back every year</source>
        <translation>er kommt jedes Jahr wieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the next day of each, soonest first</source>
        <translation>das nächste Datum von jedem, das früheste zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one JSON object, for scripts</source>
        <translation>ein JSON-Objekt, für Skripte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take a hard date off the list</source>
        <translation>einen schweren Tag von der Liste nehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as `holdfast dates` shows it</source>
        <translation>wie `holdfast dates` sie anzeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write everything to FILE.json or FILE.csv</source>
        <translation>alles in FILE.json oder FILE.csv schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replace FILE if it exists (never done unasked)</source>
        <translation>FILE ersetzen, falls vorhanden (nie ungefragt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>with protection on: an export that opens only with your passphrase or recovery key</source>
        <translation>bei aktivem Schutz: ein Export, der sich nur mit deiner Passphrase oder deinem Wiederherstellungsschlüssel öffnen lässt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with protection on: an export anyone who has the file can read</source>
        <translation>bei aktivem Schutz: ein Export, den alle lesen können, die die Datei haben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add what is missing here from an export, a backup or a sync tool&apos;s conflict copy</source>
        <translation>ergänzen, was hier fehlt, aus einem Export, einer Sicherung oder der Konfliktkopie eines Sync-Programms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>protect your entries with a passphrase, change it, or stop that</source>
        <translation>deine Einträge mit einer Passphrase schützen, sie ändern oder den Schutz beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on asks for a new passphrase and shows a recovery key once; off writes your entries plain again; change sets a new passphrase. The passphrase is read from the terminal, or as one line of standard input</source>
        <translation>on fragt nach einer neuen Passphrase und zeigt einmalig einen Wiederherstellungsschlüssel; off speichert deine Einträge wieder unverschlüsselt; change legt eine neue Passphrase fest. Die Passphrase wird vom Terminal gelesen oder als eine Zeile der Standardeingabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the backups</source>
        <translation>die Sicherungen auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put a backup back (the newest by default)</source>
        <translation>eine Sicherung zurückspielen (standardmäßig die neueste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add Holdfast, with its icon, to your desktop&apos;s launcher (Linux)</source>
        <translation>Holdfast mit seinem Symbol zum Anwendungsmenü deines Desktops hinzufügen (Linux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take Holdfast out of the launcher again; keeps your data</source>
        <translation>Holdfast wieder aus dem Anwendungsmenü nehmen; deine Daten bleiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start Holdfast in the background when you log in, or stop that</source>
        <translation>Holdfast beim Anmelden im Hintergrund starten, oder das beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on, off, or whether it is on (the default)</source>
        <translation>on, off, oder ob es an ist (Standard)</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../../app/cli/render.py" line="-134"/>
        <source>No runs yet. Begin with `holdfast start`.</source>
        <translation>Noch keine Serien. Beginne mit `holdfast start`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urges</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended by</source>
        <translation>Beendet durch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still going</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{no_contact} of {tracked} without contact over {runs}; longest {longest}.</source>
        <translation>{tracked} erfasst, davon {no_contact} ohne Kontakt, in {runs}; längste Serie: {longest}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n Serie</numerusform>
            <numerusform>%n Serien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urges resisted: {counts}</source>
        <translation>Impulse durchgehalten: {counts}</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>began again</source>
        <translation>neu begonnen</translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <location filename="../../app/cli/parser.py" line="-330"/>
        <source>{what} must be a whole number from {low} to {high}, not {text}</source>
        <translation>{what} muss eine ganze Zahl von {low} bis {high} sein, nicht {text}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{text} is not a date and time; use ISO 8601 such as 2026-11-01 or 2026-11-01T21:30 (local time unless an offset such as +01:00 is given)</source>
        <translation>{text} ist kein Datum mit Uhrzeit; nutze ISO 8601 wie 2026-11-01 oder 2026-11-01T21:30 (Ortszeit, außer ein Versatz wie +01:00 ist angegeben)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{text} is not a time; use HH:MM for earlier today, or a date and time such as 2026-11-01T21:30 (local time unless an offset such as +01:00 is given)</source>
        <translation>{text} ist keine Uhrzeit; nutze HH:MM für früher am Tag, oder Datum und Uhrzeit wie 2026-11-01T21:30 (Ortszeit, außer ein Versatz wie +01:00 ist angegeben)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the target</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the intensity</source>
        <translation>die Stärke</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the mood</source>
        <translation>die Stimmung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the pull</source>
        <translation>der Sog</translation>
    </message>
</context>
<context>
    <name>CliKeeping</name>
    <message>
        <location filename="../../app/cli/keeping.py" line="+34"/>
        <source>Exported everything, encrypted, to {file}. It opens with your passphrase or your recovery key.</source>
        <translation>Alles verschlüsselt nach {file} exportiert. Die Datei lässt sich mit deiner Passphrase oder deinem Wiederherstellungsschlüssel öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is not encrypted: anyone who opens it can read every entry and note.</source>
        <translation>{file} ist nicht verschlüsselt: Wer die Datei öffnet, kann jeden Eintrag und jede Notiz lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+93"/>
        <source>{these} and {those}</source>
        <translation>{these} und {those}</translation>
    </message>
    <message numerus="yes">
        <location line="-92"/>
        <location line="+91"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+10"/>
        <source>Exported {what} to {file}.</source>
        <translation>{what} nach {file} exportiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It also carries your choice that healing comes first.</source>
        <translation>Die Datei enthält auch deine Entscheidung für „Heilung zuerst“.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>; %n entries were already here</source>
        <translation>
            <numerusform>; %n Eintrag war schon vorhanden</numerusform>
            <numerusform>; %n Einträge waren schon vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported {what}{already}.</source>
        <translation>Importiert: {what}{already}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file puts healing first, so it comes first here too.</source>
        <translation>Die Datei setzt auf „Heilung zuerst“, also gilt das hier auch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an encrypted export opens with your passphrase, and there is none yet: `holdfast protect on` sets one</source>
        <translation>ein verschlüsselter Export lässt sich mit deiner Passphrase öffnen, und es gibt noch keine: `holdfast protect on` legt eine fest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your entries are protected: add --encrypted for an export that opens with your passphrase, or --plain for one anyone who has the file can read</source>
        <translation>deine Einträge sind geschützt: gib --encrypted an für einen Export, der sich mit deiner Passphrase öffnen lässt, oder --plain für einen, den alle lesen können, die die Datei haben</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n goals</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goal completions</source>
        <translation>
            <numerusform>%n Häkchen bei Zielen</numerusform>
            <numerusform>%n Häkchen bei Zielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n Tagebucheintrag</numerusform>
            <numerusform>%n Tagebucheinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reasons it ended</source>
        <translation>
            <numerusform>%n Grund für das Ende</numerusform>
            <numerusform>%n Gründe für das Ende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet. Holdfast copies the file before it saves, at most once an hour.</source>
        <translation>Noch keine Sicherungen. Holdfast kopiert die Datei vor dem Speichern, höchstens einmal pro Stunde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups in {folder}, newest first:</source>
        <translation>Sicherungen in {folder}, neueste zuerst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be used</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no backup named {name}: {folder} holds no backups</source>
        <translation>es gibt keine Sicherung namens {name}: {folder} enthält keine Sicherungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no backup to restore: {folder} holds no backups</source>
        <translation>es gibt keine Sicherung zum Wiederherstellen: {folder} enthält keine Sicherungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup {name}.</source>
        <translation>Sicherung {name} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file it replaced is kept as {file}.</source>
        <translation>Die ersetzte Datei ist als {file} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message>
        <location line="-107"/>
        <source>Passphrase of the export (or its recovery key):</source>
        <translation>Passphrase des Exports (oder dessen Wiederherstellungsschlüssel):</translation>
    </message>
    <message>
        <location filename="../../app/cli/passphrase.py" line="+31"/>
        <source>no passphrase was given; nothing was changed</source>
        <translation>keine Passphrase eingegeben; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>a passphrase needs at least %n characters (a few words together work well); nothing was changed</source>
        <translation>
            <numerusform>eine Passphrase braucht mindestens %n Zeichen (ein paar Wörter zusammen eignen sich gut); es wurde nichts geändert</numerusform>
            <numerusform>eine Passphrase braucht mindestens %n Zeichen (ein paar Wörter zusammen eignen sich gut); es wurde nichts geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the two passphrases were not the same; nothing was changed</source>
        <translation>die beiden Passphrasen waren nicht gleich; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../app/cli/protect.py" line="+42"/>
        <source>Current passphrase (or recovery key):</source>
        <translation>Aktuelle Passphrase (oder Wiederherstellungsschlüssel):</translation>
    </message>
    <message>
        <location filename="../../app/cli/unlocking.py" line="+41"/>
        <source>Holdfast is locked. Passphrase (or recovery key):</source>
        <translation>Holdfast ist gesperrt. Passphrase (oder Wiederherstellungsschlüssel):</translation>
    </message>
</context>
<context>
    <name>CliProblems</name>
    <message>
        <location filename="../../app/cli/__init__.py" line="+29"/>
        <source>the answer could not be printed (the output was closed or full)</source>
        <translation>die Antwort konnte nicht ausgegeben werden (die Ausgabe war geschlossen oder voll)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>stopped; whatever was saved before stays saved</source>
        <translation>angehalten; was vorher gespeichert war, bleibt gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>something unexpected went wrong ({error}); whatever was saved before stays saved. Please report this, with the command you ran</source>
        <translation>etwas Unerwartetes ist schiefgegangen ({error}); was vorher gespeichert war, bleibt gespeichert. Bitte melde das, mit dem Befehl, den du ausgeführt hast</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--background goes without a command: `holdfast --background` starts Holdfast without its window</source>
        <translation>--background steht ohne Befehl: `holdfast --background` startet Holdfast ohne sein Fenster</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>done; only {what_failed}</source>
        <translation>erledigt; nur {what_failed}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>there is no language {wanted} here; --lang takes {languages}</source>
        <translation>die Sprache {wanted} gibt es hier nicht; --lang kennt {languages}</translation>
    </message>
</context>
<context>
    <name>CliProtect</name>
    <message>
        <location filename="../../app/cli/protect.py" line="-15"/>
        <source>Protection is on: your entries, notes and journal are encrypted on this computer, and Holdfast asks for your passphrase to open them.</source>
        <translation>Der Schutz ist eingeschaltet: Deine Einträge, Notizen und dein Tagebuch sind auf diesem Computer verschlüsselt, und Holdfast fragt nach deiner Passphrase, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your recovery key, shown only this once (write it down and keep it somewhere safe; it unlocks Holdfast if you forget your passphrase):</source>
        <translation>Dein Wiederherstellungsschlüssel, nur dieses eine Mal angezeigt (schreib ihn auf und bewahre ihn sicher auf; er entsperrt Holdfast, falls du deine Passphrase vergisst):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Protection is off: your entries are written in plain text again.</source>
        <translation>Der Schutz ist ausgeschaltet: Deine Einträge werden wieder unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is changed; your recovery key stays the same.</source>
        <translation>Die Passphrase ist geändert; dein Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
</context>
<context>
    <name>CliStatus</name>
    <message>
        <location filename="../../app/cli/render.py" line="-227"/>
        <source>Not tracking yet. Begin with `holdfast start` (add --since to give the time of your last contact).</source>
        <translation>Noch keine Zählung. Beginne mit `holdfast start` (mit --since gibst du die Zeit deines letzten Kontakts an).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+312"/>
        <source>Day {day} without contact.</source>
        <translation>Tag {day} ohne Kontakt.</translation>
    </message>
    <message numerus="yes">
        <location line="-309"/>
        <source>You reached your %n-day target on {day}.</source>
        <translation>
            <numerusform>Du hast dein Ziel von einem Tag am {day} erreicht.</numerusform>
            <numerusform>Du hast dein Ziel von %n Tagen am {day} erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These days were yours to keep; healing goes on at your own pace.</source>
        <translation>Diese Tage bleiben deine; Heilung geht in deinem eigenen Tempo weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whatever comes next, this time was yours.</source>
        <translation>Was auch immer als Nächstes kommt, diese Zeit war deine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{left} to go until day {target}, {day} at {time}.</source>
        <translation>Noch {left} bis Tag {target}, {day} um {time}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Longest run {longest}; {no_contact} of {tracked} without contact; this is run {run}.</source>
        <translation>Längste Serie: {longest}; {tracked} erfasst, davon {no_contact} ohne Kontakt; das ist deine {run}. Serie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Urges resisted today: {today}; in all: {total}.</source>
        <translation>Impulse heute durchgehalten: {today}; insgesamt: {total}.</translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{days}, {hours} h {minutes} min</source>
        <translation>{days}, {hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Holdfast is locked. Your entries are protected; unlock the window to see them.</source>
        <translation>Holdfast ist gesperrt. Deine Einträge sind geschützt; entsperr das Fenster, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/contact.py" line="+52"/>
        <source>Holdfast: record contact</source>
        <translation>Holdfast: Kontakt eintragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It happens, and recording it honestly is part of the work. Contact they started that you didn&apos;t take part in, or contact that could not be avoided, does not end your run.</source>
        <translation>Das passiert, und es ehrlich einzutragen gehört zur Arbeit dazu. Kontakt, den die Person begonnen hat und auf den du nicht eingegangen bist, oder Kontakt, der sich nicht vermeiden ließ, beendet deine Serie nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If they threatened you or you feel unsafe, call your local emergency number. A private note of dates and what happened can help if you ever look for protection.</source>
        <translation>Wenn die Person dich bedroht hat oder du dich nicht sicher fühlst, ruf deine örtliche Notrufnummer an. Eine private Notiz mit Datumsangaben und dem, was passiert ist, kann helfen, falls du einmal Schutz suchst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I reached out, or I replied</source>
        <translation>Ich habe mich gemeldet oder geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They reached out and I didn&apos;t engage</source>
        <translation>Die Person hat sich gemeldet, und ich bin nicht darauf eingegangen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was necessary (children, a shared home, work)</source>
        <translation>Es war nötig (Kinder, ein gemeinsames Zuhause, Arbeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, and how you feel (optional)</source>
        <translation>Was passiert ist und wie es dir geht (optional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was it?</source>
        <translation>Was war es?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you reach out or reply?</source>
        <translation>Hast du dich gemeldet oder geantwortet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That time has not come yet by your computer&apos;s clock: choose an earlier one.</source>
        <translation>Dieser Zeitpunkt ist laut der Uhr deines Computers noch nicht erreicht: Wähle einen früheren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This ends the run it falls in at that time, and a new one starts from then. The days before it stay counted in your history, and you can undo this.</source>
        <translation>Das beendet die Serie, in die dieser Zeitpunkt fällt, und ab dann beginnt eine neue. Die Tage davor bleiben in deinem Verlauf gezählt, und du kannst das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End that run and record it</source>
        <translation>Die Serie beenden und eintragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ends your current run of 1 day and starts a new one now. That day stays counted in your history, and you can undo this.</source>
        <translation>Das beendet deine aktuelle Serie von 1 Tag und beginnt jetzt eine neue. Dieser Tag bleibt in deinem Verlauf gezählt, und du kannst das rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This ends your current run of %n days and starts a new one now. Those days stay counted in your history, and you can undo this.</source>
        <translation>
            <numerusform>Das beendet deine aktuelle Serie von einem Tag und beginnt jetzt eine neue. Dieser Tag bleibt in deinem Verlauf gezählt, und du kannst das rückgängig machen.</numerusform>
            <numerusform>Das beendet deine aktuelle Serie von %n Tagen und beginnt jetzt eine neue. Diese Tage bleiben in deinem Verlauf gezählt, und du kannst das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End this run and record it</source>
        <translation>Diese Serie beenden und eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is recorded and your run goes on.</source>
        <translation>Das wird eingetragen, und deine Serie geht weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record it</source>
        <translation>Eintragen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="+134"/>
        <source>Holdfast: edit contact</source>
        <translation>Holdfast: Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved like this, it ends the run it falls in. The days before it stay counted.</source>
        <translation>So gespeichert, beendet er die Serie, in die er fällt. Die Tage davor bleiben gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved like this, it does not end a run.</source>
        <translation>So gespeichert, beendet er keine Serie.</translation>
    </message>
</context>
<context>
    <name>CrisisNote</name>
    <message>
        <location filename="../../app/ui/widgets/crisis_note.py" line="+29"/>
        <location line="+2"/>
        <source>If it is hard right now</source>
        <translation>Wenn es gerade schwer ist</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/damaged_file.py" line="+24"/>
        <source>Holdfast cannot open your data</source>
        <translation>Holdfast kann deine Daten nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holdfast cannot use its data file:
%s</source>
        <translation>Holdfast kann seine Datendatei nicht verwenden:
%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %s.
Nothing has been written to it.</source>
        <translation>Grund: %s.
Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest good backup is %s.</source>
        <translation>Die neueste intakte Sicherung ist %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the newest backup</source>
        <translation>Die neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message numerus="yes">
        <location filename="../../app/ui/file_notices.py" line="+21"/>
        <source>the %n entries it was missing</source>
        <translation>
            <numerusform>den einen Eintrag, der ihr fehlte</numerusform>
            <numerusform>die %n Einträge, die ihr fehlten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes you had made</source>
        <translation>
            <numerusform>die eine Änderung, die du gemacht hattest</numerusform>
            <numerusform>%n Änderungen, die du gemacht hattest</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An older copy of your data file took the place of the newer one (a sync tool can do this). Holdfast put back %s, so nothing is lost; the older copy is kept in the backups.</source>
        <translation>Eine ältere Kopie deiner Datendatei hat die neuere ersetzt (ein Sync-Programm kann das tun). Holdfast hat %s wiederhergestellt, also geht nichts verloren; die ältere Kopie bleibt bei den Sicherungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest backup, from %s, puts it back.</source>
        <translation>Die neueste Sicherung, vom %s, stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your data file, %s, is gone from its folder (a sync tool or a mistake may have moved it). Holdfast saves nothing new until it is back, as a new file would hide the loss.</source>
        <translation>Deine Datendatei, %s, ist nicht mehr in ihrem Ordner (ein Sync-Programm oder ein Versehen hat sie vielleicht verschoben). Holdfast speichert nichts Neues, bis sie zurück ist, denn eine neue Datei würde den Verlust verdecken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no good backup of it: put the file back in %s (a sync tool may keep a copy) and Holdfast picks it up.</source>
        <translation>Es gibt keine intakte Sicherung davon: Leg die Datei wieder in %s (ein Sync-Programm hat vielleicht eine Kopie), dann findet Holdfast sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urges and contacts you log meanwhile are kept, even if Holdfast is closed, and saved once the file is back.</source>
        <translation>Impulse und Kontakte, die du in der Zwischenzeit einträgst, bleiben erhalten, auch wenn Holdfast geschlossen ist, und werden gespeichert, sobald die Datei zurück ist.</translation>
    </message>
</context>
<context>
    <name>DraftChecker</name>
    <message>
        <location filename="../../app/ui/widgets/draft_checker.py" line="+53"/>
        <source>Draft of a first message</source>
        <translation>Entwurf einer ersten Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is never sent or saved. Notes on it appear below as you write.</source>
        <translation>Dieser Entwurf wird nie gesendet oder gespeichert. Hinweise dazu erscheinen unten, während du schreibst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Hi, I walked past that little bakery today and thought of you.</source>
        <translation>Zum Beispiel: Hallo, ich bin heute an der kleinen Bäckerei vorbeigegangen und musste an dich denken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This draft stays on this screen. Holdfast never sends it and never saves it.</source>
        <translation>Dieser Entwurf bleibt auf diesem Bildschirm. Holdfast sendet ihn nie und speichert ihn nie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words in the draft</source>
        <translation>Wörter im Entwurf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the checker noticed</source>
        <translation>Was die Prüfung bemerkt hat</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes appear here as you write, line by line. They are only suggestions: what you send, if anything, is up to you.</source>
        <translation>Hinweise erscheinen hier, während du schreibst, Zeile für Zeile. Es sind nur Vorschläge: Was du sendest, wenn überhaupt, entscheidest du.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holdfast won&apos;t give advice on this one. Your safety, and theirs, comes first.</source>
        <translation>Holdfast gibt zu diesem Entwurf keinen Rat. Deine Sicherheit und die der Person gehen vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few things you might look at again. The message is still yours.</source>
        <translation>Ein paar Dinge, die du dir vielleicht noch einmal ansehen möchtest. Die Nachricht bleibt deine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the things this checker looks for are here. A first message is for after your target day; until then, the Unsent message box on Today can keep what you want to say.</source>
        <translation>Nichts von dem, worauf diese Prüfung achtet, ist hier zu finden. Eine erste Nachricht ist etwas für die Zeit nach deinem Zieltag; bis dahin kann das Feld „Nicht gesendete Nachricht“ unter „Heute“ aufheben, was du sagen möchtest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the things this checker looks for are here. It can&apos;t read tone or know how they will take it: read it again tomorrow before you decide.</source>
        <translation>Nichts von dem, worauf diese Prüfung achtet, ist hier zu finden. Sie kann den Ton nicht lesen und nicht wissen, wie die Person es aufnimmt: Lies es morgen noch einmal, bevor du entscheidest.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %d</source>
        <translation>Zeile %d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole message</source>
        <translation>Ganze Nachricht</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>If it is hard right now</source>
        <translation>Wenn es gerade schwer ist</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <location filename="../../app/domain/message_check.py" line="+94"/>
        <source>Please don&apos;t send this</source>
        <translation>Bitte schick das nicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long for a first message</source>
        <translation>Lang für eine erste Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The breakup or getting back together</source>
        <translation>Die Trennung oder ein Wieder-Zusammenkommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your feelings for them</source>
        <translation>Deine Gefühle für die Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A heavy or repeated apology</source>
        <translation>Eine große oder wiederholte Entschuldigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An old argument</source>
        <translation>Ein alter Streit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words that could make them feel guilty</source>
        <translation>Worte, die der Person Schuldgefühle machen könnten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone new, or a better life without them</source>
        <translation>Jemand Neues oder ein besseres Leben ohne die Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pressure to answer</source>
        <translation>Druck, zu antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invitation to meet</source>
        <translation>Eine Einladung zu einem Treffen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a message to send. If you might hurt yourself, call your local emergency number or a crisis line now; you don&apos;t have to carry this on your own.
If these words are about hurting, frightening or watching them, step away from the message for now and talk to someone you trust.</source>
        <translation>Das ist keine Nachricht zum Senden. Wenn du dich selbst verletzen könntest, ruf jetzt deine örtliche Notrufnummer oder ein Krisentelefon an; du musst das nicht allein tragen.
Wenn es in diesen Worten darum geht, die Person zu verletzen, ihr Angst zu machen oder sie zu beobachten, leg die Nachricht erst einmal beiseite und sprich mit einem Menschen, dem du vertraust.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A first message tends to land best when it is short: a line or two they can read in a moment and answer easily, or not at all. Anything longer can wait until you are talking again, if that happens.</source>
        <translation>Eine erste Nachricht kommt meist am besten an, wenn sie kurz ist: eine oder zwei Zeilen, die die Person in einem Moment lesen und leicht beantworten kann, oder gar nicht. Alles Längere kann warten, bis ihr wieder miteinander redet, falls es dazu kommt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bringing up the breakup, or the idea of getting back together, asks them to decide something big before you have even said hello. A light, friendly message leaves room for things to grow slowly, if they are going to.</source>
        <translation>Die Trennung oder die Idee, wieder zusammenzukommen, anzusprechen, verlangt von der Person eine große Entscheidung, bevor du überhaupt Hallo gesagt hast. Eine leichte, freundliche Nachricht lässt Raum, dass sich die Dinge langsam entwickeln, falls sie das tun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saying you love them, miss them or think of them all the time asks them to answer your feelings straight away. Those words may be true and matter a great deal; they tend to sit better later, if you are talking again and both want that talk.</source>
        <translation>Zu sagen, dass du die Person liebst, vermisst oder ständig an sie denkst, verlangt, dass sie sofort auf deine Gefühle antwortet. Diese Worte können wahr sein und viel bedeuten; sie passen meist besser später, wenn ihr wieder redet und beide dieses Gespräch wollt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One light sorry is fine, but a strong or repeated apology can leave them feeling they have to comfort or forgive you before they can simply reply. If there is something to own, it may sit better in a calm talk later on.</source>
        <translation>Ein kurzes „Tut mir leid“ ist in Ordnung, aber eine große oder wiederholte Entschuldigung kann der Person das Gefühl geben, dich trösten oder dir vergeben zu müssen, bevor sie einfach antworten kann. Wenn es etwas einzugestehen gibt, passt das vielleicht besser später in ein ruhiges Gespräch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Old hurts and who did what may be worth talking through one day, but in a first message they tend to restart the argument instead of starting a conversation. That talk usually goes better later, calmly, each of you speaking for your own part without blame.</source>
        <translation>Alte Verletzungen und wer was getan hat, sind vielleicht eines Tages ein Gespräch wert, aber in einer ersten Nachricht entfachen sie eher den Streit neu, statt ein Gespräch zu beginnen. Dieses Gespräch gelingt meist besser später, in Ruhe, wenn ihr beide ohne Vorwürfe für euren eigenen Teil sprecht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting what you gave, or how much you have hurt since, can leave them feeling guilty before they have read to the end. Guilt rarely brings anyone closer; a message that leaves them free to answer, or not, does.</source>
        <translation>Aufzuzählen, was du gegeben hast oder wie sehr du seitdem gelitten hast, kann der Person Schuldgefühle machen, bevor sie zu Ende gelesen hat. Schuld bringt selten jemanden näher; eine Nachricht, die ihr freistellt, zu antworten oder nicht, schon eher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>News of someone new, a date, or how much better life is now can read as a wish to make them jealous, even when it is simply true. It tends to end a conversation rather than start one, and it can wait.</source>
        <translation>Neuigkeiten über jemand Neues, ein Date oder wie viel besser das Leben jetzt ist, können wie der Wunsch wirken, die Person eifersüchtig zu machen, selbst wenn es einfach stimmt. Das beendet eher ein Gespräch, als eins zu beginnen, und es kann warten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This part may feel to them like something they have to answer. A message that asks for nothing, or only something easy like how they have been, lets them reply in their own time, or not at all.</source>
        <translation>Dieser Teil fühlt sich für die Person vielleicht wie etwas an, auf das sie antworten muss. Eine Nachricht, die um nichts bittet oder nur um etwas Leichtes, etwa wie es ihr ergangen ist, lässt sie in ihrem eigenen Tempo antworten, oder gar nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An invitation, however light, asks them to decide something in the very first message. If they answer warmly, meeting can come later, once talking feels easy for both of you.</source>
        <translation>Eine Einladung, so leicht sie auch ist, verlangt schon in der allerersten Nachricht eine Entscheidung. Wenn die Person herzlich antwortet, kann ein Treffen später kommen, sobald das Reden für euch beide leicht ist.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../app/ui/widgets/entry_list.py" line="+192"/>
        <source>Show entries of the kind</source>
        <translation>Einträge dieser Art zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urges and contacts</source>
        <translation>Impulse und Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urges</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show entries from</source>
        <translation>Einträge aus diesem Zeitraum zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 30 days</source>
        <translation>Die letzten 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 90 days</source>
        <translation>Die letzten 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Urges and contacts, newest first</source>
        <translation>Impulse und Kontakte, neueste zuerst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>On %s</source>
        <translation>Am %s</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location line="-235"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+185"/>
        <source>Urge: %s</source>
        <translation>Impuls: %s</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Contact: %s</source>
        <translation>Kontakt: %s</translation>
    </message>
</context>
<context>
    <name>ExportPassphrase</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="+95"/>
        <source>This export is encrypted. Type the passphrase (or the recovery key) that was in force when it was written.</source>
        <translation>Dieser Export ist verschlüsselt. Gib die Passphrase (oder den Wiederherstellungsschlüssel) ein, die beim Erstellen galt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That does not open this export. Type its passphrase (or its recovery key) again, or cancel.</source>
        <translation>Damit lässt sich dieser Export nicht öffnen. Gib seine Passphrase (oder seinen Wiederherstellungsschlüssel) noch einmal ein oder brich ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ExportProtection</name>
    <message>
        <location filename="../../app/ui/dialogs/export_file.py" line="+58"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV file is never encrypted: anyone who opens it can read every note.</source>
        <translation>Eine CSV-Datei ist nie verschlüsselt: Wer sie öffnet, kann jede Notiz lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export plain</source>
        <translation>Unverschlüsselt exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries are protected. An encrypted export opens with your passphrase or your recovery key; anyone who opens a plain one can read every note.</source>
        <translation>Deine Einträge sind geschützt. Ein verschlüsselter Export lässt sich mit deiner Passphrase oder deinem Wiederherstellungsschlüssel öffnen; wer einen unverschlüsselten öffnet, kann jede Notiz lesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved an encrypted copy to %s. It opens with your passphrase or your recovery key.</source>
        <translation>Verschlüsselte Kopie gespeichert unter %s. Sie lässt sich mit deiner Passphrase oder deinem Wiederherstellungsschlüssel öffnen.</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <location filename="../../app/ui/widgets/goal_row.py" line="+104"/>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben verschieben (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten verschieben (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+87"/>
        <source>done %s</source>
        <translation>erledigt am %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How often: %s</source>
        <translation>Wie oft: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%s” up</source>
        <translation>„%s“ nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%s” down</source>
        <translation>„%s“ nach unten verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename “%s”</source>
        <translation>„%s“ umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s”</source>
        <translation>„%s“ löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New title for “%s”</source>
        <translation>Neuer Titel für „%s“</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../app/ui/pages/goals.py" line="+58"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small steps in six areas. Daily goals open again each morning and weekly ones each Monday; every tick stays in your history.</source>
        <translation>Kleine Schritte in sechs Bereichen. Tägliche Ziele öffnen sich jeden Morgen neu, wöchentliche jeden Montag; jedes Häkchen bleibt in deinem Verlauf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today&apos;s goals done</source>
        <translation>Heutige Ziele erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals for healing</source>
        <translation>Ziele für die Heilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap them</source>
        <translation>Austauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Healing comes first now, and a goal or two from the start may ask the wrong questions: what you did wrong, or what you miss about them. Swap them for these? The ticks you made stay in your history.</source>
        <translation>Jetzt gilt „Heilung zuerst“, und ein oder zwei Ziele vom Anfang stellen vielleicht die falschen Fragen: was du falsch gemacht hast oder was du an der Person vermisst. Gegen diese austauschen? Deine Häkchen bleiben in deinem Verlauf.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Deleted “%s”. Its past ticks are kept, so Undo brings it back whole.</source>
        <translation>„%s“ gelöscht. Die früheren Häkchen bleiben erhalten, also bringt Rückgängig es ganz zurück.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A goal needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal title can be at most %d characters.</source>
        <translation>Ein Zieltitel darf höchstens %d Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of this title cannot be saved. Try typing it again.</source>
        <translation>Ein Teil dieses Titels kann nicht gespeichert werden. Versuch, ihn noch einmal einzutippen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: %d of %d done</source>
        <translation>Heute: %d von %d erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing on today&apos;s list yet.</source>
        <translation>Noch nichts auf der Liste für heute.</translation>
    </message>
</context>
<context>
    <name>GrowthAreas</name>
    <message>
        <location filename="../../app/domain/goals.py" line="+34"/>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+268"/>
        <source>Moving, sleeping, eating well: how your body is doing.</source>
        <translation>Bewegung, Schlaf, gutes Essen: wie es deinem Körper geht.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Connection</source>
        <translation>Verbundenheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>Friends, family, the people who support you, and hobbies old and new.</source>
        <translation>Freundschaften, Familie, die Menschen, die dich unterstützen, und Hobbys, alte wie neue.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Emotional steadiness</source>
        <translation>Emotionale Stabilität</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>Noticing urges and riding them out; routines that calm you.</source>
        <translation>Impulse bemerken und abwarten, bis sie vergehen; Routinen, die dich beruhigen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>The honest questions about the relationship, written down.</source>
        <translation>Die ehrlichen Fragen zur Beziehung, aufgeschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Confidence</source>
        <translation>Selbstvertrauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>Things that make you feel capable and good about yourself.</source>
        <translation>Dinge, durch die du dich fähig und wohl mit dir fühlst.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>Listening, and saying what you feel without blame.</source>
        <translation>Zuhören und sagen, was du fühlst, ohne Vorwürfe.</translation>
    </message>
</context>
<context>
    <name>HardDatesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/hard_dates.py" line="+52"/>
        <source>Holdfast: hard dates</source>
        <translation>Holdfast: schwere Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The days you know will be hard: a birthday, an anniversary, a holiday. The evening before, Holdfast says tomorrow may be hard, naming nothing; on the day, Today shows your plan.</source>
        <translation>Die Tage, von denen du weißt, dass sie schwer werden: ein Geburtstag, ein Jahrestag, ein Feiertag. Am Abend davor sagt Holdfast, dass morgen schwer werden könnte, ohne etwas zu nennen; am Tag selbst zeigt „Heute“ deinen Plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No hard dates yet. Add one, and a small plan for it, whenever you like.</source>
        <translation>Noch keine schweren Tage. Füge einen hinzu, mit einem kleinen Plan dafür, wann immer du magst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard dates, soonest first</source>
        <translation>Schwere Tage, die nächsten zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+83"/>
        <source>Add a hard date</source>
        <translation>Schweren Tag hinzufügen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo removing the hard date</source>
        <translation>Entfernen des schweren Tages rückgängig machen</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+32"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>such as: their birthday</source>
        <translation>z. B.: Geburtstag der Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What you will do that day, and who you will be with. You can add it later.</source>
        <translation>Was du an dem Tag tun wirst und mit wem du zusammen sein wirst. Du kannst es auch später ergänzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change this hard date</source>
        <translation>Diesen schweren Tag ändern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added “%s”.</source>
        <translation>„%s“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “%s”.</source>
        <translation>„%s“ gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %s.</source>
        <translation>Nicht gespeichert: %s.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>passed on %s</source>
        <translation>war am %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next on %s</source>
        <translation>nächstes Mal am %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan: %s</source>
        <translation>Plan: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no plan yet</source>
        <translation>noch kein Plan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not removed: %s.</source>
        <translation>Nicht entfernt: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed “%s”.</source>
        <translation>„%s“ entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>HardDayCard</name>
    <message>
        <location filename="../../app/ui/widgets/hard_day_card.py" line="+29"/>
        <source>Today may be hard</source>
        <translation>Heute könnte schwer werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it is hard right now</source>
        <translation>Wenn es gerade schwer ist</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Today may be hard. Your plan: %s</source>
        <translation>Heute könnte schwer werden. Dein Plan: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today may be hard, and that is all right. Go gently: do something kind for yourself, and stay near someone you trust.</source>
        <translation>Heute könnte schwer werden, und das ist in Ordnung. Sei sanft zu dir: Tu dir etwas Gutes und bleib in der Nähe von jemandem, dem du vertraust.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a plan for today…</source>
        <translation>Plan für heute machen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a plan for %s</source>
        <translation>Plan für „%s“ machen</translation>
    </message>
</context>
<context>
    <name>HealingSwitch</name>
    <message>
        <location filename="../../app/ui/widgets/healing_switch.py" line="+20"/>
        <source>Either one puts healing first: Holdfast leaves out everything about getting back together and points to support instead. You can change it at any time.</source>
        <translation>Schon eins davon stellt die Heilung an erste Stelle: Holdfast lässt alles über ein Wieder-Zusammenkommen weg und verweist stattdessen auf Unterstützung. Du kannst das jederzeit ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was abusive or controlling, or I felt unsafe</source>
        <translation>Es war missbräuchlich oder kontrollierend, oder ich habe mich nicht sicher gefühlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There was betrayal, or constant disrespect</source>
        <translation>Es gab Verrat oder ständige Respektlosigkeit</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/help.py" line="+24"/>
        <source>If you might hurt yourself, or you are in danger, call your local emergency number or a crisis line where you live now. You don&apos;t have to explain it well; they will listen.</source>
        <translation>Wenn du dich selbst verletzen könntest oder in Gefahr bist, ruf jetzt deine örtliche Notrufnummer oder ein Krisentelefon an deinem Wohnort an. Du musst es nicht gut erklären; man wird dir zuhören.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holdfast is a tracker, not a therapist. Talking to a counsellor or therapist is a good step at any point, not only when things are bad.</source>
        <translation>Holdfast ist ein Tracker, keine Therapie. Mit einer Fachperson für Beratung oder Therapie zu sprechen, ist jederzeit ein guter Schritt, nicht nur, wenn es schlecht steht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is worth finding one soon if your sleep, eating or work have suffered for weeks, if you can&apos;t stop checking on them, or if most days feel heavy. Your doctor can help you find someone.</source>
        <translation>Es lohnt sich, bald jemanden zu finden, wenn dein Schlaf, dein Essen oder deine Arbeit seit Wochen leiden, wenn du nicht aufhören kannst, nachzusehen, was die Person macht, oder wenn sich die meisten Tage schwer anfühlen. Deine Hausarztpraxis kann dir helfen, jemanden zu finden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After a relationship that was abusive or controlling, a support service or helpline for abuse where you live can help, and so can a counsellor who knows about controlling relationships. Many are free and confidential.</source>
        <translation>Nach einer Beziehung, die missbräuchlich oder kontrollierend war, kann eine Beratungsstelle oder Telefonberatung für Betroffene von Missbrauch dort, wo du lebst, helfen, ebenso eine Fachperson für Beratung, die sich mit kontrollierenden Beziehungen auskennt. Viele Angebote sind kostenlos und vertraulich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If the relationship was abusive or controlling, or you feel unsafe, the healthier path is healing, not getting back together. You can say so in Settings, and Holdfast will put support first.</source>
        <translation>Wenn die Beziehung missbräuchlich oder kontrollierend war oder du dich nicht sicher fühlst, ist Heilung der gesündere Weg, nicht ein Wieder-Zusammenkommen. Du kannst das in den Einstellungen angeben, dann stellt Holdfast Unterstützung an erste Stelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Talking to one person you trust, a friend or someone in your family, can make it lighter too.</source>
        <translation>Mit einem Menschen zu sprechen, dem du vertraust, jemandem aus deinem Freundeskreis oder deiner Familie, kann es auch leichter machen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If it is hard right now</source>
        <translation>Wenn es gerade schwer ist</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/wording.py" line="-213"/>
        <source>A message</source>
        <translation>Eine Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call</source>
        <translation>Ein Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking at their social media</source>
        <translation>Social Media der Person ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking friends about them</source>
        <translation>Im Freundeskreis nach der Person fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting in person</source>
        <translation>Ein persönliches Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a call</source>
        <translation>ein Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looking at their social media</source>
        <translation>Social Media der Person ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asking friends about them</source>
        <translation>im Freundeskreis nach der Person fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting in person</source>
        <translation>ein persönliches Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ddd d MMM yyyy</source>
        <comment>date format: ddd weekday, d day, MMM month, yyyy year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>d MMMM yyyy</source>
        <comment>date format: d day, MMMM month, yyyy year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMMM</source>
        <comment>date format: d day, MMMM month</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ddd d MMM</source>
        <comment>date format: ddd weekday, d day, MMM month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n urges</source>
        <translation>
            <numerusform>%n Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you started it</source>
        <translation>von dir ausgegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>they started it; it did not end your run</source>
        <translation>von der Person ausgegangen; hat deine Serie nicht beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was necessary; it did not end your run</source>
        <translation>war nötig; hat deine Serie nicht beendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>strength %d of 10</source>
        <translation>Stärke %d von 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsent message kept</source>
        <translation>nicht gesendete Nachricht behalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>you started it; it ended a run</source>
        <translation>von dir ausgegangen; eine Serie endete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>they started it; your run went on</source>
        <translation>von der Person ausgegangen; deine Serie lief weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>necessary; your run went on</source>
        <translation>nötig; deine Serie lief weiter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%d of another kind</source>
        <translation>%d-mal etwas anderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d to %s</source>
        <translation>%d-mal der Impuls, %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (today)</source>
        <translation> (heute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before your tracking began</source>
        <translation>Vor Beginn deiner Aufzeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run ended at %s: %s</source>
        <translation>Eine Serie endete um %s: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day still counts: your run had reached it before then</source>
        <translation>Der Tag zählt trotzdem: Deine Serie hatte ihn vorher schon erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A day without contact</source>
        <translation>Ein Tag ohne Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It counts once this day of your run is complete</source>
        <translation>Er zählt, sobald dieser Tag deiner Serie vollständig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last contact was this day</source>
        <translation>An diesem Tag war dein letzter Kontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact at %s: %s</source>
        <translation>Kontakt um %s: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s resisted: %s</source>
        <translation>%s durchgehalten: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strongest: %d of 10</source>
        <translation>Am stärksten: %d von 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength not rated</source>
        <translation>Stärke nicht bewertet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No urges logged</source>
        <translation>Keine Impulse notiert</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/pages/history.py" line="+81"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every urge, contact and plan, for a spreadsheet</source>
        <translation>Jeder Impuls, Kontakt und Plan, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything, goals and journal too; Settings can import it again</source>
        <translation>Alles, auch Ziele und Tagebuch; in den Einstellungen lässt es sich wieder importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo the change to the entry</source>
        <translation>Änderung am Eintrag rückgängig machen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calendar and urges</source>
        <translation>Kalender und Impulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The last twelve months</source>
        <translation>Die letzten zwölf Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each square is a day. Point at one, or move with the arrow keys, to see what happened; double-click or press Enter to list that day&apos;s entries.</source>
        <translation>Jedes Kästchen ist ein Tag. Zeig auf eins oder geh mit den Pfeiltasten, um zu sehen, was war; Doppelklick oder Eingabetaste listet die Einträge des Tages auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urges</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the last</source>
        <translation>Zeige die letzten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show urges over the last %s</source>
        <translation>Impulse der letzten %s zeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When urges come, by weekday and hour. The hours in the deepest colour are good times to plan something kind for yourself: a call with a friend, a walk, an early night.</source>
        <translation>Wann Impulse kommen, nach Wochentag und Stunde. Die Stunden in der kräftigsten Farbe sind gute Zeiten, um dir etwas Gutes vorzunehmen: ein Telefonat mit einem lieben Menschen, ein Spaziergang, früh schlafen gehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the days felt</source>
        <translation>Wie sich die Tage anfühlten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A run ends only with contact you started that was not necessary. The days of every run stay counted.</source>
        <translation>Eine Serie endet nur mit einem Kontakt, der von dir ausging und nicht nötig war. Die Tage jeder Serie bleiben gezählt.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+21"/>
        <source>Saved the changes to %s.</source>
        <translation>Änderungen gespeichert: %s.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+21"/>
        <source>Deleted %s.</source>
        <translation>Gelöscht: %s.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved a copy to %s.</source>
        <translation>Kopie gespeichert unter %s.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s? Every figure is worked out again, and you can undo this.</source>
        <translation>Diesen Eintrag löschen (%s)? Alle Zahlen werden neu berechnet, und du kannst das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV, the entries (*.csv)</source>
        <translation>CSV, die Einträge (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, everything (*.json)</source>
        <translation>JSON, alles (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No urges logged in these days.</source>
        <translation>In diesen Tagen keine Impulse notiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s resisted over %s, %s a day. Most often: %s.</source>
        <translation>%s durchgehalten, %s lang, %s pro Tag. Am häufigsten: %s.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Once you have checked in on a few more days, some with a strong pull and some lighter, this will show how the pull and your urges go together.</source>
        <translation>Sobald du an ein paar weiteren Tagen einen Check-in gemacht hast, manche mit starkem Sog, manche leichter, zeigt sich hier, wie Sog und Impulse zusammenhängen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over the last twelve months, on days you rated the pull strong or overwhelming you logged %s urges on average; on lighter days, %s.</source>
        <translation>In den letzten zwölf Monaten hast du an Tagen mit starkem oder überwältigendem Sog im Schnitt %s Impulse notiert; an leichteren Tagen %s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your history begins with your no-contact period. Set the date of your last contact in Settings to start it.</source>
        <translation>Dein Verlauf beginnt mit deiner Kontaktpause. Trag in den Einstellungen das Datum deines letzten Kontakts ein, um sie zu beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slip starts a new run; it never takes away the days before it. Every one of them is still yours.</source>
        <translation>Ein Ausrutscher beginnt eine neue Serie; die Tage davor nimmt er dir nie. Jeder einzelne gehört weiter dir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day here is one you held. They add up.</source>
        <translation>Jeder Tag hier ist einer, an dem du durchgehalten hast. Sie summieren sich.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>your check-in for %s</source>
        <translation>dein Check-in für %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s from %s</source>
        <translation>%s vom %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contact from %s (%s)</source>
        <translation>der Kontakt vom %s (%s)</translation>
    </message>
</context>
<context>
    <name>HourHeatmap</name>
    <message>
        <location filename="../../app/ui/widgets/hour_heatmap.py" line="+42"/>
        <source>Urges by hour and weekday</source>
        <translation>Impulse nach Stunde und Wochentag</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%s, %02d:00 to %02d:00: %s</source>
        <translation>%s, %02d:00 bis %02d:00: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (the most of any hour)</source>
        <translation> (Höchstwert aller Stunden)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The most urges</source>
        <translation>Die meisten Impulse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No urges logged in these days.</source>
        <translation>In diesen Tagen keine Impulse notiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mondays</source>
        <translation>Montags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesdays</source>
        <translation>Dienstags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesdays</source>
        <translation>Mittwochs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursdays</source>
        <translation>Donnerstags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fridays</source>
        <translation>Freitags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturdays</source>
        <translation>Samstags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sundays</source>
        <translation>Sonntags</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%s %02d:00 (%s)</source>
        <translation>%s %02d:00 (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When urges come most: %s.</source>
        <translation>Wann die meisten Impulse kommen: %s.</translation>
    </message>
</context>
<context>
    <name>InvalidEntry</name>
    <message>
        <location filename="../../app/domain/check_ins.py" line="+91"/>
        <source>the mood must be a whole number from {lowest} to {highest} ({steps}), not {value}</source>
        <translation>die Stimmung muss eine ganze Zahl von {lowest} bis {highest} sein ({steps}), nicht {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the pull must be a whole number from {lowest} to {highest} ({steps}), not {value}</source>
        <translation>der Sog muss eine ganze Zahl von {lowest} bis {highest} sein ({steps}), nicht {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a check-in&apos;s note can be at most {longest} characters; this one has {length} (the journal takes longer writing)</source>
        <translation>die Notiz eines Check-ins darf höchstens {longest} Zeichen haben; diese hat {length} (für Längeres ist das Tagebuch da)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a check-in needs an id</source>
        <translation>ein Check-in braucht eine ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a check-in is about a calendar date</source>
        <translation>ein Check-in bezieht sich auf ein Kalenderdatum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a check-in cannot be about a day after it was made (it was made on {made}, about {day})</source>
        <translation>ein Check-in kann sich nicht auf einen Tag nach seiner Erstellung beziehen (erstellt am {made}, für {day})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there is no check-in with the id {id}</source>
        <translation>es gibt keinen Check-in mit der ID {id}</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py" line="+146"/>
        <source>{value} is not a known kind here; allowed: {allowed}</source>
        <translation>{value} ist hier keine bekannte Art; erlaubt: {allowed}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the target must be a whole number of days from {lowest} to {highest}, not {days}</source>
        <translation>der Zieltag muss {lowest} bis {highest} ganze Tage entfernt sein, nicht {days}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the intensity must be a whole number from {lowest} to {highest}, not {value}</source>
        <translation>die Stärke muss eine ganze Zahl von {lowest} bis {highest} sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a note must be text</source>
        <translation>eine Notiz muss Text sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a note must be valid UTF-8 text</source>
        <translation>eine Notiz muss gültiger UTF-8-Text sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every entry needs an instant with its time zone</source>
        <translation>jeder Eintrag braucht einen Zeitpunkt mit Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+6"/>
        <source>a goal needs a title</source>
        <translation>ein Ziel braucht einen Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a goal title can be at most {longest} characters</source>
        <translation>ein Zieltitel darf höchstens {longest} Zeichen haben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a goal title must be valid UTF-8 text</source>
        <translation>ein Zieltitel muss gültiger UTF-8-Text sein</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>there is no goal with the id {id}</source>
        <translation>es gibt kein Ziel mit der ID {id}</translation>
    </message>
    <message>
        <location filename="../../app/domain/hard_dates.py" line="+65"/>
        <source>a hard date needs an id</source>
        <translation>ein schwerer Tag braucht eine ID</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{day} has already passed (today is {today}); give a date from today on, or make it yearly</source>
        <translation>{day} ist schon vorbei (heute ist {today}); gib ein Datum ab heute an oder mach ihn jährlich</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>more than one hard date has an id starting {id}; give more of it</source>
        <translation>mehr als ein schwerer Tag hat eine ID, die mit {id} beginnt; gib mehr davon an</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/domain/intents/edits.py" line="+285"/>
        <source>there is no hard date with the id {id}</source>
        <translation>es gibt keinen schweren Tag mit der ID {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a hard date needs a month and a day as whole numbers</source>
        <translation>ein schwerer Tag braucht Monat und Tag als ganze Zahlen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hard date&apos;s year must be from 1 to {last}, not {year}</source>
        <translation>das Jahr eines schweren Tages muss zwischen 1 und {last} liegen, nicht {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a month is from 1 to 12, not {month}</source>
        <translation>ein Monat geht von 1 bis 12, nicht {month}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{month} has no day {day}; its days are 1 to {last}</source>
        <translation>{month} hat keinen Tag {day}; seine Tage gehen von 1 bis {last}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{month} {year} has no day {day}; its days are 1 to {last}</source>
        <translation>{month} {year} hat keinen Tag {day}; seine Tage gehen von 1 bis {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a hard date needs a short label, such as “their birthday”</source>
        <translation>ein schwerer Tag braucht eine kurze Bezeichnung, etwa „Geburtstag der Person“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hard date&apos;s label is one line; the plan can hold more</source>
        <translation>die Bezeichnung eines schweren Tages ist eine Zeile; der Plan kann mehr fassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hard date&apos;s label can be at most {longest} characters; this one has {length}; the plan can hold more</source>
        <translation>die Bezeichnung eines schweren Tages darf höchstens {longest} Zeichen haben; diese hat {length}; der Plan kann mehr fassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a hard date&apos;s label must be valid UTF-8 text</source>
        <translation>die Bezeichnung eines schweren Tages muss gültiger UTF-8-Text sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a hard date&apos;s plan must be text</source>
        <translation>der Plan eines schweren Tages muss Text sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a hard date&apos;s plan can be at most {longest} characters; this one has {length}</source>
        <translation>der Plan eines schweren Tages darf höchstens {longest} Zeichen haben; dieser hat {length}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a hard date&apos;s plan must be valid UTF-8 text</source>
        <translation>der Plan eines schweren Tages muss gültiger UTF-8-Text sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the list holds {most} hard dates, as many as it keeps; remove one that no longer matters first</source>
        <translation>die Liste fasst {most} schwere Tage, mehr nicht; entferne zuerst einen, der nicht mehr wichtig ist</translation>
    </message>
    <message>
        <location filename="../../app/domain/instants.py" line="+32"/>
        <source>{what} needs a date and time with its time zone</source>
        <translation>{what} braucht Datum und Uhrzeit mit Zeitzone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} cannot be before 1970 (it reads {day}); check the year</source>
        <translation>{what} kann nicht vor 1970 liegen (angegeben ist {day}); prüf das Jahr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} cannot be in the future (it is now {now})</source>
        <translation>{what} kann nicht in der Zukunft liegen (jetzt ist {now})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the date {moment} is not one Holdfast can count with</source>
        <translation>mit dem Datum {moment} kann Holdfast nicht rechnen</translation>
    </message>
    <message>
        <location filename="../../app/domain/intents/change.py" line="+105"/>
        <source>the change adds no {kind}</source>
        <translation>die Änderung fügt nichts vom Typ {kind} hinzu</translation>
    </message>
    <message>
        <location filename="../../app/domain/intents/edits.py" line="-88"/>
        <source>the logbook</source>
        <translation>das Logbuch</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the journal</source>
        <translation>das Tagebuch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the list of hard dates</source>
        <translation>die Liste der schweren Tage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the check-ins</source>
        <translation>die Check-ins</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{day} has a check-in already; checking in again that day changes it</source>
        <translation>für {day} gibt es schon einen Check-in; ein neuer Check-in an diesem Tag ändert ihn</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{holder} already holds an entry with the id {id}</source>
        <translation>{holder} enthält bereits einen Eintrag mit der ID {id}</translation>
    </message>
    <message>
        <location filename="../../app/domain/intents/entries.py" line="+36"/>
        <source>the urge</source>
        <translation>der Impuls</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact</source>
        <translation>der Kontakt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>only an urge has these details</source>
        <translation>nur ein Impuls hat diese Angaben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a plan is changed in Settings</source>
        <translation>ein Plan wird in den Einstellungen geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an urge stays an urge, and a contact a contact</source>
        <translation>ein Impuls bleibt ein Impuls und ein Kontakt ein Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time of an entry</source>
        <translation>die Zeit eines Eintrags</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a plan is changed in Settings, not deleted</source>
        <translation>ein Plan wird in den Einstellungen geändert, nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/domain/intents/goals.py" line="+118"/>
        <source>the goal {title} is on the list already</source>
        <translation>das Ziel {title} steht schon auf der Liste</translation>
    </message>
    <message>
        <location filename="../../app/domain/journal.py" line="+14"/>
        <source>{reason} is not a known reason; allowed: {allowed}</source>
        <translation>{reason} ist kein bekannter Grund; erlaubt: {allowed}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a journal entry needs an id</source>
        <translation>ein Tagebucheintrag braucht eine ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+131"/>
        <source>a journal entry is about a calendar date</source>
        <translation>ein Tagebucheintrag bezieht sich auf ein Kalenderdatum</translation>
    </message>
    <message>
        <location line="-118"/>
        <location filename="../../app/domain/logbook.py" line="+194"/>
        <source>the journal entry written {when}</source>
        <translation>der Tagebucheintrag vom {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a journal entry cannot be dated in the future (it was written on {day})</source>
        <translation>ein Tagebucheintrag kann nicht in der Zukunft datiert sein (geschrieben am {day})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>there is no journal entry with the id {id}</source>
        <translation>es gibt keinen Tagebucheintrag mit der ID {id}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a journal entry needs some text</source>
        <translation>ein Tagebucheintrag braucht etwas Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a journal entry can be at most {longest} characters; this one has {length}</source>
        <translation>ein Tagebucheintrag darf höchstens {longest} Zeichen haben; dieser hat {length}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a journal entry must be valid UTF-8 text</source>
        <translation>ein Tagebucheintrag muss gültiger UTF-8-Text sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a journal entry cannot be dated in the future (today is {today})</source>
        <translation>ein Tagebucheintrag kann nicht in der Zukunft datiert sein (heute ist {today})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{value} is not a known prompt; allowed: {allowed}</source>
        <translation>{value} ist keine bekannte Leitfrage; erlaubt: {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/domain/logbook.py" line="-138"/>
        <source>there is no entry with the id {id}</source>
        <translation>es gibt keinen Eintrag mit der ID {id}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the last contact</source>
        <translation>der letzte Kontakt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the last contact cannot be before the contact you recorded on {when}; give a time after it</source>
        <translation>der letzte Kontakt kann nicht vor dem Kontakt liegen, den du am {when} eingetragen hast; gib eine Zeit danach an</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the entry dated {when}</source>
        <translation>der Eintrag vom {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last contact of the plan made {day}</source>
        <translation>der letzte Kontakt des Plans vom {day}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the goal ticked off {when}</source>
        <translation>das am {when} abgehakte Ziel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hard date</source>
        <translation>schwerer Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the check-in made {when}</source>
        <translation>der Check-in vom {when}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the import holds more than one {what} with the id {id}; each must appear once</source>
        <translation>der Import enthält die ID {id} mehrfach ({what}); jede darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../../app/storage/transfer.py" line="+140"/>
        <source>an encrypted export is a JSON file: give it a name ending in .json (a CSV file is always plain, for a spreadsheet)</source>
        <translation>ein verschlüsselter Export ist eine JSON-Datei: gib ihm einen Namen, der auf .json endet (eine CSV-Datei ist immer unverschlüsselt, für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>give the export file a name before {suffix}, such as holdfast-export{suffix}</source>
        <translation>gib der Exportdatei einen Namen vor {suffix}, etwa holdfast-export{suffix}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{target} is a folder; give the name of the file to write in it, such as {example}</source>
        <translation>{target} ist ein Ordner; gib den Namen der Datei an, die darin geschrieben werden soll, etwa {example}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the export file must end in .json or .csv, not {name}</source>
        <translation>die Exportdatei muss auf .json oder .csv enden, nicht {name}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="+67"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search your entries</source>
        <translation>Deine Einträge durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+405"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>The day this entry is about</source>
        <translation>Der Tag, um den es in diesem Eintrag geht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Prompt</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The prompt&apos;s question</source>
        <translation>Text der Leitfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write whatever comes. It stays on this computer; Holdfast never sends it anywhere.</source>
        <translation>Schreib, was kommt. Es bleibt auf diesem Computer; Holdfast schickt es nirgendwohin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you write</source>
        <translation>Was du schreibst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from backups too</source>
        <translation>Auch aus Sicherungen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the deleted entry from the backups</source>
        <translation>Den gelöschten Eintrag aus den Sicherungen entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save (%s)</source>
        <translation>Speichern (%s)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This entry was deleted elsewhere. Save keeps what is here as new.</source>
        <translation>Dieser Eintrag wurde anderswo gelöscht. Speichern bewahrt, was hier steht, als neuen Eintrag.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Entry deleted. Any older copies in the backups stay for up to a month.</source>
        <translation>Eintrag gelöscht. Ältere Kopien in den Sicherungen bleiben bis zu einem Monat erhalten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No backup held a copy of it.</source>
        <translation>Keine Sicherung enthielt eine Kopie davon.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed from %n backups.</source>
        <translation>
            <numerusform>Aus einer Sicherung entfernt.</numerusform>
            <numerusform>Aus %n Sicherungen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups could not be read and were left as they are; they may still hold the entry.</source>
        <translation>
            <numerusform>Eine Sicherung ließ sich nicht lesen und blieb unverändert; sie enthält den Eintrag vielleicht noch.</numerusform>
            <numerusform>%n Sicherungen ließen sich nicht lesen und blieben unverändert; sie enthalten den Eintrag vielleicht noch.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the entry about %s? You can undo this straight after.

Any older copies in the backups stay for up to a month; you can remove it from those too.</source>
        <translation>Den Eintrag vom %s löschen? Du kannst das direkt danach rückgängig machen.

Ältere Kopien in den Sicherungen bleiben bis zu einem Monat erhalten; du kannst ihn auch daraus entfernen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing written yet. Start with a prompt, or not.</source>
        <translation>Noch nichts geschrieben. Beginne mit einer Leitfrage, oder ohne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entry holds “%s”.</source>
        <translation>Kein Eintrag enthält „%s“.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No prompt, just write</source>
        <translation>Ohne Leitfrage, einfach schreiben</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Entry about %s</source>
        <translation>Eintrag vom %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write it down: what you deserve, what helps you feel steady, who is on your side, what you are doing for yourself.</source>
        <translation>Schreib es auf: was du verdienst, was dir Halt gibt, wer auf deiner Seite ist, was du für dich tust.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write it down: what you miss, why it ended, what you are doing for yourself.</source>
        <translation>Schreib es auf: was du vermisst, warum es endete, was du für dich tust.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restored what you were writing when Holdfast last closed. It is not saved yet: Save keeps it.</source>
        <translation>Wiederhergestellt, was du geschrieben hast, als Holdfast zuletzt geschlossen wurde. Es ist noch nicht gespeichert: Speichern bewahrt es.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+1"/>
        <source>Leave this entry unsaved?</source>
        <translation>Diesen Eintrag ungespeichert lassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you wrote since the last save will be lost.</source>
        <translation>Was du seit dem letzten Speichern geschrieben hast, geht verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep writing</source>
        <translation>Weiterschreiben</translation>
    </message>
</context>
<context>
    <name>JournalPrompt</name>
    <message>
        <location filename="../../app/domain/journal.py" line="-320"/>
        <source>Why do I want them back?</source>
        <translation>Warum will ich die Person zurück?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why did it end?</source>
        <translation>Warum ist es zu Ende gegangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did I bring to how it went?</source>
        <translation>Was war mein Anteil daran, wie es lief?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What am I doing for myself?</source>
        <translation>Was tue ich für mich?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do I deserve?</source>
        <translation>Was verdiene ich?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps me feel safe and steady?</source>
        <translation>Was hilft mir, mich sicher und stabil zu fühlen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is on my side?</source>
        <translation>Wer ist auf meiner Seite?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is it this person you miss, the way they were with you? Or is it having someone at all, the fear of being on your own, the comfort of a routine you knew? Try to separate the two.</source>
        <translation>Ist es diese Person, die du vermisst, so wie sie mit dir war? Oder ist es, überhaupt jemanden zu haben, die Angst vor dem Alleinsein, der Trost einer vertrauten Routine? Versuch, beides zu trennen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write it down plainly, as if to a friend. Were there arguments that kept coming back, things left unsaid, different plans for life? What wore it down before the end?</source>
        <translation>Schreib es schlicht auf, wie für einen vertrauten Menschen. Gab es Streit, der immer wiederkam, Unausgesprochenes, verschiedene Lebenspläne? Was hat es vor dem Ende zermürbt?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not to blame yourself: to see clearly. Which habits were yours? When did you start giving less of yourself than you once did? What would you like to do differently, for anyone and for yourself?</source>
        <translation>Nicht, um dir die Schuld zu geben, sondern um klar zu sehen. Welche Gewohnheiten waren deine? Wann hast du angefangen, weniger von dir zu geben als früher? Was möchtest du anders machen, für andere und für dich selbst?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What did you do today or this week that was for you alone: rest, people, movement, something you used to enjoy? What would you like to do next?</source>
        <translation>Was hast du heute oder diese Woche nur für dich getan: Ruhe, Menschen, Bewegung, etwas, das dir früher Freude gemacht hat? Was möchtest du als Nächstes tun?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you deserve from the people close to you: respect, honesty, kindness, room to be yourself? What felt wrong back then that you can name clearly now? Seeing it now does not mean you should have seen it sooner.</source>
        <translation>Was verdienst du von den Menschen, die dir nahestehen: Respekt, Ehrlichkeit, Freundlichkeit, Raum, du selbst zu sein? Was fühlte sich damals falsch an, das du heute klar benennen kannst? Dass du es jetzt siehst, heißt nicht, dass du es früher hättest sehen müssen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which people, places, routines or small things help you feel calm and like yourself? When a hard moment comes, what could you reach for first? Name one you can do this week.</source>
        <translation>Welche Menschen, Orte, Gewohnheiten oder kleinen Dinge helfen dir, ruhig und du selbst zu sein? Wenn ein schwerer Moment kommt, wonach könntest du zuerst greifen? Nenne eins, das du diese Woche tun kannst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who listens to you without judging: a friend, family, someone at work, a counsellor? Who would you like to hear from more often? Write their names, and one small way to get in touch with one of them this week.</source>
        <translation>Wer hört dir zu, ohne zu urteilen: jemand aus dem Freundeskreis, der Familie, von der Arbeit, eine Fachperson für Beratung? Von wem würdest du gern öfter hören? Schreib die Namen auf und einen kleinen Weg, diese Woche mit einem dieser Menschen in Kontakt zu kommen.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../app/ui/app.py" line="+378"/>
        <source>The launcher entry could not be changed to match: %s.</source>
        <translation>Der Eintrag im Anwendungsmenü konnte nicht entsprechend angepasst werden: %s.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="+35"/>
        <source>Holdfast is locked</source>
        <translation>Holdfast ist gesperrt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your entries are protected. Type your passphrase to open them.</source>
        <translation>Deine Einträge sind geschützt. Gib deine Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Your recovery key works here too.</source>
        <translation>Dein Wiederherstellungsschlüssel funktioniert hier auch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <location filename="../../app/ui/locked_start.py" line="+56"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
</context>
<context>
    <name>LockedStart</name>
    <message>
        <location line="+82"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you logged could not be kept on disk yet (%s). It is kept here, and saved when you unlock Holdfast.</source>
        <translation>Was du notiert hast, konnte noch nicht auf dem Datenträger gesichert werden (%s). Es bleibt hier erhalten und wird gespeichert, sobald du Holdfast entsperrst.</translation>
    </message>
</context>
<context>
    <name>LoginStartChoice</name>
    <message>
        <location filename="../../app/ui/dialogs/login_start.py" line="+35"/>
        <source>Holdfast then starts in the background, without its window, so its reminders arrive; the desktop&apos;s own start-up settings list it too.</source>
        <translation>Holdfast startet dann im Hintergrund, ohne Fenster, damit seine Erinnerungen ankommen; auch die Autostart-Einstellungen deines Desktops führen es auf.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not changed: Holdfast cannot find its installed command to start at login; install Holdfast (pipx install .) and open it from there.</source>
        <translation>Nicht geändert: Holdfast findet seinen installierten Befehl für den Start bei der Anmeldung nicht; installiere Holdfast (pipx install .) und öffne es von dort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changed: %s: %s.</source>
        <translation>Nicht geändert: %s: %s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s is not a file Holdfast wrote, so it is left as it is; remove it yourself if Holdfast should start when you log in.</source>
        <translation>%s ist keine Datei, die Holdfast geschrieben hat, und bleibt deshalb, wie sie ist; entferne sie selbst, wenn Holdfast bei der Anmeldung starten soll.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+90"/>
        <source>Holdfast — Today</source>
        <translation>Holdfast — Heute</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Holdfast</source>
        <translation>&amp;Holdfast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hard dates…</source>
        <translation>&amp;Schwere Tage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo the last change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Hi&amp;lfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it is hard right now…</source>
        <translation>Wenn es gerade schwer ist…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Holdfast</source>
        <translation>&amp;Über Holdfast</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Holdfast — %s</source>
        <translation>Holdfast — %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>About Holdfast</source>
        <translation>Über Holdfast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Holdfast %s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Counts the days of no contact with you and keeps what you learn along the way.&lt;/p&gt;&lt;p&gt;What you enter stays in a file on this computer, with backups of the last month beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Holdfast %s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Zählt mit dir die Tage der Kontaktpause und bewahrt, was du unterwegs lernst.&lt;/p&gt;&lt;p&gt;Was du eingibst, bleibt in einer Datei auf diesem Computer, daneben Sicherungen des letzten Monats.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Takes back the last change made in this window</source>
        <translation>Nimmt die letzte Änderung in diesem Fenster zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo: changes made in this window can be taken back here</source>
        <translation>Nichts rückgängig zu machen: Änderungen in diesem Fenster lassen sich hier zurücknehmen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%s: target reached</source>
        <translation>%s: Zieltag erreicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You reached your target: support, and what helps you move on.</source>
        <translation>Du hast deinen Zieltag erreicht: Unterstützung, und was dir beim Weitergehen hilft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You reached your target: here are the ways forward.</source>
        <translation>Du hast deinen Zieltag erreicht: Hier sind die Wege nach vorn.</translation>
    </message>
</context>
<context>
    <name>MergeOffer</name>
    <message>
        <location filename="../../app/ui/widgets/merge_offer.py" line="+29"/>
        <source>Copies of your data to merge</source>
        <translation>Kopien deiner Daten zum Zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge them</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A sync tool kept other versions of your data beside it (%s). Merge them in? Whatever they hold that is missing here is added, nothing here is changed or removed, and the copies are kept.</source>
        <translation>Ein Sync-Programm hat andere Versionen deiner Daten daneben abgelegt (%s). Zusammenführen? Was darin steht und hier fehlt, wird ergänzt; hier wird nichts geändert oder entfernt, und die Kopien bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%s was left as it is: %s</source>
        <translation>%s blieb unverändert: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged 1 copy.</source>
        <translation>1 Kopie zusammengeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It held no entry that was missing here.</source>
        <translation>Sie enthielt keinen Eintrag, der hier fehlte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy is kept in %s.</source>
        <translation>Die Kopie bleibt in %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Merged %n copies.</source>
        <translation>
            <numerusform>Eine Kopie zusammengeführt.</numerusform>
            <numerusform>%n Kopien zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They held no entry that was missing here.</source>
        <translation>Sie enthielten keinen Eintrag, der hier fehlte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copies are kept in %s.</source>
        <translation>Die Kopien bleiben in %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries that were missing here are back.</source>
        <translation>
            <numerusform>Ein Eintrag, der hier fehlte, ist wieder da.</numerusform>
            <numerusform>%n Einträge, die hier fehlten, sind wieder da.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingFileDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/missing_file.py" line="+29"/>
        <source>Your data file is missing</source>
        <translation>Deine Datendatei fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holdfast&apos;s data file is not in its folder:
%s</source>
        <translation>Die Datendatei von Holdfast ist nicht in ihrem Ordner:
%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its backups are there, so this is not a first start: a sync tool or a mistake may have moved the file. Nothing has been written.</source>
        <translation>Ihre Sicherungen sind da, also ist das kein erster Start: Ein Sync-Programm oder ein Versehen hat die Datei vielleicht verschoben. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of them can be read: put the file back (a sync tool may keep a copy) and start Holdfast again, or start afresh.</source>
        <translation>Keine davon lässt sich lesen: Leg die Datei zurück (ein Sync-Programm hat vielleicht eine Kopie) und starte Holdfast neu, oder fang neu an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting afresh begins an empty logbook; the backups stay where they are, and Settings can restore one later.</source>
        <translation>Neu anfangen beginnt ein leeres Logbuch; die Sicherungen bleiben, wo sie sind, und in den Einstellungen kannst du später eine wiederherstellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start afresh</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <location filename="../../app/domain/hard_dates.py" line="-258"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../../app/domain/check_ins.py" line="-163"/>
        <source>very hard</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up and down</source>
        <translation>wechselhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okay</source>
        <translation>okay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../app/ui/widgets/mood_chart.py" line="+34"/>
        <source>Over the last %d days</source>
        <translation>In den letzten %d Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s: no check-ins.</source>
        <translation>%s: keine Check-ins.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d okay or good</source>
        <translation>%d okay oder gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d up and down</source>
        <translation>%d wechselhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d hard or very hard</source>
        <translation>%d schwer oder sehr schwer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%d without a check-in</source>
        <translation>%d ohne Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: %s.</source>
        <translation>%s: %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How each day felt</source>
        <translation>Wie sich jeder Tag anfühlte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-ins in these days.</source>
        <translation>In diesen Tagen keine Check-ins.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%s: no check-in</source>
        <translation>%s: kein Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: %s; the pull: %s</source>
        <translation>%s: %s; Sog: %s</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../app/ui/pages/next_steps_words.py" line="+20"/>
        <source>Once you set when your last contact was, in Settings, this page will mark the day you reach your target. You can read it now; there is no rush.</source>
        <translation>Sobald du in den Einstellungen angibst, wann dein letzter Kontakt war, markiert diese Seite, wann du deinen Zieltag erreichst. Du kannst sie jetzt schon lesen; es eilt nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You reached day %d. The strength it took is yours to keep.</source>
        <translation>Du hast Tag %d erreicht. Die Stärke, die es dafür brauchte, bleibt dir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You reached day %d. Whatever you choose next, this growth is yours.</source>
        <translation>Du hast Tag %d erreicht. Wofür du dich auch als Nächstes entscheidest: Dieses Wachstum gehört dir.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your target is %n days away.</source>
        <translation>
            <numerusform>Noch ein Tag bis zu deinem Zieltag.</numerusform>
            <numerusform>Noch %n Tage bis zu deinem Zieltag.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your target is later today.</source>
        <translation>Du erreichst deinen Zieltag später am heutigen Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your target is less than a day away.</source>
        <translation>Bis zu deinem Zieltag ist es weniger als ein Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can read this now; there is no rush.</source>
        <translation>Du kannst das jetzt schon lesen; es eilt nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two good ways forward: reaching out, or moving on. Neither is the better one. You can read both, decide later, or change your mind.</source>
        <translation>Zwei gute Wege nach vorn: Kontakt aufnehmen oder weitergehen. Keiner ist der bessere. Du kannst beide lesen, später entscheiden oder es dir anders überlegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is for after your target day. Until then, if there is something you want to say to them, log the urge to text them on Today and write it there, as the message you didn&apos;t send: it stays in Holdfast.</source>
        <translation>Das ist für die Zeit nach deinem Zieltag. Wenn du der Person bis dahin etwas sagen möchtest, notiere unter „Heute“ den Impuls, ihr zu schreiben, und schreib es dort auf, als die Nachricht, die du nicht abgeschickt hast: Sie bleibt in Holdfast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If you choose to write to them, keep the first message short and light, and ask for nothing: a friendly hello, or a small shared memory. Whether and how they answer is theirs to choose.</source>
        <translation>Wenn du der Person schreiben willst, halte die erste Nachricht kurz und leicht und bitte um nichts: ein freundliches Hallo oder eine kleine gemeinsame Erinnerung. Ob und wie sie antwortet, entscheidet sie selbst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep things light and friendly for a while.</source>
        <translation>Halte es eine Weile leicht und freundlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask about their life now, and let their answers lead.</source>
        <translation>Frag, wie es der Person jetzt geht, und lass dich von den Antworten leiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later, if you both want to, meet somewhere casual: a coffee or a walk.</source>
        <translation>Später, wenn ihr beide wollt, trefft euch ungezwungen: auf einen Kaffee oder einen Spaziergang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only after that, a calm talk about what went wrong, where you speak for your own part and leave blame out.</source>
        <translation>Erst danach ein ruhiges Gespräch darüber, was schiefging, in dem du für deinen eigenen Teil sprichst und Schuldzuweisungen weglässt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slow is the point: it gives you both room to see whether this fits.</source>
        <translation>Langsam ist der Sinn der Sache: Es gibt euch beiden Raum zu sehen, ob es passt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking them over and over to come back</source>
        <translation>Die Person immer wieder bitten, zurückzukommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging again and again, above all when they haven&apos;t answered</source>
        <translation>Immer wieder schreiben, vor allem, wenn keine Antwort kam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guilt-tripping them</source>
        <translation>Der Person Schuldgefühle machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying to make them jealous</source>
        <translation>Versuchen, die Person eifersüchtig zu machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushing to talk about commitment too soon</source>
        <translation>Zu früh auf ein Gespräch über Verbindlichkeit drängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking as though the breakup never happened</source>
        <translation>Reden, als hätte es die Trennung nie gegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody can be made to come back. Whatever they decide, what you have grown into these weeks stays yours.</source>
        <translation>Niemand lässt sich zum Zurückkommen zwingen. Wie auch immer die Person entscheidet: Wer du in diesen Wochen geworden bist, bleibt dir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moving on is the road forward now, and you don&apos;t have to walk it alone. Everything you built in these weeks comes with you.</source>
        <translation>Weitergehen ist jetzt der Weg nach vorn, und du musst ihn nicht allein gehen. Alles, was du in diesen Wochen aufgebaut hast, nimmst du mit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moving on is a whole ending in its own right, not the fallback. Everything you built in these weeks comes with you.</source>
        <translation>Weitergehen ist ein vollwertiger Abschluss, keine Notlösung. Alles, was du in diesen Wochen aufgebaut hast, nimmst du mit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep your goals going. The small daily steps are what carried you here.</source>
        <translation>Bleib an deinen Zielen dran. Die kleinen täglichen Schritte haben dich hierher getragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep writing in the journal. Reading back shows how far you have come.</source>
        <translation>Schreib weiter ins Tagebuch. Beim Zurücklesen siehst du, wie weit du gekommen bist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark the day in a small way: a walk, a good meal, an evening with a friend.</source>
        <translation>Würdige den Tag auf kleine Weise: ein Spaziergang, ein gutes Essen, ein Abend mit einem lieben Menschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make plans with friends and family, and say yes when they ask.</source>
        <translation>Mach Pläne mit deinem Freundeskreis und deiner Familie, und sag Ja, wenn sie dich fragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start something new, or go back to something you used to love.</source>
        <translation>Fang etwas Neues an, oder kehr zu etwas zurück, das du früher geliebt hast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block or mute them wherever that helps you feel safer.</source>
        <translation>Blockiere die Person oder schalte sie stumm, wo immer dir das mehr Sicherheit gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute or unfollow them online if seeing their posts pulls you back. It is care for yourself, not a message to them.</source>
        <translation>Schalte die Person online stumm oder entfolge ihr, wenn ihre Beiträge dich zurückziehen. Das ist Fürsorge für dich, keine Botschaft an sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When memory starts keeping only the good parts, read back why it ended, in the Journal.</source>
        <translation>Wenn die Erinnerung anfängt, nur das Schöne zu behalten, lies im Tagebuch nach, warum es endete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expect some harder days. An urge passes; you can log it on Today.</source>
        <translation>Rechne mit einigen schwereren Tagen. Ein Impuls geht vorbei; du kannst ihn unter „Heute“ notieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Holdfast counting for as long as it helps. There is no day to stop by.</source>
        <translation>Lass Holdfast zählen, solange es dir hilft. Es gibt keinen Tag, an dem du aufhören musst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Was this relationship abusive or controlling, or did you feel unsafe? Was there betrayal, or constant disrespect? Then the path that looks after you is healing, not getting back together. Holdfast can leave out everything about reconnecting and put support first.</source>
        <translation>War diese Beziehung missbräuchlich oder kontrollierend, oder hast du dich nicht sicher gefühlt? Gab es Verrat oder ständige Respektlosigkeit? Dann ist der Weg, der gut für dich sorgt, Heilung, nicht ein Wieder-Zusammenkommen. Holdfast kann alles über eine Wiederannäherung weglassen und Unterstützung an erste Stelle stellen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You told Holdfast this relationship was abusive, controlling or unsafe. What happened was not okay, and you did not deserve it.</source>
        <translation>Du hast Holdfast gesagt, dass diese Beziehung missbräuchlich, kontrollierend oder nicht sicher war. Was passiert ist, war nicht in Ordnung, und du hast es nicht verdient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You told Holdfast there was betrayal or constant disrespect. That hurts, and you deserved better.</source>
        <translation>Du hast Holdfast gesagt, dass es Verrat oder ständige Respektlosigkeit gab. Das tut weh, und du hast Besseres verdient.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The path that looks after you now is healing and moving on, so this page is about support, and about you.</source>
        <translation>Der Weg, der jetzt gut für dich sorgt, ist Heilung und Weitergehen; deshalb geht es auf dieser Seite um Unterstützung, und um dich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You said so in Settings and among the reasons it ended, in the Journal. To change it, untick it in both places.</source>
        <translation>Du hast es in den Einstellungen und im Tagebuch bei den Gründen für das Ende angegeben. Um es zu ändern, entferne das Häkchen an beiden Stellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You said so in Settings, under Healing first. You can change it there whenever you like.</source>
        <translation>Du hast es in den Einstellungen unter „Heilung zuerst“ angegeben. Dort kannst du es jederzeit ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You chose it among the reasons it ended, in the Journal. You can untick it there whenever you like.</source>
        <translation>Du hast es im Tagebuch bei den Gründen für das Ende gewählt. Dort kannst du das Häkchen jederzeit entfernen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You don&apos;t have to carry this alone. Any of these is a good place to start.</source>
        <translation>Du musst das nicht allein tragen. Jede dieser Möglichkeiten ist ein guter Anfang.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A counsellor or therapist, ideally one who knows about abusive or controlling relationships. They can help you make sense of what happened, at your pace.</source>
        <translation>Eine Fachperson für Beratung oder Therapie, am besten eine, die sich mit missbräuchlichen oder kontrollierenden Beziehungen auskennt. Sie kann dir helfen, in deinem Tempo zu verstehen, was passiert ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A support service or helpline for abuse where you live. Many are free and confidential, and you can call just to talk.</source>
        <translation>Eine Beratungsstelle oder Telefonberatung für Betroffene von Missbrauch dort, wo du lebst. Viele sind kostenlos und vertraulich, und du kannst auch einfach anrufen, um zu reden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A counsellor or therapist. They can help you make sense of what happened and rebuild trust in your own judgement, at your pace.</source>
        <translation>Eine Fachperson für Beratung oder Therapie. Sie kann dir helfen, in deinem Tempo zu verstehen, was passiert ist, und wieder deinem eigenen Urteil zu vertrauen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People you trust: a friend or someone in your family who is on your side. Telling one person can make it lighter.</source>
        <translation>Menschen, denen du vertraust: jemand aus dem Freundeskreis oder der Familie, der auf deiner Seite steht. Es einem Menschen zu erzählen, kann es leichter machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If they get in touch, you don&apos;t have to answer. You can note it on Today; a message from them is not you breaking anything.</source>
        <translation>Wenn die Person sich meldet, musst du nicht antworten. Du kannst es unter „Heute“ notieren; eine Nachricht von ihr heißt nicht, dass du etwas gebrochen hast.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If you are afraid for your safety, or in danger now, call your local emergency number.</source>
        <translation>Wenn du um deine Sicherheit fürchtest oder gerade in Gefahr bist, ruf deine örtliche Notrufnummer an.</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <location filename="../../app/ui/pages/next_steps.py" line="+86"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where you are</source>
        <translation>Wo du stehst</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Reach out</source>
        <translation>Kontakt aufnehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try out a first message</source>
        <translation>Eine erste Nachricht ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If they answer warmly, go slowly</source>
        <translation>Bei herzlicher Antwort: geh es langsam an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps, if they answer warmly</source>
        <translation>Schritte bei herzlicher Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What tends to undo progress</source>
        <translation>Was Fortschritte oft zunichtemacht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move on</source>
        <translation>Weitergehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to keep doing</source>
        <translation>Was du weiter tun kannst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Goals</source>
        <translation>Ziele öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More things that help</source>
        <translation>Was sonst noch hilft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Healing first</source>
        <translation>Heilung zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was abusive, controlling or unsafe</source>
        <translation>Es war missbräuchlich, kontrollierend oder nicht sicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was betrayal or disrespect</source>
        <translation>Es gab Verrat oder Respektlosigkeit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Healing comes first</source>
        <translation>Heilung zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where this was chosen</source>
        <translation>Wo das gewählt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change it in Settings</source>
        <translation>In den Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change it in the Journal</source>
        <translation>Im Tagebuch ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Support and help</source>
        <translation>Unterstützung und Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to find support</source>
        <translation>Wo du Unterstützung findest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When to talk to a counsellor</source>
        <translation>Wann du dir Beratung holen solltest</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../app/ui/notifications.py" line="+46"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time for your daily check-in.</source>
        <translation>Zeit für deinen täglichen Check-in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tomorrow may be a hard day. You have a plan.</source>
        <translation>Morgen könnte ein schwerer Tag werden. Du hast einen Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tomorrow may be a hard day. A small plan can help: something kind for yourself, and someone you trust to be with.</source>
        <translation>Morgen könnte ein schwerer Tag werden. Ein kleiner Plan kann helfen: etwas Gutes für dich und ein Mensch an deiner Seite, dem du vertraust.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You reached your target: day %n.</source>
        <translation>
            <numerusform>Du hast deinen Zieltag erreicht: Tag %n.</numerusform>
            <numerusform>Du hast deinen Zieltag erreicht: Tag %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Day %n reached.</source>
        <translation>
            <numerusform>Tag %n erreicht.</numerusform>
            <numerusform>Tag %n erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holdfast keeps running in the tray; quit it from the tray menu.</source>
        <translation>Holdfast läuft in der Systemleiste weiter; beenden kannst du es über ihr Menü.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holdfast keeps running for your reminders; to quit it, open it and choose Holdfast &gt; Quit, or press Ctrl+Q.</source>
        <translation>Holdfast läuft für deine Erinnerungen weiter; zum Beenden öffne es und wähle Holdfast &gt; Beenden oder drück Strg+Q.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Holdfast</source>
        <translation>Holdfast öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze for an hour</source>
        <translation>In einer Stunde erinnern</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/onboarding.py" line="+53"/>
        <source>Holdfast: welcome</source>
        <translation>Holdfast: Willkommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;No contact gives your feelings time to settle and breaks the habit of reaching for them. Holdfast counts the days with you and keeps what you learn along the way.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen&lt;/h2&gt;&lt;p&gt;Die Kontaktpause gibt deinen Gefühlen Zeit, sich zu beruhigen, und durchbricht die Gewohnheit, dich bei der Person zu melden. Holdfast zählt die Tage mit dir und bewahrt, was du unterwegs lernst.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When your last contact was</source>
        <translation>Wann dein letzter Kontakt war</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to aim for</source>
        <translation>Zieldauer in Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About 30 days is the usual suggestion; a longer or more intense relationship often needs closer to 45.</source>
        <translation>Meist werden etwa 30 Tage empfohlen; nach einer längeren oder intensiveren Beziehung sind es oft eher 45.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for</source>
        <translation>Zieldauer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Healing first (optional)</source>
        <translation>Heilung zuerst (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Growth goals to start with</source>
        <translation>Wachstumsziele für den Anfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can change them any time.</source>
        <translation>Du kannst sie jederzeit ändern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start Holdfast when I log in, so reminders arrive</source>
        <translation>Holdfast bei der Anmeldung starten, damit Erinnerungen ankommen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Begin</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip: start now with 30 days</source>
        <translation>Überspringen: jetzt mit 30 Tagen starten</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/passphrases.py" line="-202"/>
        <source>This one is shorter than %n characters.</source>
        <translation>
            <numerusform>Diese ist kürzer als %n Zeichen.</numerusform>
            <numerusform>Diese ist kürzer als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../app/ui/widgets/progress_ring.py" line="+53"/>
        <source>Progress toward your target</source>
        <translation>Fortschritt bis zu deinem Zieltag</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>target reached</source>
        <translation>Zieltag erreicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{percent} percent of the way</source>
        <translation>{percent} Prozent des Weges</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="+50"/>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protecting…</source>
        <translation>Wird geschützt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holdfast will keep your entries, notes and journal encrypted on this computer. It asks for the passphrase when it opens, and locks again when you step away.</source>
        <translation>Holdfast speichert deine Einträge, Notizen und dein Tagebuch verschlüsselt auf diesem Computer. Beim Start fragt es nach der Passphrase, und es sperrt sich wieder, wenn du weggehst.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At least %n characters. A few words together work well.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Ein paar Wörter zusammen eignen sich gut.</numerusform>
            <numerusform>Mindestens %n Zeichen. Ein paar Wörter zusammen eignen sich gut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <location filename="../../app/ui/dialogs/protection.py" line="+64"/>
        <source>Protect with a passphrase…</source>
        <translation>Mit einer Passphrase schützen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase keeps your entries, notes and journal encrypted on this computer: without it, nobody can read them.</source>
        <translation>Eine Passphrase hält deine Einträge, Notizen und dein Tagebuch auf diesem Computer verschlüsselt: Ohne sie kann niemand sie lesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn off protection…</source>
        <translation>Schutz ausschalten…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock with my login</source>
        <translation>Mit meiner Anmeldung entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the day count while locked</source>
        <translation>Tageszähler im gesperrten Zustand zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries are protected with a passphrase.</source>
        <translation>Deine Einträge sind mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holdfast locks when it has not been used this long, when you close its window to the tray, and when you choose Holdfast &gt; Lock now.</source>
        <translation>Holdfast sperrt sich, wenn es so lange nicht benutzt wurde, wenn du sein Fenster in die Systemleiste schließt und wenn du Holdfast &gt; Jetzt sperren wählst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeps the key in this desktop&apos;s keyring, so Holdfast opens without the passphrase while you are logged in.</source>
        <translation>Bewahrt den Schlüssel im Schlüsselbund dieses Desktops auf, damit Holdfast sich ohne Passphrase öffnet, solange du angemeldet bist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For a panel that shows Holdfast&apos;s status: the day count only, never a note.</source>
        <translation>Für ein Panel, das den Status von Holdfast zeigt: nur der Tageszähler, nie eine Notiz.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The passphrase is changed. Your recovery key stays the same.</source>
        <translation>Die Passphrase ist geändert. Dein Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protection is off: your entries are written in plain text again.</source>
        <translation>Der Schutz ist ausgeschaltet: Deine Einträge werden wieder unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No keyring is running on this desktop, so Holdfast cannot keep the key there. Your passphrase unlocks it as before.</source>
        <translation>Auf diesem Desktop läuft kein Schlüsselbund, daher kann Holdfast den Schlüssel dort nicht aufbewahren. Deine Passphrase entsperrt es wie bisher.</translation>
    </message>
</context>
<context>
    <name>Pull</name>
    <message>
        <location filename="../../app/domain/check_ins.py" line="+4"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelming</source>
        <translation>überwältigend</translation>
    </message>
</context>
<context>
    <name>ReasonsPicker</name>
    <message>
        <location filename="../../app/ui/widgets/reasons_picker.py" line="+33"/>
        <source>Why it ended</source>
        <translation>Warum es endete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick whatever fits. Seeing the reasons side by side helps when memory starts to keep only the good parts. You can change this at any time.</source>
        <translation>Kreuz an, was passt. Die Gründe nebeneinander zu sehen hilft, wenn die Erinnerung anfängt, nur das Gute zu behalten. Du kannst das jederzeit ändern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choosing either puts healing first: Holdfast then points you to support, professional help and moving on. You can untick it here, or change it in Settings under Healing first, whenever you like.</source>
        <translation>Wenn du eines davon wählst, kommt die Heilung zuerst: Holdfast weist dich dann auf Unterstützung, professionelle Hilfe und das Weitergehen hin. Du kannst das Häkchen hier entfernen oder es jederzeit in den Einstellungen unter „Heilung zuerst“ ändern.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Healing comes first</source>
        <translation>Heilung zuerst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Healing comes first now. A counsellor, a therapist or a support service for abuse near you can help with what happened; Holdfast is no replacement for them. If you are in danger, call your local emergency number.</source>
        <translation>Jetzt gilt „Heilung zuerst“. Fachleute aus Beratung oder Therapie oder eine Beratungsstelle für Betroffene von Missbrauch in deiner Nähe können dir mit dem helfen, was passiert ist; Holdfast ist kein Ersatz für sie. Wenn du in Gefahr bist, ruf deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Healing comes first now. A counsellor or therapist can help with what happened; Holdfast is no replacement for them.</source>
        <translation>Jetzt gilt „Heilung zuerst“. Fachleute aus Beratung oder Therapie können dir mit dem helfen, was passiert ist; Holdfast ist kein Ersatz für sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You said so in Settings too; you can change that there, under Healing first.</source>
        <translation>Das hast du auch in den Einstellungen angegeben; dort kannst du es unter „Heilung zuerst“ ändern.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="+65"/>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have written it down</source>
        <translation>Ich habe ihn aufgeschrieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Protection is on. Write this recovery key down and keep it somewhere safe: if you ever forget your passphrase, it unlocks Holdfast instead.</source>
        <translation>Der Schutz ist eingeschaltet. Schreib diesen Wiederherstellungsschlüssel auf und bewahre ihn sicher auf: Falls du deine Passphrase einmal vergisst, entsperrt er Holdfast stattdessen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It is shown only this once. Either it or your passphrase unlocks.</source>
        <translation>Er wird nur dieses eine Mal angezeigt. Entsperren kannst du mit ihm oder mit deiner Passphrase.</translation>
    </message>
</context>
<context>
    <name>Recurring</name>
    <message>
        <location filename="../../app/ui/widgets/goal_row.py" line="-159"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n days in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weeks in a row</source>
        <translation>
            <numerusform>%n Woche in Folge</numerusform>
            <numerusform>%n Wochen in Folge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <location filename="../../app/ui/dialogs/export_file.py" line="-84"/>
        <source>Replace this file?</source>
        <translation>Diese Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s exists already. Replace it with the export?</source>
        <translation>%s gibt es schon. Durch den Export ersetzen?</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../app/ui/widgets/restore_offer.py" line="+30"/>
        <source>Your data file is missing</source>
        <translation>Deine Datendatei fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data file is back: the backup from %s is restored.</source>
        <translation>Deine Datendatei ist wieder da: Die Sicherung vom %s ist wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <location filename="../../app/ui/widgets/runs.py" line="+35"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urges</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What ended it</source>
        <translation>Beendet durch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your runs without contact, newest first</source>
        <translation>Deine Serien ohne Kontakt, neueste zuerst</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ongoing</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a new plan</source>
        <translation>ein neuer Plan</translation>
    </message>
</context>
<context>
    <name>SavingQueue</name>
    <message>
        <location filename="../../app/ui/saving_queue.py" line="+93"/>
        <source>Another Holdfast process is busy with your data, so this is not saved yet. It is kept, and saved as soon as the other process lets go.</source>
        <translation>Ein anderer Holdfast-Prozess arbeitet gerade mit deinen Daten, deshalb ist das noch nicht gespeichert. Es bleibt erhalten und wird gespeichert, sobald der andere Prozess fertig ist.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saved now: what you logged while another Holdfast process was busy.</source>
        <translation>Jetzt gespeichert: was du notiert hast, während ein anderer Holdfast-Prozess beschäftigt war.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved now: what you logged while your data file was missing.</source>
        <translation>Jetzt gespeichert: was du notiert hast, während deine Datendatei fehlte.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What you logged is kept in this window, but it could not be kept on disk as well (%s): keep Holdfast open until it is saved.</source>
        <translation>Was du notiert hast, ist in diesem Fenster erhalten, konnte aber nicht zusätzlich auf dem Datenträger gesichert werden (%s): Lass Holdfast offen, bis es gespeichert ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n urges</source>
        <translation>
            <numerusform>ein Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>ein Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added now: %s you logged while Holdfast was locked.</source>
        <translation>Jetzt hinzugefügt: %s, notiert, während Holdfast gesperrt war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved now: %s you logged earlier, while it could not be saved.</source>
        <translation>Jetzt gespeichert: %s, den du vorhin notiert hast, als das Speichern nicht ging.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved now: %s you logged earlier, while they could not be saved.</source>
        <translation>Jetzt gespeichert: %s, die du vorhin notiert hast, als das Speichern nicht ging.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="+71"/>
        <source>Holdfast: settings</source>
        <translation>Holdfast: Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes are saved as you make them: the plan when you leave its field.</source>
        <translation>Änderungen werden sofort gespeichert, der Plan erst, wenn du sein Feld verlässt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When your last contact was</source>
        <translation>Wann dein letzter Kontakt war</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to aim for</source>
        <translation>Zieldauer in Tagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for</source>
        <translation>Zieldauer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: %s.</source>
        <translation>Nicht gespeichert: %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved: aiming for %n days.</source>
        <translation>
            <numerusform>Gespeichert: Zieldauer %n Tag.</numerusform>
            <numerusform>Gespeichert: Zieldauer %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved: last contact on %s; aiming for %n days.</source>
        <translation>
            <numerusform>Gespeichert: letzter Kontakt am %s; Zieldauer %n Tag.</numerusform>
            <numerusform>Gespeichert: letzter Kontakt am %s; Zieldauer %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Healing first</source>
        <translation>Heilung zuerst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A daily check-in at</source>
        <translation>Ein täglicher Check-in um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell me when I reach a milestone</source>
        <translation>Bei Meilensteinen Bescheid geben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hard dates…</source>
        <translation>Schwere Tage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days you know will be hard, and your plan for each</source>
        <translation>Tage, die schwer werden, und dein Plan für jeden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Appearance and start-up</source>
        <translation>Aussehen und Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start minimised to the tray</source>
        <translation>Minimiert in der Systemleiste starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start Holdfast when I log in</source>
        <translation>Holdfast bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desktop shows no tray. While a reminder is on, closing the window leaves Holdfast running in the background, so reminders still arrive; to end it, choose Holdfast &gt; Quit or press Ctrl+Q.</source>
        <translation>Dieser Desktop zeigt keine Systemleiste. Solange eine Erinnerung aktiv ist, läuft Holdfast nach dem Schließen des Fensters im Hintergrund weiter, damit Erinnerungen trotzdem ankommen; zum Beenden wähle Holdfast &gt; Beenden oder drück Strg+Q.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>System default (%s)</source>
        <translation>Systemstandard (%s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new language shows the next time Holdfast starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von Holdfast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language could not be saved: %s.</source>
        <translation>Die Sprache konnte nicht gespeichert werden: %s.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discreet mode: show only &quot;Holdfast&quot; and neutral words outside this window</source>
        <translation>Diskreter Modus: außerhalb dieses Fensters nur „Holdfast“ und neutrale Wörter zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tray then offers one &quot;Log a moment&quot; instead of the urges, the launcher leaves out its menu of urges, and notifications name no one.</source>
        <translation>Die Systemleiste bietet dann nur „Einen Moment notieren“ statt der Impulse, der Programmstarter lässt sein Menü der Impulse weg, und Benachrichtigungen nennen niemanden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If someone else might see this screen, discreet mode keeps Holdfast neutral from the outside.</source>
        <translation>Falls jemand anderes diesen Bildschirm sehen könnte, lässt der diskrete Modus Holdfast von außen neutral wirken.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Restore the selected backup…</source>
        <translation>Ausgewählte Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved a copy to %s.</source>
        <translation>Kopie gespeichert unter %s.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to add: everything in that file is here already.</source>
        <translation>Nichts hinzuzufügen: Alles aus dieser Datei ist schon da.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals ticked</source>
        <translation>
            <numerusform>%n Ziel abgehakt</numerusform>
            <numerusform>%n Ziele abgehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n Tagebucheintrag</numerusform>
            <numerusform>%n Tagebucheinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reasons it ended</source>
        <translation>
            <numerusform>%n Grund für das Ende</numerusform>
            <numerusform>%n Gründe für das Ende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>that healing comes first</source>
        <translation>die Wahl „Heilung zuerst“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %s. Your data as it was before is kept as a backup.</source>
        <translation>Importiert: %s. Deine Daten von vorher bleiben als Sicherung erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore a backup?</source>
        <translation>Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the backup from %s? The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>Die Sicherung vom %s zurückholen? Die aktuellen Daten werden im Datenordner beiseitegelegt, es geht also nichts verloren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON, everything (*.json);;CSV, the entries (*.csv)</source>
        <translation>JSON, alles (*.json);;CSV, die Einträge (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holdfast export or data file (*.json)</source>
        <translation>Holdfast-Export oder Datendatei (*.json)</translation>
    </message>
</context>
<context>
    <name>StarterGoals</name>
    <message>
        <location filename="../../app/domain/goals.py" line="-199"/>
        <source>Move for twenty minutes: a walk counts</source>
        <translation>Zwanzig Minuten Bewegung: Ein Spaziergang zählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the phone away an hour before bed</source>
        <translation>Das Handy eine Stunde vor dem Schlafen weglegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cook or sit down to one proper meal</source>
        <translation>Eine richtige Mahlzeit kochen oder in Ruhe essen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tell one friend you&apos;re doing this</source>
        <translation>Einem lieben Menschen davon erzählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See or call a friend</source>
        <translation>Einen lieben Menschen treffen oder anrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spend an hour on a hobby, old or new</source>
        <translation>Eine Stunde für ein Hobby, alt oder neu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Five slow minutes of breathing</source>
        <translation>Fünf Minuten langsam atmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When an urge comes, wait ten minutes first</source>
        <translation>Wenn ein Impuls kommt, erst zehn Minuten warten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write what you miss: them, or being with someone</source>
        <translation>Aufschreiben, was du vermisst: die Person oder das Zusammensein mit jemandem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down why it ended, honestly</source>
        <translation>Ehrlich aufschreiben, warum es zu Ende ging</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the patterns that were yours</source>
        <translation>Die Muster benennen, die deine waren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish one thing you kept putting off</source>
        <translation>Eine Sache abschließen, die du immer aufgeschoben hast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note one thing you did well today</source>
        <translation>Eine Sache notieren, die dir heute gut gelungen ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen to someone without planning a reply</source>
        <translation>Jemandem zuhören, ohne eine Antwort zu planen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say how you feel to someone, without blame</source>
        <translation>Jemandem sagen, wie es dir geht, ohne Vorwürfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write one thing you are glad to have back for yourself</source>
        <translation>Eine Sache aufschreiben, die du wieder für dich hast und die dich freut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write what a kind, respectful relationship looks like to you</source>
        <translation>Aufschreiben, wie eine liebevolle, respektvolle Beziehung für dich aussieht</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../app/storage/codec.py" line="+95"/>
        <source>an entry is not valid ({why})</source>
        <translation>ein Eintrag ist ungültig ({why})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an entry has an unknown type {kind}</source>
        <translation>ein Eintrag hat einen unbekannten Typ {kind}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a goal is not valid ({why})</source>
        <translation>ein Ziel ist ungültig ({why})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the settings are not valid ({why})</source>
        <translation>die Einstellungen sind ungültig ({why})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a goal completion is not valid ({why})</source>
        <translation>ein abgehaktes Ziel ist ungültig ({why})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a journal entry is not valid ({why})</source>
        <translation>ein Tagebucheintrag ist ungültig ({why})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a hard date is not valid ({why})</source>
        <translation>ein schwerer Tag ist ungültig ({why})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a check-in is not valid ({why})</source>
        <translation>ein Check-in ist ungültig ({why})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the reasons it ended are not valid ({why})</source>
        <translation>die Gründe für das Ende sind ungültig ({why})</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="+32"/>
        <source>Holdfast cannot use its data file {path}: {problem}. Nothing has been written to it. There is no good backup to restore from.</source>
        <translation>Holdfast kann seine Datendatei {path} nicht verwenden: {problem}. Es wurde nichts hineingeschrieben. Es gibt keine intakte Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holdfast cannot use its data file {path}: {problem}. Nothing has been written to it. The newest good backup is {backup}; `holdfast restore` puts it back and keeps the current file aside.</source>
        <translation>Holdfast kann seine Datendatei {path} nicht verwenden: {problem}. Es wurde nichts hineingeschrieben. Die neueste intakte Sicherung ist {backup}; `holdfast restore` stellt sie wieder her und legt die aktuelle Datei beiseite.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not save to {path}: {why}. Nothing was changed; the previous data is intact.</source>
        <translation>Speichern in {path} nicht möglich: {why}. Es wurde nichts geändert; die bisherigen Daten sind unversehrt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>it is {what}, not an ordinary file; move it away, and `holdfast restore` puts back the newest backup, if there is one</source>
        <translation>es ist {what}, keine gewöhnliche Datei; schieb es beiseite, dann stellt `holdfast restore` die neueste Sicherung wieder her, falls es eine gibt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a link to {target}, which is not there</source>
        <translation>ein Link ins Leere (auf {target})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is {what}; put that file back (a sync tool may keep a copy), or remove the link and `holdfast restore` puts back the newest backup, if there is one</source>
        <translation>es ist {what}; leg die Datei zurück (ein Sync-Programm hat vielleicht eine Kopie) oder entferne den Link, dann stellt `holdfast restore` die neueste Sicherung wieder her, falls es eine gibt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} is missing from {folder}, and there is no good backup to restore; put the file back (a sync tool may keep a copy) to go on.</source>
        <translation>{name} fehlt in {folder}, und es gibt keine intakte Sicherung zum Wiederherstellen; leg die Datei zurück (ein Sync-Programm hat vielleicht eine Kopie), um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is missing; `holdfast restore` puts back the backup from {when} UTC.</source>
        <translation>{name} fehlt; `holdfast restore` stellt die Sicherung vom {when} UTC wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is missing; `holdfast restore` puts back the backup from {when}.</source>
        <translation>{name} fehlt; `holdfast restore` stellt die Sicherung vom {when} wieder her.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Holdfast cannot use {where}: {why}.</source>
        <translation>Holdfast kann {where} nicht verwenden: {why}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the system refused it ({what}); check that the path is right and is yours</source>
        <translation>das System hat es abgelehnt ({what}); prüf, ob der Pfad stimmt und dir gehört</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; schaff Platz und versuch es erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is read-only; choose a folder on a disk you can write to</source>
        <translation>der Datenträger ist schreibgeschützt; wähl einen Ordner auf einem beschreibbaren Datenträger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you do not have permission to use it; check who owns it, or choose a folder of your own</source>
        <translation>dir fehlt die Berechtigung dafür; prüf, wem es gehört, oder wähl einen eigenen Ordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a symbolic link, which Holdfast does not follow; put the real file or folder in its place</source>
        <translation>es ist ein symbolischer Link, dem Holdfast nicht folgt; leg die echte Datei oder den echten Ordner an seine Stelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>something of that name is already there; move it aside or choose another name</source>
        <translation>unter diesem Namen gibt es schon etwas; schieb es beiseite oder wähl einen anderen Namen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not exist; check the path, and that its folder is there</source>
        <translation>es existiert nicht; prüf den Pfad und ob sein Ordner da ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>part of the path is a file, not a folder; check the path</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner; prüf den Pfad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder where a file belongs; give the path of a file</source>
        <translation>es ist ein Ordner, wo eine Datei hingehört; gib den Pfad einer Datei an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name is too long; choose a shorter one</source>
        <translation>der Name ist zu lang; wähl einen kürzeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program is using it; close that program and try again</source>
        <translation>ein anderes Programm benutzt es; schließ dieses Programm und versuch es erneut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk could not read or write it; check the disk, and keep a copy of your data on another one</source>
        <translation>der Datenträger konnte es nicht lesen oder schreiben; prüf den Datenträger und bewahr eine Kopie deiner Daten auf einem anderen auf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too many files are open; close some programs and try again</source>
        <translation>zu viele Dateien sind geöffnet; schließ einige Programme und versuch es erneut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a device or a pipe, not a file; give the path of an ordinary file</source>
        <translation>es ist ein Gerät oder eine Pipe, keine Datei; gib den Pfad einer gewöhnlichen Datei an</translation>
    </message>
    <message>
        <location filename="../../app/storage/files.py" line="+143"/>
        <source>something other than a file</source>
        <translation>etwas anderes als eine Datei</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it is larger than {size} MiB, far more than Holdfast ever writes; check that it is the right file</source>
        <translation>es ist größer als {size} MiB, weit mehr, als Holdfast je schreibt; prüf, ob es die richtige Datei ist</translation>
    </message>
    <message>
        <location filename="../../app/storage/lock.py" line="+19"/>
        <source>another Holdfast process (a window, or a command still running) is busy with your data and has not let go of it; nothing was changed</source>
        <translation>ein anderer Holdfast-Prozess (ein Fenster oder ein noch laufender Befehl) arbeitet mit deinen Daten und hat sie noch nicht freigegeben; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{busy}; try again in a moment</source>
        <translation>{busy}; versuch es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../../app/storage/safe_storage.py" line="+122"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not valid JSON (it may have been cut short)</source>
        <translation>sie ist kein gültiges JSON (vielleicht wurde sie abgeschnitten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it does not have the layout of a Holdfast file</source>
        <translation>sie hat nicht den Aufbau einer Holdfast-Datei</translation>
    </message>
    <message>
        <location filename="../../app/storage/store.py" line="+359"/>
        <source>{refusal}. Nothing was imported.</source>
        <translation>{refusal}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>there is no good backup in {folder}</source>
        <translation>in {folder} gibt es keine intakte Sicherung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no backup named {name}; `holdfast backups` lists the ones there are</source>
        <translation>es gibt keine Sicherung namens {name}; `holdfast backups` listet die vorhandenen auf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup {name} cannot be used: {problem}</source>
        <translation>die Sicherung {name} ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>it could not be upgraded from format {version} ({error})</source>
        <translation>sie konnte nicht von Format {version} aktualisiert werden ({error})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has no Holdfast format version</source>
        <translation>sie hat keine Holdfast-Formatversion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer Holdfast (format {version}; this version reads up to {known}), so update Holdfast to open it</source>
        <translation>sie wurde von einem neueren Holdfast geschrieben (Format {version}; diese Version liest bis {known}), also aktualisiere Holdfast, um sie zu öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the goal list is not valid</source>
        <translation>die Zielliste ist ungültig</translation>
    </message>
    <message>
        <location filename="../../app/storage/transfer.py" line="-60"/>
        <source>{target} is inside Holdfast&apos;s data folder {folder}, which holds only Holdfast&apos;s own files; export to a folder of your own, such as your documents</source>
        <translation>{target} liegt in Holdfasts Datenordner {folder}, der nur Holdfasts eigene Dateien enthält; exportiere in einen eigenen Ordner, etwa deine Dokumente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{target} exists already and was left as it is; give another name, or add --overwrite to replace it</source>
        <translation>{target} gibt es schon und bleibt, wie es ist; gib einen anderen Namen an oder füge --overwrite hinzu, um es zu ersetzen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{path} holds a kind of entry this version of Holdfast does not know ({kind}); update Holdfast to import it</source>
        <translation>{path} enthält eine Art von Eintrag, die diese Holdfast-Version nicht kennt ({kind}); aktualisiere Holdfast, um die Datei zu importieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+71"/>
        <source>{path} cannot be imported: {problem}</source>
        <translation>{path} kann nicht importiert werden: {problem}</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{path} does not say which version of the export format it is</source>
        <translation>{path} nennt keine Version des Exportformats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} was made by a newer Holdfast (export format {version}; this version reads up to {known}); update Holdfast to import it</source>
        <translation>{path} stammt von einem neueren Holdfast (Exportformat {version}; diese Version liest bis {known}); aktualisiere Holdfast, um die Datei zu importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} holds a section this version of Holdfast does not know ({section}); update Holdfast to import it</source>
        <translation>{path} enthält einen Abschnitt, den diese Holdfast-Version nicht kennt ({section}); aktualisiere Holdfast, um die Datei zu importieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>there is no file {path}</source>
        <translation>es gibt keine Datei {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no file {path}: it is {what}</source>
        <translation>es gibt keine Datei {path}: es ist {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read {path}: it is not a file but a pipe or a device; give a file made by `holdfast export`, a backup or a copy of holdfast.json</source>
        <translation>{path} ist nicht lesbar: es ist keine Datei, sondern eine Pipe oder ein Gerät; gib eine mit `holdfast export` erstellte Datei an, eine Sicherung oder eine Kopie von holdfast.json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read {path}: its permissions do not let you read it; copy it somewhere of your own, or ask whoever owns it</source>
        <translation>{path} ist nicht lesbar: die Berechtigungen erlauben dir das Lesen nicht; kopier die Datei an einen eigenen Ort oder frag, wem sie gehört</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read {path}: it is a folder; give the file to import</source>
        <translation>{path} ist nicht lesbar: es ist ein Ordner; gib die zu importierende Datei an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read {path}: its path holds a link that leads back to itself; give the path of the file itself</source>
        <translation>{path} ist nicht lesbar: der Pfad enthält einen Link, der auf sich selbst zurückführt; gib den Pfad der Datei selbst an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read {path}: {why}</source>
        <translation>{path} ist nicht lesbar: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a Holdfast export or data file; import takes a .json file made by `holdfast export`, a backup, or a copy of holdfast.json</source>
        <translation>{path} ist kein Holdfast-Export und keine Datendatei; importieren lässt sich eine .json-Datei, die mit `holdfast export` erstellt wurde, eine Sicherung oder eine Kopie von holdfast.json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is not a Holdfast export or data file (it is not valid JSON; it may have been cut short); import takes a .json file made by `holdfast export`, a backup, or a copy of holdfast.json</source>
        <translation>{path} ist kein Holdfast-Export und keine Datendatei (kein gültiges JSON; vielleicht wurde die Datei abgeschnitten); importieren lässt sich eine .json-Datei, die mit `holdfast export` erstellt wurde, eine Sicherung oder eine Kopie von holdfast.json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{key} must be true or false, not {value}</source>
        <translation>{key} muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its {key} are not a list of entries</source>
        <translation>der Abschnitt {key} ist keine Liste von Einträgen</translation>
    </message>
    <message>
        <location filename="../../app/storage/waiting_entries.py" line="+65"/>
        <source>Some urges or contacts that were waiting to be saved could not be read (the file holding them is damaged), so they are not saved; the file is kept as {path}.</source>
        <translation>Einige Impulse oder Kontakte, die aufs Speichern warteten, ließen sich nicht lesen (die Datei mit ihnen ist beschädigt), darum sind sie nicht gespeichert; die Datei bleibt als {path} erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/storage/protecting.py" line="+174"/>
        <source>protection is already on; `holdfast protect change` changes the passphrase</source>
        <translation>der Schutz ist schon eingeschaltet; `holdfast protect change` ändert die Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protection is off; `holdfast protect on` turns it on</source>
        <translation>der Schutz ist ausgeschaltet; `holdfast protect on` schaltet ihn ein</translation>
    </message>
    <message>
        <location filename="../../app/storage/protection.py" line="+38"/>
        <source>Holdfast is locked: your entries are protected with a passphrase. Unlock the window, or give the passphrase when asked; nothing was read or written.</source>
        <translation>Holdfast ist gesperrt: Deine Einträge sind mit einer Passphrase geschützt. Entsperr das Fenster oder gib die Passphrase ein, wenn danach gefragt wird; es wurde nichts gelesen oder geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That recovery key does not unlock Holdfast; check it and try again. Nothing was changed.</source>
        <translation>Dieser Wiederherstellungsschlüssel entsperrt Holdfast nicht; prüf ihn und versuch es noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That passphrase does not unlock Holdfast; check it (and Caps Lock) and try again. Nothing was changed.</source>
        <translation>Diese Passphrase entsperrt Holdfast nicht; prüf sie (und die Feststelltaste) und versuch es noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Holdfast cannot read {path}, which holds the key to your protected entries: {problem}. Nothing was written. Put back a copy of it from a backup of this folder to unlock.</source>
        <translation>Holdfast kann {path} nicht lesen, die Datei mit dem Schlüssel zu deinen geschützten Einträgen: {problem}. Es wurde nichts geschrieben. Leg eine Kopie davon aus einer Sicherung dieses Ordners zurück, um zu entsperren.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>it was written by a newer Holdfast, so update Holdfast</source>
        <translation>sie wurde von einem neueren Holdfast geschrieben, also aktualisiere Holdfast</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it is damaged (its checksum does not match)</source>
        <translation>sie ist beschädigt (ihre Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>it is protected with a passphrase, but protection.json, which holds its key, is missing from the folder; put it back to open it</source>
        <translation>sie ist mit einer Passphrase geschützt, aber protection.json mit ihrem Schlüssel fehlt im Ordner; leg die Datei zurück, um sie zu öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is protected, and it does not open with the key that opens the others: it is damaged</source>
        <translation>sie ist geschützt und lässt sich nicht mit dem Schlüssel öffnen, der die anderen öffnet: sie ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../app/storage/sealed_export.py" line="+93"/>
        <source>{path} is an encrypted export, and it opens only with the passphrase or recovery key in force when it was written</source>
        <translation>{path} ist ein verschlüsselter Export und lässt sich nur mit der Passphrase oder dem Wiederherstellungsschlüssel öffnen, die beim Erstellen galten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is an encrypted export that is damaged and cannot be opened</source>
        <translation>{path} ist ein verschlüsselter Export, der beschädigt ist und sich nicht öffnen lässt</translation>
    </message>
</context>
<context>
    <name>StrengthSlider</name>
    <message>
        <location filename="../../app/ui/widgets/strength.py" line="+22"/>
        <source>How strong the urge was, 1 to 10</source>
        <translation>Wie stark der Impuls war, 1 bis 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>SystemError</name>
    <message>
        <location filename="../../app/system/autostart.py" line="+45"/>
        <source>{path} is {what}, not a file Holdfast wrote, so it is left as it is; remove it yourself if Holdfast should manage starting at login</source>
        <translation>{path} ist {what}, keine Datei von Holdfast, und bleibt deshalb, wie es ist; entferne es selbst, wenn Holdfast den Start bei der Anmeldung verwalten soll</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{program} is not there to make the Startup shortcut</source>
        <translation>{program} fehlt, um die Autostart-Verknüpfung anzulegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows could not make the Startup shortcut ({why})</source>
        <translation>Windows konnte die Autostart-Verknüpfung nicht anlegen ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows took too long to make the Startup shortcut; try again</source>
        <translation>Windows hat zu lange gebraucht, um die Autostart-Verknüpfung anzulegen; versuch es erneut</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>a link</source>
        <translation>ein Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an ordinary file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../../app/system/desktop_entry.py" line="+181"/>
        <source>cannot find the installed `{command}` command for the desktop to start; install Holdfast first (pipx install .) and run this again with the `{command}` it installed</source>
        <translation>der installierte Befehl `{command}` für den Start vom Desktop wurde nicht gefunden; installiere zuerst Holdfast (pipx install .) und führe das hier noch einmal mit dem installierten `{command}` aus</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>a launcher cannot start a path with a line break: {path}</source>
        <translation>ein Starter kann keinen Pfad mit Zeilenumbruch starten: {path}</translation>
    </message>
    <message>
        <location filename="../../app/system/resource_files.py" line="+57"/>
        <source>Holdfast&apos;s resources folder is missing (looked in: {looked}); the installation may be incomplete</source>
        <translation>Der Ressourcenordner von Holdfast fehlt (gesucht in: {looked}); die Installation ist vielleicht unvollständig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holdfast&apos;s resource {name} is missing (looked in: {looked}); the installation may be incomplete</source>
        <translation>Die Ressource {name} von Holdfast fehlt (gesucht in: {looked}); die Installation ist vielleicht unvollständig</translation>
    </message>
</context>
<context>
    <name>ThenAndNowSection</name>
    <message>
        <location filename="../../app/ui/widgets/review_section.py" line="+33"/>
        <location line="+4"/>
        <source>Then and now</source>
        <translation>Damals und jetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s without contact, counted from %s.</source>
        <translation>%s ohne Kontakt, gezählt ab %s.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Urges per week</source>
        <translation>Impulse pro Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goals ticked off</source>
        <translation>Abgehakte Ziele</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mood: %s. Pull: %s.</source>
        <translation>Stimmung: %s. Sog: %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n times</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/pages/today.py" line="+121"/>
        <location line="+12"/>
        <source>Today&apos;s goals</source>
        <translation>Ziele für heute</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I had contact with them…</source>
        <translation>Ich hatte Kontakt mit der Person…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it is hard right now</source>
        <translation>Wenn es gerade schwer ist</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Recorded. Your run goes on.</source>
        <translation>Eingetragen. Deine Serie läuft weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded. A new run starts now; the days before it stay counted.</source>
        <translation>Eingetragen. Jetzt beginnt eine neue Serie; die Tage davor bleiben gezählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded for %s. The run it fell in ended then; the days before it stay counted.</source>
        <translation>Für %s eingetragen. Die Serie, in die der Kontakt fiel, endete damit; die Tage davor bleiben gezählt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not started</source>
        <translation>Noch nicht gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Settings to set when your last contact was.</source>
        <translation>Gib in den Einstellungen an, wann dein letzter Kontakt war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %d</source>
        <translation>Tag %d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target reached on %s</source>
        <translation>Zieltag erreicht am %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You reached day %d.</source>
        <translation>Du hast Tag %d erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>However today feels, these days were yours to keep. Healing goes on at your own pace; Next steps has support and what helps, whenever you want it.</source>
        <translation>Wie auch immer sich heute anfühlt, diese Tage gehören dir. Heilung geht in deinem eigenen Tempo weiter; unter „Nächste Schritte“ findest du Unterstützung und was hilft, wann immer du willst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>However today feels, these days were yours to keep. When you are ready, think about what comes next: reaching out, or moving on. Both are fine.</source>
        <translation>Wie auch immer sich heute anfühlt, diese Tage gehören dir. Wenn du so weit bist, denk darüber nach, was als Nächstes kommt: Kontakt aufnehmen oder weitergehen. Beides ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look back, then support and moving on</source>
        <translation>Rückblick, dann Unterstützung und Weitergehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back, then what comes next</source>
        <translation>Rückblick, dann wie es weitergeht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of %d</source>
        <translation>von %d</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days %02d:%02d:%02d to go</source>
        <translation>
            <numerusform>noch %n Tag %02d:%02d:%02d</numerusform>
            <numerusform>noch %n Tage %02d:%02d:%02d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %d arrives on %s</source>
        <translation>Tag %d erreichst du am %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%d of %d done</source>
        <translation>%d von %d erledigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../../app/ui/widgets/runs.py" line="+31"/>
        <source>%d of %d</source>
        <translation>%d von %d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day without contact, across every run</source>
        <translation>Tag ohne Kontakt, über alle Serien</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>days without contact, across every run</source>
        <translation>
            <numerusform>Tag ohne Kontakt, über alle Serien</numerusform>
            <numerusform>Tage ohne Kontakt, über alle Serien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every run</source>
        <translation>alle Serien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your longest run</source>
        <translation>deine längste Serie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run so far</source>
        <translation>Serie bisher</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>runs so far</source>
        <translation>
            <numerusform>Serie bisher</numerusform>
            <numerusform>Serien bisher</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>urge resisted</source>
        <translation>Impuls durchgehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>urges resisted</source>
        <translation>
            <numerusform>Impuls durchgehalten</numerusform>
            <numerusform>Impulse durchgehalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/ui/tray.py" line="+57"/>
        <source>Log a moment</source>
        <translation>Einen Moment notieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log an urge</source>
        <translation>Impuls notieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If it is hard right now…</source>
        <translation>Wenn es gerade schwer ist…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Holdfast</source>
        <translation>Holdfast anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wanted to text</source>
        <translation>Wollte schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted to call</source>
        <translation>Wollte anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted to check their profile</source>
        <translation>Wollte das Profil ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted to ask friends about them</source>
        <translation>Wollte im Freundeskreis nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted to go where they might be</source>
        <translation>Wollte hingehen, wo ihr euch begegnen könntet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another urge</source>
        <translation>Ein anderer Impuls</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Holdfast: day %n</source>
        <translation>
            <numerusform>Holdfast: Tag %n</numerusform>
            <numerusform>Holdfast: Tag %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnOffDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="-59"/>
        <source>Turn off protection</source>
        <translation>Schutz ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turning off…</source>
        <translation>Wird ausgeschaltet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your entries, notes and journal will be written in plain text on this computer again, and Holdfast will not ask for a passphrase. Anyone who can open your files can then read them.</source>
        <translation>Deine Einträge, Notizen und dein Tagebuch werden auf diesem Computer wieder unverschlüsselt gespeichert, und Holdfast fragt nicht mehr nach einer Passphrase. Wer deine Dateien öffnen kann, kann sie dann lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery key works here too.</source>
        <translation>Dein Wiederherstellungsschlüssel funktioniert hier auch.</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <location filename="../../app/ui/widgets/undo_banner.py" line="+27"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>UrgeBarChart</name>
    <message>
        <location filename="../../app/ui/widgets/bar_chart.py" line="+31"/>
        <source>Urges per day</source>
        <translation>Impulse pro Tag</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No urges logged in these days.</source>
        <translation>In diesen Tagen wurden keine Impulse notiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s over %s, %s a day; the most on one day: %d, on %s; %s without any.</source>
        <translation>%s über %s, %s pro Tag; am meisten an einem Tag: %d, am %s; %s ohne Impuls.</translation>
    </message>
</context>
<context>
    <name>UrgeEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="-123"/>
        <source>Holdfast: edit urge</source>
        <translation>Holdfast: Impuls bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the urge came</source>
        <translation>Wann der Impuls kam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you wanted to do</source>
        <translation>Was du tun wolltest</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>It stays here and is never sent.</source>
        <translation>Bleibt hier und wird nie gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message you wanted to send, kept here</source>
        <translation>Die Nachricht, die du senden wolltest, hier aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsent message</source>
        <translation>Nicht gesendete Nachricht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The urge to</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
</context>
<context>
    <name>UrgeFeedback</name>
    <message>
        <location filename="../../app/domain/words.py" line="+147"/>
        <source>Logged</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will pass.</source>
        <translation>Es geht vorbei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notifications.py" line="+49"/>
        <source>It is kept safe and counted when you next unlock Holdfast.</source>
        <translation>Das bleibt sicher verwahrt und wird mitgezählt, sobald du Holdfast wieder entsperrst.</translation>
    </message>
</context>
<context>
    <name>UrgePanel</name>
    <message>
        <location filename="../../app/ui/widgets/urge_panel.py" line="+59"/>
        <source>When the urge comes, log it instead</source>
        <translation>Wenn der Impuls kommt, notiere ihn stattdessen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log %s (Ctrl+%d)</source>
        <translation>%s notieren (Strg+%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I had %s</source>
        <translation>Ich hatte: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+109"/>
        <source>Undo: remove the urge just logged</source>
        <translation>Rückgängig: den eben notierten Impuls entfernen</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Add details</source>
        <translation>Details hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+199"/>
        <source>It has passed</source>
        <translation>Der Impuls ist vorbei</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>What set it off? How do you feel? (optional)</source>
        <translation>Was hat ihn ausgelöst? Wie fühlst du dich? (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Write what you wanted to send. It stays here and is never sent.</source>
        <translation>Schreib, was du senden wolltest. Es bleibt hier und wird nie gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message you wanted to send, kept here</source>
        <translation>Die Nachricht, die du senden wolltest, hier aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsent message</source>
        <translation>Nicht gesendete Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save details</source>
        <translation>Details speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an urge you didn&apos;t act on.</source>
        <translation>ein Impuls, dem du nicht gefolgt bist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you wanted to %s, and you didn&apos;t.</source>
        <translation>du hattest den Impuls, %s, und hast es nicht getan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Details saved.</source>
        <translation>Details gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this urge</source>
        <translation>Diesen Impuls entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this urge, with its details, from your log</source>
        <translation>Diesen Impuls mit seinen Details aus deinen Einträgen entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: remove the contact just recorded</source>
        <translation>Rückgängig: den eben eingetragenen Kontakt entfernen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Removed: that urge is no longer logged.</source>
        <translation>Entfernt: Dieser Impuls ist nicht mehr notiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: that contact is no longer recorded.</source>
        <translation>Entfernt: Dieser Kontakt ist nicht mehr eingetragen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urges resisted today: %d</source>
        <translation>Impulse heute durchgehalten: %d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten minutes ridden out. Well done.</source>
        <translation>Zehn Minuten durchgehalten. Gut gemacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: close the timer</source>
        <translation>Fertig: Timer schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ride it out: %d:%02d</source>
        <translation>Durchhalten: %d:%02d</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Meanwhile, from your goals: %s</source>
        <translation>Währenddessen, aus deinen Zielen: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One reason it ended, as you named it: %s</source>
        <translation>Ein Grund für das Ende, wie du ihn genannt hast: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote why it ended: “%s”</source>
        <translation>Du hast geschrieben, warum es endete: „%s“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier you wanted to send “%s”. That urge passed too.</source>
        <translation>Vorhin wolltest du „%s“ senden. Auch dieser Impuls ging vorbei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text a friend instead: tell them you&apos;re having a hard moment.</source>
        <translation>Schreib stattdessen einer befreundeten Person, dass es dir gerade schwerfällt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ten minutes ridden out.</source>
        <translation>Zehn Minuten durchgehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It passed. You rode it out.</source>
        <translation>Vorbei. Du hast durchgehalten.</translation>
    </message>
</context>
<context>
    <name>UrgeWeeksRow</name>
    <message>
        <location filename="../../app/ui/widgets/review_weeks.py" line="+28"/>
        <source>Urges per week</source>
        <translation>Impulse pro Woche</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+14"/>
        <source>Week %d</source>
        <translation>Woche %d</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Week %d, so far</source>
        <translation>Woche %d, bisher</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
</context>
<context>
    <name>UrgeWords</name>
    <message>
        <location filename="../../app/ui/wording.py" line="-213"/>
        <source>Text them</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call them</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check their profile</source>
        <translation>Online nachsehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask friends about them</source>
        <translation>Bei anderen nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go where they might be</source>
        <translation>Gemeinsame Orte aufsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text them</source>
        <translation>der Person zu schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call them</source>
        <translation>die Person anzurufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check their profile</source>
        <translation>das Profil der Person anzusehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask friends about them</source>
        <translation>im Freundeskreis nach der Person zu fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go where they might be</source>
        <translation>dorthin zu gehen, wo die Person sein könnte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another urge</source>
        <translation>Impuls „Sonstiges“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the urge to %s</source>
        <translation>der Impuls, %s</translation>
    </message>
</context>
<context>
    <name>WhenItHappened</name>
    <message>
        <location filename="../../app/ui/widgets/when_it_happened.py" line="+52"/>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier today</source>
        <translation>Früher am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday evening</source>
        <translation>Gestern Abend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date and time</source>
        <translation>Datum und Uhrzeit wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date and time it happened</source>
        <translation>Wann genau es passiert ist</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../app/ui/app.py" line="-122"/>
        <source>Holdfast cannot unlock</source>
        <translation>Holdfast lässt sich nicht entsperren</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Something unexpected went wrong (%s). What was saved stays saved; if it happens again, please report it.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen (%s). Was gespeichert war, bleibt gespeichert; wenn es wieder passiert, melde es bitte.</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <location line="-136"/>
        <source>%s is a link or not an ordinary file, and Holdfast does not save through one, so the window&apos;s size and place will not be kept; remove it to keep them.</source>
        <translation>%s ist ein Link oder keine gewöhnliche Datei, und Holdfast speichert nicht über so etwas, daher werden Größe und Position des Fensters nicht behalten; entferne es, damit sie erhalten bleiben.</translation>
    </message>
</context>
<context>
    <name>_Figures</name>
    <message>
        <location filename="../../app/ui/pages/today.py" line="+42"/>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without contact</source>
        <translation>Tage ohne Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Serie Nr.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%d of %d</source>
        <translation>%d von %d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
</context>
</TS>
