<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AreaSection</name>
    <message>
        <location filename="../../app/ui/widgets/goal_area.py" line="+48"/>
        <source>No goals here yet. Add a small one below.</source>
        <translation>Aún no hay objetivos aquí. Añade uno pequeño abajo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new goal for %s</source>
        <translation>Un objetivo nuevo para %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New goal for %s</source>
        <translation>Nuevo objetivo para %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often the new goal recurs</source>
        <translation>Cada cuánto se repite el nuevo objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the goal to %s</source>
        <translation>Añadir el objetivo a %s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%d of %d done</source>
        <translation>%d de %d hechos</translation>
    </message>
</context>
<context>
    <name>BreakupReason</name>
    <message>
        <location filename="../../app/domain/journal.py" line="+131"/>
        <source>We grew apart</source>
        <translation>Nos fuimos distanciando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We wanted different things from life</source>
        <translation>Queríamos cosas distintas de la vida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We stopped really talking to each other</source>
        <translation>Dejamos de hablarnos de verdad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same arguments, again and again</source>
        <translation>Las mismas discusiones, una y otra vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One or both of us felt left alone in it</source>
        <translation>Una parte o ambas sintieron soledad en la relación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attraction faded</source>
        <translation>La atracción se apagó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundaries were missing or crossed</source>
        <translation>Faltaron límites o se cruzaron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resentment built up</source>
        <translation>Se acumuló el resentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure from outside: work, family, money</source>
        <translation>Presión externa: trabajo, familia, dinero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance</source>
        <translation>La distancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else came along</source>
        <translation>Apareció otra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust was lost</source>
        <translation>Se perdió la confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was abusive or controlling, or I felt unsafe</source>
        <translation>Fue abusiva o controladora, o no me sentía a salvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betrayal, or constant disrespect</source>
        <translation>Traición, o falta de respeto constante</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../app/ui/widgets/calendar_heatmap.py" line="+83"/>
        <source>Calendar of the last twelve months</source>
        <translation>Calendario de los últimos doce meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Not tracked</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today, counted later</source>
        <translation>Hoy, se cuenta después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urges: few or mild to many or strong</source>
        <translation>Impulsos: de pocos o leves a muchos o fuertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run ended</source>
        <translation>Terminó una racha</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>From %s to today: %s without contact, urges on %s, a run ended on %s.</source>
        <translation>Desde el %s hasta hoy: %s sin contacto, impulsos en %s, fin de racha en %s.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The latest: %s.</source>
        <translation>Lo más reciente: %s.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="+181"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery key works as the current passphrase too, and it stays the same.</source>
        <translation>Tu clave de recuperación también sirve como frase de contraseña actual, y no cambia.</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../../app/ui/widgets/check_in_card.py" line="+64"/>
        <source>How is today?</source>
        <translation>¿Qué tal hoy?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today is %s</source>
        <translation>Hoy: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How strong was the pull toward them?</source>
        <translation>¿Qué fuerza tuvo el tirón hacia esa persona?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pull toward them: %s</source>
        <translation>El tirón hacia esa persona: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A line about today (optional); Enter saves it</source>
        <translation>Una línea sobre hoy (opcional); Enter la guarda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line about today</source>
        <translation>Una línea sobre hoy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open help</source>
        <translation>Abrir la ayuda</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved for today; a click changes it.</source>
        <translation>Guardado para hoy; con un clic lo cambias.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A hard day, and a strong pull. You don&apos;t have to carry it alone: reach out to someone you trust, or open help now.</source>
        <translation>Un día difícil y un tirón fuerte. No tienes que cargar con esto a solas: acude a alguien de confianza o abre la ayuda ahora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you for saying so. Hard days pass, even when it doesn&apos;t feel like it. Be gentle with yourself today; help is here if you want it.</source>
        <translation>Gracias por contarlo. Los días difíciles pasan, aunque no lo parezca. Trátate con cariño hoy; aquí tienes ayuda si la quieres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A strong pull is hard to sit with. It rises and it passes; you don&apos;t have to act on it. Help is here if you want it.</source>
        <translation>Un tirón fuerte es difícil de sostener. Sube y pasa; no tienes por qué hacerle caso. Aquí tienes ayuda si la quieres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted. Days that go up and down are part of it.</source>
        <translation>Anotado. Los días con altibajos son parte del proceso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good to hear. Noted for today.</source>
        <translation>Qué bien. Anotado para hoy.</translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/check_in.py" line="+34"/>
        <source>Holdfast: edit check-in</source>
        <translation>Holdfast: editar registro diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check-in for %s</source>
        <translation>Tu registro del %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>How the day felt</source>
        <translation>Cómo fue el día</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>How strong the pull toward them was</source>
        <translation>Qué fuerza tuvo el tirón hacia esa persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A line about the day</source>
        <translation>Una línea sobre el día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line about the day, if you like</source>
        <translation>Una línea sobre el día, si quieres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pull toward them</source>
        <translation>El tirón hacia esa persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CheckInList</name>
    <message>
        <location filename="../../app/ui/widgets/check_in_list.py" line="+78"/>
        <source>Daily check-ins, newest first</source>
        <translation>Registros diarios, el más reciente primero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected check-in</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected check-in</source>
        <translation>Eliminar el registro seleccionado</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No check-ins yet. Today has a place for one each day.</source>
        <translation>Aún no hay registros. En Hoy tienes sitio para uno cada día.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>un registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <location line="-69"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it felt</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pull</source>
        <translation>El tirón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CliArgparse</name>
    <message>
        <location filename="../../app/cli/parser.py" line="+52"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de estos argumentos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>no se puede usar junto con el argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>valor de más: %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>espera un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>espera como mucho un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>espera al menos un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s coincide con %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido para %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
</context>
<context>
    <name>CliCheckIn</name>
    <message>
        <location filename="../../app/cli/checkin.py" line="+35"/>
        <source>A hard day is allowed to be hard; be gentle with yourself tonight. If you might hurt yourself, or you are in danger, call your local emergency number or a crisis line where you live now.</source>
        <translation>Está bien que un día difícil sea difícil; trátate con cariño esta noche. Si crees que podrías hacerte daño, o estás en peligro, llama ahora a tu número local de emergencias o a una línea de crisis del lugar donde vives.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No check-in today yet; `holdfast checkin --mood 1..5 --pull 0..4` adds one (mood: {moods}; pull: {pulls}).</source>
        <translation>Aún no hay registro de hoy; `holdfast checkin --mood 1..5 --pull 0..4` añade uno (ánimo: {moods}; tirón: {pulls}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today&apos;s check-in</source>
        <translation>Registro de hoy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a check-in needs both --mood 1..5 ({moods}) and --pull 0..4 ({pulls})</source>
        <translation>un registro necesita --mood 1..5 ({moods}) y --pull 0..4 ({pulls})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checked in for today</source>
        <translation>Registro de hoy guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s check-in is changed</source>
        <translation>Registro de hoy cambiado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s check-in already says this</source>
        <translation>El registro de hoy ya dice esto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what}: mood {mood}, pull {pull}.</source>
        <translation>{what}: ánimo {mood}, tirón {pull}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <location filename="../../app/cli/commands.py" line="+56"/>
        <source>Tracking from {when} toward %n days.</source>
        <translation>
            <numerusform>Contando desde {when}, con meta de %n día.</numerusform>
            <numerusform>Contando desde {when}, con meta de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Done: {title}.</source>
        <translation>Hecho: {title}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already done: {title}.</source>
        <translation>Ya hecho: {title}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{given} today has not come yet (it is now {now}); for an earlier day give the date too, such as {example}</source>
        <translation>la hora {given} de hoy aún no ha llegado (ahora: {now}); para un día anterior indica también la fecha, como {example}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{problem}; `holdfast goals` lists the ids there are</source>
        <translation>{problem}; `holdfast goals` muestra los ids que hay</translation>
    </message>
</context>
<context>
    <name>CliDates</name>
    <message>
        <location filename="../../app/cli/hard_dates.py" line="+52"/>
        <source>{text} has no year; add --yearly for a date that comes every year, or give the year as YYYY-MM-DD</source>
        <translation>{text} no tiene año; añade --yearly para una fecha que se repite cada año, o indica el año como YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a date; give YYYY-MM-DD (such as 2026-05-14), or MM-DD with --yearly (such as 05-14)</source>
        <translation>{text} no es una fecha; indica YYYY-MM-DD (como 2026-05-14), o MM-DD con --yearly (como 05-14)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added {label} ({when}), next on {day}, {until}.</source>
        <translation>Se añadió {label} ({when}); próxima vez: {day}, {until}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your plan is kept with it.</source>
        <translation>Tu plan se guarda con ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem}; `holdfast dates` lists the ids there are</source>
        <translation>{problem}; `holdfast dates` muestra los ids que hay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {label}.</source>
        <translation>Se quitó {label}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No hard dates yet. `holdfast dates add DATE LABEL --plan TEXT` adds one, with what you will do that day.</source>
        <translation>Aún no hay fechas difíciles. `holdfast dates add DATE LABEL --plan TEXT` añade una, con lo que harás ese día.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id:</source>
        <translation>id:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passed</source>
        <translation>pasada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan: {plan}</source>
        <translation>Plan: {plan}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>every year</source>
        <translation>cada año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {days}</source>
        <translation>dentro de {days}</translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message>
        <location filename="../../app/cli/desktop.py" line="+41"/>
        <source>desktop entries are for Linux desktops; on Windows and macOS use the standalone build (the README says how to make one)</source>
        <translation>las entradas de escritorio son para escritorios Linux; en Windows y macOS usa la versión independiente (el README explica cómo crearla)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is in your desktop&apos;s launcher: {entry} starts {command}.</source>
        <translation>{name} está en el lanzador de tu escritorio: {entry} inicia {command}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The icons are in {folder}; `{command}` takes them out again.</source>
        <translation>Los iconos están en {folder}; `{command}` los vuelve a quitar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot remove {file}: {why}</source>
        <translation>no se puede quitar {file}: {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Removed {name} from the launcher: the entry and icons under {folder} (%n files). Your data is untouched.</source>
        <translation>
            <numerusform>Se quitó {name} del lanzador: la entrada y los iconos en {folder} (%n archivo). Tus datos siguen intactos.</numerusform>
            <numerusform>Se quitó {name} del lanzador: la entrada y los iconos en {folder} (%n archivos). Tus datos siguen intactos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} was not in the launcher under {folder}; nothing removed.</source>
        <translation>{name} no estaba en el lanzador en {folder}; no se quitó nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} starts in the background when you log in ({file}); `{command}` stops that.</source>
        <translation>{name} arranca en segundo plano al iniciar sesión ({file}); `{command}` lo desactiva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} does not start when you log in; `{command}` makes it start in the background.</source>
        <translation>{name} no arranca al iniciar sesión; `{command}` hace que arranque en segundo plano.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} will start in the background when you log in: {file} runs {command}.</source>
        <translation>{name} arrancará en segundo plano al iniciar sesión: {file} ejecuta {command}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} will no longer start when you log in: removed {file}.</source>
        <translation>{name} ya no arrancará al iniciar sesión: se quitó {file}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was not set to start when you log in; nothing removed.</source>
        <translation>{name} no estaba configurado para arrancar al iniciar sesión; no se quitó nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write into {file}: it is a file, not a folder</source>
        <translation>no se puede escribir en {file}: es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot change {file}: {why}</source>
        <translation>no se puede cambiar {file}: {why}</translation>
    </message>
</context>
<context>
    <name>CliEntries</name>
    <message>
        <location filename="../../app/cli/render.py" line="+206"/>
        <source>Logged for {when}: the urge to {what}, resisted. Urges resisted today: {today}. It will pass; you are on day {day}.</source>
        <translation>Anotado para {when}: el impulso de {what}, resistido. Impulsos resistidos hoy: {today}. Pasará; vas por el día {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logged: the urge to {what}, resisted. Urges resisted today: {today}. It will pass; you are on day {day}.</source>
        <translation>Anotado: el impulso de {what}, resistido. Impulsos resistidos hoy: {today}. Pasará; vas por el día {day}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded.</source>
        <translation>Registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new run starts now</source>
        <translation>Ahora empieza una nueva racha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded for {when}.</source>
        <translation>Registrado para {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ended the run it fell in; your current run goes on: you are on day {day}.</source>
        <translation>Terminó la racha en la que cayó; tu racha actual sigue: vas por el día {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new run began then: you are on day {day}</source>
        <translation>Entonces empezó una nueva racha: vas por el día {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{began}; the days before it stay in your history (%n days without contact so far).</source>
        <translation>
            <numerusform>{began}; los días anteriores quedan en tu historial (%n día sin contacto hasta ahora).</numerusform>
            <numerusform>{began}; los días anteriores quedan en tu historial (%n días sin contacto hasta ahora).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It does not end your run, because it was necessary: you are on day {day}.</source>
        <translation>No termina tu racha, porque era necesario: vas por el día {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It does not end your run, because they started it: you are on day {day}.</source>
        <translation>No termina tu racha, porque lo empezó esa persona: vas por el día {day}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text them</source>
        <translation>escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call them</source>
        <translation>llamarle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check their profile</source>
        <translation>mirar su perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask friends about them</source>
        <translation>preguntar por esa persona a tus amistades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go where they might be</source>
        <translation>ir adonde pueda estar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach out</source>
        <translation>contactar</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n urges</source>
        <translation>
            <numerusform>un impulso</numerusform>
            <numerusform>%n impulsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>un contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added now: {what} you logged while Holdfast was locked.</source>
        <translation>Añadido ahora: {what} que anotaste mientras Holdfast estaba bloqueado.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved now: {what} you logged earlier, while they could not be saved.</source>
        <translation>
            <numerusform>Se ha guardado {what} que anotaste antes, cuando no se pudo guardar.</numerusform>
            <numerusform>Se han guardado {what} que anotaste antes, cuando no se pudieron guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Logged: the urge to {what}, resisted. It is kept sealed and counted when you next unlock Holdfast. It will pass.</source>
        <translation>Anotado: el impulso de {what}, resistido. Se guarda cifrado y se contará la próxima vez que desbloquees Holdfast. Pasará.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded. It is kept sealed and counted when you next unlock Holdfast.</source>
        <translation>Registrado. Se guarda cifrado y se contará la próxima vez que desbloquees Holdfast.</translation>
    </message>
</context>
<context>
    <name>CliGoals</name>
    <message>
        <location line="-224"/>
        <source>No goals. The window lets you add some.</source>
        <translation>No hay objetivos. Puedes añadir algunos en la ventana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id:</source>
        <translation>id:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../app/cli/parser.py" line="+107"/>
        <source>when it happened, if not just now: HH:MM for earlier today, or a date and time such as 2026-11-01T21:30 (local time unless an offset such as +01:00 is given); never in the future</source>
        <translation>cuándo ocurrió, si no fue ahora mismo: HH:MM para hoy más temprano, o una fecha y hora como 2026-11-01T21:30 (hora local salvo que se indique un desfase como +01:00); nunca en el futuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep a period of no contact: countdown, streaks, urges and growth goals.</source>
        <translation>Mantén un periodo de contacto cero: cuenta atrás, rachas, impulsos y objetivos de crecimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a command, Holdfast opens its window.</source>
        <translation>Sin un comando, Holdfast abre su ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show the version and exit</source>
        <translation>muestra la versión y sale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>folder holding the data (default: ${variable}, else the user data folder)</source>
        <translation>carpeta con los datos (por defecto: ${variable}, si no, la carpeta de datos de tu cuenta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the language to speak: {languages} (default: the one chosen in the window&apos;s Settings, else the system&apos;s)</source>
        <translation>el idioma que usar: {languages} (por defecto: el elegido en los Ajustes de la ventana, si no, el del sistema)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start without a window, in the tray or quietly, to keep reminders running (as at login); a later `holdfast` shows the window</source>
        <translation>arranca sin ventana, en la bandeja o en silencio, para mantener los recordatorios (como al iniciar sesión); un `holdfast` posterior muestra la ventana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>begin the period, or re-plan it</source>
        <translation>empieza el periodo, o vuelve a planificarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>when the last contact was (default: now when beginning, unchanged when re-planning)</source>
        <translation>cuándo fue el último contacto (por defecto: ahora al empezar, sin cambios al replanificar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>days to aim for, {low} to {high} (about 30 is usual)</source>
        <translation>días de meta, de {low} a {high} (lo habitual es unos 30)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the current streak and countdown</source>
        <translation>la racha y la cuenta atrás actuales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one JSON object, for panels</source>
        <translation>un objeto JSON, para paneles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log an urge you resisted</source>
        <translation>anota un impulso que resististe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what you wanted to do: {kinds}</source>
        <translation>lo que querías hacer: {kinds}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>also say so in a desktop notification (the launcher&apos;s actions use this)</source>
        <translation>avisa también con una notificación del escritorio (las acciones del lanzador usan esto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record contact with your ex</source>
        <translation>registra un contacto con tu ex</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how: {kinds}</source>
        <translation>cómo: {kinds}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>who started it (default: me)</source>
        <translation>quién lo empezó (por defecto: me)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it could not be avoided (children, a shared lease, work)</source>
        <translation>no se pudo evitar (hijos, un alquiler compartido, trabajo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>how today feels and how strong the pull was, once a day (again to change it); without --mood and --pull, today&apos;s check-in</source>
        <translation>cómo va hoy y qué fuerza tuvo el tirón, una vez al día (repítelo para cambiarlo); sin --mood ni --pull, el registro de hoy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>how today feels: {steps}</source>
        <translation>cómo va hoy: {steps}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>how strong the pull toward them was: {steps}</source>
        <translation>qué fuerza tuvo el tirón hacia esa persona: {steps}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a line about the day</source>
        <translation>una línea sobre el día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the check-in as JSON (null when there is none)</source>
        <translation>el registro como JSON (null si no hay ninguno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past runs and urge counts</source>
        <translation>rachas pasadas y número de impulsos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>growth goals; `goals done ID` ticks one off</source>
        <translation>objetivos de crecimiento; `goals done ID` marca uno como hecho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mark a goal done for today</source>
        <translation>marca un objetivo como hecho hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the days you expect to be hard, with a plan; `dates add` adds one</source>
        <translation>los días que esperas que sean difíciles, con un plan; `dates add` añade uno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a hard date</source>
        <translation>añade una fecha difícil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YYYY-MM-DD, or MM-DD with --yearly (a year given with --yearly is left aside)</source>
        <translation>YYYY-MM-DD, o MM-DD con --yearly (con --yearly se ignora el año que se indique)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a short name for it, in your words</source>
        <translation>un nombre corto para ella, con tus palabras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what you will do that day, who you will be with</source>
        <translation>qué harás ese día, con quién estarás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it comes back every year</source>
        <translation>se repite cada año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the next day of each, soonest first</source>
        <translation>el próximo día de cada una, la más cercana primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one JSON object, for scripts</source>
        <translation>un objeto JSON, para scripts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take a hard date off the list</source>
        <translation>quita una fecha difícil de la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as `holdfast dates` shows it</source>
        <translation>como lo muestra `holdfast dates`</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write everything to FILE.json or FILE.csv</source>
        <translation>escribe todo en FILE.json o FILE.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replace FILE if it exists (never done unasked)</source>
        <translation>reemplaza FILE si existe (nunca sin pedirlo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>with protection on: an export that opens only with your passphrase or recovery key</source>
        <translation>con la protección activada: una exportación que solo se abre con tu frase de contraseña o tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with protection on: an export anyone who has the file can read</source>
        <translation>con la protección activada: una exportación que puede leer cualquiera que tenga el archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add what is missing here from an export, a backup or a sync tool&apos;s conflict copy</source>
        <translation>añade lo que falte aquí desde una exportación, una copia de seguridad o la copia en conflicto de una herramienta de sincronización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>protect your entries with a passphrase, change it, or stop that</source>
        <translation>protege tus entradas con una frase de contraseña, cámbiala o quita la protección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on asks for a new passphrase and shows a recovery key once; off writes your entries plain again; change sets a new passphrase. The passphrase is read from the terminal, or as one line of standard input</source>
        <translation>on pide una frase de contraseña nueva y muestra una clave de recuperación una sola vez; off vuelve a guardar tus entradas sin cifrar; change establece una frase de contraseña nueva. La frase de contraseña se lee del terminal, o como una línea de la entrada estándar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the backups</source>
        <translation>lista las copias de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put a backup back (the newest by default)</source>
        <translation>restaura una copia de seguridad (por defecto, la más reciente)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add Holdfast, with its icon, to your desktop&apos;s launcher (Linux)</source>
        <translation>añade Holdfast, con su icono, al lanzador de tu escritorio (Linux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take Holdfast out of the launcher again; keeps your data</source>
        <translation>quita Holdfast del lanzador; conserva tus datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start Holdfast in the background when you log in, or stop that</source>
        <translation>arranca Holdfast en segundo plano al iniciar sesión, o deja de hacerlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on, off, or whether it is on (the default)</source>
        <translation>on, off, o si está activado (por defecto)</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../../app/cli/render.py" line="-134"/>
        <source>No runs yet. Begin with `holdfast start`.</source>
        <translation>Aún no hay rachas. Empieza con `holdfast start`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended by</source>
        <translation>Terminó por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still going</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{no_contact} of {tracked} without contact over {runs}; longest {longest}.</source>
        <translation>{no_contact} de {tracked} sin contacto en {runs}; la más larga, {longest}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n runs</source>
        <translation>
            <numerusform>una racha</numerusform>
            <numerusform>%n rachas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urges resisted: {counts}</source>
        <translation>Impulsos resistidos: {counts}</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>began again</source>
        <translation>volvió a empezar</translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <location filename="../../app/cli/parser.py" line="-330"/>
        <source>{what} must be a whole number from {low} to {high}, not {text}</source>
        <translation>{what} debe ser un número entero de {low} a {high}, no {text}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{text} is not a date and time; use ISO 8601 such as 2026-11-01 or 2026-11-01T21:30 (local time unless an offset such as +01:00 is given)</source>
        <translation>{text} no es una fecha y hora; usa ISO 8601, como 2026-11-01 o 2026-11-01T21:30 (hora local salvo que se indique un desfase como +01:00)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{text} is not a time; use HH:MM for earlier today, or a date and time such as 2026-11-01T21:30 (local time unless an offset such as +01:00 is given)</source>
        <translation>{text} no es una hora; usa HH:MM para hoy más temprano, o una fecha y hora como 2026-11-01T21:30 (hora local salvo que se indique un desfase como +01:00)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the target</source>
        <translation>la meta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the intensity</source>
        <translation>la intensidad</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the mood</source>
        <translation>el ánimo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the pull</source>
        <translation>el tirón</translation>
    </message>
</context>
<context>
    <name>CliKeeping</name>
    <message>
        <location filename="../../app/cli/keeping.py" line="+34"/>
        <source>Exported everything, encrypted, to {file}. It opens with your passphrase or your recovery key.</source>
        <translation>Se exportó todo, cifrado, a {file}. Se abre con tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is not encrypted: anyone who opens it can read every entry and note.</source>
        <translation>{file} no está cifrado: cualquiera que lo abra puede leer todas las entradas y notas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+93"/>
        <source>{these} and {those}</source>
        <translation>{these} y {those}</translation>
    </message>
    <message numerus="yes">
        <location line="-92"/>
        <location line="+91"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>un registro diario</numerusform>
            <numerusform>%n registros diarios</numerusform>
        </translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+10"/>
        <source>Exported {what} to {file}.</source>
        <translation>Exportado a {file}: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It also carries your choice that healing comes first.</source>
        <translation>También incluye tu elección de sanar primero.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>; %n entries were already here</source>
        <translation>
            <numerusform>; %n entrada ya estaba aquí</numerusform>
            <numerusform>; %n entradas ya estaban aquí</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported {what}{already}.</source>
        <translation>Importado: {what}{already}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file puts healing first, so it comes first here too.</source>
        <translation>El archivo indica «Sanar primero», así que aquí también se aplica.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an encrypted export opens with your passphrase, and there is none yet: `holdfast protect on` sets one</source>
        <translation>una exportación cifrada se abre con tu frase de contraseña, y aún no tienes ninguna: `holdfast protect on` crea una</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your entries are protected: add --encrypted for an export that opens with your passphrase, or --plain for one anyone who has the file can read</source>
        <translation>tus entradas están protegidas: añade --encrypted para una exportación que se abra con tu frase de contraseña, o --plain para una que pueda leer cualquiera que tenga el archivo</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n goals</source>
        <translation>
            <numerusform>un objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goal completions</source>
        <translation>
            <numerusform>un objetivo cumplido</numerusform>
            <numerusform>%n objetivos cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>una entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reasons it ended</source>
        <translation>
            <numerusform>un motivo de la ruptura</numerusform>
            <numerusform>%n motivos de la ruptura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entries</source>
        <translation>
            <numerusform>una entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet. Holdfast copies the file before it saves, at most once an hour.</source>
        <translation>Aún no hay copias de seguridad. Holdfast copia el archivo antes de guardar, como mucho una vez por hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups in {folder}, newest first:</source>
        <translation>Copias de seguridad en {folder}, la más reciente primero:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be used</source>
        <translation>no se puede usar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no backup named {name}: {folder} holds no backups</source>
        <translation>no hay ninguna copia de seguridad llamada {name}: {folder} no contiene copias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no backup to restore: {folder} holds no backups</source>
        <translation>no hay ninguna copia de seguridad que restaurar: {folder} no contiene copias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup {name}.</source>
        <translation>Se restauró la copia de seguridad {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file it replaced is kept as {file}.</source>
        <translation>El archivo que reemplazó se conserva como {file}.</translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message>
        <location line="-107"/>
        <source>Passphrase of the export (or its recovery key):</source>
        <translation>Frase de contraseña de la exportación (o su clave de recuperación):</translation>
    </message>
    <message>
        <location filename="../../app/cli/passphrase.py" line="+31"/>
        <source>no passphrase was given; nothing was changed</source>
        <translation>no se indicó ninguna frase de contraseña; no se cambió nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>a passphrase needs at least %n characters (a few words together work well); nothing was changed</source>
        <translation>
            <numerusform>una frase de contraseña necesita al menos %n carácter (unas cuantas palabras juntas funcionan bien); no se cambió nada</numerusform>
            <numerusform>una frase de contraseña necesita al menos %n caracteres (unas cuantas palabras juntas funcionan bien); no se cambió nada</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same passphrase again:</source>
        <translation>Repite la frase de contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the two passphrases were not the same; nothing was changed</source>
        <translation>las dos frases de contraseña no coincidían; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../app/cli/protect.py" line="+42"/>
        <source>Current passphrase (or recovery key):</source>
        <translation>Frase de contraseña actual (o clave de recuperación):</translation>
    </message>
    <message>
        <location filename="../../app/cli/unlocking.py" line="+41"/>
        <source>Holdfast is locked. Passphrase (or recovery key):</source>
        <translation>Holdfast está bloqueado. Frase de contraseña (o clave de recuperación):</translation>
    </message>
</context>
<context>
    <name>CliProblems</name>
    <message>
        <location filename="../../app/cli/__init__.py" line="+29"/>
        <source>the answer could not be printed (the output was closed or full)</source>
        <translation>no se pudo mostrar la respuesta (la salida estaba cerrada o llena)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>stopped; whatever was saved before stays saved</source>
        <translation>detenido; lo que se guardó antes sigue guardado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>something unexpected went wrong ({error}); whatever was saved before stays saved. Please report this, with the command you ran</source>
        <translation>algo inesperado salió mal ({error}); lo que se guardó antes sigue guardado. Por favor, infórmalo junto con el comando que ejecutaste</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--background goes without a command: `holdfast --background` starts Holdfast without its window</source>
        <translation>--background va sin comando: `holdfast --background` arranca Holdfast sin su ventana</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>done; only {what_failed}</source>
        <translation>hecho; solo que {what_failed}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>there is no language {wanted} here; --lang takes {languages}</source>
        <translation>aquí no hay idioma {wanted}; --lang admite {languages}</translation>
    </message>
</context>
<context>
    <name>CliProtect</name>
    <message>
        <location filename="../../app/cli/protect.py" line="-15"/>
        <source>Protection is on: your entries, notes and journal are encrypted on this computer, and Holdfast asks for your passphrase to open them.</source>
        <translation>Protección activada: tus entradas, notas y diario están cifrados en este equipo, y Holdfast pide tu frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your recovery key, shown only this once (write it down and keep it somewhere safe; it unlocks Holdfast if you forget your passphrase):</source>
        <translation>Tu clave de recuperación, que solo se muestra esta vez (anótala y guárdala en un lugar seguro; desbloquea Holdfast si olvidas tu frase de contraseña):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Protection is off: your entries are written in plain text again.</source>
        <translation>Protección desactivada: tus entradas vuelven a guardarse en texto sin cifrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is changed; your recovery key stays the same.</source>
        <translation>La frase de contraseña ha cambiado; tu clave de recuperación sigue siendo la misma.</translation>
    </message>
</context>
<context>
    <name>CliStatus</name>
    <message>
        <location filename="../../app/cli/render.py" line="-227"/>
        <source>Not tracking yet. Begin with `holdfast start` (add --since to give the time of your last contact).</source>
        <translation>Aún no hay seguimiento. Empieza con `holdfast start` (añade --since para indicar la hora de tu último contacto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+312"/>
        <source>Day {day} without contact.</source>
        <translation>Día {day} sin contacto.</translation>
    </message>
    <message numerus="yes">
        <location line="-309"/>
        <source>You reached your %n-day target on {day}.</source>
        <translation>
            <numerusform>Llegaste a tu meta de %n día el {day}.</numerusform>
            <numerusform>Llegaste a tu meta de %n días el {day}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These days were yours to keep; healing goes on at your own pace.</source>
        <translation>Estos días son tuyos; sigues sanando a tu propio ritmo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whatever comes next, this time was yours.</source>
        <translation>Pase lo que pase, este tiempo fue tuyo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{left} to go until day {target}, {day} at {time}.</source>
        <translation>Faltan {left} para el día {target}, el {day} a las {time}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Longest run {longest}; {no_contact} of {tracked} without contact; this is run {run}.</source>
        <translation>Racha más larga: {longest}; {no_contact} de {tracked} sin contacto; esta es la racha {run}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Urges resisted today: {today}; in all: {total}.</source>
        <translation>Impulsos resistidos hoy: {today}; en total: {total}.</translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>Holdfast está bloqueado. Tus entradas están protegidas; desbloquea la ventana para verlas.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/contact.py" line="+52"/>
        <source>Holdfast: record contact</source>
        <translation>Holdfast: registrar un contacto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It happens, and recording it honestly is part of the work. Contact they started that you didn&apos;t take part in, or contact that could not be avoided, does not end your run.</source>
        <translation>Pasa, y registrarlo con honestidad es parte del proceso. Un contacto que empezó esa persona y en el que no participaste, o uno que no se pudo evitar, no termina tu racha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If they threatened you or you feel unsafe, call your local emergency number. A private note of dates and what happened can help if you ever look for protection.</source>
        <translation>Si esa persona te amenazó o no te sientes a salvo, llama a tu número local de emergencias. Una nota privada con las fechas y lo que pasó puede ayudar si algún día buscas protección.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I reached out, or I replied</source>
        <translation>Contacté yo, o respondí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They reached out and I didn&apos;t engage</source>
        <translation>Esa persona me contactó y no respondí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was necessary (children, a shared home, work)</source>
        <translation>Era necesario (hijos, una casa compartida, trabajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, and how you feel (optional)</source>
        <translation>Qué pasó y cómo te sientes (opcional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was it?</source>
        <translation>¿Qué fue?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you reach out or reply?</source>
        <translation>¿Contactaste tú o respondiste?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That time has not come yet by your computer&apos;s clock: choose an earlier one.</source>
        <translation>Según el reloj de tu equipo, esa hora aún no ha llegado: elige una anterior.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This ends the run it falls in at that time, and a new one starts from then. The days before it stay counted in your history, and you can undo this.</source>
        <translation>Esto termina la racha en la que cae ese momento, y desde entonces empieza una nueva. Los días anteriores siguen contando en tu historial, y puedes deshacerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End that run and record it</source>
        <translation>Terminar esa racha y registrarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ends your current run of 1 day and starts a new one now. That day stays counted in your history, and you can undo this.</source>
        <translation>Esto termina tu racha actual de 1 día y empieza una nueva ahora. Ese día sigue contando en tu historial, y puedes deshacerlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This ends your current run of %n days and starts a new one now. Those days stay counted in your history, and you can undo this.</source>
        <translation>
            <numerusform>Esto termina tu racha actual de %n día y empieza una nueva ahora. Ese día sigue contando en tu historial, y puedes deshacerlo.</numerusform>
            <numerusform>Esto termina tu racha actual de %n días y empieza una nueva ahora. Esos días siguen contando en tu historial, y puedes deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End this run and record it</source>
        <translation>Terminar esta racha y registrarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is recorded and your run goes on.</source>
        <translation>Queda registrado y tu racha sigue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record it</source>
        <translation>Registrarlo</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="+134"/>
        <source>Holdfast: edit contact</source>
        <translation>Holdfast: editar contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved like this, it ends the run it falls in. The days before it stay counted.</source>
        <translation>Guardado así, termina la racha en la que cae. Los días anteriores siguen contando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved like this, it does not end a run.</source>
        <translation>Guardado así, no termina ninguna racha.</translation>
    </message>
</context>
<context>
    <name>CrisisNote</name>
    <message>
        <location filename="../../app/ui/widgets/crisis_note.py" line="+29"/>
        <location line="+2"/>
        <source>If it is hard right now</source>
        <translation>Si ahora mismo es difícil</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/damaged_file.py" line="+24"/>
        <source>Holdfast cannot open your data</source>
        <translation>Holdfast no puede abrir tus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holdfast cannot use its data file:
%s</source>
        <translation>Holdfast no puede usar su archivo de datos:
%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %s.
Nothing has been written to it.</source>
        <translation>Motivo: %s.
No se ha escrito nada en él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest good backup is %s.</source>
        <translation>La copia de seguridad buena más reciente es %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message numerus="yes">
        <location filename="../../app/ui/file_notices.py" line="+21"/>
        <source>the %n entries it was missing</source>
        <translation>
            <numerusform>la entrada que le faltaba</numerusform>
            <numerusform>las %n entradas que le faltaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes you had made</source>
        <translation>
            <numerusform>un cambio que habías hecho</numerusform>
            <numerusform>%n cambios que habías hecho</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An older copy of your data file took the place of the newer one (a sync tool can do this). Holdfast put back %s, so nothing is lost; the older copy is kept in the backups.</source>
        <translation>Una copia antigua de tu archivo de datos ocupó el lugar de la más nueva (una herramienta de sincronización puede hacerlo). Holdfast recuperó %s, así que no se pierde nada; la copia antigua se guarda en las copias de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest backup, from %s, puts it back.</source>
        <translation>La copia de seguridad más reciente, del %s, lo restaura.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your data file, %s, is gone from its folder (a sync tool or a mistake may have moved it). Holdfast saves nothing new until it is back, as a new file would hide the loss.</source>
        <translation>Tu archivo de datos, %s, ya no está en su carpeta (puede que lo haya movido una herramienta de sincronización o un error). Holdfast no guarda nada nuevo hasta que vuelva, porque un archivo nuevo ocultaría la pérdida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no good backup of it: put the file back in %s (a sync tool may keep a copy) and Holdfast picks it up.</source>
        <translation>No hay ninguna copia de seguridad buena: vuelve a poner el archivo en %s (puede que una herramienta de sincronización guarde una copia) y Holdfast lo detectará.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urges and contacts you log meanwhile are kept, even if Holdfast is closed, and saved once the file is back.</source>
        <translation>Los impulsos y contactos que anotes mientras tanto se conservan, aunque Holdfast esté cerrado, y se guardan cuando vuelva el archivo.</translation>
    </message>
</context>
<context>
    <name>DraftChecker</name>
    <message>
        <location filename="../../app/ui/widgets/draft_checker.py" line="+53"/>
        <source>Draft of a first message</source>
        <translation>Borrador de un primer mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is never sent or saved. Notes on it appear below as you write.</source>
        <translation>Este borrador nunca se envía ni se guarda. Las notas aparecen abajo mientras escribes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Hi, I walked past that little bakery today and thought of you.</source>
        <translation>Por ejemplo: Hola, hoy pasé por aquella panadería pequeñita y me acordé de ti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This draft stays on this screen. Holdfast never sends it and never saves it.</source>
        <translation>Este borrador se queda en esta pantalla. Holdfast nunca lo envía ni lo guarda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words in the draft</source>
        <translation>Palabras del borrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the checker noticed</source>
        <translation>Lo que detectó la revisión</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes appear here as you write, line by line. They are only suggestions: what you send, if anything, is up to you.</source>
        <translation>Las notas aparecen aquí mientras escribes, línea a línea. Son solo sugerencias: lo que envíes, si envías algo, lo decides tú.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holdfast won&apos;t give advice on this one. Your safety, and theirs, comes first.</source>
        <translation>Holdfast no dará consejos sobre esto. Tu seguridad, y la de esa persona, es lo primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few things you might look at again. The message is still yours.</source>
        <translation>Algunas cosas que quizá quieras revisar. El mensaje sigue siendo tuyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the things this checker looks for are here. A first message is for after your target day; until then, the Unsent message box on Today can keep what you want to say.</source>
        <translation>No aparece nada de lo que busca esta revisión. Un primer mensaje es para después de tu día meta; hasta entonces, el cuadro «Mensaje no enviado» de Hoy puede guardar lo que quieres decir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the things this checker looks for are here. It can&apos;t read tone or know how they will take it: read it again tomorrow before you decide.</source>
        <translation>No aparece nada de lo que busca esta revisión. No puede leer el tono ni saber cómo lo tomará esa persona: vuelve a leerlo mañana antes de decidir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %d</source>
        <translation>Línea %d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole message</source>
        <translation>Mensaje completo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>If it is hard right now</source>
        <translation>Si ahora mismo es difícil</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <location filename="../../app/domain/message_check.py" line="+94"/>
        <source>Please don&apos;t send this</source>
        <translation>Por favor, no envíes esto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long for a first message</source>
        <translation>Largo para un primer mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The breakup or getting back together</source>
        <translation>La ruptura o una reconciliación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your feelings for them</source>
        <translation>Tus sentimientos hacia esa persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A heavy or repeated apology</source>
        <translation>Una disculpa excesiva o repetida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An old argument</source>
        <translation>Una discusión antigua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words that could make them feel guilty</source>
        <translation>Palabras que podrían hacerle sentir culpa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone new, or a better life without them</source>
        <translation>Una nueva pareja, o una vida mejor sin esa persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pressure to answer</source>
        <translation>Presión para responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invitation to meet</source>
        <translation>Una invitación a verse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a message to send. If you might hurt yourself, call your local emergency number or a crisis line now; you don&apos;t have to carry this on your own.
If these words are about hurting, frightening or watching them, step away from the message for now and talk to someone you trust.</source>
        <translation>Este no es un mensaje para enviar. Si crees que podrías hacerte daño, llama ahora a tu número local de emergencias o a una línea de crisis; no tienes que cargar con esto a solas.
Si estas palabras tratan de hacer daño, asustar o vigilar a esa persona, aléjate del mensaje por ahora y habla con alguien de confianza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A first message tends to land best when it is short: a line or two they can read in a moment and answer easily, or not at all. Anything longer can wait until you are talking again, if that happens.</source>
        <translation>Un primer mensaje suele funcionar mejor si es corto: una o dos líneas que pueda leer en un momento y responder con facilidad, o no responder. Lo más largo puede esperar a que haya conversación de nuevo, si llega a haberla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bringing up the breakup, or the idea of getting back together, asks them to decide something big before you have even said hello. A light, friendly message leaves room for things to grow slowly, if they are going to.</source>
        <translation>Sacar el tema de la ruptura, o la idea de volver, le pide decidir algo grande antes incluso de que hayas saludado. Un mensaje ligero y amable deja espacio para que las cosas crezcan despacio, si es que van a crecer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saying you love them, miss them or think of them all the time asks them to answer your feelings straight away. Those words may be true and matter a great deal; they tend to sit better later, if you are talking again and both want that talk.</source>
        <translation>Decir «te quiero», «te echo de menos» o «pienso en ti todo el tiempo» le pide responder a tus sentimientos enseguida. Esas palabras pueden ser ciertas e importar mucho; suelen encajar mejor más adelante, si vuelve a haber conversación y las dos partes la quieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One light sorry is fine, but a strong or repeated apology can leave them feeling they have to comfort or forgive you before they can simply reply. If there is something to own, it may sit better in a calm talk later on.</source>
        <translation>Un «perdón» ligero está bien, pero una disculpa intensa o repetida puede hacerle sentir que tiene que consolarte o perdonarte antes de poder responder sin más. Si hay algo que asumir, puede encajar mejor en una conversación tranquila más adelante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Old hurts and who did what may be worth talking through one day, but in a first message they tend to restart the argument instead of starting a conversation. That talk usually goes better later, calmly, each of you speaking for your own part without blame.</source>
        <translation>Las heridas antiguas y quién hizo qué quizá merezcan hablarse algún día, pero en un primer mensaje suelen reabrir la discusión en vez de empezar una conversación. Esa charla suele ir mejor más adelante, con calma, cada parte hablando de lo suyo sin culpar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting what you gave, or how much you have hurt since, can leave them feeling guilty before they have read to the end. Guilt rarely brings anyone closer; a message that leaves them free to answer, or not, does.</source>
        <translation>Contar lo que diste, o cuánto has sufrido desde entonces, puede hacerle sentir culpa antes de llegar al final. La culpa rara vez acerca a nadie; un mensaje que le deja libre para responder, o no, sí lo hace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>News of someone new, a date, or how much better life is now can read as a wish to make them jealous, even when it is simply true. It tends to end a conversation rather than start one, and it can wait.</source>
        <translation>Hablar de una nueva pareja, de una cita o de lo mucho mejor que es tu vida ahora puede leerse como un deseo de darle celos, aunque sea simplemente verdad. Suele cerrar una conversación en vez de abrirla, y puede esperar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This part may feel to them like something they have to answer. A message that asks for nothing, or only something easy like how they have been, lets them reply in their own time, or not at all.</source>
        <translation>Esta parte puede parecerle algo que tiene que responder. Un mensaje que no pide nada, o solo algo fácil como qué tal le ha ido, le deja responder a su ritmo, o no responder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An invitation, however light, asks them to decide something in the very first message. If they answer warmly, meeting can come later, once talking feels easy for both of you.</source>
        <translation>Una invitación, por ligera que sea, le pide decidir algo ya en el primer mensaje. Si responde con calidez, ya habrá tiempo de verse, cuando hablar resulte fácil para las dos partes.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../app/ui/widgets/entry_list.py" line="+192"/>
        <source>Show entries of the kind</source>
        <translation>Mostrar entradas del tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urges and contacts</source>
        <translation>Impulsos y contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show entries from</source>
        <translation>Mostrar entradas de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 90 days</source>
        <translation>Los últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Urges and contacts, newest first</source>
        <translation>Impulsos y contactos, el más reciente primero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>On %s</source>
        <translation>El %s</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n entries</source>
        <translation>
            <numerusform>una entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location line="-235"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+185"/>
        <source>Urge: %s</source>
        <translation>Impulso: %s</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Contact: %s</source>
        <translation>Contacto: %s</translation>
    </message>
</context>
<context>
    <name>ExportPassphrase</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="+95"/>
        <source>This export is encrypted. Type the passphrase (or the recovery key) that was in force when it was written.</source>
        <translation>Esta exportación está cifrada. Escribe la frase de contraseña (o la clave de recuperación) vigente cuando se creó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That does not open this export. Type its passphrase (or its recovery key) again, or cancel.</source>
        <translation>Con eso no se abre esta exportación. Vuelve a escribir su frase de contraseña (o su clave de recuperación), o cancela.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ExportProtection</name>
    <message>
        <location filename="../../app/ui/dialogs/export_file.py" line="+58"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV file is never encrypted: anyone who opens it can read every note.</source>
        <translation>Un archivo CSV nunca está cifrado: cualquiera que lo abra puede leer todas las notas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export plain</source>
        <translation>Exportar sin cifrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries are protected. An encrypted export opens with your passphrase or your recovery key; anyone who opens a plain one can read every note.</source>
        <translation>Tus entradas están protegidas. Una exportación cifrada se abre con tu frase de contraseña o tu clave de recuperación; cualquiera que abra una sin cifrar puede leer todas las notas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved an encrypted copy to %s. It opens with your passphrase or your recovery key.</source>
        <translation>Se guardó una copia cifrada en %s. Se abre con tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <location filename="../../app/ui/widgets/goal_row.py" line="+104"/>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+87"/>
        <source>done %s</source>
        <translation>hecho el %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How often: %s</source>
        <translation>Frecuencia: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%s” up</source>
        <translation>Subir «%s»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%s” down</source>
        <translation>Bajar «%s»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename “%s”</source>
        <translation>Renombrar «%s»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s”</source>
        <translation>Eliminar «%s»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New title for “%s”</source>
        <translation>Nuevo título para «%s»</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../app/ui/pages/goals.py" line="+58"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small steps in six areas. Daily goals open again each morning and weekly ones each Monday; every tick stays in your history.</source>
        <translation>Pequeños pasos en seis áreas. Los objetivos diarios se reabren cada mañana y los semanales cada lunes; cada marca queda en tu historial.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today&apos;s goals done</source>
        <translation>Objetivos de hoy hechos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals for healing</source>
        <translation>Objetivos para sanar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap them</source>
        <translation>Cambiarlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Mantener los míos</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Healing comes first now, and a goal or two from the start may ask the wrong questions: what you did wrong, or what you miss about them. Swap them for these? The ticks you made stay in your history.</source>
        <translation>Ahora sanar va primero, y alguno de tus objetivos iniciales puede plantear las preguntas equivocadas: qué hiciste mal o qué echas de menos de esa persona. ¿Los cambias por estos? Las marcas que hiciste se quedan en tu historial.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Deleted “%s”. Its past ticks are kept, so Undo brings it back whole.</source>
        <translation>Se eliminó «%s». Sus marcas anteriores se conservan, así que Deshacer lo recupera entero.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A goal needs a title.</source>
        <translation>Un objetivo necesita un título.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal title can be at most %d characters.</source>
        <translation>El título de un objetivo puede tener como mucho %d caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of this title cannot be saved. Try typing it again.</source>
        <translation>Parte de este título no se puede guardar. Prueba a escribirlo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: %d of %d done</source>
        <translation>Hoy: %d de %d hechos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing on today&apos;s list yet.</source>
        <translation>Aún no hay nada en la lista de hoy.</translation>
    </message>
</context>
<context>
    <name>GrowthAreas</name>
    <message>
        <location filename="../../app/domain/goals.py" line="+34"/>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+268"/>
        <source>Moving, sleeping, eating well: how your body is doing.</source>
        <translation>Moverte, dormir, comer bien: cómo está tu cuerpo.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>Friends, family, the people who support you, and hobbies old and new.</source>
        <translation>Amistades, familia, las personas que te apoyan, y aficiones de siempre y nuevas.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Emotional steadiness</source>
        <translation>Estabilidad emocional</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>Noticing urges and riding them out; routines that calm you.</source>
        <translation>Notar los impulsos y dejarlos pasar; rutinas que te calman.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>The honest questions about the relationship, written down.</source>
        <translation>Las preguntas sinceras sobre la relación, por escrito.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>Things that make you feel capable and good about yourself.</source>
        <translation>Cosas que te hacen sentir capaz y bien contigo.</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+1"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="+4"/>
        <source>Listening, and saying what you feel without blame.</source>
        <translation>Escuchar, y decir lo que sientes sin culpar.</translation>
    </message>
</context>
<context>
    <name>HardDatesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/hard_dates.py" line="+52"/>
        <source>Holdfast: hard dates</source>
        <translation>Holdfast: fechas difíciles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The days you know will be hard: a birthday, an anniversary, a holiday. The evening before, Holdfast says tomorrow may be hard, naming nothing; on the day, Today shows your plan.</source>
        <translation>Los días que sabes que serán difíciles: un cumpleaños, un aniversario, unas fiestas. La víspera, Holdfast avisa de que mañana puede ser difícil, sin nombrar nada; ese día, Hoy muestra tu plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No hard dates yet. Add one, and a small plan for it, whenever you like.</source>
        <translation>Aún no hay fechas difíciles. Añade una, y un pequeño plan para ella, cuando quieras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard dates, soonest first</source>
        <translation>Fechas difíciles, la más próxima primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+83"/>
        <source>Add a hard date</source>
        <translation>Añadir una fecha difícil</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo removing the hard date</source>
        <translation>Deshacer: volver a poner la fecha difícil</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+32"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Every year</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>such as: their birthday</source>
        <translation>por ejemplo: su cumpleaños</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What you will do that day, and who you will be with. You can add it later.</source>
        <translation>Qué harás ese día y con quién estarás. Puedes añadirlo más tarde.</translation>
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
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change this hard date</source>
        <translation>Cambiar esta fecha difícil</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added “%s”.</source>
        <translation>Se añadió «%s».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “%s”.</source>
        <translation>Se guardó «%s».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %s.</source>
        <translation>No guardado: %s.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>passed on %s</source>
        <translation>pasó el %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next on %s</source>
        <translation>próxima: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every year</source>
        <translation>cada año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan: %s</source>
        <translation>plan: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no plan yet</source>
        <translation>aún sin plan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not removed: %s.</source>
        <translation>No se quitó: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed “%s”.</source>
        <translation>Se quitó «%s».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back.</source>
        <translation>Recuperada.</translation>
    </message>
</context>
<context>
    <name>HardDayCard</name>
    <message>
        <location filename="../../app/ui/widgets/hard_day_card.py" line="+29"/>
        <source>Today may be hard</source>
        <translation>Hoy puede ser un día difícil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it is hard right now</source>
        <translation>Si ahora mismo es difícil</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Today may be hard. Your plan: %s</source>
        <translation>Hoy puede ser un día difícil. Tu plan: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today may be hard, and that is all right. Go gently: do something kind for yourself, and stay near someone you trust.</source>
        <translation>Hoy puede ser un día difícil, y no pasa nada. Ve con calma: haz algo amable por ti y quédate cerca de alguien de confianza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a plan for today…</source>
        <translation>Hacer un plan para hoy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a plan for %s</source>
        <translation>Hacer un plan para %s</translation>
    </message>
</context>
<context>
    <name>HealingSwitch</name>
    <message>
        <location filename="../../app/ui/widgets/healing_switch.py" line="+20"/>
        <source>Either one puts healing first: Holdfast leaves out everything about getting back together and points to support instead. You can change it at any time.</source>
        <translation>Cualquiera de las dos pone sanar primero: Holdfast deja fuera todo lo relativo a retomar la relación y, en su lugar, te orienta hacia el apoyo. Puedes cambiarlo cuando quieras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was abusive or controlling, or I felt unsafe</source>
        <translation>Fue abusiva o controladora, o no me sentía a salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There was betrayal, or constant disrespect</source>
        <translation>Hubo traición, o falta de respeto constante</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/help.py" line="+24"/>
        <source>If you might hurt yourself, or you are in danger, call your local emergency number or a crisis line where you live now. You don&apos;t have to explain it well; they will listen.</source>
        <translation>Si crees que podrías hacerte daño, o estás en peligro, llama ahora a tu número local de emergencias o a una línea de crisis del lugar donde vives. No hace falta que lo expliques bien; te escucharán.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holdfast is a tracker, not a therapist. Talking to a counsellor or therapist is a good step at any point, not only when things are bad.</source>
        <translation>Holdfast es una herramienta de seguimiento, no un terapeuta. Hablar con un consejero o terapeuta es un buen paso en cualquier momento, no solo cuando las cosas van mal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is worth finding one soon if your sleep, eating or work have suffered for weeks, if you can&apos;t stop checking on them, or if most days feel heavy. Your doctor can help you find someone.</source>
        <translation>Conviene buscar uno pronto si tu sueño, tu alimentación o tu trabajo llevan semanas resintiéndose, si no puedes dejar de estar pendiente de esa persona, o si la mayoría de los días se te hacen pesados. Tu médico puede ayudarte a encontrar a alguien.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After a relationship that was abusive or controlling, a support service or helpline for abuse where you live can help, and so can a counsellor who knows about controlling relationships. Many are free and confidential.</source>
        <translation>Después de una relación abusiva o controladora, puede ayudarte un servicio de apoyo o una línea de ayuda contra el abuso del lugar donde vives, y también un consejero que conozca las relaciones de control. Muchos son gratuitos y confidenciales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If the relationship was abusive or controlling, or you feel unsafe, the healthier path is healing, not getting back together. You can say so in Settings, and Holdfast will put support first.</source>
        <translation>Si la relación fue abusiva o controladora, o no te sientes a salvo, el camino más sano es sanar, no retomar la relación. Puedes indicarlo en Ajustes, y Holdfast pondrá el apoyo primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Talking to one person you trust, a friend or someone in your family, can make it lighter too.</source>
        <translation>Hablar con una persona de confianza, una amistad o alguien de tu familia, también puede aliviar el peso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If it is hard right now</source>
        <translation>Si ahora mismo es difícil</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/wording.py" line="-213"/>
        <source>A message</source>
        <translation>Un mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call</source>
        <translation>Una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking at their social media</source>
        <translation>Mirar sus redes sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking friends about them</source>
        <translation>Preguntar a amistades por esa persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting in person</source>
        <translation>Verse en persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a message</source>
        <translation>un mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a call</source>
        <translation>una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looking at their social media</source>
        <translation>mirar sus redes sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asking friends about them</source>
        <translation>preguntar a amistades por esa persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting in person</source>
        <translation>verse en persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ddd d MMM yyyy</source>
        <comment>date format: ddd weekday, d day, MMM month, yyyy year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>d MMMM yyyy</source>
        <comment>date format: d day, MMMM month, yyyy year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMMM</source>
        <comment>date format: d day, MMMM month</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ddd d MMM</source>
        <comment>date format: ddd weekday, d day, MMM month</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n urges</source>
        <translation>
            <numerusform>un impulso</numerusform>
            <numerusform>%n impulsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n days</source>
        <translation>
            <numerusform>un día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you started it</source>
        <translation>lo iniciaste tú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>they started it; it did not end your run</source>
        <translation>lo inició esa persona; no terminó tu racha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was necessary; it did not end your run</source>
        <translation>era necesario; no terminó tu racha</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>strength %d of 10</source>
        <translation>intensidad %d de 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsent message kept</source>
        <translation>mensaje no enviado guardado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>you started it; it ended a run</source>
        <translation>lo iniciaste tú; terminó una racha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>they started it; your run went on</source>
        <translation>lo inició esa persona; tu racha siguió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>necessary; your run went on</source>
        <translation>necesario; tu racha siguió</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%d of another kind</source>
        <translation>%d de otro tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d to %s</source>
        <translation>%d de %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (today)</source>
        <translation> (hoy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before your tracking began</source>
        <translation>Antes de que empezara tu seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run ended at %s: %s</source>
        <translation>Una racha terminó a las %s: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day still counts: your run had reached it before then</source>
        <translation>El día sigue contando: tu racha ya lo había alcanzado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A day without contact</source>
        <translation>Un día sin contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It counts once this day of your run is complete</source>
        <translation>Contará cuando se complete este día de tu racha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last contact was this day</source>
        <translation>Tu último contacto fue este día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact at %s: %s</source>
        <translation>Contacto a las %s: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s resisted: %s</source>
        <translation>Resististe %s: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strongest: %d of 10</source>
        <translation>Intensidad máxima: %d de 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength not rated</source>
        <translation>Intensidad sin valorar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No urges logged</source>
        <translation>Sin impulsos registrados</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/pages/history.py" line="+81"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every urge, contact and plan, for a spreadsheet</source>
        <translation>Cada impulso, contacto y plan, para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything, goals and journal too; Settings can import it again</source>
        <translation>Todo, también objetivos y diario; Ajustes puede volver a importarlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo the change to the entry</source>
        <translation>Deshacer el cambio en la entrada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calendar and urges</source>
        <translation>Calendario e impulsos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Rachas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins</source>
        <translation>Registros diarios</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The last twelve months</source>
        <translation>Los últimos doce meses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each square is a day. Point at one, or move with the arrow keys, to see what happened; double-click or press Enter to list that day&apos;s entries.</source>
        <translation>Cada cuadro es un día. Señala uno, o muévete con las flechas, para ver qué pasó; haz doble clic o pulsa Intro para ver las entradas de ese día.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the last</source>
        <translation>Mostrar los últimos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 months</source>
        <translation>12 meses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show urges over the last %s</source>
        <translation>Mostrar los impulsos de los últimos %s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When urges come, by weekday and hour. The hours in the deepest colour are good times to plan something kind for yourself: a call with a friend, a walk, an early night.</source>
        <translation>Cuándo llegan los impulsos, por día de la semana y hora. Las horas del color más intenso son buenos momentos para planear algo amable para ti: una llamada con una amistad, un paseo, acostarte pronto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the days felt</source>
        <translation>Cómo se sintieron los días</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A run ends only with contact you started that was not necessary. The days of every run stay counted.</source>
        <translation>Una racha solo termina con un contacto que iniciaste tú y que no era necesario. Los días de cada racha siguen contando.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+21"/>
        <source>Saved the changes to %s.</source>
        <translation>Se guardaron los cambios en %s.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+21"/>
        <source>Deleted %s.</source>
        <translation>Se eliminó %s.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved a copy to %s.</source>
        <translation>Se guardó una copia en %s.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s? Every figure is worked out again, and you can undo this.</source>
        <translation>¿Eliminar %s? Todas las cifras se vuelven a calcular, y puedes deshacerlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV, the entries (*.csv)</source>
        <translation>CSV, las entradas (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, everything (*.json)</source>
        <translation>JSON, todo (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No urges logged in these days.</source>
        <translation>No hay impulsos registrados en estos días.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, then </source>
        <translation>, luego </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s resisted over %s, %s a day. Most often: %s.</source>
        <translation>Resististe %s en %s, %s al día. Lo más frecuente: %s.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Once you have checked in on a few more days, some with a strong pull and some lighter, this will show how the pull and your urges go together.</source>
        <translation>Cuando hayas hecho tu registro diario unos días más, algunos con un tirón fuerte y otros más leves, aquí verás cómo van juntos el tirón y tus impulsos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over the last twelve months, on days you rated the pull strong or overwhelming you logged %s urges on average; on lighter days, %s.</source>
        <translation>En los últimos doce meses, los días en que valoraste el tirón como fuerte o abrumador registraste %s impulsos de media; los días más leves, %s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your history begins with your no-contact period. Set the date of your last contact in Settings to start it.</source>
        <translation>Tu historial empieza con tu periodo de contacto cero. Para empezarlo, indica en Ajustes la fecha de tu último contacto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slip starts a new run; it never takes away the days before it. Every one of them is still yours.</source>
        <translation>Un tropiezo inicia una racha nueva; nunca te quita los días anteriores. Todos siguen siendo tuyos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day here is one you held. They add up.</source>
        <translation>Cada día de aquí es uno que aguantaste. Todos suman.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>your check-in for %s</source>
        <translation>tu registro diario del %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s from %s</source>
        <translation>%s del %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contact from %s (%s)</source>
        <translation>el contacto del %s (%s)</translation>
    </message>
</context>
<context>
    <name>HourHeatmap</name>
    <message>
        <location filename="../../app/ui/widgets/hour_heatmap.py" line="+42"/>
        <source>Urges by hour and weekday</source>
        <translation>Impulsos por hora y día de la semana</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%s, %02d:00 to %02d:00: %s</source>
        <translation>%s, de %02d:00 a %02d:00: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (the most of any hour)</source>
        <translation> (la hora con más)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The most urges</source>
        <translation>Más impulsos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No urges logged in these days.</source>
        <translation>No hay impulsos registrados en estos días.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mondays</source>
        <translation>Los lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesdays</source>
        <translation>Los martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesdays</source>
        <translation>Los miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursdays</source>
        <translation>Los jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fridays</source>
        <translation>Los viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturdays</source>
        <translation>Los sábados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sundays</source>
        <translation>Los domingos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%s %02d:00 (%s)</source>
        <translation>%s %02d:00 (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When urges come most: %s.</source>
        <translation>Cuándo llegan más impulsos: %s.</translation>
    </message>
</context>
<context>
    <name>InvalidEntry</name>
    <message>
        <location filename="../../app/domain/check_ins.py" line="+91"/>
        <source>the mood must be a whole number from {lowest} to {highest} ({steps}), not {value}</source>
        <translation>el ánimo debe ser un número entero del {lowest} al {highest} ({steps}), no {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the pull must be a whole number from {lowest} to {highest} ({steps}), not {value}</source>
        <translation>el tirón debe ser un número entero del {lowest} al {highest} ({steps}), no {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a check-in&apos;s note can be at most {longest} characters; this one has {length} (the journal takes longer writing)</source>
        <translation>la nota de un registro diario puede tener como máximo {longest} caracteres; esta tiene {length} (el diario admite textos más largos)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a check-in needs an id</source>
        <translation>un registro diario necesita un id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a check-in is about a calendar date</source>
        <translation>un registro diario corresponde a una fecha del calendario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a check-in cannot be about a day after it was made (it was made on {made}, about {day})</source>
        <translation>un registro diario no puede ser sobre un día posterior a cuando se hizo (se hizo el {made}, sobre el {day})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there is no check-in with the id {id}</source>
        <translation>no hay ningún registro diario con el id {id}</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py" line="+146"/>
        <source>{value} is not a known kind here; allowed: {allowed}</source>
        <translation>{value} no es un tipo conocido aquí; se admiten: {allowed}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the target must be a whole number of days from {lowest} to {highest}, not {days}</source>
        <translation>la meta debe ser un número entero de días, de {lowest} a {highest}, no {days}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the intensity must be a whole number from {lowest} to {highest}, not {value}</source>
        <translation>la intensidad debe ser un número entero del {lowest} al {highest}, no {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a note must be text</source>
        <translation>una nota debe ser texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a note must be valid UTF-8 text</source>
        <translation>una nota debe ser texto UTF-8 válido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every entry needs an instant with its time zone</source>
        <translation>cada entrada necesita un momento con su zona horaria</translation>
    </message>
    <message>
        <location filename="../../app/domain/goals.py" line="+6"/>
        <source>a goal needs a title</source>
        <translation>un objetivo necesita un título</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a goal title can be at most {longest} characters</source>
        <translation>el título de un objetivo puede tener como máximo {longest} caracteres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a goal title must be valid UTF-8 text</source>
        <translation>el título de un objetivo debe ser texto UTF-8 válido</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>there is no goal with the id {id}</source>
        <translation>no hay ningún objetivo con el id {id}</translation>
    </message>
    <message>
        <location filename="../../app/domain/hard_dates.py" line="+65"/>
        <source>a hard date needs an id</source>
        <translation>una fecha difícil necesita un id</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{day} has already passed (today is {today}); give a date from today on, or make it yearly</source>
        <translation>el {day} ya pasó (hoy es {today}); indica una fecha a partir de hoy, o hazla anual</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>more than one hard date has an id starting {id}; give more of it</source>
        <translation>más de una fecha difícil tiene un id que empieza por {id}; indica más caracteres</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/domain/intents/edits.py" line="+285"/>
        <source>there is no hard date with the id {id}</source>
        <translation>no hay ninguna fecha difícil con el id {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a hard date needs a month and a day as whole numbers</source>
        <translation>una fecha difícil necesita un mes y un día como números enteros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hard date&apos;s year must be from 1 to {last}, not {year}</source>
        <translation>el año de una fecha difícil debe ser del 1 al {last}, no {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a month is from 1 to 12, not {month}</source>
        <translation>un mes va del 1 al 12, no {month}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{month} has no day {day}; its days are 1 to {last}</source>
        <translation>{month} no tiene día {day}; sus días van del 1 al {last}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{month} {year} has no day {day}; its days are 1 to {last}</source>
        <translation>{month} de {year} no tiene día {day}; sus días van del 1 al {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a hard date needs a short label, such as “their birthday”</source>
        <translation>una fecha difícil necesita una etiqueta corta, como «su cumpleaños»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hard date&apos;s label is one line; the plan can hold more</source>
        <translation>la etiqueta de una fecha difícil ocupa una sola línea; el plan admite más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hard date&apos;s label can be at most {longest} characters; this one has {length}; the plan can hold more</source>
        <translation>la etiqueta de una fecha difícil puede tener como máximo {longest} caracteres; esta tiene {length}; el plan admite más</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a hard date&apos;s label must be valid UTF-8 text</source>
        <translation>la etiqueta de una fecha difícil debe ser texto UTF-8 válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a hard date&apos;s plan must be text</source>
        <translation>el plan de una fecha difícil debe ser texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a hard date&apos;s plan can be at most {longest} characters; this one has {length}</source>
        <translation>el plan de una fecha difícil puede tener como máximo {longest} caracteres; este tiene {length}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a hard date&apos;s plan must be valid UTF-8 text</source>
        <translation>el plan de una fecha difícil debe ser texto UTF-8 válido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the list holds {most} hard dates, as many as it keeps; remove one that no longer matters first</source>
        <translation>la lista ya tiene {most} fechas difíciles, el máximo que admite; primero quita alguna que ya no importe</translation>
    </message>
    <message>
        <location filename="../../app/domain/instants.py" line="+32"/>
        <source>{what} needs a date and time with its time zone</source>
        <translation>{what} necesita fecha y hora con su zona horaria</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} cannot be before 1970 (it reads {day}); check the year</source>
        <translation>{what} no puede ser anterior a 1970 (indica {day}); revisa el año</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} cannot be in the future (it is now {now})</source>
        <translation>{what} no puede estar en el futuro (ahora es {now})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the date {moment} is not one Holdfast can count with</source>
        <translation>Holdfast no puede hacer cálculos con la fecha {moment}</translation>
    </message>
    <message>
        <location filename="../../app/domain/intents/change.py" line="+105"/>
        <source>the change adds no {kind}</source>
        <translation>el cambio no añade ningún {kind}</translation>
    </message>
    <message>
        <location filename="../../app/domain/intents/edits.py" line="-88"/>
        <source>the logbook</source>
        <translation>el registro</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the journal</source>
        <translation>el diario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the list of hard dates</source>
        <translation>la lista de fechas difíciles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the check-ins</source>
        <translation>los registros diarios</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{day} has a check-in already; checking in again that day changes it</source>
        <translation>el {day} ya tiene un registro diario; hacer otro ese día lo cambia</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{holder} already holds an entry with the id {id}</source>
        <translation>{holder} ya contiene una entrada con el id {id}</translation>
    </message>
    <message>
        <location filename="../../app/domain/intents/entries.py" line="+36"/>
        <source>the urge</source>
        <translation>el impulso</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact</source>
        <translation>el contacto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>only an urge has these details</source>
        <translation>solo un impulso tiene estos detalles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a plan is changed in Settings</source>
        <translation>un plan se cambia en Ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an urge stays an urge, and a contact a contact</source>
        <translation>un impulso sigue siendo un impulso, y un contacto, un contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time of an entry</source>
        <translation>la hora de una entrada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a plan is changed in Settings, not deleted</source>
        <translation>un plan se cambia en Ajustes, no se elimina</translation>
    </message>
    <message>
        <location filename="../../app/domain/intents/goals.py" line="+118"/>
        <source>the goal {title} is on the list already</source>
        <translation>el objetivo {title} ya está en la lista</translation>
    </message>
    <message>
        <location filename="../../app/domain/journal.py" line="+14"/>
        <source>{reason} is not a known reason; allowed: {allowed}</source>
        <translation>{reason} no es un motivo conocido; se admiten: {allowed}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a journal entry needs an id</source>
        <translation>una entrada del diario necesita un id</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+131"/>
        <source>a journal entry is about a calendar date</source>
        <translation>una entrada del diario corresponde a una fecha del calendario</translation>
    </message>
    <message>
        <location line="-118"/>
        <location filename="../../app/domain/logbook.py" line="+194"/>
        <source>the journal entry written {when}</source>
        <translation>la entrada del diario escrita el {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a journal entry cannot be dated in the future (it was written on {day})</source>
        <translation>una entrada del diario no puede tener fecha futura (se escribió el {day})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>there is no journal entry with the id {id}</source>
        <translation>no hay ninguna entrada del diario con el id {id}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a journal entry needs some text</source>
        <translation>una entrada del diario necesita algo de texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a journal entry can be at most {longest} characters; this one has {length}</source>
        <translation>una entrada del diario puede tener como máximo {longest} caracteres; esta tiene {length}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a journal entry must be valid UTF-8 text</source>
        <translation>una entrada del diario debe ser texto UTF-8 válido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a journal entry cannot be dated in the future (today is {today})</source>
        <translation>una entrada del diario no puede tener fecha futura (hoy es {today})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{value} is not a known prompt; allowed: {allowed}</source>
        <translation>{value} no es una pregunta conocida; se admiten: {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/domain/logbook.py" line="-138"/>
        <source>there is no entry with the id {id}</source>
        <translation>no hay ninguna entrada con el id {id}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the last contact</source>
        <translation>el último contacto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the last contact cannot be before the contact you recorded on {when}; give a time after it</source>
        <translation>el último contacto no puede ser anterior al contacto que registraste el {when}; indica un momento posterior</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the entry dated {when}</source>
        <translation>la entrada con fecha {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last contact of the plan made {day}</source>
        <translation>el último contacto del plan hecho el {day}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the goal ticked off {when}</source>
        <translation>el objetivo cumplido el {when}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journal entry</source>
        <translation>entrada del diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hard date</source>
        <translation>fecha difícil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in</source>
        <translation>registro diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the check-in made {when}</source>
        <translation>el registro diario hecho el {when}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the import holds more than one {what} with the id {id}; each must appear once</source>
        <translation>en la importación, el id {id} aparece más de una vez como {what}; cada uno debe aparecer solo una vez</translation>
    </message>
    <message>
        <location filename="../../app/storage/transfer.py" line="+140"/>
        <source>an encrypted export is a JSON file: give it a name ending in .json (a CSV file is always plain, for a spreadsheet)</source>
        <translation>una exportación cifrada es un archivo JSON: ponle un nombre que termine en .json (un archivo CSV siempre va sin cifrar, para una hoja de cálculo)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>give the export file a name before {suffix}, such as holdfast-export{suffix}</source>
        <translation>ponle un nombre al archivo de exportación antes de {suffix}, como holdfast-export{suffix}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{target} is a folder; give the name of the file to write in it, such as {example}</source>
        <translation>{target} es una carpeta; indica el nombre del archivo que se escribirá en ella, como {example}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the export file must end in .json or .csv, not {name}</source>
        <translation>el archivo de exportación debe terminar en .json o .csv, no {name}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="+67"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search your entries</source>
        <translation>Buscar en tus entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal entries, newest first</source>
        <translation>Entradas del diario, la más reciente primero</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+405"/>
        <source>New entry</source>
        <translation>Entrada nueva</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>The day this entry is about</source>
        <translation>El día del que trata esta entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The prompt&apos;s question</source>
        <translation>Lo que plantea la pregunta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write whatever comes. It stays on this computer; Holdfast never sends it anywhere.</source>
        <translation>Escribe lo que salga. Se queda en este equipo; Holdfast nunca lo envía a ningún sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you write</source>
        <translation>Lo que escribes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from backups too</source>
        <translation>Quitar también de las copias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the deleted entry from the backups</source>
        <translation>Quitar la entrada eliminada de las copias de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save (%s)</source>
        <translation>Guardar (%s)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This entry was deleted elsewhere. Save keeps what is here as new.</source>
        <translation>Esta entrada se eliminó en otro lugar. Guardar conserva lo que hay aquí como entrada nueva.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Entry deleted. Any older copies in the backups stay for up to a month.</source>
        <translation>Entrada eliminada. Las copias anteriores que haya en las copias de seguridad se conservan hasta un mes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No backup held a copy of it.</source>
        <translation>Ninguna copia de seguridad la contenía.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed from %n backups.</source>
        <translation>
            <numerusform>Se quitó de una copia de seguridad.</numerusform>
            <numerusform>Se quitó de %n copias de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups could not be read and were left as they are; they may still hold the entry.</source>
        <translation>
            <numerusform>Una copia de seguridad no se pudo leer y se dejó como estaba; puede que aún contenga la entrada.</numerusform>
            <numerusform>%n copias de seguridad no se pudieron leer y se dejaron como estaban; puede que aún contengan la entrada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the entry about %s? You can undo this straight after.

Any older copies in the backups stay for up to a month; you can remove it from those too.</source>
        <translation>¿Eliminar la entrada del %s? Puedes deshacerlo justo después.

Las copias anteriores que haya en las copias de seguridad se conservan hasta un mes; también puedes quitarla de ellas.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing written yet. Start with a prompt, or not.</source>
        <translation>Aún no hay nada escrito. Empieza con una pregunta, o no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entry holds “%s”.</source>
        <translation>Ninguna entrada contiene «%s».</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No prompt, just write</source>
        <translation>Sin pregunta, solo escribir</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Entry about %s</source>
        <translation>Entrada del %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write it down: what you deserve, what helps you feel steady, who is on your side, what you are doing for yourself.</source>
        <translation>Escríbelo: lo que mereces, lo que te da estabilidad, quién está de tu lado, lo que haces por ti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write it down: what you miss, why it ended, what you are doing for yourself.</source>
        <translation>Escríbelo: lo que echas de menos, por qué terminó, lo que haces por ti.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restored what you were writing when Holdfast last closed. It is not saved yet: Save keeps it.</source>
        <translation>Se recuperó lo que estabas escribiendo cuando Holdfast se cerró. Aún no está guardado: Guardar lo conserva.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+1"/>
        <source>Leave this entry unsaved?</source>
        <translation>¿Dejar esta entrada sin guardar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you wrote since the last save will be lost.</source>
        <translation>Lo que escribiste desde la última vez que guardaste se perderá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>JournalPrompt</name>
    <message>
        <location filename="../../app/domain/journal.py" line="-320"/>
        <source>Why do I want them back?</source>
        <translation>¿Por qué quiero que vuelva?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why did it end?</source>
        <translation>¿Por qué terminó?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did I bring to how it went?</source>
        <translation>¿Qué aporté yo a cómo fue?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What am I doing for myself?</source>
        <translation>¿Qué estoy haciendo por mí?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do I deserve?</source>
        <translation>¿Qué merezco?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps me feel safe and steady?</source>
        <translation>¿Qué me ayuda a sentirme a salvo y estable?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is on my side?</source>
        <translation>¿Quién está de mi lado?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is it this person you miss, the way they were with you? Or is it having someone at all, the fear of being on your own, the comfort of a routine you knew? Try to separate the two.</source>
        <translation>¿Es a esta persona a quien echas de menos, cómo era contigo? ¿O es tener a alguien, sin más, el miedo a estar sin nadie, la comodidad de una rutina conocida? Intenta separar las dos cosas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write it down plainly, as if to a friend. Were there arguments that kept coming back, things left unsaid, different plans for life? What wore it down before the end?</source>
        <translation>Escríbelo con sencillez, como si se lo contaras a una amistad. ¿Había discusiones que volvían una y otra vez, cosas sin decir, planes de vida distintos? ¿Qué lo fue desgastando antes del final?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not to blame yourself: to see clearly. Which habits were yours? When did you start giving less of yourself than you once did? What would you like to do differently, for anyone and for yourself?</source>
        <translation>No para culparte, sino para ver con claridad. ¿Qué hábitos eran tuyos? ¿Cuándo empezaste a dar menos de ti que antes? ¿Qué te gustaría hacer de otra forma, con cualquier persona y contigo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What did you do today or this week that was for you alone: rest, people, movement, something you used to enjoy? What would you like to do next?</source>
        <translation>¿Qué hiciste hoy o esta semana que fuera solo para ti: descansar, ver gente, moverte, algo que antes disfrutabas? ¿Qué te gustaría hacer ahora?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you deserve from the people close to you: respect, honesty, kindness, room to be yourself? What felt wrong back then that you can name clearly now? Seeing it now does not mean you should have seen it sooner.</source>
        <translation>¿Qué mereces de las personas cercanas: respeto, sinceridad, amabilidad, espacio para ser como eres? ¿Qué te parecía mal entonces y hoy puedes nombrar con claridad? Verlo ahora no significa que debieras haberlo visto antes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which people, places, routines or small things help you feel calm and like yourself? When a hard moment comes, what could you reach for first? Name one you can do this week.</source>
        <translation>¿Qué personas, lugares, rutinas o pequeñas cosas te ayudan a sentir calma y a ser tú? Cuando llegue un momento difícil, ¿a qué podrías recurrir primero? Nombra algo que puedas hacer esta semana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who listens to you without judging: a friend, family, someone at work, a counsellor? Who would you like to hear from more often? Write their names, and one small way to get in touch with one of them this week.</source>
        <translation>¿Quién te escucha sin juzgarte: una amistad, tu familia, alguien del trabajo, un consejero? ¿De quién te gustaría saber más a menudo? Escribe sus nombres, y una pequeña forma de contactar con una de esas personas esta semana.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../app/ui/app.py" line="+378"/>
        <source>The launcher entry could not be changed to match: %s.</source>
        <translation>No se pudo adaptar la entrada del lanzador: %s.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="+35"/>
        <source>Holdfast is locked</source>
        <translation>Holdfast está bloqueado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your entries are protected. Type your passphrase to open them.</source>
        <translation>Tus entradas están protegidas. Escribe tu frase de contraseña para abrirlas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Your recovery key works here too.</source>
        <translation>Tu clave de recuperación también sirve aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
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
        <translation>Lo que anotaste aún no se ha podido guardar en el disco (%s). Se conserva aquí y se guardará cuando desbloquees Holdfast.</translation>
    </message>
</context>
<context>
    <name>LoginStartChoice</name>
    <message>
        <location filename="../../app/ui/dialogs/login_start.py" line="+35"/>
        <source>Holdfast then starts in the background, without its window, so its reminders arrive; the desktop&apos;s own start-up settings list it too.</source>
        <translation>Holdfast se inicia entonces en segundo plano, sin su ventana, para que lleguen sus recordatorios; también aparece en los ajustes de inicio del propio escritorio.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not changed: Holdfast cannot find its installed command to start at login; install Holdfast (pipx install .) and open it from there.</source>
        <translation>Sin cambios: Holdfast no encuentra su comando instalado para iniciarse al iniciar sesión; instala Holdfast (pipx install .) y ábrelo desde ahí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changed: %s: %s.</source>
        <translation>Sin cambios: %s: %s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s is not a file Holdfast wrote, so it is left as it is; remove it yourself if Holdfast should start when you log in.</source>
        <translation>%s no es un archivo que haya escrito Holdfast, así que se deja como está; bórralo tú si quieres que Holdfast se inicie al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+90"/>
        <source>Holdfast — Today</source>
        <translation>Holdfast — Hoy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Holdfast</source>
        <translation>&amp;Holdfast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hard dates…</source>
        <translation>&amp;Fechas difíciles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo the last change</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it is hard right now…</source>
        <translation>Si ahora mismo es difícil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Holdfast</source>
        <translation>&amp;Acerca de Holdfast</translation>
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
        <translation>Acerca de Holdfast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Holdfast %s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Counts the days of no contact with you and keeps what you learn along the way.&lt;/p&gt;&lt;p&gt;What you enter stays in a file on this computer, with backups of the last month beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Holdfast %s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cuenta contigo los días de contacto cero y guarda lo que aprendes por el camino.&lt;/p&gt;&lt;p&gt;Lo que introduces se queda en un archivo de este equipo, con copias de seguridad del último mes a su lado.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Takes back the last change made in this window</source>
        <translation>Deshace el último cambio hecho en esta ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo: changes made in this window can be taken back here</source>
        <translation>Nada que deshacer: aquí se pueden deshacer los cambios hechos en esta ventana</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%s: target reached</source>
        <translation>%s: meta alcanzada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You reached your target: support, and what helps you move on.</source>
        <translation>Llegaste a tu meta: apoyo, y lo que te ayuda a pasar página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You reached your target: here are the ways forward.</source>
        <translation>Llegaste a tu meta: estos son los caminos a seguir.</translation>
    </message>
</context>
<context>
    <name>MergeOffer</name>
    <message>
        <location filename="../../app/ui/widgets/merge_offer.py" line="+29"/>
        <source>Copies of your data to merge</source>
        <translation>Copias de tus datos para combinar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge them</source>
        <translation>Combinarlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A sync tool kept other versions of your data beside it (%s). Merge them in? Whatever they hold that is missing here is added, nothing here is changed or removed, and the copies are kept.</source>
        <translation>Una herramienta de sincronización guardó otras versiones de tus datos junto a ellos (%s). ¿Combinarlas? Se añade lo que contengan y falte aquí, no se cambia ni se quita nada de aquí, y las copias se conservan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%s was left as it is: %s</source>
        <translation>%s se dejó como estaba: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged 1 copy.</source>
        <translation>Se combinó una copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It held no entry that was missing here.</source>
        <translation>No contenía ninguna entrada que faltara aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy is kept in %s.</source>
        <translation>La copia se conserva en %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Merged %n copies.</source>
        <translation>
            <numerusform>Se combinó una copia.</numerusform>
            <numerusform>Se combinaron %n copias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They held no entry that was missing here.</source>
        <translation>No contenían ninguna entrada que faltara aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copies are kept in %s.</source>
        <translation>Las copias se conservan en %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries that were missing here are back.</source>
        <translation>
            <numerusform>Ha vuelto una entrada que faltaba aquí.</numerusform>
            <numerusform>Han vuelto %n entradas que faltaban aquí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingFileDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/missing_file.py" line="+29"/>
        <source>Your data file is missing</source>
        <translation>Falta tu archivo de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holdfast&apos;s data file is not in its folder:
%s</source>
        <translation>El archivo de datos de Holdfast no está en su carpeta:
%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its backups are there, so this is not a first start: a sync tool or a mistake may have moved the file. Nothing has been written.</source>
        <translation>Sus copias de seguridad están ahí, así que no es un primer inicio: puede que una herramienta de sincronización o un error hayan movido el archivo. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of them can be read: put the file back (a sync tool may keep a copy) and start Holdfast again, or start afresh.</source>
        <translation>No se puede leer ninguna: vuelve a poner el archivo (puede que una herramienta de sincronización guarde una copia) y abre Holdfast de nuevo, o empieza de cero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting afresh begins an empty logbook; the backups stay where they are, and Settings can restore one later.</source>
        <translation>Empezar de cero abre un registro vacío; las copias de seguridad se quedan donde están, y desde Ajustes puedes restaurar una más adelante.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start afresh</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <location filename="../../app/domain/hard_dates.py" line="-258"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../../app/domain/check_ins.py" line="-163"/>
        <source>very hard</source>
        <translation>muy difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation>difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up and down</source>
        <translation>con altibajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okay</source>
        <translation>llevadero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>bueno</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../app/ui/widgets/mood_chart.py" line="+34"/>
        <source>Over the last %d days</source>
        <translation>En los últimos %d días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s: no check-ins.</source>
        <translation>%s: sin registros diarios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d okay or good</source>
        <translation>%d llevaderos o buenos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d up and down</source>
        <translation>%d con altibajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d hard or very hard</source>
        <translation>%d difíciles o muy difíciles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%d without a check-in</source>
        <translation>%d sin registro diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: %s.</source>
        <translation>%s: %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How each day felt</source>
        <translation>Cómo se sintió cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-ins in these days.</source>
        <translation>No hay registros diarios en estos días.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%s: no check-in</source>
        <translation>%s: sin registro diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: %s; the pull: %s</source>
        <translation>%s: %s; tirón: %s</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../app/ui/pages/next_steps_words.py" line="+20"/>
        <source>Once you set when your last contact was, in Settings, this page will mark the day you reach your target. You can read it now; there is no rush.</source>
        <translation>Cuando indiques en Ajustes cuándo fue tu último contacto, esta página marcará el día en que llegues a tu meta. Puedes leerla ya; no hay prisa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You reached day %d. The strength it took is yours to keep.</source>
        <translation>Llegaste al día %d. La fuerza que te hizo falta es tuya y se queda contigo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You reached day %d. Whatever you choose next, this growth is yours.</source>
        <translation>Llegaste al día %d. Elijas lo que elijas, este crecimiento es tuyo.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your target is %n days away.</source>
        <translation>
            <numerusform>Falta un día para tu meta.</numerusform>
            <numerusform>Faltan %n días para tu meta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your target is later today.</source>
        <translation>Tu meta llega hoy, más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your target is less than a day away.</source>
        <translation>Falta menos de un día para tu meta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can read this now; there is no rush.</source>
        <translation>Puedes leer esto ya; no hay prisa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two good ways forward: reaching out, or moving on. Neither is the better one. You can read both, decide later, or change your mind.</source>
        <translation>Dos buenos caminos: retomar el contacto o pasar página. Ninguno es mejor que el otro. Puedes leer ambos, decidir más tarde o cambiar de opinión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is for after your target day. Until then, if there is something you want to say to them, log the urge to text them on Today and write it there, as the message you didn&apos;t send: it stays in Holdfast.</source>
        <translation>Esto es para después de tu día meta. Hasta entonces, si quieres decirle algo, registra en Hoy el impulso de escribirle y escríbelo ahí, como el mensaje que no enviaste: se queda en Holdfast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If you choose to write to them, keep the first message short and light, and ask for nothing: a friendly hello, or a small shared memory. Whether and how they answer is theirs to choose.</source>
        <translation>Si decides escribirle, que el primer mensaje sea breve y ligero, y no pidas nada: un saludo amistoso o un pequeño recuerdo compartido. Si responde, y cómo, lo decide esa persona.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep things light and friendly for a while.</source>
        <translation>Mantén un tono ligero y amistoso durante un tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask about their life now, and let their answers lead.</source>
        <translation>Pregúntale por su vida ahora, y deja que sus respuestas marquen el camino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later, if you both want to, meet somewhere casual: a coffee or a walk.</source>
        <translation>Más adelante, si las dos partes quieren, propón un encuentro informal: un café o un paseo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only after that, a calm talk about what went wrong, where you speak for your own part and leave blame out.</source>
        <translation>Solo después, una conversación tranquila sobre lo que falló, en la que hables de tu parte y dejes fuera la culpa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slow is the point: it gives you both room to see whether this fits.</source>
        <translation>Ir despacio es justo la idea: da a ambas partes espacio para ver si esto encaja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking them over and over to come back</source>
        <translation>Pedirle una y otra vez que vuelva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging again and again, above all when they haven&apos;t answered</source>
        <translation>Escribirle una y otra vez, sobre todo si no ha respondido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guilt-tripping them</source>
        <translation>Hacerle sentir culpable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying to make them jealous</source>
        <translation>Intentar darle celos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushing to talk about commitment too soon</source>
        <translation>Presionar para hablar de compromiso demasiado pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking as though the breakup never happened</source>
        <translation>Hablar como si la ruptura nunca hubiera pasado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody can be made to come back. Whatever they decide, what you have grown into these weeks stays yours.</source>
        <translation>No se puede obligar a nadie a volver. Decida lo que decida, lo que has crecido estas semanas sigue siendo tuyo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moving on is the road forward now, and you don&apos;t have to walk it alone. Everything you built in these weeks comes with you.</source>
        <translation>Pasar página es ahora el camino, y no tienes que recorrerlo a solas. Todo lo que construiste estas semanas va contigo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moving on is a whole ending in its own right, not the fallback. Everything you built in these weeks comes with you.</source>
        <translation>Pasar página es un final completo en sí mismo, no un plan B. Todo lo que construiste estas semanas va contigo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep your goals going. The small daily steps are what carried you here.</source>
        <translation>Sigue con tus objetivos. Los pequeños pasos diarios son lo que te trajo hasta aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep writing in the journal. Reading back shows how far you have come.</source>
        <translation>Sigue escribiendo en el Diario. Releerlo te muestra cuánto has avanzado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark the day in a small way: a walk, a good meal, an evening with a friend.</source>
        <translation>Celebra el día con algo sencillo: un paseo, una buena comida, una tarde con una amistad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make plans with friends and family, and say yes when they ask.</source>
        <translation>Haz planes con amistades y familia, y di que sí cuando te propongan algo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start something new, or go back to something you used to love.</source>
        <translation>Empieza algo nuevo, o vuelve a algo que te encantaba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block or mute them wherever that helps you feel safer.</source>
        <translation>Bloquea o silencia a esa persona donde eso te ayude a sentirte más a salvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute or unfollow them online if seeing their posts pulls you back. It is care for yourself, not a message to them.</source>
        <translation>Silencia a esa persona o deja de seguirla en redes si ver sus publicaciones te arrastra de vuelta. Es cuidarte, no un mensaje para esa persona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When memory starts keeping only the good parts, read back why it ended, in the Journal.</source>
        <translation>Cuando la memoria empiece a quedarse solo con lo bueno, relee en el Diario por qué terminó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expect some harder days. An urge passes; you can log it on Today.</source>
        <translation>Habrá días más difíciles. Un impulso pasa; puedes registrarlo en Hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Holdfast counting for as long as it helps. There is no day to stop by.</source>
        <translation>Deja que Holdfast siga contando mientras te ayude. No hay un día para parar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Was this relationship abusive or controlling, or did you feel unsafe? Was there betrayal, or constant disrespect? Then the path that looks after you is healing, not getting back together. Holdfast can leave out everything about reconnecting and put support first.</source>
        <translation>¿Esta relación fue abusiva o controladora, o no te sentías a salvo? ¿Hubo traición, o falta de respeto constante? Entonces el camino que te cuida es sanar, no retomar la relación. Holdfast puede dejar fuera todo lo relativo a reconectar y poner el apoyo primero.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You told Holdfast this relationship was abusive, controlling or unsafe. What happened was not okay, and you did not deserve it.</source>
        <translation>Le dijiste a Holdfast que esta relación fue abusiva o controladora, o que no estabas a salvo en ella. Lo que pasó no estuvo bien, y no te lo merecías.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You told Holdfast there was betrayal or constant disrespect. That hurts, and you deserved better.</source>
        <translation>Le dijiste a Holdfast que hubo traición o falta de respeto constante. Eso duele, y merecías algo mejor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The path that looks after you now is healing and moving on, so this page is about support, and about you.</source>
        <translation>El camino que te cuida ahora es sanar y pasar página, así que esta página trata de apoyo, y de ti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You said so in Settings and among the reasons it ended, in the Journal. To change it, untick it in both places.</source>
        <translation>Lo indicaste en Ajustes y entre los motivos de la ruptura, en el Diario. Para cambiarlo, desmárcalo en ambos sitios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You said so in Settings, under Healing first. You can change it there whenever you like.</source>
        <translation>Lo indicaste en Ajustes, en «Sanar primero». Puedes cambiarlo allí cuando quieras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You chose it among the reasons it ended, in the Journal. You can untick it there whenever you like.</source>
        <translation>Lo marcaste entre los motivos de la ruptura, en el Diario. Puedes desmarcarlo allí cuando quieras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You don&apos;t have to carry this alone. Any of these is a good place to start.</source>
        <translation>No tienes que cargar con esto a solas. Cualquiera de estas opciones es un buen punto de partida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A counsellor or therapist, ideally one who knows about abusive or controlling relationships. They can help you make sense of what happened, at your pace.</source>
        <translation>Un consejero o terapeuta, idealmente con experiencia en relaciones abusivas o controladoras. Puede ayudarte a entender lo que pasó, a tu ritmo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A support service or helpline for abuse where you live. Many are free and confidential, and you can call just to talk.</source>
        <translation>Un servicio de apoyo o una línea de ayuda contra el abuso del lugar donde vives. Muchos son gratuitos y confidenciales, y puedes llamar solo para hablar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A counsellor or therapist. They can help you make sense of what happened and rebuild trust in your own judgement, at your pace.</source>
        <translation>Un consejero o terapeuta. Puede ayudarte a entender lo que pasó y a recuperar la confianza en tu propio criterio, a tu ritmo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People you trust: a friend or someone in your family who is on your side. Telling one person can make it lighter.</source>
        <translation>Personas de confianza: una amistad o alguien de tu familia que esté de tu lado. Contárselo a una persona puede aliviar el peso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If they get in touch, you don&apos;t have to answer. You can note it on Today; a message from them is not you breaking anything.</source>
        <translation>Si esa persona se pone en contacto, no tienes que responder. Puedes anotarlo en Hoy; un mensaje suyo no significa que tú hayas roto nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If you are afraid for your safety, or in danger now, call your local emergency number.</source>
        <translation>Si temes por tu seguridad, o estás en peligro ahora, llama a tu número local de emergencias.</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <location filename="../../app/ui/pages/next_steps.py" line="+86"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where you are</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Reach out</source>
        <translation>Retomar el contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try out a first message</source>
        <translation>Ensaya un primer mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If they answer warmly, go slowly</source>
        <translation>Si responde con calidez, ve despacio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps, if they answer warmly</source>
        <translation>Pasos, si responde con calidez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What tends to undo progress</source>
        <translation>Lo que suele deshacer lo avanzado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move on</source>
        <translation>Pasar página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to keep doing</source>
        <translation>Qué seguir haciendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Goals</source>
        <translation>Abrir Objetivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Journal</source>
        <translation>Abrir el Diario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More things that help</source>
        <translation>Más cosas que ayudan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Healing first</source>
        <translation>Sanar primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was abusive, controlling or unsafe</source>
        <translation>Fue abusiva o controladora, o no me sentía a salvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was betrayal or disrespect</source>
        <translation>Hubo traición o falta de respeto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Healing comes first</source>
        <translation>Sanar primero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where this was chosen</source>
        <translation>Dónde se eligió esto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change it in Settings</source>
        <translation>Cambiarlo en Ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change it in the Journal</source>
        <translation>Cambiarlo en el Diario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Support and help</source>
        <translation>Apoyo y ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to find support</source>
        <translation>Dónde encontrar apoyo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When to talk to a counsellor</source>
        <translation>Cuándo hablar con un consejero</translation>
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
        <translation>Es hora de tu registro diario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tomorrow may be a hard day. You have a plan.</source>
        <translation>Mañana puede ser un día difícil. Tienes un plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tomorrow may be a hard day. A small plan can help: something kind for yourself, and someone you trust to be with.</source>
        <translation>Mañana puede ser un día difícil. Un pequeño plan puede ayudar: algo amable para ti y alguien de confianza con quien estar.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You reached your target: day %n.</source>
        <translation>
            <numerusform>Llegaste a tu meta: día %n.</numerusform>
            <numerusform>Llegaste a tu meta: día %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Day %n reached.</source>
        <translation>
            <numerusform>Día %n alcanzado.</numerusform>
            <numerusform>Día %n alcanzado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holdfast keeps running in the tray; quit it from the tray menu.</source>
        <translation>Holdfast sigue en marcha en la bandeja; ciérralo desde el menú de la bandeja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holdfast keeps running for your reminders; to quit it, open it and choose Holdfast &gt; Quit, or press Ctrl+Q.</source>
        <translation>Holdfast sigue en marcha para tus recordatorios; para cerrarlo, ábrelo y elige Holdfast &gt; Salir, o pulsa Ctrl+Q.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Holdfast</source>
        <translation>Abrir Holdfast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze for an hour</source>
        <translation>Posponer una hora</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/onboarding.py" line="+53"/>
        <source>Holdfast: welcome</source>
        <translation>Holdfast: bienvenida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;No contact gives your feelings time to settle and breaks the habit of reaching for them. Holdfast counts the days with you and keeps what you learn along the way.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Te damos la bienvenida&lt;/h2&gt;&lt;p&gt;El contacto cero da tiempo a que tus sentimientos se calmen y rompe la costumbre de buscar a esa persona. Holdfast cuenta los días contigo y guarda lo que aprendes por el camino.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When your last contact was</source>
        <translation>Cuándo fue tu último contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to aim for</source>
        <translation>Días de meta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About 30 days is the usual suggestion; a longer or more intense relationship often needs closer to 45.</source>
        <translation>Lo habitual es proponer unos 30 días; una relación más larga o intensa suele necesitar cerca de 45.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Healing first (optional)</source>
        <translation>Sanar primero (opcional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Growth goals to start with</source>
        <translation>Objetivos de crecimiento para empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can change them any time.</source>
        <translation>Puedes cambiarlos cuando quieras.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start Holdfast when I log in, so reminders arrive</source>
        <translation>Abrir Holdfast al iniciar sesión, para que lleguen los recordatorios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip: start now with 30 days</source>
        <translation>Omitir: empezar ya con 30 días</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/passphrases.py" line="-202"/>
        <source>This one is shorter than %n characters.</source>
        <translation>
            <numerusform>Esta tiene menos de %n carácter.</numerusform>
            <numerusform>Esta tiene menos de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña aún no coinciden.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../app/ui/widgets/progress_ring.py" line="+53"/>
        <source>Progress toward your target</source>
        <translation>Progreso hacia tu meta</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>target reached</source>
        <translation>meta alcanzada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{percent} percent of the way</source>
        <translation>{percent} por ciento del camino</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="+50"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Proteger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protecting…</source>
        <translation>Protegiendo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holdfast will keep your entries, notes and journal encrypted on this computer. It asks for the passphrase when it opens, and locks again when you step away.</source>
        <translation>Holdfast mantendrá cifrados en este equipo tus entradas, notas y diario. Te pedirá la frase de contraseña al abrirse, y volverá a bloquearse cuando te alejes.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At least %n characters. A few words together work well.</source>
        <translation>
            <numerusform>Al menos %n carácter. Unas cuantas palabras juntas funcionan bien.</numerusform>
            <numerusform>Al menos %n caracteres. Unas cuantas palabras juntas funcionan bien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <location filename="../../app/ui/dialogs/protection.py" line="+64"/>
        <source>Protect with a passphrase…</source>
        <translation>Proteger con una frase de contraseña…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase keeps your entries, notes and journal encrypted on this computer: without it, nobody can read them.</source>
        <translation>Una frase de contraseña mantiene cifrados en este equipo tus entradas, notas y diario: sin ella, nadie puede leerlos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn off protection…</source>
        <translation>Desactivar la protección…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock with my login</source>
        <translation>Desbloquear con mi inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the day count while locked</source>
        <translation>Mostrar el recuento de días mientras está bloqueado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries are protected with a passphrase.</source>
        <translation>Tus entradas están protegidas con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holdfast locks when it has not been used this long, when you close its window to the tray, and when you choose Holdfast &gt; Lock now.</source>
        <translation>Holdfast se bloquea cuando no se ha usado durante ese tiempo, cuando cierras su ventana a la bandeja y cuando eliges Holdfast &gt; Bloquear ahora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeps the key in this desktop&apos;s keyring, so Holdfast opens without the passphrase while you are logged in.</source>
        <translation>Guarda la clave en el llavero de este escritorio, para que Holdfast se abra sin la frase de contraseña mientras tengas la sesión iniciada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For a panel that shows Holdfast&apos;s status: the day count only, never a note.</source>
        <translation>Para un panel que muestre el estado de Holdfast: solo el recuento de días, nunca una nota.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The passphrase is changed. Your recovery key stays the same.</source>
        <translation>La frase de contraseña ha cambiado. Tu clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protection is off: your entries are written in plain text again.</source>
        <translation>Protección desactivada: tus entradas vuelven a guardarse en texto sin cifrar.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No keyring is running on this desktop, so Holdfast cannot keep the key there. Your passphrase unlocks it as before.</source>
        <translation>No hay ningún llavero activo en este escritorio, así que Holdfast no puede guardar la clave allí. Tu frase de contraseña lo desbloquea como antes.</translation>
    </message>
</context>
<context>
    <name>Pull</name>
    <message>
        <location filename="../../app/domain/check_ins.py" line="+4"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <translation>leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelming</source>
        <translation>abrumador</translation>
    </message>
</context>
<context>
    <name>ReasonsPicker</name>
    <message>
        <location filename="../../app/ui/widgets/reasons_picker.py" line="+33"/>
        <source>Why it ended</source>
        <translation>Por qué terminó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick whatever fits. Seeing the reasons side by side helps when memory starts to keep only the good parts. You can change this at any time.</source>
        <translation>Marca lo que encaje. Ver los motivos juntos ayuda cuando la memoria empieza a quedarse solo con lo bueno. Puedes cambiarlo cuando quieras.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choosing either puts healing first: Holdfast then points you to support, professional help and moving on. You can untick it here, or change it in Settings under Healing first, whenever you like.</source>
        <translation>Marcar cualquiera de los dos pone sanar en primer lugar: Holdfast te orienta entonces hacia apoyo, ayuda profesional y pasar página. Puedes desmarcarlo aquí, o cambiarlo en Ajustes, en «Sanar primero», cuando quieras.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Healing comes first</source>
        <translation>Sanar primero</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Healing comes first now. A counsellor, a therapist or a support service for abuse near you can help with what happened; Holdfast is no replacement for them. If you are in danger, call your local emergency number.</source>
        <translation>Ahora sanar va primero. Un consejero, un terapeuta o un servicio de apoyo contra el abuso cerca de ti pueden ayudarte con lo que pasó; Holdfast no los sustituye. Si estás en peligro, llama a tu número local de emergencias.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Healing comes first now. A counsellor or therapist can help with what happened; Holdfast is no replacement for them.</source>
        <translation>Ahora sanar va primero. Un consejero o un terapeuta pueden ayudarte con lo que pasó; Holdfast no los sustituye.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You said so in Settings too; you can change that there, under Healing first.</source>
        <translation>También lo indicaste en Ajustes; puedes cambiarlo allí, en «Sanar primero».</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="+65"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied.</source>
        <translation>Copiada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have written it down</source>
        <translation>Ya la he anotado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Protection is on. Write this recovery key down and keep it somewhere safe: if you ever forget your passphrase, it unlocks Holdfast instead.</source>
        <translation>La protección está activada. Anota esta clave de recuperación y guárdala en un lugar seguro: si alguna vez olvidas tu frase de contraseña, con ella puedes desbloquear Holdfast.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It is shown only this once. Either it or your passphrase unlocks.</source>
        <translation>Solo se muestra esta vez. Desbloquea Holdfast igual que tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Recurring</name>
    <message>
        <location filename="../../app/ui/widgets/goal_row.py" line="-159"/>
        <source>Daily</source>
        <translation>A diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n days in a row</source>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weeks in a row</source>
        <translation>
            <numerusform>%n semana seguida</numerusform>
            <numerusform>%n semanas seguidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <location filename="../../app/ui/dialogs/export_file.py" line="-84"/>
        <source>Replace this file?</source>
        <translation>¿Reemplazar este archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s exists already. Replace it with the export?</source>
        <translation>%s ya existe. ¿Reemplazarlo con la exportación?</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../app/ui/widgets/restore_offer.py" line="+30"/>
        <source>Your data file is missing</source>
        <translation>Falta tu archivo de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data file is back: the backup from %s is restored.</source>
        <translation>Tu archivo de datos ha vuelto: se restauró la copia de seguridad del %s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <location filename="../../app/ui/widgets/runs.py" line="+35"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What ended it</source>
        <translation>Qué le puso fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your runs without contact, newest first</source>
        <translation>Tus rachas sin contacto, la más reciente primero</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a new plan</source>
        <translation>un nuevo plan</translation>
    </message>
</context>
<context>
    <name>SavingQueue</name>
    <message>
        <location filename="../../app/ui/saving_queue.py" line="+93"/>
        <source>Another Holdfast process is busy with your data, so this is not saved yet. It is kept, and saved as soon as the other process lets go.</source>
        <translation>Otro proceso de Holdfast está usando tus datos, así que esto aún no se ha guardado. Se conserva, y se guardará en cuanto el otro proceso los libere.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saved now: what you logged while another Holdfast process was busy.</source>
        <translation>Guardado ahora: lo que registraste mientras otro proceso de Holdfast estaba ocupado.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved now: what you logged while your data file was missing.</source>
        <translation>Guardado ahora: lo que registraste mientras faltaba tu archivo de datos.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What you logged is kept in this window, but it could not be kept on disk as well (%s): keep Holdfast open until it is saved.</source>
        <translation>Lo que registraste se conserva en esta ventana, pero no se pudo guardar también en el disco (%s): mantén Holdfast abierto hasta que se guarde.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n urges</source>
        <translation>
            <numerusform>un impulso</numerusform>
            <numerusform>%n impulsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>un contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added now: %s you logged while Holdfast was locked.</source>
        <translation>Añadido ahora: %s que registraste mientras Holdfast estaba bloqueado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved now: %s you logged earlier, while it could not be saved.</source>
        <translation>Guardado ahora: %s que registraste antes, cuando no se pudo guardar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved now: %s you logged earlier, while they could not be saved.</source>
        <translation>Guardado ahora: %s que registraste antes, cuando no se pudieron guardar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="+71"/>
        <source>Holdfast: settings</source>
        <translation>Holdfast: ajustes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes are saved as you make them: the plan when you leave its field.</source>
        <translation>Los cambios se guardan al hacerlos; el plan, al salir de su campo.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When your last contact was</source>
        <translation>Cuándo fue tu último contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to aim for</source>
        <translation>Días de meta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: %s.</source>
        <translation>No guardado: %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved: aiming for %n days.</source>
        <translation>
            <numerusform>Guardado: meta de %n día.</numerusform>
            <numerusform>Guardado: meta de %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved: last contact on %s; aiming for %n days.</source>
        <translation>
            <numerusform>Guardado: último contacto el %s; meta de %n día.</numerusform>
            <numerusform>Guardado: último contacto el %s; meta de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Healing first</source>
        <translation>Sanar primero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A daily check-in at</source>
        <translation>Un registro diario a las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell me when I reach a milestone</source>
        <translation>Avisarme cuando alcance un hito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hard dates…</source>
        <translation>Fechas difíciles…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days you know will be hard, and your plan for each</source>
        <translation>Días que sabes que serán difíciles, y tu plan para cada uno</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Appearance and start-up</source>
        <translation>Apariencia e inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start Holdfast when I log in</source>
        <translation>Abrir Holdfast al iniciar sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desktop shows no tray. While a reminder is on, closing the window leaves Holdfast running in the background, so reminders still arrive; to end it, choose Holdfast &gt; Quit or press Ctrl+Q.</source>
        <translation>Este escritorio no muestra bandeja. Mientras haya un recordatorio activo, cerrar la ventana deja Holdfast en marcha en segundo plano, para que los recordatorios sigan llegando; para cerrarlo, elige Holdfast &gt; Salir o pulsa Ctrl+Q.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>System default (%s)</source>
        <translation>Predeterminado del sistema (%s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new language shows the next time Holdfast starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Holdfast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language could not be saved: %s.</source>
        <translation>No se pudo guardar el idioma: %s.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discreet mode: show only &quot;Holdfast&quot; and neutral words outside this window</source>
        <translation>Modo discreto: mostrar solo «Holdfast» y palabras neutras fuera de esta ventana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tray then offers one &quot;Log a moment&quot; instead of the urges, the launcher leaves out its menu of urges, and notifications name no one.</source>
        <translation>La bandeja ofrece entonces un solo «Anotar un momento» en lugar de los impulsos, el lanzador omite su menú de impulsos y las notificaciones no nombran a nadie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If someone else might see this screen, discreet mode keeps Holdfast neutral from the outside.</source>
        <translation>Si otra persona pudiera ver esta pantalla, el modo discreto mantiene Holdfast neutral desde fuera.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Restore the selected backup…</source>
        <translation>Restaurar la copia seleccionada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved a copy to %s.</source>
        <translation>Se guardó una copia en %s.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to add: everything in that file is here already.</source>
        <translation>Nada que añadir: todo lo de ese archivo ya está aquí.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries</source>
        <translation>
            <numerusform>una entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals</source>
        <translation>
            <numerusform>un objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals ticked</source>
        <translation>
            <numerusform>un objetivo cumplido</numerusform>
            <numerusform>%n objetivos cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>una entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reasons it ended</source>
        <translation>
            <numerusform>un motivo de la ruptura</numerusform>
            <numerusform>%n motivos de la ruptura</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>that healing comes first</source>
        <translation>la elección de sanar primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %s. Your data as it was before is kept as a backup.</source>
        <translation>Se importó: %s. Tus datos de antes se conservan como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore a backup?</source>
        <translation>¿Restaurar una copia de seguridad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the backup from %s? The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>¿Recuperar la copia de seguridad del %s? Los datos actuales se guardan aparte en la carpeta de datos, así que no se pierde nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON, everything (*.json);;CSV, the entries (*.csv)</source>
        <translation>JSON, todo (*.json);;CSV, las entradas (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holdfast export or data file (*.json)</source>
        <translation>Exportación o archivo de datos de Holdfast (*.json)</translation>
    </message>
</context>
<context>
    <name>StarterGoals</name>
    <message>
        <location filename="../../app/domain/goals.py" line="-199"/>
        <source>Move for twenty minutes: a walk counts</source>
        <translation>Moverte veinte minutos: un paseo cuenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the phone away an hour before bed</source>
        <translation>Dejar el móvil una hora antes de dormir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cook or sit down to one proper meal</source>
        <translation>Cocinar o sentarte a una comida de verdad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tell one friend you&apos;re doing this</source>
        <translation>Contárselo a una amistad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See or call a friend</source>
        <translation>Ver o llamar a una amistad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spend an hour on a hobby, old or new</source>
        <translation>Dedicar una hora a una afición, antigua o nueva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Five slow minutes of breathing</source>
        <translation>Cinco minutos de respiración lenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When an urge comes, wait ten minutes first</source>
        <translation>Cuando llegue un impulso, esperar primero diez minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write what you miss: them, or being with someone</source>
        <translation>Escribir qué echas de menos: a esa persona o estar con alguien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down why it ended, honestly</source>
        <translation>Escribir con sinceridad por qué terminó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the patterns that were yours</source>
        <translation>Nombrar los patrones que eran tuyos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish one thing you kept putting off</source>
        <translation>Terminar algo que venías aplazando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note one thing you did well today</source>
        <translation>Anotar algo que hoy te salió bien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen to someone without planning a reply</source>
        <translation>Escuchar a alguien sin preparar la respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say how you feel to someone, without blame</source>
        <translation>Decirle a alguien cómo te sientes, sin culpar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write one thing you are glad to have back for yourself</source>
        <translation>Escribir algo que te alegra recuperar para ti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write what a kind, respectful relationship looks like to you</source>
        <translation>Escribir cómo es para ti una relación amable y respetuosa</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../app/storage/codec.py" line="+95"/>
        <source>an entry is not valid ({why})</source>
        <translation>una entrada no es válida ({why})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an entry has an unknown type {kind}</source>
        <translation>una entrada tiene un tipo desconocido {kind}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a goal is not valid ({why})</source>
        <translation>un objetivo no es válido ({why})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the settings are not valid ({why})</source>
        <translation>los ajustes no son válidos ({why})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a goal completion is not valid ({why})</source>
        <translation>un objetivo cumplido no es válido ({why})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a journal entry is not valid ({why})</source>
        <translation>una entrada del diario no es válida ({why})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a hard date is not valid ({why})</source>
        <translation>una fecha difícil no es válida ({why})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a check-in is not valid ({why})</source>
        <translation>un registro diario no es válido ({why})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the reasons it ended are not valid ({why})</source>
        <translation>los motivos de la ruptura no son válidos ({why})</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="+32"/>
        <source>Holdfast cannot use its data file {path}: {problem}. Nothing has been written to it. There is no good backup to restore from.</source>
        <translation>Holdfast no puede usar su archivo de datos {path}: {problem}. No se ha escrito nada en él. No hay ninguna copia de seguridad válida desde la que restaurar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holdfast cannot use its data file {path}: {problem}. Nothing has been written to it. The newest good backup is {backup}; `holdfast restore` puts it back and keeps the current file aside.</source>
        <translation>Holdfast no puede usar su archivo de datos {path}: {problem}. No se ha escrito nada en él. La copia de seguridad válida más reciente es {backup}; `holdfast restore` la recupera y guarda aparte el archivo actual.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not save to {path}: {why}. Nothing was changed; the previous data is intact.</source>
        <translation>No se pudo guardar en {path}: {why}. No se cambió nada; los datos anteriores están intactos.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>it is {what}, not an ordinary file; move it away, and `holdfast restore` puts back the newest backup, if there is one</source>
        <translation>es {what}, no un archivo normal; muévelo a otro sitio, y `holdfast restore` recuperará la copia de seguridad más reciente, si la hay</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a link to {target}, which is not there</source>
        <translation>un enlace a {target}, que no existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is {what}; put that file back (a sync tool may keep a copy), or remove the link and `holdfast restore` puts back the newest backup, if there is one</source>
        <translation>es {what}; vuelve a poner ese archivo (puede que una herramienta de sincronización guarde una copia), o quita el enlace y `holdfast restore` recuperará la copia de seguridad más reciente, si la hay</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} is missing from {folder}, and there is no good backup to restore; put the file back (a sync tool may keep a copy) to go on.</source>
        <translation>Falta {name} en {folder} y no hay ninguna copia de seguridad válida que restaurar; vuelve a poner el archivo (puede que una herramienta de sincronización guarde una copia) para continuar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is missing; `holdfast restore` puts back the backup from {when} UTC.</source>
        <translation>Falta {name}; `holdfast restore` recupera la copia de seguridad del {when} UTC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is missing; `holdfast restore` puts back the backup from {when}.</source>
        <translation>Falta {name}; `holdfast restore` recupera la copia de seguridad del {when}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Holdfast cannot use {where}: {why}.</source>
        <translation>Holdfast no puede usar {where}: {why}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the system refused it ({what}); check that the path is right and is yours</source>
        <translation>el sistema lo rechazó ({what}); comprueba que la ruta es correcta y es tuya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libera algo de espacio y vuelve a intentarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is read-only; choose a folder on a disk you can write to</source>
        <translation>el disco es de solo lectura; elige una carpeta en un disco en el que puedas escribir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you do not have permission to use it; check who owns it, or choose a folder of your own</source>
        <translation>no tienes permiso para usarlo; comprueba de quién es, o elige una carpeta tuya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a symbolic link, which Holdfast does not follow; put the real file or folder in its place</source>
        <translation>es un enlace simbólico, y Holdfast no sigue enlaces; pon en su lugar el archivo o la carpeta real</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>something of that name is already there; move it aside or choose another name</source>
        <translation>ya hay algo con ese nombre; apártalo o elige otro nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not exist; check the path, and that its folder is there</source>
        <translation>no existe; comprueba la ruta y que su carpeta esté ahí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>part of the path is a file, not a folder; check the path</source>
        <translation>parte de la ruta es un archivo, no una carpeta; comprueba la ruta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder where a file belongs; give the path of a file</source>
        <translation>es una carpeta donde debería haber un archivo; indica la ruta de un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name is too long; choose a shorter one</source>
        <translation>el nombre es demasiado largo; elige uno más corto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program is using it; close that program and try again</source>
        <translation>otro programa lo está usando; cierra ese programa y vuelve a intentarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk could not read or write it; check the disk, and keep a copy of your data on another one</source>
        <translation>el disco no pudo leerlo ni escribirlo; revisa el disco y guarda una copia de tus datos en otro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too many files are open; close some programs and try again</source>
        <translation>hay demasiados archivos abiertos; cierra algunos programas y vuelve a intentarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a device or a pipe, not a file; give the path of an ordinary file</source>
        <translation>es un dispositivo o una tubería, no un archivo; indica la ruta de un archivo normal</translation>
    </message>
    <message>
        <location filename="../../app/storage/files.py" line="+143"/>
        <source>something other than a file</source>
        <translation>algo que no es un archivo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it is larger than {size} MiB, far more than Holdfast ever writes; check that it is the right file</source>
        <translation>ocupa más de {size} MiB, mucho más de lo que Holdfast escribe nunca; comprueba que es el archivo correcto</translation>
    </message>
    <message>
        <location filename="../../app/storage/lock.py" line="+19"/>
        <source>another Holdfast process (a window, or a command still running) is busy with your data and has not let go of it; nothing was changed</source>
        <translation>otro proceso de Holdfast (una ventana, o un comando aún en marcha) está usando tus datos y no los ha liberado; no se cambió nada</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{busy}; try again in a moment</source>
        <translation>{busy}; vuelve a intentarlo en un momento</translation>
    </message>
    <message>
        <location filename="../../app/storage/safe_storage.py" line="+122"/>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not valid JSON (it may have been cut short)</source>
        <translation>no es JSON válido (puede que se haya cortado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it does not have the layout of a Holdfast file</source>
        <translation>no tiene la estructura de un archivo de Holdfast</translation>
    </message>
    <message>
        <location filename="../../app/storage/store.py" line="+359"/>
        <source>{refusal}. Nothing was imported.</source>
        <translation>{refusal}. No se importó nada.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>there is no good backup in {folder}</source>
        <translation>no hay ninguna copia de seguridad válida en {folder}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no backup named {name}; `holdfast backups` lists the ones there are</source>
        <translation>no hay ninguna copia de seguridad llamada {name}; `holdfast backups` muestra las que hay</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup {name} cannot be used: {problem}</source>
        <translation>la copia de seguridad {name} no se puede usar: {problem}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>it could not be upgraded from format {version} ({error})</source>
        <translation>no se pudo actualizar desde el formato {version} ({error})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has no Holdfast format version</source>
        <translation>no tiene versión de formato de Holdfast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer Holdfast (format {version}; this version reads up to {known}), so update Holdfast to open it</source>
        <translation>lo escribió un Holdfast más reciente (formato {version}; esta versión lee hasta el {known}), así que actualiza Holdfast para abrirlo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the goal list is not valid</source>
        <translation>la lista de objetivos no es válida</translation>
    </message>
    <message>
        <location filename="../../app/storage/transfer.py" line="-60"/>
        <source>{target} is inside Holdfast&apos;s data folder {folder}, which holds only Holdfast&apos;s own files; export to a folder of your own, such as your documents</source>
        <translation>{target} está dentro de la carpeta de datos de Holdfast {folder}, que solo guarda archivos propios de Holdfast; exporta a una carpeta tuya, como tus documentos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{target} exists already and was left as it is; give another name, or add --overwrite to replace it</source>
        <translation>{target} ya existe y se dejó como estaba; indica otro nombre, o añade --overwrite para reemplazarlo</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{path} holds a kind of entry this version of Holdfast does not know ({kind}); update Holdfast to import it</source>
        <translation>{path} contiene un tipo de entrada que esta versión de Holdfast no conoce ({kind}); actualiza Holdfast para importarlo</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+71"/>
        <source>{path} cannot be imported: {problem}</source>
        <translation>{path} no se puede importar: {problem}</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{path} does not say which version of the export format it is</source>
        <translation>{path} no indica qué versión del formato de exportación es</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} was made by a newer Holdfast (export format {version}; this version reads up to {known}); update Holdfast to import it</source>
        <translation>{path} lo creó un Holdfast más reciente (formato de exportación {version}; esta versión lee hasta el {known}); actualiza Holdfast para importarlo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} holds a section this version of Holdfast does not know ({section}); update Holdfast to import it</source>
        <translation>{path} contiene una sección que esta versión de Holdfast no conoce ({section}); actualiza Holdfast para importarlo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>there is no file {path}</source>
        <translation>no hay ningún archivo {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no file {path}: it is {what}</source>
        <translation>no hay ningún archivo {path}: es {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read {path}: it is not a file but a pipe or a device; give a file made by `holdfast export`, a backup or a copy of holdfast.json</source>
        <translation>no se puede leer {path}: no es un archivo sino una tubería o un dispositivo; indica un archivo creado con `holdfast export`, una copia de seguridad o una copia de holdfast.json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read {path}: its permissions do not let you read it; copy it somewhere of your own, or ask whoever owns it</source>
        <translation>no se puede leer {path}: sus permisos no te dejan leerlo; cópialo a un sitio tuyo, o pregunta a quien lo posea</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read {path}: it is a folder; give the file to import</source>
        <translation>no se puede leer {path}: es una carpeta; indica el archivo que quieres importar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read {path}: its path holds a link that leads back to itself; give the path of the file itself</source>
        <translation>no se puede leer {path}: su ruta contiene un enlace que lleva de vuelta a sí mismo; indica la ruta del propio archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read {path}: {why}</source>
        <translation>no se puede leer {path}: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a Holdfast export or data file; import takes a .json file made by `holdfast export`, a backup, or a copy of holdfast.json</source>
        <translation>{path} no es una exportación ni un archivo de datos de Holdfast; importar acepta un archivo .json creado con `holdfast export`, una copia de seguridad o una copia de holdfast.json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is not a Holdfast export or data file (it is not valid JSON; it may have been cut short); import takes a .json file made by `holdfast export`, a backup, or a copy of holdfast.json</source>
        <translation>{path} no es una exportación ni un archivo de datos de Holdfast (no es JSON válido; puede que se haya cortado); importar acepta un archivo .json creado con `holdfast export`, una copia de seguridad o una copia de holdfast.json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{key} must be true or false, not {value}</source>
        <translation>{key} debe ser true o false, no {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its {key} are not a list of entries</source>
        <translation>sus {key} no son una lista de entradas</translation>
    </message>
    <message>
        <location filename="../../app/storage/waiting_entries.py" line="+65"/>
        <source>Some urges or contacts that were waiting to be saved could not be read (the file holding them is damaged), so they are not saved; the file is kept as {path}.</source>
        <translation>Algunos impulsos o contactos que esperaban a guardarse no se pudieron leer (el archivo que los contiene está dañado), así que no se han guardado; el archivo se conserva como {path}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/protecting.py" line="+174"/>
        <source>protection is already on; `holdfast protect change` changes the passphrase</source>
        <translation>la protección ya está activada; `holdfast protect change` cambia la frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protection is off; `holdfast protect on` turns it on</source>
        <translation>la protección está desactivada; `holdfast protect on` la activa</translation>
    </message>
    <message>
        <location filename="../../app/storage/protection.py" line="+38"/>
        <source>Holdfast is locked: your entries are protected with a passphrase. Unlock the window, or give the passphrase when asked; nothing was read or written.</source>
        <translation>Holdfast está bloqueado: tus entradas están protegidas con una frase de contraseña. Desbloquea la ventana, o escribe la frase de contraseña cuando se te pida; no se leyó ni se escribió nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That recovery key does not unlock Holdfast; check it and try again. Nothing was changed.</source>
        <translation>Esa clave de recuperación no desbloquea Holdfast; revísala y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That passphrase does not unlock Holdfast; check it (and Caps Lock) and try again. Nothing was changed.</source>
        <translation>Esa frase de contraseña no desbloquea Holdfast; revísala (y Bloq Mayús) y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Holdfast cannot read {path}, which holds the key to your protected entries: {problem}. Nothing was written. Put back a copy of it from a backup of this folder to unlock.</source>
        <translation>Holdfast no puede leer {path}, que guarda la clave de tus entradas protegidas: {problem}. No se escribió nada. Para desbloquear, vuelve a poner una copia de ese archivo tomada de una copia de seguridad de esta carpeta.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>it was written by a newer Holdfast, so update Holdfast</source>
        <translation>lo escribió un Holdfast más reciente, así que actualiza Holdfast</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it is damaged (its checksum does not match)</source>
        <translation>está dañado (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>it is protected with a passphrase, but protection.json, which holds its key, is missing from the folder; put it back to open it</source>
        <translation>está protegido con una frase de contraseña, pero falta en la carpeta protection.json, que guarda su clave; vuelve a ponerlo para abrirlo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is protected, and it does not open with the key that opens the others: it is damaged</source>
        <translation>está protegido y no se abre con la clave que abre los demás: está dañado</translation>
    </message>
    <message>
        <location filename="../../app/storage/sealed_export.py" line="+93"/>
        <source>{path} is an encrypted export, and it opens only with the passphrase or recovery key in force when it was written</source>
        <translation>{path} es una exportación cifrada, y solo se abre con la frase de contraseña o la clave de recuperación vigentes cuando se creó</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is an encrypted export that is damaged and cannot be opened</source>
        <translation>{path} es una exportación cifrada que está dañada y no se puede abrir</translation>
    </message>
</context>
<context>
    <name>StrengthSlider</name>
    <message>
        <location filename="../../app/ui/widgets/strength.py" line="+22"/>
        <source>How strong the urge was, 1 to 10</source>
        <translation>Intensidad del impulso, de 1 a 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>SystemError</name>
    <message>
        <location filename="../../app/system/autostart.py" line="+45"/>
        <source>{path} is {what}, not a file Holdfast wrote, so it is left as it is; remove it yourself if Holdfast should manage starting at login</source>
        <translation>{path} es {what}, no un archivo que haya escrito Holdfast, así que se deja como está; bórralo tú si quieres que Holdfast se encargue de abrirse al iniciar sesión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{program} is not there to make the Startup shortcut</source>
        <translation>{program} no está disponible para crear el acceso directo en Inicio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows could not make the Startup shortcut ({why})</source>
        <translation>Windows no pudo crear el acceso directo en Inicio ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows took too long to make the Startup shortcut; try again</source>
        <translation>Windows tardó demasiado en crear el acceso directo en Inicio; vuelve a intentarlo</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>a link</source>
        <translation>un enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an ordinary file</source>
        <translation>algo distinto de un archivo normal</translation>
    </message>
    <message>
        <location filename="../../app/system/desktop_entry.py" line="+181"/>
        <source>cannot find the installed `{command}` command for the desktop to start; install Holdfast first (pipx install .) and run this again with the `{command}` it installed</source>
        <translation>no se encuentra el comando `{command}` instalado para que el escritorio lo inicie; instala primero Holdfast (pipx install .) y vuelve a ejecutar esto con el `{command}` que instaló</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>a launcher cannot start a path with a line break: {path}</source>
        <translation>un lanzador no puede iniciar una ruta con un salto de línea: {path}</translation>
    </message>
    <message>
        <location filename="../../app/system/resource_files.py" line="+57"/>
        <source>Holdfast&apos;s resources folder is missing (looked in: {looked}); the installation may be incomplete</source>
        <translation>Falta la carpeta de recursos de Holdfast (se buscó en: {looked}); puede que la instalación esté incompleta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holdfast&apos;s resource {name} is missing (looked in: {looked}); the installation may be incomplete</source>
        <translation>Falta el recurso {name} de Holdfast (se buscó en: {looked}); puede que la instalación esté incompleta</translation>
    </message>
</context>
<context>
    <name>ThenAndNowSection</name>
    <message>
        <location filename="../../app/ui/widgets/review_section.py" line="+33"/>
        <location line="+4"/>
        <source>Then and now</source>
        <translation>Antes y ahora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s without contact, counted from %s.</source>
        <translation>%s sin contacto, contando desde el %s.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-ins</source>
        <translation>Registros diarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Urges per week</source>
        <translation>Impulsos por semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goals ticked off</source>
        <translation>Objetivos cumplidos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Then</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mood: %s. Pull: %s.</source>
        <translation>Ánimo: %s. Tirón: %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n times</source>
        <translation>
            <numerusform>una vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/pages/today.py" line="+121"/>
        <location line="+12"/>
        <source>Today&apos;s goals</source>
        <translation>Objetivos de hoy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I had contact with them…</source>
        <translation>Tuve contacto con esa persona…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it is hard right now</source>
        <translation>Si ahora mismo es difícil</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Recorded. Your run goes on.</source>
        <translation>Registrado. Tu racha sigue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded. A new run starts now; the days before it stay counted.</source>
        <translation>Registrado. Ahora empieza una racha nueva; los días anteriores siguen contando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded for %s. The run it fell in ended then; the days before it stay counted.</source>
        <translation>Registrado para el %s. La racha en la que cayó terminó entonces; los días anteriores siguen contando.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Settings to set when your last contact was.</source>
        <translation>Abre Ajustes para indicar cuándo fue tu último contacto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %d</source>
        <translation>Día %d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target reached on %s</source>
        <translation>meta alcanzada el %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You reached day %d.</source>
        <translation>Llegaste al día %d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>However today feels, these days were yours to keep. Healing goes on at your own pace; Next steps has support and what helps, whenever you want it.</source>
        <translation>Sientas lo que sientas hoy, estos días ya son tuyos. Sigues sanando a tu propio ritmo; en Próximos pasos tienes apoyo y lo que ayuda, cuando quieras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>However today feels, these days were yours to keep. When you are ready, think about what comes next: reaching out, or moving on. Both are fine.</source>
        <translation>Sientas lo que sientas hoy, estos días ya son tuyos. Cuando llegue el momento, piensa en lo que viene: retomar el contacto o pasar página. Las dos cosas están bien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look back, then support and moving on</source>
        <translation>Mirar atrás, y luego apoyo y pasar página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back, then what comes next</source>
        <translation>Mirar atrás, y luego lo que viene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of %d</source>
        <translation>de %d</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days %02d:%02d:%02d to go</source>
        <translation>
            <numerusform>Falta %n día %02d:%02d:%02d</numerusform>
            <numerusform>Faltan %n días %02d:%02d:%02d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %d arrives on %s</source>
        <translation>El día %d llega el %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%d of %d done</source>
        <translation>%d de %d hechos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../../app/ui/widgets/runs.py" line="+31"/>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day without contact, across every run</source>
        <translation>día sin contacto, en todas las rachas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>days without contact, across every run</source>
        <translation>
            <numerusform>día sin contacto, en todas las rachas</numerusform>
            <numerusform>días sin contacto, en todas las rachas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every run</source>
        <translation>todas las rachas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your longest run</source>
        <translation>tu racha más larga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run so far</source>
        <translation>racha hasta ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>runs so far</source>
        <translation>
            <numerusform>racha hasta ahora</numerusform>
            <numerusform>rachas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>urge resisted</source>
        <translation>impulso resistido</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>urges resisted</source>
        <translation>
            <numerusform>impulso resistido</numerusform>
            <numerusform>impulsos resistidos</numerusform>
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
        <translation>Anotar un momento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log an urge</source>
        <translation>Registrar un impulso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If it is hard right now…</source>
        <translation>Si ahora mismo es difícil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Holdfast</source>
        <translation>Mostrar Holdfast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wanted to text</source>
        <translation>Ganas de escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted to call</source>
        <translation>Ganas de llamarle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted to check their profile</source>
        <translation>Ganas de mirar su perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted to ask friends about them</source>
        <translation>Ganas de preguntar a amistades por esa persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted to go where they might be</source>
        <translation>Ganas de ir adonde pueda estar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another urge</source>
        <translation>Otro impulso</translation>
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
            <numerusform>Holdfast: día %n</numerusform>
            <numerusform>Holdfast: día %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnOffDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrases.py" line="-59"/>
        <source>Turn off protection</source>
        <translation>Desactivar la protección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turning off…</source>
        <translation>Desactivando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your entries, notes and journal will be written in plain text on this computer again, and Holdfast will not ask for a passphrase. Anyone who can open your files can then read them.</source>
        <translation>Tus entradas, notas y diario volverán a guardarse en texto sin cifrar en este equipo, y Holdfast no pedirá ninguna frase de contraseña. Cualquiera que pueda abrir tus archivos podrá leerlos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery key works here too.</source>
        <translation>Tu clave de recuperación también sirve aquí.</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <location filename="../../app/ui/widgets/undo_banner.py" line="+27"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>UrgeBarChart</name>
    <message>
        <location filename="../../app/ui/widgets/bar_chart.py" line="+31"/>
        <source>Urges per day</source>
        <translation>Impulsos por día</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No urges logged in these days.</source>
        <translation>No hay impulsos registrados en estos días.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s over %s, %s a day; the most on one day: %d, on %s; %s without any.</source>
        <translation>%s en %s, %s al día; el máximo en un día: %d, el %s; %s sin ninguno.</translation>
    </message>
</context>
<context>
    <name>UrgeEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="-123"/>
        <source>Holdfast: edit urge</source>
        <translation>Holdfast: editar impulso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the urge came</source>
        <translation>Cuándo llegó el impulso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you wanted to do</source>
        <translation>Qué querías hacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>It stays here and is never sent.</source>
        <translation>Se queda aquí y nunca se envía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message you wanted to send, kept here</source>
        <translation>El mensaje que querías enviar, guardado aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsent message</source>
        <translation>Mensaje no enviado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The urge to</source>
        <translation>El impulso de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
</context>
<context>
    <name>UrgeFeedback</name>
    <message>
        <location filename="../../app/domain/words.py" line="+147"/>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will pass.</source>
        <translation>Ya pasará.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notifications.py" line="+49"/>
        <source>It is kept safe and counted when you next unlock Holdfast.</source>
        <translation>Se guarda a salvo y se contará la próxima vez que desbloquees Holdfast.</translation>
    </message>
</context>
<context>
    <name>UrgePanel</name>
    <message>
        <location filename="../../app/ui/widgets/urge_panel.py" line="+59"/>
        <source>When the urge comes, log it instead</source>
        <translation>Cuando llegue el impulso, regístralo en vez de actuar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log %s (Ctrl+%d)</source>
        <translation>Registrar %s (Ctrl+%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I had %s</source>
        <translation>Tuve %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+109"/>
        <source>Undo: remove the urge just logged</source>
        <translation>Deshacer: quitar el impulso recién registrado</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Add details</source>
        <translation>Añadir detalles</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+199"/>
        <source>It has passed</source>
        <translation>Ya ha pasado</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>What set it off? How do you feel? (optional)</source>
        <translation>¿Qué lo desencadenó? ¿Cómo te sientes? (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Write what you wanted to send. It stays here and is never sent.</source>
        <translation>Escribe lo que querías enviar. Se queda aquí y nunca se envía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message you wanted to send, kept here</source>
        <translation>El mensaje que querías enviar, guardado aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsent message</source>
        <translation>Mensaje no enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save details</source>
        <translation>Guardar detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an urge you didn&apos;t act on.</source>
        <translation>un impulso que no seguiste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you wanted to %s, and you didn&apos;t.</source>
        <translation>querías %s y no lo hiciste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Details saved.</source>
        <translation>Detalles guardados.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this urge</source>
        <translation>Quitar este impulso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this urge, with its details, from your log</source>
        <translation>Quitar este impulso, con sus detalles, de tu registro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: remove the contact just recorded</source>
        <translation>Deshacer: quitar el contacto recién registrado</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Removed: that urge is no longer logged.</source>
        <translation>Quitado: ese impulso ya no está registrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: that contact is no longer recorded.</source>
        <translation>Quitado: ese contacto ya no está registrado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urges resisted today: %d</source>
        <translation>Impulsos resistidos hoy: %d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten minutes ridden out. Well done.</source>
        <translation>Aguantaste diez minutos. Bien hecho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: close the timer</source>
        <translation>Hecho: cerrar el temporizador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ride it out: %d:%02d</source>
        <translation>Déjalo pasar: %d:%02d</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Meanwhile, from your goals: %s</source>
        <translation>Mientras tanto, de tus objetivos: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One reason it ended, as you named it: %s</source>
        <translation>Un motivo por el que terminó, con tus palabras: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote why it ended: “%s”</source>
        <translation>Escribiste por qué terminó: «%s»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier you wanted to send “%s”. That urge passed too.</source>
        <translation>Antes querías enviar «%s». Ese impulso también pasó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text a friend instead: tell them you&apos;re having a hard moment.</source>
        <translation>Mejor escribe a una amistad: dile que estás pasando un mal momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ten minutes ridden out.</source>
        <translation>Aguantaste diez minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It passed. You rode it out.</source>
        <translation>Pasó. Lo aguantaste.</translation>
    </message>
</context>
<context>
    <name>UrgeWeeksRow</name>
    <message>
        <location filename="../../app/ui/widgets/review_weeks.py" line="+28"/>
        <source>Urges per week</source>
        <translation>Impulsos por semana</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+14"/>
        <source>Week %d</source>
        <translation>Semana %d</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Week %d, so far</source>
        <translation>Semana %d, hasta ahora</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>so far</source>
        <translation>hasta ahora</translation>
    </message>
</context>
<context>
    <name>UrgeWords</name>
    <message>
        <location filename="../../app/ui/wording.py" line="-213"/>
        <source>Text them</source>
        <translation>Escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call them</source>
        <translation>Llamarle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check their profile</source>
        <translation>Mirar su perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask friends about them</source>
        <translation>Preguntar por esa persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go where they might be</source>
        <translation>Ir adonde pueda estar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text them</source>
        <translation>escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call them</source>
        <translation>llamarle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check their profile</source>
        <translation>mirar su perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask friends about them</source>
        <translation>preguntar a amistades por esa persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go where they might be</source>
        <translation>ir adonde pueda estar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another urge</source>
        <translation>otro impulso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the urge to %s</source>
        <translation>el impulso de %s</translation>
    </message>
</context>
<context>
    <name>WhenItHappened</name>
    <message>
        <location filename="../../app/ui/widgets/when_it_happened.py" line="+52"/>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier today</source>
        <translation>Hoy, más temprano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday evening</source>
        <translation>Ayer por la noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date and time</source>
        <translation>Elegir fecha y hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date and time it happened</source>
        <translation>La fecha y la hora en que pasó</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../app/ui/app.py" line="-122"/>
        <source>Holdfast cannot unlock</source>
        <translation>No se puede desbloquear Holdfast</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Something unexpected went wrong (%s). What was saved stays saved; if it happens again, please report it.</source>
        <translation>Algo salió mal de forma inesperada (%s). Lo guardado sigue guardado; si vuelve a pasar, por favor, infórmalo.</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <location line="-136"/>
        <source>%s is a link or not an ordinary file, and Holdfast does not save through one, so the window&apos;s size and place will not be kept; remove it to keep them.</source>
        <translation>%s es un enlace o no es un archivo normal, y Holdfast no guarda a través de uno, así que no se conservarán el tamaño ni la posición de la ventana; quítalo para conservarlos.</translation>
    </message>
</context>
<context>
    <name>_Figures</name>
    <message>
        <location filename="../../app/ui/pages/today.py" line="+42"/>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest streak</source>
        <translation>Racha más larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without contact</source>
        <translation>Días sin contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Racha n.º</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
</context>
</TS>
