# Español. Términos de las Naciones Unidas (UNTERM) cuando existen. Plurales: one, other.

app-title = Plenary
app-skip = Ir al contenido
app-currentEvent = Evento actual:
app-noEvent = Ningún evento elegido
app-dismiss = Cerrar
app-loading = Cargando el evento…
app-language = Idioma
nav-label = Navegación principal
nav-events = Eventos
nav-agenda = Programa
nav-sessions = Sesiones
nav-rooms = Salas
nav-people = Personas
nav-vocabularies = Vocabularios
nav-moderator = Moderador
nav-import-export = Importar/Exportar
nav-checks = Comprobaciones
error-noWindow = Se necesita la ventana de Plenary: esta página solo funciona dentro de la aplicación de escritorio Plenary.
error-prefix = No se pudo completar la acción: { $message }
error-chooseEvent = Elija primero un evento (pantalla Eventos).
error-labelled = { $label }: { $message }
error-inRow = { $label }, fila { $row }
problem-required = Este campo es obligatorio.
problem-notALink = «{ $value }» no es un enlace: escríbalo completo, por ejemplo https://example.org/join.
problem-linkSpaces = «{ $value }» contiene espacios o caracteres de control.
problem-linkNoHost = «{ $value }» no nombra ningún sitio: escríbalo completo, por ejemplo https://example.org/join.
problem-unsafeScheme = «{ $value }» usa { $scheme }:, que los participantes no pueden abrir de forma segura: use un enlace que empiece por https:, mailto: o tel:.
problem-missingEnd = Indique un final además del inicio, o ninguno de los dos.
problem-missingStart = Indique un inicio además del final, o ninguno de los dos.
problem-beforeStart = La sesión termina antes de empezar.
problem-outsideEvent = La sesión queda fuera de los días del evento (del { $first } al { $last }, { $zone }).
problem-noSuchRoom = Esta sala ya no existe: elija otra.
problem-otherEventsRoom = Esta sala pertenece a otro evento: elija una sala de este evento.
problem-noSuchPerson = Esta persona ya no existe: elija otra.
problem-roleTwice = La misma persona tiene este papel dos veces.
problem-tagTwice = Esta etiqueta aparece dos veces.
problem-noSuchTerm = Esta etiqueta ya no existe.
problem-yearOutOfRange = { $value } está fuera de los años que Plenary planifica ({ $first }–{ $last }).
problem-endBeforeStartDate = El último día es anterior al primero.
problem-tooLong = Un evento puede durar como máximo un año.
problem-badSlug = «{ $value }» debe tener de 1 a 64 letras minúsculas, cifras y guiones, por ejemplo wsis-2026; déjelo vacío para crearlo a partir del título.
problem-unknownZone = «{ $value }» no es un huso horario: elija uno como Europe/Zurich.
problem-notAnEmail = «{ $value }» no es una dirección de correo electrónico.
problem-endsBeforeItStarts = Este periodo termina antes de empezar.
problem-closesBeforeOpens = Este horario cierra antes de abrir.
problem-fileNotFound = { $file }: este archivo no existe.
problem-fileDenied = { $file }: no tiene permiso para abrir este archivo.
problem-fileIsFolder = { $file }: es una carpeta, no un archivo.
problem-diskFull = { $file }: el disco está lleno.
problem-readOnly = { $file }: el disco es de solo lectura.
problem-fileUnreadable = { $file }: el contenido del archivo no se puede leer.
problem-fileFailed = { $file }: no se pudo leer ni escribir el archivo ({ $message }).
problem-notFound = Ya no está guardado: se eliminó o se cambió en otro lugar.
problem-notChosen = { $file }: Plenary solo usa archivos elegidos en sus propios cuadros de diálogo; vuelva a elegir el archivo.
problem-nameNotUtf8 = { $file }: Plenary no puede usar el nombre de este archivo; cámbielo y vuelva a elegirlo.
problem-taken = «{ $value }» ya está en uso; elija otro.
problem-linkHasPassword = «{ $value }» contiene un nombre de usuario o una contraseña: quítelo e indique el nombre de usuario en su propio campo.
problem-plainHttp = «{ $value }» es http sin cifrar hacia otra máquina: la contraseña cruzaría la red sin cifrar. Use una dirección https o permita http sin cifrar para este servidor.
problem-notHttps = «{ $value }» debe empezar por https:// (o http:// hacia este ordenador).
problem-serverRefusedLogin = El servidor rechazó la contraseña del usuario «{ $user }»: compruebe el nombre de usuario y la contraseña.
problem-serverStatus = El servidor de calendarios rechazó la solicitud (error HTTP { $status }); no se envió nada.
problem-serverFull = El servidor de calendarios no tiene espacio para este calendario (HTTP 507); no se envió nada.
problem-serverSilent = El servidor { $url } no respondió: compruebe la dirección y la conexión de red. No se envió nada.
problem-badArgument = Plenary no pudo leer el valor de «{ $field }» enviado por su ventana; por favor, informe de este problema.
problem-jobFailed = Plenary no pudo terminar esta tarea por un error interno; no se cambió nada. Por favor, informe de este problema.
problem-storeDamaged = Plenary no pudo abrir su archivo de datos { $file }: está dañado o no es una base de datos. No se cambió nada: restáurelo desde una copia de seguridad, o muévalo a otro lugar y Plenary creará uno nuevo.
problem-storeNewer = Plenary no pudo abrir su archivo de datos: lo escribió una versión más reciente de Plenary. Actualice Plenary para abrirlo; no se cambió nada.
problem-notAStore = Plenary no pudo abrir su archivo de datos: pertenece a otra aplicación. No se cambió nada; indique a Plenary otro archivo.
problem-database = Plenary no pudo hacer esto por un error de la base de datos; no se cambió nada. Por favor, informe de este problema.
problem-cannotRestore-alreadyThere = «{ $what }» no puede volver: ya está ahí.
problem-cannotRestore-inDirectory = «{ $what }» no puede volver: esta persona ya está en el directorio.
problem-cannotRestore-shortNameTaken = «{ $what }» no puede volver: el evento «{ $event }» tiene ahora su nombre corto { $slug }. Cambie el nombre corto de ese evento y vuelva a deshacer.
problem-cannotRestore-codeTaken = «{ $what }» no puede volver: el vocabulario «{ $vocabulary }» tiene ahora otro término con su código { $code }.
problem-cannotRestore-vocabularyGone = «{ $what }» no puede volver: se eliminó su vocabulario.
problem-cannotRestore-eventGone = «{ $what }» no puede volver: se eliminó su evento.
problem-cannotRestore-store = «{ $what }» no puede volver: el almacén rechazó una de sus filas ({ $table }); no se cambió nada. Por favor, informe de este problema.
importError-format = { $file }: { $message }. No se importó nada.
importError-formatAt = { $file }, línea { $line }: { $message }. No se importó nada.
importError-needsTimezone = { $file } no indica ningún huso horario y sus horas son horas locales sin más: elija el huso horario del programa y vuelva a intentarlo. No se importó nada.
importError-needsTimezoneOffsets = { $file } no indica ningún huso horario y sus horas llevan el desfase { $offsets }: elija el huso horario del programa y vuelva a intentarlo. No se importó nada.
importError-noDates = { $file } no da ninguna fecha: ninguno de sus eventos tiene hora de inicio. Impórtelo en un evento existente. No se importó nada.
importError-unknownTimezone = «{ $zone }» no es un huso horario: elija uno de la lista, por ejemplo Europe/Berlin. No se importó nada.
importError-unknownField = Correspondencia de columnas: «{ $field }», elegido para la columna «{ $header }», no es un campo que Plenary importe. No se importó nada.
importError-unknownColumn = Correspondencia de columnas: el archivo no tiene la columna «{ $header }»; sus columnas son { $columns }. No se importó nada.
importError-fieldMappedTwice = Correspondencia de columnas: «{ $header }» y «{ $other }» se importan ambas como { $field }; elíjalo para una sola columna. No se importó nada.
importError-missingColumn = Ninguna columna se importa como { $field } (las columnas son { $columns }): elíjalo para una columna en la correspondencia de columnas. No se importó nada.
formatProblem-not_json = no es JSON válido
formatProblem-not_an_event_file = no es un archivo de evento de Plenary
formatProblem-newer_event_file = es un archivo de evento de la versión { $version }, escrito por un Plenary más reciente; este lee hasta la versión { $supported }
formatProblem-bad_event_file = un campo del archivo de evento no tiene la forma esperada
formatProblem-event_not_accepted = el evento que describe no se puede importar: Plenary no acepta sus fechas o su zona horaria
formatProblem-unreadable_header = no se puede leer su fila de encabezado
formatProblem-no_header_row = no tiene fila de encabezado
formatProblem-unreadable_row = no se puede leer esta fila
formatProblem-not_xml = no es XML bien formado
formatProblem-bad_text = no se puede leer este texto
formatProblem-bad_cdata = no se puede leer esta sección CDATA
formatProblem-unknown_entity = la entidad &{ $entity }; es desconocida (solo se admiten las cinco entidades XML y las referencias de caracteres)
formatProblem-empty = el archivo está vacío
formatProblem-not_a_schedule = no es un programa de frab: su elemento raíz es <{ $element }>, no <schedule>
formatProblem-not_a_schedule_file = no es ni un programa de frab en XML ni un programa en JSON
formatProblem-no_schedule = no es un programa en JSON: no tiene un objeto «schedule» en el nivel superior
formatProblem-no_conference = no es un programa en JSON: su «schedule» no tiene «conference»
formatProblem-no_schedule_dates = no da fechas: ninguna sesión tiene hora y la conferencia no tiene inicio ni fin
formatProblem-span_too_long = sus sesiones van del { $first } al { $last }, más de un año; un evento dura como máximo un año
formatProblem-not_icalendar = no es un archivo iCalendar: empieza por «{ $start }», no por BEGIN:VCALENDAR
formatProblem-no_vcalendar = no contiene ningún calendario (no hay VCALENDAR)
formatProblem-no_vevent = su calendario no contiene citas, así que no hay sesiones con las que crear un evento
common-save = Guardar
common-cancel = Cancelar
common-delete = Eliminar
common-edit = Editar
common-add = Añadir
common-remove = Quitar
common-moveUp = Subir
common-moveDown = Bajar
common-confirmDelete = ¿Eliminar «{ $name }»? Esta acción no se puede deshacer.
common-saved = Se guardó «{ $name }».
common-deleted = Se eliminó «{ $name }».
removal-ask = ¿Eliminar «{ $name }»? Podrá deshacerlo.
removal-confirm = Eliminar «{ $name }»
removal-person = Quita a { $name } de estas sesiones ({ $count }):
removal-room = Estas sesiones vuelven a las sesiones sin programar ({ $count }):
removal-venue = Estas salas pierden su sede ({ $count }):
removal-term = Quita la etiqueta de estas sesiones ({ $count }):
removal-event = También elimina sus sesiones ({ $sessions }), salas ({ $rooms }), sedes ({ $venues }) y versiones publicadas ({ $releases }).
removal-withRoles = { $title } ({ $roles })
removal-more = y más ({ $count })
removal-looking = Buscando lo que depende de ello…
removal-missing = Se recuperó «{ $name }», pero no sus vínculos con estos elementos, eliminados o cambiados desde entonces: { $list }.
removal-staleUndo = No se puede deshacer ({ $what }): el programa se ha cambiado fuera de esta ventana desde entonces.
removal-staleRedo = No se puede rehacer ({ $what }): el programa se ha cambiado fuera de esta ventana desde entonces.
removal-outside = El programa se ha cambiado fuera de esta ventana; ahora se muestra tal como está guardado.
removal-gone = «{ $name }» ya no está guardado (se cambió en otro lugar); las pantallas muestran ahora lo que hay guardado.
removal-goneUndo = No se puede deshacer ({ $what }): lo que cambia ya no está guardado.
removal-goneRedo = No se puede rehacer ({ $what }): lo que cambia ya no está guardado.
common-print = Imprimir
common-name = Nombre
common-description = Descripción
common-actions = Acciones
common-label = Etiqueta
common-url = Dirección (URL)
common-links = Enlaces
common-addLink = Añadir enlace
common-onePerLine = Uno por línea
common-capped = Se muestran { $shown } de { $total }; escriba en el filtro para encontrar los demás.
events-heading = Eventos
events-new = Nuevo evento
events-empty = Todavía no hay eventos. Cree uno o ejecute «plenary demo» para cargar el programa de demostración.
events-colTitle = Título
events-colDates = Fechas
events-colZone = Huso horario
events-colSessions = Sesiones
events-colRooms = Salas
events-open = Abrir programa
events-duplicate = Edición siguiente
events-duplicateHeading = Duplicar «{ $title }» como la edición del año próximo
events-duplicated = Se creó «{ $title }».
events-editHeading = Editar evento
events-newHeading = Nuevo evento
events-slug = Nombre corto (slug)
events-slugHint = Letras minúsculas, cifras y guiones; se usa en los nombres de archivo. Si se deja vacío, se crea a partir del título.
events-title = Título
events-tagline = Lema
events-organisers = Organizadores
events-timezone = Huso horario (nombre IANA)
events-timezoneHint = Por ejemplo Europe/Zurich o America/New_York.
events-startDate = Primer día
events-endDate = Último día
events-dayChange = El día del evento cambia a las
events-dayChangeHint = Hora local. Las sesiones que empiezan antes de esta hora (después de medianoche) pertenecen al día anterior del evento; 00:00 significa días naturales.
agenda-heading = Programa
agenda-day = Día
agenda-prevDay = Día anterior
agenda-nextDay = Día siguiente
agenda-zone = Horas mostradas en
agenda-zoneEvent = El huso del evento ({ $zone })
agenda-zoneLocal = El huso de esta computadora ({ $zone })
agenda-colour = Colorear por
agenda-colourKind = Tipo
agenda-colourTrack = Tema: { $vocabulary }
agenda-noTrack = Sin tema
agenda-legend = Colores
agenda-viewGrid = Cuadrícula
agenda-viewList = Lista
agenda-view = Vista
agenda-undo = Deshacer
agenda-redo = Rehacer
agenda-undoWhat = Deshacer: { $what }
agenda-redoWhat = Rehacer: { $what }
agenda-nothingToUndo = Nada que deshacer.
agenda-nothingToRedo = Nada que rehacer.
agenda-roomsGroup = Salas mostradas en la cuadrícula
agenda-roomFilter = Filtrar salas
agenda-roomFilterExample = Sala 1, Sala 2
agenda-venue = Sede
agenda-allVenues = Todas
agenda-onlineRooms = Salas en línea
agenda-trackFilter = Tema
agenda-allTracks = Todos
agenda-roomsShown = { $shown } de { $total } salas mostradas
agenda-allRooms = Mostrar todas las salas
agenda-rowMinutes = Minutos por fila
agenda-columnWidth = Ancho mín. (px)
agenda-noRoomMatches = Ninguna sala coincide con esta elección. Pulse «Mostrar todas las salas» para verlas todas.
agenda-cardPeople = Personas
agenda-cardPerson = { $name } ({ $role })
agenda-tray = Sesiones sin programar
agenda-dropChecking = Comprobando este lugar…
agenda-dropFree = Aquí no hay conflicto.
agenda-dropClash =
    { $count ->
        [one] Habría un conflicto aquí: { $first }
       *[other] Habría conflictos aquí ({ $count } problemas): { $first }
    }
agenda-trayEmpty = Todas las sesiones tienen hora y sala.
agenda-trayHint = Elija aquí una sesión y luego seleccione una hora libre en la cuadrícula, o indique la sala y la hora debajo y pulse Colocar.
agenda-placeHeading = Colocar «{ $title }» en este día
agenda-placeTime = Inicio ({ $zone })
agenda-placeMinutes = Duración en minutos
agenda-place = Colocar
agenda-noRooms = Este evento todavía no tiene salas. Añádalas en la pantalla Salas.
agenda-gridLabel = Programa del { $date }: salas en columnas, horas en filas
agenda-skipToSessions = Ir a las sesiones
agenda-noSessionsDay = No hay sesiones este día
agenda-noSessionsShown = No hay sesiones en las salas mostradas este día
agenda-zoneEventShort = Evento ({ $zone })
agenda-zoneLocalShort = Esta computadora ({ $zone })
agenda-columnWidthFull = Ancho mínimo de columna, en píxeles (las columnas se reparten el ancho sobrante)
agenda-keyboardHelp = Teclado: Tab y Mayús+Tab recorren las sesiones sala por sala, cada sala desde la más temprana; las flechas mueven la sesión 15 minutos o a la sala contigua; Mayús+flechas cambian su final; Intro la abre; Supr la elimina; Esc oculta su ficha; Ctrl+Z deshace y Ctrl+Mayús+Z rehace.
agenda-moved = «{ $title }» se movió a las { $time }, { $room }.
agenda-itClashes = Hay un conflicto: { $first }
agenda-resized = Se cambió la duración de «{ $title }».
agenda-deletedSession = Se eliminó «{ $title }». Deshaga con Ctrl+Z.
agenda-undone = Deshecho: { $what }.
agenda-redone = Rehecho: { $what }.
# An undo/redo refused: the session it touches was changed by another program since.
agenda-changedElsewhere = «{ $title }» cambió en otro lugar desde entonces; no se ha deshecho.
agenda-changedElsewhereRedo = «{ $title }» cambió en otro lugar desde entonces; no se ha rehecho.
agenda-what-move = traslado de «{ $title }»
agenda-what-edit = edición de «{ $title }»
agenda-what-delete = eliminación de «{ $title }»
agenda-what-create = creación de «{ $title }»
agenda-what-inEvent = { $what } en «{ $event }»
agenda-placeTimeMissing = Indique una hora de inicio.
time-gap = Esa hora no existe en { $zone }: los relojes se adelantan en ese momento. Elija otra hora.
field-year = año
field-month = mes
field-day = día
field-hour = hora
field-minute = minuto
picker-otherEvents = Mostrar también personas de otros eventos
picker-suggestions = Sugerencias
picker-noMatch = Nadie coincide con «{ $text }».
picker-addNew = Añadir «{ $name }» como persona nueva
picker-added = { $name } añadido al directorio de personas.
zone-suggestions = Husos horarios
zone-noMatch = Ningún huso horario coincide con «{ $text }».
leave-title = ¿Guardar los cambios?
leave-body = Este formulario tiene cambios sin guardar.
leave-save = Guardar
leave-discard = Descartar los cambios
leave-keep = Seguir editando
agenda-newSession = Nueva sesión
agenda-listEmpty = No hay sesiones este día.
agenda-room = Sala
formSync-room = Esta sala se modificó en otro lugar desde que abrió el formulario.
formSync-venue = Esta sede se modificó en otro lugar desde que abrió el formulario.
formSync-session = Esta sesión se modificó en otro lugar desde que la abrió.
formSync-person = Esta persona se modificó en otro lugar desde que abrió el formulario.
formSync-event = Este evento se modificó en otro lugar desde que abrió el formulario.
formSync-reload = Volver a cargar los valores guardados
formSync-keep = Conservar mis cambios
formSync-gone = «{ $name }» se eliminó en otro lugar, así que se cerró su formulario.
formSync-conflict = Modificado aquí y en otro lugar: { $fields }.
formSync-merged = Actualizado con los cambios hechos en otro lugar: { $fields }.
formSync-someFields = algunos campos
session-timesIn = Horas en la zona { $zone }
agenda-time = Hora
session-heading = Sesiones
session-newHeading = Nueva sesión
session-editHeading = Editar la sesión «{ $title }»
session-listLabel = Sesiones del evento
session-filter = Filtrar sesiones
session-pick = Elija una sesión de la lista para editarla, o cree una nueva.
session-code = Código o número
session-title = Título
session-subtitle = Subtítulo
session-kind = Tipo
session-status = Estado
session-start = Inicio
session-end = Fin
session-room = Sala
session-noRoom = Todavía sin sala
session-participation = Participación
session-joinUrl = Enlace para unirse (videoconferencia)
session-joinInstructions = Instrucciones para unirse
session-passcode = Código de acceso (privado)
session-registrationUrl = Enlace de inscripción
session-description = Descripción
session-languages = Idiomas hablados
session-interpretation = Interpretación a
session-expectedAttendance = Asistencia prevista
session-organisers = Organizadores
session-privateNotes = Notas privadas
session-people = Personas y funciones (por orden de intervención)
session-person = Persona
session-role = Función
session-addPerson = Añadir persona
session-choosePerson = Elija una persona de la lista.
session-markClashes =
    { $count ->
        [one] { $count } conflicto
       *[other] { $count } conflictos
    }
session-markOthers =
    { $count ->
        [one] { $count } observación más
       *[other] { $count } observaciones más
    }
session-savedClashes =
    { $count ->
        [one] Guardada — tiene un conflicto: { $first }
       *[other] Guardada — tiene conflictos ({ $count } problemas): { $first }
    }
session-items = Temas (intervenciones, discursos principales…)
session-itemTitle = Título del tema
session-itemMinutes = Minutos
session-itemDescription = Descripción del tema
session-addItem = Añadir tema
session-itemPeople = Personas de este tema
session-tags = Etiquetas
session-tagSearch = Buscar etiquetas
session-tagSelected = Etiquetas elegidas
session-tagNoMatch = Ninguna etiqueta coincide.
session-removeTag = Quitar la etiqueta { $tag }
session-sectionMain = Sesión
session-sectionWhen = Cuándo y dónde
session-sectionJoin = Participación
session-sectionMore = Más detalles
session-count =
    { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
slots-heading = Buscar una hora libre
slots-find = Buscar horas libres
slots-none = No hay ninguna hora libre adecuada: todas las salas están ocupadas, son demasiado pequeñas o no tienen el equipo, o las personas no están disponibles.
kind-keynote = Discurso principal
kind-panel = Mesa redonda
kind-presentation = Exposición
kind-workshop = Taller
kind-interactive_session = Sesión interactiva
kind-plenary = Sesión plenaria
kind-networking = Contactos profesionales
kind-break = Pausa
kind-meal = Comida
kind-ceremony = Ceremonia
kind-social = Actividad social
kind-other = Otro
role-moderator = Moderador
role-master_of_ceremonies = Maestro de ceremonias
role-chair = Presidencia
role-keynote_speaker = Orador principal
role-speaker = Orador
role-panellist = Panelista
role-presenter = Presentador
role-rapporteur = Relator
role-organiser_contact = Contacto del organizador
participation-on_site = Presencial
participation-remote = A distancia
participation-hybrid = Híbrida (presencial y a distancia)
status-draft = Borrador
status-confirmed = Confirmada
status-cancelled = Cancelada
rooms-heading = Salas y sedes
rooms-venues = Sedes
rooms-rooms = Salas
rooms-newVenue = Nueva sede
rooms-newRoom = Nueva sala
rooms-venue = Sede
rooms-noVenue = — sin sede —
rooms-venueNone = (sin sede)
rooms-address = Dirección
rooms-latitude = Latitud
rooms-longitude = Longitud
rooms-capacity = Capacidad
rooms-location = Edificio, planta o indicaciones
rooms-canStream = Permite transmisión en directo
rooms-canRecord = Permite grabación
rooms-booths = Cabinas de interpretación
rooms-isVirtual = Sala solo en línea
rooms-joinUrl = Enlace para unirse
rooms-position = Orden de las columnas
rooms-openingHours = Horario de apertura (vacío: abierta siempre que haya evento)
rooms-date = Fecha
rooms-opens = Abre
rooms-closes = Cierra
rooms-addHours = Añadir horario de apertura
rooms-emptyVenues = Todavía no hay sedes.
rooms-emptyRooms = Todavía no hay salas.
people-heading = Personas
people-new = Nueva persona
people-search = Buscar personas por nombre u organización
people-empty = Ninguna persona coincide.
people-honorific = Tratamiento (Sr., Dra., Excmo.)
people-name = Nombre
people-function = Cargo o título
people-organisation = Organización
people-bio = Biografía
people-email = Correo electrónico (privado)
people-phone = Teléfono (privado)
people-availability = Disponibilidad (vacío: disponible en cualquier momento)
people-from = Desde
people-until = Hasta
people-addAvailability = Añadir horario disponible
people-count =
    { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
people-countHidden =
    { $count ->
        [one] { $count } persona en este evento · { $hidden } más en otros eventos
       *[other] { $count } personas en este evento · { $hidden } más en otros eventos
    }
vocab-heading = Vocabularios
vocab-newVocabulary = Nuevo vocabulario
vocab-key = Clave
vocab-name = Nombre
vocab-builtin = Integrado
vocab-newTerm = Nuevo término en { $vocabulary }
vocab-code = Código
vocab-label = Etiqueta
vocab-coverage = Cobertura del programa
vocab-coverageHint = Las sesiones (filas) frente a los ODS, las líneas de acción de la CMSI y los objetivos del Pacto Digital Global (columnas). ● etiquetada con el término; ○ etiquetada con una de sus sublíneas, que también lo cubre.
vocab-exportCsv = Exportar la cobertura como CSV
vocab-csvSaved = La tabla de cobertura se guardó en { $path }.
vocab-total = Sesiones que lo cubren
vocab-covered = cubierto
vocab-coveredNarrower = cubierto mediante una sublínea
vocab-notCovered = no cubierto
vocab-rowsCapped = Se muestran las primeras { $shown } de { $total } sesiones; el archivo CSV las contiene todas.
vocab-noSessions = Este evento todavía no tiene sesiones.
moderator-heading = Vista del moderador
moderator-person = Persona
moderator-choose = Elija una persona para ver sus sesiones en orden.
moderator-none = { $name } no tiene sesiones.
moderator-when = Cuándo
moderator-where = Dónde
moderator-asRole = Función: { $roles }
moderator-running = Orden de intervenciones
moderator-minutes = { $minutes } min
moderator-join = Enlace para unirse: { $url }
moderator-unscheduled = Todavía sin programar
moderator-otherEvent = Otro evento
io-heading = Importar y exportar
io-export = Exportar iCalendar
io-scope = Qué exportar
io-scopeEvent = Todo el evento
io-scopeDay = Un día
io-scopeRoom = Una sala
io-scopePerson = Las sesiones de una persona
io-scopeSelection = Una selección guardada
io-scopeTag = Las sesiones con una etiqueta
io-itemsAsEvents = Los temas anidados como entradas de calendario propias
io-utc = Todas las horas en UTC (para calendarios que gestionan mal los husos horarios)
io-reportSource = Desde { $source } ({ $format })
io-reportEvent = En el evento { $title } ({ $slug })
io-reportRecords = En el archivo: { $count } { $name }
io-reportCounts = Lo que hizo la importación
io-reportRecordsIn = En el archivo: { $records }
records-events =
    { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
records-sessions =
    { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
records-rows =
    { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    }
records-VEVENTs =
    { $count ->
        [one] { $count } entrada de calendario
       *[other] { $count } entradas de calendario
    }
reportFormat-frabXml = programa frab XML
reportFormat-scheduleJson = programa frab JSON
reportFormat-schedule2Json = programa frab JSON (versión 2)
reportFormat-eventFile = archivo de evento de Plenary
reportFormat-csvSessions = hoja de cálculo CSV de sesiones
reportFormat-csvPeople = hoja de cálculo CSV de personas
reportFormat-ical = iCalendar
io-reportNothing = No se creó ni se modificó nada.
imported-events = Eventos
imported-venues = Sedes
imported-rooms = Salas
imported-sessions = Sesiones
imported-people = Personas
imported-tracks = Temas y etiquetas
io-skipped =
    { $count ->
        [one] { $count } omitido
       *[other] { $count } omitidos
    }
io-conflicts =
    { $count ->
        [one] { $count } conflicto (ambas partes modificaron la sesión)
       *[other] { $count } conflictos (ambas partes modificaron la sesión)
    }
io-conflict = { $code } { $title }: { $fields } — { $resolution }
io-notes = Observaciones
io-atLine = Línea { $line }: { $text }
io-wholeFile = Todo el archivo: { $text }
# Import reports: skip reasons and notes (lib/i18n/reports.ts).
conflict-keptStore = se mantuvo la versión de la base
conflict-tookFile = se tomó la versión del archivo
record-component = { $component } «{ $summary }»
record-componentUid = { $component } { $uid }
record-componentBare = { $component }
record-frabEvent = sesión { $id } «{ $title }»
record-row = fila { $row } de la hoja
record-titled = «{ $title }»
io-technical = Detalles técnicos
io-idInFile = Identificador en el archivo: { $id }
io-idGiven = Identificador asignado aquí: { $id }
io-groupMore =
    { $count ->
        [one] { $text } — y { $count } más como esta
       *[other] { $text } — y { $count } más como esta
    }
io-groupGuidOfAnotherEvent =
    { $count ->
        [one] Ya en otro evento, importada como sesión nueva ({ $count } sesión)
       *[other] Ya en otro evento, importadas como sesiones nuevas ({ $count } sesiones)
    }
io-groupGuidRepeats =
    { $count ->
        [one] Más de una vez en el archivo, importada como sesión aparte ({ $count } sesión)
       *[other] Más de una vez en el archivo, importadas como sesiones aparte ({ $count } sesiones)
    }
io-groupRoomGuidOfAnotherEvent =
    { $count ->
        [one] Ya en otro evento, añadida como sala nueva ({ $count } sala)
       *[other] Ya en otro evento, añadidas como salas nuevas ({ $count } salas)
    }
io-groupRoomGuidRepeats =
    { $count ->
        [one] Mismo identificador que otra sala, recibió uno propio ({ $count } sala)
       *[other] Mismo identificador que otra sala, cada una recibió uno propio ({ $count } salas)
    }
record-session = sesión { $code } «{ $title }»
record-room = sala «{ $name }»
record-venue = sede «{ $name }»
record-person = persona «{ $name }»
record-event = el evento
record-atLine = { $record } (línea { $line })
linkTrouble-notALink = no es un enlace (escríbalo completo, por ejemplo https://example.org/join)
linkTrouble-spaces = contiene espacios o caracteres de control
linkTrouble-noHost = no nombra ningún sitio (escríbalo completo, por ejemplo https://example.org/join)
linkTrouble-scheme = usa { $scheme }:, que los participantes no pueden abrir de forma segura
linkField-join_url = enlace de conexión
linkField-registration_url = enlace de inscripción
remark-noTitle = no tiene título
remark-titleEmpty = el título está vacío
remark-nameEmpty = el nombre está vacío
remark-notUuid = el identificador «{ $value }» no es válido
remark-startWithoutEnd = tiene inicio pero no fin ni minutos
remark-endWithoutStart = tiene fin pero no inicio
remark-minutesNotPositive = minutos «{ $value }» no es un número positivo
remark-notATime = { $field } «{ $value }» no es una hora como 09:00 o 2026-07-10 09:00
remark-notANumber = { $field } «{ $value }» no es un número
remark-notOneOf = { $field } «{ $value }» no es ninguno de los valores permitidos: { $allowed }
remark-minutesTooLarge = minutos «{ $value }» es demasiado grande para una sesión
remark-timeWithoutDate = { $field } «{ $value }» es una hora sin fecha; añada una columna de fecha
remark-invalid = rechazado: { $problems }
remark-refused = rechazado por la base: { $message }
remark-uuidOfAnotherEvent = esta sesión pertenece a otro evento de esta base
remark-allDay = entrada de todo el día ({ $date }): una sesión tiene hora de inicio y de fin, por lo que no se importan entradas de todo el día
remark-noStart = sin DTSTART: una sesión necesita una hora de inicio
remark-noSummary = sin SUMMARY: una sesión necesita un título
remark-noEnd = sin DTEND ni DURATION: una sesión necesita una hora de fin
remark-endsBeforeStart = termina ({ $end } UTC) antes de su inicio o al mismo tiempo ({ $start } UTC)
remark-endIsDate = DTEND (línea { $line }) es una fecha, pero DTSTART una fecha y hora
remark-outsideDays = empieza el { $start } ({ $zone }), fuera de los días del evento ({ $days })
remark-noInstanceWithinDays = un evento periódico sin ninguna repetición en los días del evento ({ $days })
remark-days = del { $first } al { $last }, { $zone }
remark-daysFrom = del { $first } al { $last }, cada día de { $change } a { $change } del día siguiente, { $zone }
remark-uidRepeats = el UID { $uid } repite el VEVENT de la línea { $firstLine }; se importó el primero
remark-outsideCalendar = { $component } fuera de VCALENDAR no se importa
remark-nestedEvent = un VEVENT dentro de { $parent } (línea { $parentLine }) no se importa: los VEVENT de un calendario van directamente en su VCALENDAR
remark-eventTruncated = el archivo termina dentro de este VEVENT (archivo truncado)
remark-itemOf = un punto de la sesión { $session }: se importa con esa sesión
remark-notASession = { $component } no es una sesión; solo se importan los VEVENT
remark-columnsNotImported = columnas no importadas: { $columns }
remark-linkLeftOut = { $record }: el enlace «{ $url }» { $trouble }; se omitió
remark-linkFieldLeftOut = { $record }: { $field } «{ $url }» { $trouble }; se omitió
remark-propertyLinkLeftOut = { $property } «{ $value }» { $trouble }; se omitió el enlace
remark-differStore = { $record }: { $fields } difieren; se mantuvieron los valores de la base
remark-differFile = { $record }: { $fields } difieren; se tomaron los valores del archivo
remark-slugTaken = el nombre corto «{ $slug }» ya está en uso aquí; el evento es «{ $given }»
remark-personNotInFile = { $record }: la persona { $person } no está en el archivo; se omitió el papel
remark-personTwice = { $record }: la persona { $person } figura más de una vez como { $role }; se mantuvo una vez
remark-namedTwice = { $record }: «{ $name }» figura más de una vez como { $role }; se mantuvo una vez
remark-roleTwice = «{ $name }» tiene dos veces el papel { $role } en esta sesión; se mantuvo una vez
remark-roleTwiceItem = «{ $name }» tiene dos veces el papel { $role } en este punto; se mantuvo una vez
remark-noDuration = { $record }: no tiene duración ni fin; queda entre las sesiones sin programar, sin horario
remark-lastsNoTime = { $record }: no dura nada (empieza y termina a las { $at }); queda entre las sesiones sin programar, sin horario
remark-guidRepeats = { $record } aparece más de una vez en el archivo; esta se importó como una sesión aparte
remark-guidOfAnotherEvent = { $record } ya estaba en otro evento; se importó como una sesión nueva (el otro evento conserva la suya)
remark-linksDropped =
    { $count ->
        [one] se omitió { $count } enlace (relativo sin dirección base en el archivo, que no es un enlace o de un tipo que los participantes no pueden abrir de forma segura), por ejemplo { $examples }
       *[other] se omitieron { $count } enlaces (relativos sin dirección base en el archivo, que no son enlaces o de un tipo que los participantes no pueden abrir de forma segura), por ejemplo { $examples }
    }
remark-roomGuidRepeats = sala «{ $room }»: otra sala del archivo tiene el mismo identificador; recibió uno propio
remark-roomGuidOfAnotherEvent = sala «{ $room }»: ya estaba en otro evento; se añadió como sala nueva (el otro evento conserva la suya)
remark-tracksShareCode = los temas «{ $first }» y «{ $second }» comparten el código «{ $code }»; se unen en un solo tema
remark-personWithoutName = { $record }: se omitió a una persona sin nombre
remark-unknownRoles = los papeles desconocidos { $roles } se leyeron como ponente
remark-notIanaZone = la zona horaria del archivo «{ $zone }» no es un nombre IANA; se ignoró
remark-zoneAsAsked = el archivo nombra la zona horaria { $fileZone }; se usa { $zone }, como se pidió
remark-zoneAsAskedNone = el archivo no nombra ninguna zona horaria; se usa { $zone }, como se pidió
remark-naiveDates =
    { $count ->
        [one] { $count } fecha sin desfase horario; se leyó como hora local de { $zone }
       *[other] { $count } fechas sin desfase horario; se leyeron como horas locales de { $zone }
    }
remark-tzidWithoutVtimezone = el TZID { $tzid } no tiene VTIMEZONE en el archivo; se usa la zona IANA
remark-windowsZone = el TZID «{ $tzid }» es un nombre de zona de Windows, leído como { $iana }
remark-fold = { $property } { $local } ocurre dos veces en { $zone } (se atrasa el reloj); se toma la primera: { $first } UTC, a UTC{ $offset }, no la segunda a las { $second } UTC
remark-gap = { $property } { $local } no existe en { $zone } (se adelanta el reloj); se leyó con el desfase anterior al salto
remark-rdateDateOnly = RDATE { $value } es solo una fecha (todo el día) en un evento con hora; se ignoró
remark-exdateDate = EXDATE { $date } es una fecha en una serie con hora: se excluye la repetición de ese día
remark-recurring =
    { $count ->
        [one] evento periódico { $uid }: { $count } repetición en los días del evento, importada como sesión
       *[other] evento periódico { $uid }: { $count } repeticiones en los días del evento, cada una importada como sesión
    }
remark-noEventMade = no se eligió ningún evento y no se pudo importar ninguna sesión del archivo, así que no se creó ningún evento; no se cambió nada
remark-noUid = VEVENT sin UID: identificado por su SUMMARY y su DTSTART
remark-htmlDescription = descripción HTML convertida a texto simple
remark-calendars =
    { $count ->
        [one] el archivo contiene { $count } calendario (VCALENDAR en la línea { $lines }); se importan sus VEVENT
       *[other] el archivo contiene { $count } calendarios (VCALENDAR en las líneas { $lines }); se importan los VEVENT de todos
    }
remark-outsideComponent = { $property } fuera de todo componente; se ignoró
remark-endWithoutBegin = END:{ $name } sin BEGIN correspondiente; se ignoró
remark-notClosed = { $name } no se cierra antes de END:{ $end }
remark-truncated = el archivo termina antes de END:{ $name } (¿truncado?)
remark-blankLine = se ignoró una línea vacía (no permitida por la RFC 5545)
remark-latin1 = los bytes que no son UTF-8 se leyeron como Latin-1
remark-daysOverlap = los días del archivo se solapan (una sesión nocturna a las { $night } pero un día que empieza con una a las { $day }); se mantienen los días naturales
remark-dayChangeShown = los días del evento empiezan a las { $change }, como muestran las horas de inicio de los días del archivo: el archivo no indica ningún cambio de día, y sus días contienen sesiones que empiezan hasta las { $nightLatest } (terminando antes de las { $nightEnd }) en la noche siguiente a su fecha y desde las { $dayEarliest } en la propia fecha; las sesiones después de medianoche quedan en el día anterior
remark-dayChangeHour = los días del evento empiezan a las { $change }, la primera hora en punto tras las sesiones nocturnas: el archivo no indica ningún cambio de día, y sus días contienen sesiones que empiezan hasta las { $nightLatest } (terminando antes de las { $nightEnd }) en la noche siguiente a su fecha y desde las { $dayEarliest } en la propia fecha; las sesiones después de medianoche quedan en el día anterior
remark-offsetsTrustedKnown =
    { $count ->
        [one] { $count } hora lleva un desfase distinto del de { $zone } (por ejemplo { $text } está a { $offset }, pero { $zone } está a { $zoneOffset }); el inicio no muestra la misma hora, así que se respetó el desfase
       *[other] { $count } horas llevan un desfase distinto del de { $zone } (por ejemplo { $text } está a { $offset }, pero { $zone } está a { $zoneOffset }); el inicio no muestra la misma hora, así que se respetaron los desfases
    }
remark-offsetsTrustedFile =
    { $count ->
        [one] { $count } hora lleva un desfase distinto del de { $zone } (por ejemplo { $text } está a { $offset }, pero { $zone } está a { $zoneOffset }); la zona es solo el nombre que da el archivo, así que se respetó el desfase (si la zona es correcta y el desfase no, vuelva a importar con la zona horaria del programa)
       *[other] { $count } horas llevan un desfase distinto del de { $zone } (por ejemplo { $text } está a { $offset }, pero { $zone } está a { $zoneOffset }); la zona es solo el nombre que da el archivo, así que se respetaron los desfases (si la zona es correcta y los desfases no, vuelva a importar con la zona horaria del programa)
    }
remark-startUsed =
    { $count ->
        [one] la fecha de { $count } sesión lleva un desfase que no es el de { $zone }, mientras su inicio muestra la misma hora: se leyó como el inicio en { $zone } (por ejemplo { $text } es { $local }, no { $utc })
       *[other] las fechas de { $count } sesiones llevan un desfase que no es el de { $zone }, mientras su inicio muestra la misma hora: se leyeron como el inicio en { $zone } (por ejemplo { $text } es { $local }, no { $utc })
    }
remark-durationsRead =
    { $count ->
        [one] { $count } duración de la forma a:b:c se leyó como { $reading }, por ejemplo «{ $text }» = { $length } ({ $why }), { $start } → { $end }
       *[other] { $count } duraciones de la forma a:b:c se leyeron como { $reading }, por ejemplo «{ $text }» = { $length } ({ $why }), { $start } → { $end }
    }
remark-readingDays = D:HH:MM (días, horas, minutos)
remark-readingHms = H:MM:SS (horas, minutos, segundos)
durationWhy-pretalx = pretalx escribe D:HH:MM cuando una charla dura un día
durationWhy-lastFieldNotZero = su último campo no es cero, y los programas cuentan minutos, no segundos
durationWhy-hmsTooLong = leída como H:MM:SS pasaría del final del evento
durationWhy-schema = H:MM:SS es la forma del esquema frab
durationWhy-dhmTooLong = leída como D:HH:MM pasaría del final del evento
publishReason-changedOnServer = se modificó en el servidor desde la última publicación de Plenary: se dejó como está
publishReason-noEtag = el servidor no da ninguna etiqueta de versión (ETag) para ella, así que no se puede reemplazar de forma segura
publishReason-leftScopeChanged = ya no forma parte del calendario, pero se modificó en el servidor desde entonces: no se eliminó
publishReason-notOurs = ya hay allí una entrada de calendario que Plenary no envió: se dejó como está
publishReason-refused = el servidor la rechazó (HTTP { $status })
publishReason-passwordRefused = el servidor rechazó la contraseña
publishReason-serverAnswered = el servidor no puede aceptar más por ahora (HTTP { $status })
publishReason-outOfSpace = el servidor no tiene espacio para este calendario (HTTP { $status })
publishReason-noAnswer = el servidor no respondió
omitted-label = { $code } «{ $title }»
omitted-notScheduled = { $session }: sin horario (entre las sesiones sin programar)
omitted-cancelled = { $session }: cancelada
omitted-tooLong = { $session }: dura más de 99:59, lo que las duraciones de frab no pueden expresar
omitted-outsideDays = { $session }: fuera de los días del evento
remark-newerCopy = { $name } tiene una copia más reciente en la línea { $keptLine }, que se importó en su lugar: { $why }
remark-copies =
    { $count ->
        [one] { $name } aparece { $count } vez; se importó la copia de la línea { $keptLine } (frente a { $against })
       *[other] { $name } aparece { $count } veces; se importó la copia de la línea { $keptLine } (frente a { $against })
    }
remark-copyName = UID { $uid }
remark-copyNameRid = UID { $uid } RECURRENCE-ID { $rid }
remark-againstLine = línea { $line }: { $why }
remark-unknownTag = etiqueta «{ $tag }»: no hay ningún término así en esta base
copyWhy-higherSequence = SEQUENCE más alta ({ $kept } > { $other })
copyWhy-laterStamp = misma SEQUENCE { $sequence }, DTSTAMP/LAST-MODIFIED más reciente ({ $kept } > { $other })
copyWhy-laterInFile = misma SEQUENCE { $sequence } y mismo DTSTAMP/LAST-MODIFIED; se mantiene la última del archivo
copyWhy-none = ninguno
remark-startsOutsideConference = empieza el { $start }, fuera de los días del evento (del { $first } al { $last }); rechazada como error de introducción de datos
remark-endsAfterConference = termina el { $end }, después del evento (que termina a más tardar el { $latest }); rechazada como error de introducción de datos
remark-durationNotHhmm = la duración «{ $text }» no tiene el formato HH:MM
remark-durationTooLong = la duración «{ $text }» ({ $length }) pasaría del final del evento ({ $bound }); rechazada como error de introducción de datos
remark-durationTooLongEitherWay = la duración «{ $text }» pasaría del final del evento leída de cualquier forma (como D:HH:MM { $dhm }, como H:MM:SS { $hms }; { $bound }); rechazada como error de introducción de datos
remark-boundEnds = el evento termina a más tardar el { $latest }
remark-boundWeek = el archivo no da las fechas del evento y una sesión dura como mucho una semana
remark-impossible = imposible
remark-unknownDate = ?
remark-unknownZone = zona horaria desconocida «{ $tzid }» y sin VTIMEZONE para ella en el archivo
remark-notADate = { $property } «{ $value }» (línea { $line }) no es una fecha
remark-notADateTime = { $property } «{ $value }» (línea { $line }) no es una fecha y hora
remark-badDuration = { $property } «{ $value }» (línea { $line }) no es una duración
remark-durationTooLongIcal = { $property } «{ $value }» (línea { $line }) es demasiado larga para ser una duración
remark-beyondCalendar = { $property } (línea { $line }) lleva la hora más allá de cualquier fecha que un calendario pueda contener
remark-recurrenceIdDate = RECURRENCE-ID es una fecha; no se importan repeticiones de todo el día
remark-rruleRefused = { $why } (línea { $line }); no se importa el evento
remark-rrulePart = Plenary no puede desarrollar la parte { $part } de la RRULE (solo INTERVAL, COUNT, UNTIL, BYDAY, WKST, BYMONTH y BYMONTHDAY), e ignorarla daría horas erróneas
remark-rruleFreq = Plenary no puede desarrollar RRULE FREQ={ $freq } (solo DAILY y WEEKLY)
remark-rruleNoFreq = RRULE sin FREQ
rruleExpected-numbers = { $part }={ $value } no es una lista de números válidos
rruleExpected-plainWeekdays = { $part }={ $value }: solo se pueden desarrollar días de la semana simples (sin ordinales como 1MO)
rruleExpected-weekday = { $part }={ $value } no es un día de la semana
rruleExpected-date = { $part }={ $value } no es una fecha ni una fecha y hora
rruleExpected-positive = { $part }={ $value } no es un número positivo
remark-lineIgnored = { $problem }; se ignora la línea
lineProblem-noColon = «{ $text }» no es una línea de contenido (sin «:»)
lineProblem-notAName = «{ $text }» no es un nombre de propiedad
lineProblem-parameterNoValue = un parámetro de { $property } no tiene valor y no le sigue ningún «:»
lineProblem-unclosedQuote = el parámetro { $parameter } de { $property } tiene unas comillas sin cerrar
lineProblem-noValue = la propiedad { $property } no tiene «:» antes de su valor
remark-noStartTime = ninguna hora de inicio utilizable (fecha: { $date }, inicio: { $start })
upsert-created = nuevo
upsert-updated = actualizado
upsert-unchanged = sin cambios
io-includePrivate = Incluir datos privados (códigos de acceso, notas privadas)
io-preview = Vista previa
io-previewHeading = Vista previa del archivo de calendario
io-exportButton = Exportar…
io-exported =
    { $count ->
        [one] Se escribió { $count } sesión ({ $bytes } bytes) en { $path }.
       *[other] Se escribieron { $count } sesiones ({ $bytes } bytes) en { $path }.
    }
io-import = Importar
io-importDry = Comprobar el archivo (no cambia nada)…
io-importButton = Importar…
io-report = Informe de importación
io-reportDry = Comprobación de la importación (no se cambió nada)
io-progress = { $task }: { $done } de { $total }
io-working = Procesando…
task-export = Exportando
task-import = Importando
io-cancelled = No se eligió ningún archivo.
io-exportedNoSessions = El archivo no contiene ninguna sesión: este evento todavía no tiene sesiones programadas que exportar.
io-selection = Selección
io-selectionHeading = Selecciones (calendarios personales)
io-selectionSessions = Sesiones de la selección ({ $count } elegidas)
io-filterIcs = Archivos iCalendar
io-filterCsv = Archivos CSV
io-filterFrab = Programas frab (XML, JSON)
io-filterXml = Archivos XML
io-filterJson = Archivos JSON
io-filterEventFile = Archivos de evento de Plenary
io-importFormat = Contenido del archivo
io-formatIcs = Calendario (iCalendar), en este evento
io-formatFrab = Programa de conferencia (frab XML o JSON): un evento nuevo, o la actualización del que creó antes
io-formatCsvPeople = Personas (hoja de cálculo CSV)
io-formatCsvSessions = Sesiones (hoja de cálculo CSV), en este evento
io-formatEventFile = Archivo de evento de Plenary de otro organizador: un evento nuevo, o fusionado con el nuestro
io-csvHint = Elija el archivo para ver sus columnas. Cada columna se asocia a un campo por su encabezado; cambie cualquier asociación antes de comprobar o importar el archivo.
io-csvChoose = Elegir archivo…
io-csvChooseOther = Elegir otro archivo…
io-csvNoFile = Todavía no se eligió ningún archivo.
io-csvColumnsRead =
    { $count ->
        [one] { $file }: { $count } columna. Elija un campo para ella abajo.
       *[other] { $file }: { $count } columnas. Elija un campo para cada una abajo.
    }
io-columns = Columnas de { $file }
io-columnHeader = Columna del archivo
io-columnField = Se importa como
io-columnFieldFor = Campo para la columna «{ $header }»
io-columnNoHeader = Columna { $n } (sin encabezado)
io-columnFixed = Una columna sin encabezado propio se importa como se muestra.
io-columnAuto = asociada por su encabezado
io-columnTwice = «{ $field }» está elegido para más de una columna; elíjalo para una sola.
io-notImported = No se importa
io-csvCheck = Comprobar el archivo (no cambia nada)
io-csvImport = Importar
csvField-uuid = UUID
csvField-honorific = Tratamiento
csvField-name = Nombre
csvField-function = Cargo
csvField-organisation = Organización
csvField-bio = Biografía
csvField-email = Correo electrónico
csvField-phone = Teléfono
csvField-code = Código de la sesión
csvField-title = Título
csvField-subtitle = Subtítulo
csvField-kind = Tipo de sesión
csvField-status = Estado
csvField-date = Fecha
csvField-start = Hora de inicio
csvField-end = Hora de fin
csvField-minutes = Duración en minutos
csvField-room = Sala
csvField-participation = Participación (presencial, en línea, híbrida)
csvField-description = Descripción
csvField-languages = Idiomas
csvField-interpretation = Interpretación
csvField-join_url = Enlace para unirse en línea
csvField-registration_url = Enlace de inscripción
csvField-expected_attendance = Asistencia prevista
csvField-organisers = Organizadores
csvField-links = Enlaces
csvField-tags = Etiquetas
csvField-moderators = Moderadores
csvField-masters_of_ceremonies = Maestros de ceremonias
csvField-chairs = Presidencias
csvField-keynote_speakers = Oradores principales
csvField-speakers = Oradores
csvField-panellists = Panelistas
csvField-presenters = Presentadores
csvField-rapporteurs = Relatores
csvField-organiser_contacts = Contactos del organizador
io-zone = Huso horario del programa
io-zoneHint = Necesario cuando el archivo no indica ninguno (el de FOSDEM, por ejemplo). Un nombre IANA como Europe/Brussels; déjelo vacío para usar el del archivo.
io-retryZone = Volver a intentarlo con este huso horario
io-take = Donde ambos modificamos una sesión
io-takeStore = Conservar la mía (los cambios del archivo figuran en el informe)
io-takeFile = Tomar la del archivo
io-chooseHeading = Elegir en cada conflicto
io-chooseHint = «Conservar la mía» deja la sesión de este almacén como está; «Tomar la del archivo» la sustituye por la versión del otro organizador.
io-chooseLegend = { $code } { $title } (ambos modificaron: { $fields })
io-chooseSay =
    { $count ->
        [one] { $count } conflicto por decidir: elija una parte abajo.
       *[other] { $count } conflictos por decidir: elija una parte para cada uno abajo.
    }
io-pickStore = Conservar la mía
io-checkChoices = Comprobar con estas opciones (no cambia nada)
io-applyChoices = Aplicar estas opciones
io-choicesChecked = Comprobado con sus opciones; no se cambió nada.
io-choicesApplied = Se aplicaron sus opciones.
io-importedInto = Importado en el evento «{ $title }».
io-reportInto = Importado en «{ $title }»
io-reportDryInto = Comprobación de la importación en «{ $title }» (no se cambió nada)
io-frabTarget = Un programa frab se importa en el evento que nombra (su acrónimo), no en el evento abierto aquí: un evento nuevo la primera vez, el mismo evento en las importaciones siguientes.
io-zoneSuggest = Husos horarios con { $offsets } el { $date } (primer día del archivo):
io-openEvent = Abrir «{ $title }»
io-interchange = Exportar para aplicaciones de conferencias, hojas de cálculo y otros organizadores
io-exportFormat = Formato
io-formatFrabXml = Programa frab XML (Giggity, EventFahrplan, ConfClerk)
io-formatFrabJson = Programa frab JSON
io-exportCsvSessions = Sesiones (hoja de cálculo CSV)
io-exportCsvPeople = Personas de este evento (hoja de cálculo CSV)
io-exportEventFile = Archivo de evento de Plenary, para otro organizador
io-includePrivateAll = Incluir datos privados (direcciones de correo electrónico, números de teléfono, códigos de acceso, notas privadas)
io-privateNone = Este formato nunca lleva datos privados.
io-exportedPeople = Se escribieron las personas del evento ({ $bytes } bytes) en { $path }.
io-leftOut =
    { $count ->
        [one] { $count } sesión quedó fuera del archivo:
       *[other] { $count } sesiones quedaron fuera del archivo:
    }
checks-heading = Comprobaciones
checks-run = Ejecutar las comprobaciones
checks-none = Ninguna observación: el programa supera todas las comprobaciones.
checks-severity = Gravedad
checks-rule = Regla
checks-message = Observación
checks-sessions = Sesiones
checks-acknowledge = Dar por enterado
checks-acknowledged = Enterado
checks-failed = No se pudieron ejecutar las comprobaciones: { $message }
severity-error = Error
severity-warning = Advertencia
severity-information = Nota
checks-count =
    { $count ->
        [one] { $count } observación
       *[other] { $count } observaciones
    }
nav-checksCount = Comprobaciones ({ $count })
checks-liveCount =
    { $count ->
        [one] Comprobaciones: { $count } observación pendiente
       *[other] Comprobaciones: { $count } observaciones pendientes
    }
sessionFindings-heading = Observaciones de esta sesión
sessionFindings-none = Ninguna observación pendiente: esta sesión supera todas las comprobaciones.
sessionFindings-other = Otra sesión:
moderator-findings = Conflictos y problemas
moderator-people = Personas de esta sesión
moderator-eventLine = { $title }, { $dates }, horas en { $zone }
rule-room_double_booked = Sala reservada dos veces
rule-person_double_booked = Persona en dos lugares
rule-person_unavailable = Persona no disponible
rule-changeover_too_short = Intervalo demasiado corto
rule-outside_event_days = Fuera de los días del evento
rule-outside_room_hours = Fuera del horario de la sala
rule-over_capacity = Aforo superado
rule-missing_join_link = Sin enlace para unirse
rule-no_streaming_in_room = Sin transmisión en la sala
rule-no_interpretation_in_room = Faltan cabinas de interpretación
rule-panel_without_moderator = Mesa redonda sin moderador
rule-item_outside_parent = Tema fuera de su sesión
rule-items_overlap = Temas superpuestos
rule-non_positive_duration = Termina antes de empezar
rule-unscheduled = Sin programar
finding-noRoom = ninguna sala
finding-room_double_booked = { $room } está reservada dos veces el { $span }: «{ $session }» ({ $span1 }) y «{ $session2 }» ({ $span2 }) ({ $zone }).
finding-person_double_booked = { $person } está en dos lugares a la vez el { $span }: «{ $session }» en { $room1 } ({ $span1 }) y «{ $session2 }» en { $room2 } ({ $span2 }) ({ $zone }).
finding-person_unavailable = { $person } interviene en «{ $session }» ({ $span }) fuera del horario en que dijo estar disponible ({ $zone }).
finding-changeover_too_short-room = { $room } solo tiene { $minutes } min entre «{ $session }» (termina a las { $endTime }) y «{ $session2 }» (empieza a las { $startTime }); necesita { $needMinutes } min ({ $zone }).
finding-changeover_too_short-person = { $person } solo tiene { $minutes } min para ir de «{ $session }» en { $room1 } (termina a las { $endTime }) a «{ $session2 }» en { $room2 } (empieza a las { $startTime }); prevea { $needMinutes } min ({ $zone }).
finding-outside_event_days = «{ $session }» ({ $span }) queda fuera de los días del evento, del { $firstDay } al { $lastDay } ({ $zone }).
finding-outside_room_hours = «{ $session }» ({ $span }) está fuera del horario de apertura de { $room } ({ $zone }).
finding-over_capacity = «{ $session }» espera { $expected } personas, pero en { $room } caben { $capacity }.
finding-missing_join_link-remote = «{ $session }» es a distancia pero no tiene enlace para unirse.
finding-missing_join_link-hybrid = «{ $session }» es híbrida pero no tiene enlace para unirse.
finding-missing_join_link-remote_room = «{ $session }» es a distancia pero no tiene enlace para unirse, y { $room } tampoco lo tiene.
finding-missing_join_link-hybrid_room = «{ $session }» es híbrida pero no tiene enlace para unirse, y { $room } tampoco lo tiene.
finding-no_streaming_in_room = «{ $session }» es híbrida pero { $room } no permite transmitir en directo.
finding-no_interpretation_in_room = «{ $session }» tiene interpretación a más idiomas ({ $languages }) que cabinas tiene { $room } ({ $booths }).
finding-panel_without_moderator = La mesa redonda «{ $session }» no tiene moderador ni presidencia.
finding-item_outside_parent = El tema «{ $item }» ({ $itemSpan }) se sale de su sesión «{ $session }» ({ $span }) ({ $zone }).
finding-items_overlap = Los temas «{ $item }» ({ $itemSpan }) y «{ $item2 }» ({ $item2Span }) de «{ $session }» se superponen ({ $zone }).
finding-non_positive_duration = «{ $session }» termina ({ $endTime }) antes o en el momento en que empieza ({ $startTime }) ({ $zone }).
finding-unscheduled-no_time = «{ $session }» todavía no tiene hora.
finding-unscheduled-no_room = «{ $session }» tiene hora ({ $span }) pero todavía no tiene sala ({ $zone }).
print-programme = Programa — { $event }
print-day = Imprimir este día
nav-publish = Publicar
task-caldav = Publicando en el servidor de calendario
publish-heading = Publicar
publish-releases = Versiones
publish-noReleases = Todavía no hay versiones: la primera versión publica todas las sesiones.
publish-name = Nombre
publish-when = Publicada
publish-sessions = Sesiones
publish-note = Nota
publish-noteOptional = Nota (opcional)
publish-pendingSince = ¿Qué verán cambiado los asistentes desde «{ $name }»?
publish-pendingFirst = ¿Qué publicará la primera versión?
publish-noChanges = No ha cambiado nada de lo que ven los asistentes.
publish-kindCount = { $kind }: { $count }
publish-byPerson =
    { $count ->
        [one] Por persona: { $count } persona a la que avisar
       *[other] Por persona: { $count } personas a las que avisar
    }
publish-unscheduled = sin programar
publish-noRoom = sin sala
publish-newRelease = Nueva versión
publish-nameHint = Por ejemplo «1.0» o «1.1 — cambios de sala»; cada nombre una sola vez por evento.
publish-release = Publicar versión
publish-released =
    { $count ->
        [one] Se publicó «{ $name }» con { $count } sesión.
       *[other] Se publicó «{ $name }» con { $count } sesiones.
    }
publish-compare = Comparar dos versiones
publish-from = Desde
publish-to = Hasta
publish-previous = La versión anterior
publish-current = Tal como está ahora (sin publicar)
publish-nothing = Nada (antes de la primera versión)
publish-compareButton = Comparar
publish-comparedHeading = De { $from } a { $to }
publish-site = Sitio web
publish-siteHint = Una carpeta de páginas, calendarios y archivos de programa que funciona sin conexión, desde una memoria USB o cualquier alojamiento web.
publish-siteRelease = Versión que se publicará
publish-siteButton = Elegir una carpeta y publicar…
publish-siteWritten =
    { $count ->
        [one] Se escribió { $count } archivo en { $path }.
       *[other] Se escribieron { $count } archivos en { $path }.
    }
publish-caldav = Servidor de calendario (CalDAV)
publish-caldavHint = Pone en el servidor una entrada de calendario por sesión; los suscriptores ven cada cambio. Al publicar de nuevo solo se envía lo que cambió.
publish-url = Dirección del servidor
publish-user = Nombre de usuario
publish-password = Contraseña
publish-passwordHint = Se usa solo para esta publicación: Plenary no la guarda.
publish-scope = Sesiones que se publicarán
publish-scopeWhole = Todo el evento
publish-scopeRoom = Una sala
publish-scopeTrack = Un tema
publish-scopePerson = Una persona
publish-track = Tema
publish-scopeMissing = Elija la sala, el tema o la persona que se publicará.
publish-dryRun = Simulación: solo indicar lo que se enviaría
publish-allowHttp = Permitir http sin cifrar hacia otra máquina (la contraseña cruza la red sin cifrar)
publish-caldavDryButton = Comprobar lo que se enviaría
publish-caldavButton = Publicar en el servidor
publish-reportDry =
    { $count ->
        [one] Simulación: no se envió nada. { $count } sesión incluida, calendario { $collection }.
       *[other] Simulación: no se envió nada. { $count } sesiones incluidas, calendario { $collection }.
    }
publish-reportDone =
    { $count ->
        [one] Se publicó { $count } sesión en el calendario { $collection }.
       *[other] Se publicaron { $count } sesiones en el calendario { $collection }.
    }
publish-reportCollection = El calendario no existía y se ha creado.
publish-reportSent = Nuevas: { $created }; modificadas: { $updated }; eliminadas: { $deleted }; sin cambios: { $unchanged }.
publish-reportConflicts =
    { $count ->
        [one] { $count } conflicto, se deja como lo tiene el servidor: { $list }
       *[other] { $count } conflictos, se dejan como los tiene el servidor: { $list }
    }
publish-reportFailed = Rechazadas por el servidor ({ $count }): { $list }
publish-reportStopped = Detenido: { $reason }. { $count } sin enviar; publique de nuevo para terminar.
publish-reportRequests =
    { $count ->
        [one] { $count } solicitud al servidor, de las que { $writes } escribieron.
       *[other] { $count } solicitudes al servidor, de las que { $writes } escribieron.
    }
change-added = añadida
change-removed = retirada
change-cancelled = cancelada
change-reinstated = restablecida
change-movedTime = trasladada (hora)
change-movedRoom = trasladada (sala)
change-retitled = cambio de título
change-peopleChanged = cambio de personas
change-joinLinkChanged = cambio del enlace para unirse
