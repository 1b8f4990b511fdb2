# English: written from en.ts (UPDATE_FTL=1 npm test); the reference for translators.

app-title = Plenary
app-skip = Skip to content
app-currentEvent = Current event:
app-noEvent = No event chosen
app-dismiss = Dismiss
app-loading = Loading the event…
app-language = Language
nav-label = Main
nav-events = Events
nav-agenda = Agenda
nav-sessions = Sessions
nav-rooms = Rooms
nav-people = People
nav-vocabularies = Vocabularies
nav-moderator = Moderator
nav-import-export = Import/Export
nav-checks = Checks
error-noWindow = Plenary's window is needed: this page only works inside the Plenary desktop app.
error-prefix = Could not complete the action: { $message }
error-chooseEvent = Choose an event first (Events screen).
error-labelled = { $label }: { $message }
error-inRow = { $label }, row { $row }
problem-required = This is required.
problem-notALink = “{ $value }” is not a link: write it in full, as in https://example.org/join.
problem-linkSpaces = “{ $value }” has spaces or control characters in it.
problem-linkNoHost = “{ $value }” names no site: write it in full, as in https://example.org/join.
problem-unsafeScheme = “{ $value }” uses { $scheme }:, which participants cannot open safely: use a link starting with https:, mailto: or tel:.
problem-missingEnd = Set an end as well as a start, or neither.
problem-missingStart = Set a start as well as an end, or neither.
problem-beforeStart = The session ends before it starts.
problem-outsideEvent = The session falls outside the event’s days ({ $first } to { $last }, { $zone }).
problem-noSuchRoom = This room no longer exists: choose another.
problem-otherEventsRoom = This room belongs to another event: choose one of this event’s rooms.
problem-noSuchPerson = This person no longer exists: choose another.
problem-roleTwice = The same person holds this role twice.
problem-tagTwice = This tag is listed twice.
problem-noSuchTerm = This tag no longer exists.
problem-yearOutOfRange = { $value } is outside the years Plenary plans in ({ $first }–{ $last }).
problem-endBeforeStartDate = The last day is before the first day.
problem-tooLong = An event may last at most a year.
problem-badSlug = “{ $value }” must be 1–64 lower-case letters, digits and dashes, as in wsis-2026; leave it empty to make one from the title.
problem-unknownZone = “{ $value }” is not a time zone: choose one such as Europe/Zurich.
problem-notAnEmail = “{ $value }” is not an e-mail address.
problem-endsBeforeItStarts = This period ends before it starts.
problem-closesBeforeOpens = These hours close before they open.
problem-fileNotFound = { $file }: there is no such file.
problem-fileDenied = { $file }: you are not allowed to open this file.
problem-fileIsFolder = { $file }: this is a folder, not a file.
problem-diskFull = { $file }: the disk is full.
problem-readOnly = { $file }: the disk is read-only.
problem-fileUnreadable = { $file }: the file’s contents cannot be read.
problem-fileFailed = { $file }: the file could not be read or written ({ $message }).
problem-notFound = It is no longer in the store: it was deleted or changed elsewhere.
problem-notChosen = { $file }: Plenary only uses files chosen in its own dialogs; choose the file again.
problem-nameNotUtf8 = { $file }: Plenary cannot use this file’s name; rename the file and choose it again.
problem-taken = “{ $value }” is already used; choose another.
problem-linkHasPassword = “{ $value }” holds a user name or password: remove it, and give the user name in its own field.
problem-plainHttp = “{ $value }” is plain http to another machine: the password would cross the network unencrypted. Use an https address, or allow plain http for this server.
problem-notHttps = “{ $value }” must start with https:// (or http:// to this computer).
problem-serverRefusedLogin = The server refused the password of user “{ $user }”: check the user name and the password.
problem-serverStatus = The calendar server refused the request (HTTP error { $status }); nothing was sent.
problem-serverFull = The calendar server has no space left for this calendar (HTTP 507); nothing was sent.
problem-serverSilent = The server at { $url } did not answer: check the address and the network connection. Nothing was sent.
problem-badArgument = Plenary could not read the value of “{ $field }” sent by its window — please report this.
problem-jobFailed = Plenary could not finish this task because of an internal error; nothing was changed — please report this.
problem-storeDamaged = Plenary could not open its data file { $file }: it is damaged or is not a database. Nothing was changed: restore it from a backup, or move it aside and Plenary starts a new one.
problem-storeNewer = Plenary could not open its data file: a newer version of Plenary wrote it. Update Plenary to open it; nothing was changed.
problem-notAStore = Plenary could not open its data file: it belongs to another application. Nothing was changed; give Plenary another file.
problem-database = Plenary could not do this because of a database error; nothing was changed — please report this.
problem-cannotRestore-alreadyThere = “{ $what }” cannot come back: it is there already.
problem-cannotRestore-inDirectory = “{ $what }” cannot come back: this person is in the directory already.
problem-cannotRestore-shortNameTaken = “{ $what }” cannot come back: the event “{ $event }” has its short name { $slug } now. Change that event’s short name, then undo again.
problem-cannotRestore-codeTaken = “{ $what }” cannot come back: the vocabulary “{ $vocabulary }” has another term with its code { $code } now.
problem-cannotRestore-vocabularyGone = “{ $what }” cannot come back: its vocabulary was deleted.
problem-cannotRestore-eventGone = “{ $what }” cannot come back: its event was deleted.
problem-cannotRestore-store = “{ $what }” cannot come back: the store refused one of its rows ({ $table }); nothing was changed — please report this.
importError-format = { $file }: { $message }. Nothing was imported.
importError-formatAt = { $file }, line { $line }: { $message }. Nothing was imported.
importError-needsTimezone = { $file } names no time zone and its times are plain local times: choose the programme’s time zone and try again. Nothing was imported.
importError-needsTimezoneOffsets = { $file } names no time zone and its times carry the offset { $offsets }: choose the programme’s time zone and try again. Nothing was imported.
importError-noDates = { $file } gives no dates: none of its events has a start time. Import it into an event instead. Nothing was imported.
importError-unknownTimezone = “{ $zone }” is not a time zone: choose one from the list, such as Europe/Berlin. Nothing was imported.
importError-unknownField = Column mapping: “{ $field }”, chosen for the column “{ $header }”, is not a field Plenary imports. Nothing was imported.
importError-unknownColumn = Column mapping: the file has no column “{ $header }”; its columns are { $columns }. Nothing was imported.
importError-fieldMappedTwice = Column mapping: “{ $header }” and “{ $other }” are both imported as { $field }; choose it for one column only. Nothing was imported.
importError-missingColumn = No column is imported as { $field } (the columns are { $columns }): choose it for one column in the column mapping. Nothing was imported.
formatProblem-not_json = it is not valid JSON
formatProblem-not_an_event_file = it is not a Plenary event file
formatProblem-newer_event_file = it is an event file of version { $version }, written by a newer Plenary; this one reads up to version { $supported }
formatProblem-bad_event_file = a field of the event file has the wrong shape
formatProblem-event_not_accepted = the event it describes cannot be imported: its dates or its time zone are not ones Plenary accepts
formatProblem-unreadable_header = its header row cannot be read
formatProblem-no_header_row = it has no header row
formatProblem-unreadable_row = this row cannot be read
formatProblem-not_xml = it is not well-formed XML
formatProblem-bad_text = this text cannot be read
formatProblem-bad_cdata = this CDATA section cannot be read
formatProblem-unknown_entity = the entity &{ $entity }; is unknown (only the five XML entities and character references are allowed)
formatProblem-empty = the file is empty
formatProblem-not_a_schedule = it is not a frab schedule: its root element is <{ $element }>, not <schedule>
formatProblem-not_a_schedule_file = it is neither frab schedule XML nor schedule JSON
formatProblem-no_schedule = it is not a schedule JSON file: it has no “schedule” object at the top
formatProblem-no_conference = it is not a schedule JSON file: its “schedule” has no “conference”
formatProblem-no_schedule_dates = it gives no dates: no session has a time, and the conference has no start and end
formatProblem-span_too_long = its sessions span { $first } to { $last }, more than a year; an event lasts at most a year
formatProblem-not_icalendar = it is not an iCalendar file: it starts with “{ $start }”, not BEGIN:VCALENDAR
formatProblem-no_vcalendar = it holds no calendar (no VCALENDAR)
formatProblem-no_vevent = its calendar holds no events, so there are no sessions to make an event from
common-save = Save
common-cancel = Cancel
common-delete = Delete
common-edit = Edit
common-add = Add
common-remove = Remove
common-moveUp = Move up
common-moveDown = Move down
common-confirmDelete = Delete “{ $name }”? This cannot be undone.
common-saved = Saved “{ $name }”.
common-deleted = Deleted “{ $name }”.
removal-ask = Delete “{ $name }”? You can undo this.
removal-confirm = Delete “{ $name }”
removal-person = Removes { $name } from these sessions ({ $count }):
removal-room = These sessions go back to the unscheduled sessions ({ $count }):
removal-venue = These rooms lose their venue ({ $count }):
removal-term = Removes the tag from these sessions ({ $count }):
removal-event = Also deletes its sessions ({ $sessions }), rooms ({ $rooms }), venues ({ $venues }) and releases ({ $releases }).
removal-withRoles = { $title } ({ $roles })
removal-more = and more ({ $count })
removal-looking = Looking up what depends on it…
removal-missing = Brought back “{ $name }”, but not its links to these, deleted or changed since: { $list }.
removal-staleUndo = Cannot undo the { $what }: the schedule was changed outside this window since.
removal-staleRedo = Cannot redo the { $what }: the schedule was changed outside this window since.
removal-outside = The schedule was changed outside this window; it now shows what the store holds.
removal-gone = “{ $name }” is no longer in the store (changed elsewhere); the screens now show what it holds.
removal-goneUndo = Cannot undo the { $what }: what it changes is no longer in the store.
removal-goneRedo = Cannot redo the { $what }: what it changes is no longer in the store.
common-print = Print
common-name = Name
common-description = Description
common-actions = Actions
common-label = Label
common-url = Address (URL)
common-links = Links
common-addLink = Add link
common-onePerLine = One per line
common-capped = Showing { $shown } of { $total }; type in the filter to find the others.
events-heading = Events
events-new = New event
events-empty = No events yet. Create one, or run “plenary demo” to load the demo programme.
events-colTitle = Title
events-colDates = Dates
events-colZone = Time zone
events-colSessions = Sessions
events-colRooms = Rooms
events-open = Open agenda
events-duplicate = Next edition
events-duplicateHeading = Duplicate “{ $title }” as next year’s edition
events-duplicated = Created “{ $title }”.
events-editHeading = Edit event
events-newHeading = New event
events-slug = Short name (slug)
events-slugHint = Lower-case letters, digits and hyphens; used in file names. Left empty, it is made from the title.
events-title = Title
events-tagline = Tagline
events-organisers = Organisers
events-timezone = Time zone (IANA name)
events-timezoneHint = For example Europe/Zurich or America/New_York.
events-startDate = First day
events-endDate = Last day
events-dayChange = Conference day changes at
events-dayChangeHint = Local time. Sessions starting before this time (after midnight) belong to the previous conference day; 00:00 means calendar days.
agenda-heading = Agenda
agenda-day = Day
agenda-prevDay = Previous day
agenda-nextDay = Next day
agenda-zone = Times shown in
agenda-zoneEvent = Event’s zone ({ $zone })
agenda-zoneLocal = This computer’s zone ({ $zone })
agenda-colour = Colour by
agenda-colourKind = Kind
agenda-colourTrack = Track: { $vocabulary }
agenda-noTrack = No track
agenda-legend = Colours
agenda-viewGrid = Grid
agenda-viewList = List
agenda-view = View
agenda-undo = Undo
agenda-redo = Redo
agenda-undoWhat = Undo: { $what }
agenda-redoWhat = Redo: { $what }
agenda-nothingToUndo = Nothing to undo.
agenda-nothingToRedo = Nothing to redo.
agenda-roomsGroup = Rooms shown in the grid
agenda-roomFilter = Filter rooms
agenda-roomFilterExample = Room 1, Room 2
agenda-venue = Venue
agenda-allVenues = All venues
agenda-onlineRooms = Online rooms
agenda-trackFilter = Track
agenda-allTracks = All tracks
agenda-roomsShown = { $shown } of { $total } rooms shown
agenda-allRooms = Show all rooms
agenda-rowMinutes = Minutes per row
agenda-columnWidth = Min. width (px)
agenda-noRoomMatches = No room matches this choice. Press “Show all rooms” to see every room.
agenda-cardPeople = People
agenda-cardPerson = { $name } ({ $role })
agenda-tray = Unscheduled sessions
agenda-dropChecking = Checking this place…
agenda-dropFree = No clash here.
agenda-dropClash =
    { $count ->
        [one] Would clash here: { $first }
       *[other] Would clash here ({ $count } problems): { $first }
    }
agenda-trayEmpty = Every session has a time and a room.
agenda-trayHint = Pick a session here, then select an empty time in the grid, or fill in the room and time below it and press Place.
agenda-placeHeading = Place “{ $title }” on this day
agenda-placeTime = Start ({ $zone })
agenda-placeMinutes = Length in minutes
agenda-place = Place
agenda-noRooms = This event has no rooms yet. Add them on the Rooms screen.
agenda-gridLabel = Agenda for { $date }: rooms as columns, time as rows
agenda-skipToSessions = Skip to the sessions
agenda-noSessionsDay = No sessions on this day
agenda-noSessionsShown = No sessions in the rooms shown on this day
agenda-zoneEventShort = Event ({ $zone })
agenda-zoneLocalShort = This computer ({ $zone })
agenda-columnWidthFull = Minimum column width, in pixels (columns share any width left over)
agenda-keyboardHelp = Keyboard: Tab and Shift+Tab go through the sessions room by room, each room from its earliest; arrows move the session 15 minutes or to the next room; Shift+arrows change its end; Enter opens it; Delete removes it; Escape hides its card; Ctrl+Z undoes, Ctrl+Shift+Z redoes.
agenda-moved = Moved “{ $title }” to { $time }, { $room }.
agenda-itClashes = It clashes: { $first }
agenda-resized = Changed the length of “{ $title }”.
agenda-deletedSession = Deleted “{ $title }”. Undo with Ctrl+Z.
agenda-undone = Undone: { $what }.
agenda-redone = Redone: { $what }.
agenda-changedElsewhere = “{ $title }” was changed elsewhere since; it was not undone.
agenda-changedElsewhereRedo = “{ $title }” was changed elsewhere since; it was not redone.
agenda-what-move = move of “{ $title }”
agenda-what-edit = edit of “{ $title }”
agenda-what-delete = deletion of “{ $title }”
agenda-what-create = creation of “{ $title }”
agenda-what-inEvent = { $what } in “{ $event }”
agenda-placeTimeMissing = Give a start time.
time-gap = That time does not exist in { $zone }: the clocks go forward over it. Choose another time.
field-year = year
field-month = month
field-day = day
field-hour = hour
field-minute = minute
picker-otherEvents = Also list people from other events
picker-suggestions = Suggestions
picker-noMatch = No one matches “{ $text }”.
picker-addNew = Add “{ $name }” as a new person
picker-added = { $name } added to the people directory.
zone-suggestions = Time zones
zone-noMatch = No time zone matches “{ $text }”.
leave-title = Save your changes?
leave-body = This form has changes that are not saved yet.
leave-save = Save
leave-discard = Discard changes
leave-keep = Keep editing
agenda-newSession = New session
agenda-listEmpty = No sessions on this day.
agenda-room = Room
formSync-room = This room was changed elsewhere since you opened the form.
formSync-venue = This venue was changed elsewhere since you opened the form.
formSync-session = This session was changed elsewhere since you opened it.
formSync-person = This person was changed elsewhere since you opened the form.
formSync-event = This event was changed elsewhere since you opened the form.
formSync-reload = Reload its saved values
formSync-keep = Keep my edits
formSync-gone = “{ $name }” was deleted elsewhere, so its form was closed.
formSync-conflict = Changed both here and there: { $fields }.
formSync-merged = Updated with changes made elsewhere: { $fields }.
formSync-someFields = some fields
session-timesIn = Times in { $zone }
agenda-time = Time
session-heading = Sessions
session-newHeading = New session
session-editHeading = Edit session “{ $title }”
session-listLabel = Sessions of the event
session-filter = Filter sessions
session-pick = Choose a session from the list to edit it, or create a new one.
session-code = Code or number
session-title = Title
session-subtitle = Subtitle
session-kind = Kind
session-status = Status
session-start = Starts
session-end = Ends
session-room = Room
session-noRoom = No room yet
session-participation = Participation
session-joinUrl = Join link (video conference)
session-joinInstructions = Joining instructions
session-passcode = Passcode (private)
session-registrationUrl = Registration link
session-description = Description
session-languages = Spoken languages
session-interpretation = Interpretation into
session-expectedAttendance = Expected attendance
session-organisers = Organisers
session-privateNotes = Private notes
session-people = People and roles (in speaking order)
session-person = Person
session-role = Role
session-addPerson = Add person
session-items = Items (interventions, keynotes…)
session-itemTitle = Item title
session-itemMinutes = Minutes
session-itemDescription = Item description
session-addItem = Add item
session-itemPeople = People in this item
session-tags = Tags
session-tagSearch = Search tags
session-tagSelected = Selected tags
session-tagNoMatch = No tag matches.
session-removeTag = Remove tag { $tag }
session-sectionMain = Session
session-sectionWhen = When and where
session-sectionJoin = Participation
session-sectionMore = More details
session-count =
    { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
session-choosePerson = Choose a person from the list.
session-markClashes =
    { $count ->
        [one] { $count } clash
       *[other] { $count } clashes
    }
session-markOthers =
    { $count ->
        [one] { $count } other finding
       *[other] { $count } other findings
    }
session-savedClashes =
    { $count ->
        [one] Saved — it clashes: { $first }
       *[other] Saved — it clashes ({ $count } problems): { $first }
    }
slots-heading = Find a free time
slots-find = Find free times
slots-none = No free time fits: every room is busy, too small or unequipped, or the people are not free.
kind-keynote = Keynote
kind-panel = Panel
kind-presentation = Presentation
kind-workshop = Workshop
kind-interactive_session = Interactive session
kind-plenary = Plenary
kind-networking = Networking
kind-break = Break
kind-meal = Meal
kind-ceremony = Ceremony
kind-social = Social
kind-other = Other
role-moderator = Moderator
role-master_of_ceremonies = Master of ceremonies
role-chair = Chair
role-keynote_speaker = Keynote speaker
role-speaker = Speaker
role-panellist = Panellist
role-presenter = Presenter
role-rapporteur = Rapporteur
role-organiser_contact = Organiser contact
participation-on_site = On site
participation-remote = Remote
participation-hybrid = Hybrid (on site and remote)
status-draft = Draft
status-confirmed = Confirmed
status-cancelled = Cancelled
rooms-heading = Rooms and venues
rooms-venues = Venues
rooms-rooms = Rooms
rooms-newVenue = New venue
rooms-newRoom = New room
rooms-venue = Venue
rooms-noVenue = — no venue —
rooms-venueNone = (no venue)
rooms-address = Address
rooms-latitude = Latitude
rooms-longitude = Longitude
rooms-capacity = Capacity
rooms-location = Building, floor or directions
rooms-canStream = Can stream
rooms-canRecord = Can record
rooms-booths = Interpretation booths
rooms-isVirtual = Online-only room
rooms-joinUrl = Join link
rooms-position = Column order
rooms-openingHours = Opening hours (empty: open whenever the event runs)
rooms-date = Date
rooms-opens = Opens
rooms-closes = Closes
rooms-addHours = Add opening hours
rooms-emptyVenues = No venues yet.
rooms-emptyRooms = No rooms yet.
people-heading = People
people-new = New person
people-search = Search people by name or organisation
people-empty = No people match.
people-honorific = Honorific (Mr., Dr, H.E.)
people-name = Name
people-function = Function or title
people-organisation = Organisation
people-bio = Biography
people-email = Email (private)
people-phone = Phone (private)
people-availability = Availability (empty: available at any time)
people-from = From
people-until = Until
people-addAvailability = Add available time
people-count =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
people-countHidden =
    { $count ->
        [one] { $count } person in this event · { $hidden } more in other events
       *[other] { $count } people in this event · { $hidden } more in other events
    }
vocab-heading = Vocabularies
vocab-newVocabulary = New vocabulary
vocab-key = Key
vocab-name = Name
vocab-builtin = Built in
vocab-newTerm = New term in { $vocabulary }
vocab-code = Code
vocab-label = Label
vocab-coverage = Coverage of the programme
vocab-coverageHint = Sessions (rows) against SDGs, WSIS Action Lines and GDC objectives (columns). ● tagged with the term; ○ tagged with one of its sub-lines, which also covers it.
vocab-exportCsv = Export coverage as CSV
vocab-csvSaved = Saved the coverage table to { $path }.
vocab-total = Sessions covering it
vocab-covered = covered
vocab-coveredNarrower = covered through a sub-line
vocab-notCovered = not covered
vocab-rowsCapped = Showing the first { $shown } of { $total } sessions; the CSV file has them all.
vocab-noSessions = This event has no sessions yet.
moderator-heading = Moderator view
moderator-person = Person
moderator-choose = Choose a person to see their sessions in order.
moderator-none = { $name } has no sessions.
moderator-when = When
moderator-where = Where
moderator-asRole = Role: { $roles }
moderator-running = Running order
moderator-minutes = { $minutes } min
moderator-join = Join link: { $url }
moderator-unscheduled = Not scheduled yet
moderator-otherEvent = Another event
io-heading = Import and export
io-export = Export iCalendar
io-scope = What to export
io-scopeEvent = The whole event
io-scopeDay = One day
io-scopeRoom = One room
io-scopePerson = One person’s sessions
io-scopeSelection = A saved selection
io-scopeTag = Sessions with one tag
io-itemsAsEvents = Nested items as calendar entries of their own
io-utc = All times in UTC (for calendars that mishandle time zones)
io-reportSource = From { $source } ({ $format })
io-reportEvent = Into the event { $title } ({ $slug })
io-reportRecords = In the file: { $count } { $name }
io-reportCounts = What the import did
io-reportRecordsIn = In the file: { $records }
records-events =
    { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
records-sessions =
    { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
records-rows =
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
records-VEVENTs =
    { $count ->
        [one] { $count } calendar entry
       *[other] { $count } calendar entries
    }
reportFormat-frabXml = frab schedule XML
reportFormat-scheduleJson = frab schedule JSON
reportFormat-schedule2Json = frab schedule JSON (version 2)
reportFormat-eventFile = Plenary event file
reportFormat-csvSessions = CSV spreadsheet of sessions
reportFormat-csvPeople = CSV spreadsheet of people
reportFormat-ical = iCalendar
io-reportNothing = Nothing was created or changed.
imported-events = Events
imported-venues = Venues
imported-rooms = Rooms
imported-sessions = Sessions
imported-people = People
imported-tracks = Tracks and tags
io-skipped =
    { $count ->
        [one] { $count } skipped
       *[other] { $count } skipped
    }
io-conflicts =
    { $count ->
        [one] { $count } conflict (both sides changed the session)
       *[other] { $count } conflicts (both sides changed the session)
    }
io-conflict = { $code } { $title }: { $fields } — { $resolution }
io-notes = Notes
io-atLine = Line { $line }: { $text }
io-wholeFile = The whole file: { $text }
conflict-keptStore = kept the store’s version
conflict-tookFile = took the file’s version
record-component = { $component } “{ $summary }”
record-componentUid = { $component } { $uid }
record-componentBare = { $component }
record-frabEvent = session { $id } “{ $title }”
record-row = row { $row }
record-titled = “{ $title }”
record-session = session { $code } “{ $title }”
record-room = room “{ $name }”
io-technical = Technical details
io-idInFile = Identifier in the file: { $id }
io-idGiven = Identifier given here: { $id }
io-groupMore =
    { $count ->
        [one] { $text } — and { $count } more like it
       *[other] { $text } — and { $count } more like it
    }
io-groupGuidOfAnotherEvent =
    { $count ->
        [one] Already in another event, imported as new sessions ({ $count } session)
       *[other] Already in another event, imported as new sessions ({ $count } sessions)
    }
io-groupGuidRepeats =
    { $count ->
        [one] In the file more than once, imported as separate sessions ({ $count } session)
       *[other] In the file more than once, imported as separate sessions ({ $count } sessions)
    }
io-groupRoomGuidOfAnotherEvent =
    { $count ->
        [one] Already in another event, added as new rooms ({ $count } room)
       *[other] Already in another event, added as new rooms ({ $count } rooms)
    }
io-groupRoomGuidRepeats =
    { $count ->
        [one] Known by another room’s identifier, given their own ({ $count } room)
       *[other] Known by another room’s identifier, given their own ({ $count } rooms)
    }
record-venue = venue “{ $name }”
record-person = person “{ $name }”
record-event = the event
record-atLine = { $record } (line { $line })
linkTrouble-notALink = is not a link (write it in full, as in https://example.org/join)
linkTrouble-spaces = has spaces or control characters in it
linkTrouble-noHost = has no host (write it in full, as in https://example.org/join)
linkTrouble-scheme = uses { $scheme }:, which participants cannot open safely
linkField-join_url = join link
linkField-registration_url = registration link
remark-noTitle = it has no title
remark-titleEmpty = the title is empty
remark-nameEmpty = the name is empty
remark-notUuid = the identifier “{ $value }” is not valid
remark-startWithoutEnd = it has a start but no end or minutes
remark-endWithoutStart = it has an end but no start
remark-minutesNotPositive = minutes “{ $value }” is not a positive number
remark-notATime = { $field } “{ $value }” is not a time like 09:00 or 2026-07-10 09:00
remark-notANumber = { $field } “{ $value }” is not a number
remark-notOneOf = { $field } “{ $value }” is not one of: { $allowed }
remark-minutesTooLarge = minutes “{ $value }” is too large for a session
remark-timeWithoutDate = { $field } “{ $value }” is a time without a date; add a date column
remark-invalid = refused: { $problems }
remark-refused = refused by the store: { $message }
remark-uuidOfAnotherEvent = this session belongs to another event in this store
remark-allDay = all-day entry ({ $date }): sessions have a start and an end time, so all-day entries are not imported
remark-noStart = no DTSTART: a session needs a start time
remark-noSummary = no SUMMARY: a session needs a title
remark-noEnd = no DTEND or DURATION: a session needs an end time
remark-endsBeforeStart = it ends ({ $end } UTC) at or before its start ({ $start } UTC)
remark-endIsDate = DTEND (line { $line }) is a date but DTSTART a date and time
remark-outsideDays = it starts { $start } ({ $zone }), outside the event’s days ({ $days })
remark-noInstanceWithinDays = a recurring event with no instance within the event’s days ({ $days })
remark-days = { $first } to { $last }, { $zone }
remark-daysFrom = { $first } to { $last }, each from { $change } to { $change } the next day, { $zone }
remark-uidRepeats = UID { $uid } repeats the VEVENT of line { $firstLine }; the first one was imported
remark-outsideCalendar = { $component } outside VCALENDAR is not imported
remark-nestedEvent = VEVENT inside { $parent } (line { $parentLine }) is not imported: a calendar’s VEVENTs sit directly in its VCALENDAR
remark-eventTruncated = the file ends inside this VEVENT (truncated file)
remark-itemOf = an item of session { $session }: imported with that session
remark-notASession = { $component } is not a session; only VEVENT components are imported
remark-columnsNotImported = columns not imported: { $columns }
remark-linkLeftOut = { $record }: link “{ $url }” { $trouble }; left out
remark-linkFieldLeftOut = { $record }: { $field } “{ $url }” { $trouble }; left out
remark-propertyLinkLeftOut = { $property } “{ $value }” { $trouble }; the link is left out
remark-differStore = { $record }: { $fields } differ; the store’s values were kept
remark-differFile = { $record }: { $fields } differ; the file’s values were taken
remark-slugTaken = the short name “{ $slug }” is taken here; the event is “{ $given }”
remark-personNotInFile = { $record }: person { $person } is not in the file; role left out
remark-personTwice = { $record }: person { $person } is named more than once as { $role }; kept once
remark-namedTwice = { $record }: “{ $name }” is named more than once as { $role }; kept once
remark-roleTwice = “{ $name }” holds the role { $role } twice in this session; kept once
remark-roleTwiceItem = “{ $name }” holds the role { $role } twice in this item; kept once
remark-noDuration = { $record }: it has no duration or end; added to the unscheduled sessions, without a time
remark-lastsNoTime = { $record }: it lasts no time (starts and ends at { $at }); added to the unscheduled sessions, without a time
remark-guidRepeats = { $record } is in the file more than once; this one was imported as a separate session
remark-guidOfAnotherEvent = { $record } was already in another event; it was imported as a new session (the other event keeps its own)
remark-linksDropped =
    { $count ->
        [one] { $count } link was left out (relative without a base address in the file, not a link, or of a kind participants cannot open safely), e.g. { $examples }
       *[other] { $count } links were left out (relative without a base address in the file, not links, or of a kind participants cannot open safely), e.g. { $examples }
    }
remark-roomGuidRepeats = room “{ $room }” is known by the same identifier as another room in this file; it was given its own
remark-roomGuidOfAnotherEvent = room “{ $room }” was already in another event; it was added as a new room (the other event keeps its own)
remark-tracksShareCode = tracks “{ $first }” and “{ $second }” share the code “{ $code }”; they become one track
remark-personWithoutName = { $record }: a person without a name was left out
remark-unknownRoles = unknown roles { $roles } were read as speaker
remark-notIanaZone = the file’s time zone “{ $zone }” is not an IANA zone name; ignored
remark-zoneAsAsked = the file names the time zone { $fileZone }; using { $zone } as asked
remark-zoneAsAskedNone = the file names no time zone; using { $zone } as asked
remark-naiveDates =
    { $count ->
        [one] { $count } date carries no offset; read as local time in { $zone }
       *[other] { $count } dates carry no offset; read as local times in { $zone }
    }
remark-tzidWithoutVtimezone = TZID { $tzid } has no VTIMEZONE in the file; the IANA zone is used
remark-windowsZone = TZID “{ $tzid }” is a Windows zone name, read as { $iana }
remark-fold = { $property } { $local } happens twice in { $zone } (clocks go back); the first is taken: { $first } UTC, at UTC{ $offset }, not the second at { $second } UTC
remark-gap = { $property } { $local } does not exist in { $zone } (clocks go forward); read with the offset before the gap
remark-rdateDateOnly = RDATE { $value } is a date only (all day) on a timed event; ignored
remark-exdateDate = EXDATE { $date } is a date on a timed series: the instance on that day is excluded
remark-recurring =
    { $count ->
        [one] recurring event { $uid }: { $count } instance within the event’s days, imported as a session
       *[other] recurring event { $uid }: { $count } instances within the event’s days, each imported as a session
    }
remark-noEventMade = no event was chosen and no session of the file could be imported, so no event was made from it; nothing was changed
remark-noUid = VEVENT without UID: identified by its SUMMARY and DTSTART
remark-htmlDescription = HTML description converted to plain text
remark-calendars =
    { $count ->
        [one] the file holds { $count } calendar (VCALENDAR at line { $lines }); its VEVENTs are imported
       *[other] the file holds { $count } calendars (VCALENDAR at lines { $lines }); the VEVENTs of every one are imported
    }
remark-outsideComponent = { $property } outside any component; ignored
remark-endWithoutBegin = END:{ $name } without a matching BEGIN; ignored
remark-notClosed = { $name } is not closed before END:{ $end }
remark-truncated = the file ends before END:{ $name } (truncated?)
remark-blankLine = blank line ignored (not allowed by RFC 5545)
remark-latin1 = bytes that are not UTF-8 were read as Latin-1
remark-daysOverlap = the file’s days overlap (a night session at { $night } but a day beginning with one at { $day }); calendar days are kept
remark-dayChangeShown = conference days begin at { $change }, as the start times of the file’s days show: the file names no day change, and its days hold sessions starting until { $nightLatest } (ending by { $nightEnd }) in the night after their date and from { $dayEarliest } on it; sessions after midnight stay on the day before
remark-dayChangeHour = conference days begin at { $change }, the first whole hour after the night’s sessions: the file names no day change, and its days hold sessions starting until { $nightLatest } (ending by { $nightEnd }) in the night after their date and from { $dayEarliest } on it; sessions after midnight stay on the day before
remark-offsetsTrustedKnown =
    { $count ->
        [one] { $count } time carries an offset that differs from { $zone } (e.g. { $text } is at { $offset } but { $zone } is at { $zoneOffset } then); the start does not show the same clock, so the offset was trusted
       *[other] { $count } times carry an offset that differs from { $zone } (e.g. { $text } is at { $offset } but { $zone } is at { $zoneOffset } then); the start does not show the same clock, so the offsets were trusted
    }
remark-offsetsTrustedFile =
    { $count ->
        [one] { $count } time carries an offset that differs from { $zone } (e.g. { $text } is at { $offset } but { $zone } is at { $zoneOffset } then); the zone is only the file’s own name, so the offset was trusted (if the zone is right and the offset wrong, import again with the programme’s time zone)
       *[other] { $count } times carry an offset that differs from { $zone } (e.g. { $text } is at { $offset } but { $zone } is at { $zoneOffset } then); the zone is only the file’s own name, so the offsets were trusted (if the zone is right and the offsets wrong, import again with the programme’s time zone)
    }
remark-startUsed =
    { $count ->
        [one] { $count } session’s date carries an offset that is not { $zone }’s while its start shows the same clock: read as the start in { $zone } (e.g. { $text } is { $local }, not { $utc })
       *[other] { $count } sessions’ dates carry an offset that is not { $zone }’s while their start shows the same clock: read as the start in { $zone } (e.g. { $text } is { $local }, not { $utc })
    }
remark-durationsRead =
    { $count ->
        [one] { $count } duration of the form a:b:c was read as { $reading }, e.g. “{ $text }” = { $length } ({ $why }), { $start } → { $end }
       *[other] { $count } durations of the form a:b:c were read as { $reading }, e.g. “{ $text }” = { $length } ({ $why }), { $start } → { $end }
    }
remark-readingDays = D:HH:MM (days, hours, minutes)
remark-readingHms = H:MM:SS (hours, minutes, seconds)
durationWhy-pretalx = pretalx writes D:HH:MM once a talk lasts a day
durationWhy-lastFieldNotZero = its last field is not zero, and timetables count minutes, not seconds
durationWhy-hmsTooLong = as H:MM:SS it would run past the conference
durationWhy-schema = H:MM:SS is the frab schema’s form
durationWhy-dhmTooLong = as D:HH:MM it would run past the conference
publishReason-changedOnServer = changed on the server since Plenary last published it: left as it is
publishReason-noEtag = the server gives no version tag (ETag) for it, so it cannot be replaced safely
publishReason-leftScopeChanged = it left the calendar’s scope, but was changed on the server since: not deleted
publishReason-notOurs = a calendar entry Plenary has no record of sending is already there: left as it is
publishReason-refused = the server refused it (HTTP { $status })
publishReason-passwordRefused = the server refused the password
publishReason-serverAnswered = the server cannot take more now (HTTP { $status })
publishReason-outOfSpace = the server is out of space for this calendar (HTTP { $status })
publishReason-noAnswer = the server did not answer
omitted-label = { $code } “{ $title }”
omitted-notScheduled = { $session }: no time yet (among the unscheduled sessions)
omitted-cancelled = { $session }: cancelled
omitted-tooLong = { $session }: longer than 99:59, which frab durations cannot express
omitted-outsideDays = { $session }: outside the event’s days
remark-newerCopy = { $name } has a newer copy at line { $keptLine }, which was imported instead: { $why }
remark-copies =
    { $count ->
        [one] { $name } appears { $count } time; the copy at line { $keptLine } was imported (against { $against })
       *[other] { $name } appears { $count } times; the copy at line { $keptLine } was imported (against { $against })
    }
remark-copyName = UID { $uid }
remark-copyNameRid = UID { $uid } RECURRENCE-ID { $rid }
remark-againstLine = line { $line }: { $why }
remark-unknownTag = tag “{ $tag }”: no such term in this store
copyWhy-higherSequence = higher SEQUENCE ({ $kept } > { $other })
copyWhy-laterStamp = same SEQUENCE { $sequence }, later DTSTAMP/LAST-MODIFIED ({ $kept } > { $other })
copyWhy-laterInFile = same SEQUENCE { $sequence } and DTSTAMP/LAST-MODIFIED; the later in the file is kept
copyWhy-none = none
remark-startsOutsideConference = it starts { $start }, outside the conference’s days ({ $first } to { $last }); refused as a data-entry error
remark-endsAfterConference = it ends { $end }, after the conference (which ends by { $latest }); refused as a data-entry error
remark-durationNotHhmm = duration “{ $text }” is not HH:MM
remark-durationTooLong = duration “{ $text }” ({ $length }) would run past the conference ({ $bound }); refused as a data-entry error
remark-durationTooLongEitherWay = duration “{ $text }” would run past the conference read either way (as D:HH:MM { $dhm }, as H:MM:SS { $hms }; { $bound }); refused as a data-entry error
remark-boundEnds = the conference ends by { $latest }
remark-boundWeek = the file gives no conference dates and a session may last at most a week
remark-impossible = impossible
remark-unknownDate = ?
remark-unknownZone = unknown time zone “{ $tzid }” and no VTIMEZONE for it in the file
remark-notADate = { $property } “{ $value }” (line { $line }) is not a date
remark-notADateTime = { $property } “{ $value }” (line { $line }) is not a date and time
remark-badDuration = { $property } “{ $value }” (line { $line }) is not a duration
remark-durationTooLongIcal = { $property } “{ $value }” (line { $line }) is too long to be a duration
remark-beyondCalendar = { $property } (line { $line }) takes the time beyond any date a calendar can hold
remark-recurrenceIdDate = RECURRENCE-ID is a date; all-day instances are not imported
remark-rruleRefused = { $why } (line { $line }); the event is not imported
remark-rrulePart = RRULE part { $part } cannot be expanded by Plenary (only INTERVAL, COUNT, UNTIL, BYDAY, WKST, BYMONTH and BYMONTHDAY), and ignoring it would give wrong times
remark-rruleFreq = RRULE FREQ={ $freq } cannot be expanded by Plenary (only DAILY and WEEKLY)
remark-rruleNoFreq = RRULE without FREQ
rruleExpected-numbers = { $part }={ $value } is not a list of valid numbers
rruleExpected-plainWeekdays = { $part }={ $value }: only plain weekdays can be expanded (no ordinals such as 1MO)
rruleExpected-weekday = { $part }={ $value } is not a weekday
rruleExpected-date = { $part }={ $value } is not a date or a date and time
rruleExpected-positive = { $part }={ $value } is not a positive number
remark-lineIgnored = { $problem }; the line is ignored
lineProblem-noColon = “{ $text }” is not a content line (no “:”)
lineProblem-notAName = “{ $text }” is not a property name
lineProblem-parameterNoValue = a parameter of { $property } has no value and no “:” follows
lineProblem-unclosedQuote = parameter { $parameter } of { $property } has an unclosed quote
lineProblem-noValue = property { $property } has no “:” before its value
remark-noStartTime = no usable start time (date: { $date }, start: { $start })
upsert-created = new
upsert-updated = updated
upsert-unchanged = unchanged
io-includePrivate = Include private data (passcodes, private notes)
io-preview = Preview
io-previewHeading = Preview of the calendar file
io-exportButton = Export…
io-exported =
    { $count ->
        [one] Wrote { $count } session ({ $bytes } bytes) to { $path }.
       *[other] Wrote { $count } sessions ({ $bytes } bytes) to { $path }.
    }
io-import = Import
io-importDry = Check the file (changes nothing)…
io-importButton = Import…
io-report = Import report
io-reportDry = Import check (nothing was changed)
io-progress = { $task }: { $done } of { $total }
io-working = Working…
task-export = Exporting
task-import = Importing
io-cancelled = No file chosen.
io-exportedNoSessions = The file holds no session: this event has no scheduled session to export yet.
io-selection = Selection
io-selectionHeading = Selections (personal calendars)
io-selectionSessions = Sessions in the selection ({ $count } chosen)
io-filterIcs = iCalendar files
io-filterCsv = CSV files
io-filterFrab = frab schedules (XML, JSON)
io-filterXml = XML files
io-filterJson = JSON files
io-filterEventFile = Plenary event files
io-importFormat = What the file holds
io-formatIcs = Calendar (iCalendar), into this event
io-formatFrab = Conference schedule (frab XML or JSON): a new event, or an update of the one it made before
io-formatCsvPeople = People (CSV spreadsheet)
io-formatCsvSessions = Sessions (CSV spreadsheet), into this event
io-formatEventFile = Plenary event file from another organiser: a new event, or merged into ours
io-csvHint = Choose the file to see its columns. Each column is matched to a field by its header; change any match before you check or import the file.
io-csvChoose = Choose file…
io-csvChooseOther = Choose another file…
io-csvNoFile = No file chosen yet.
io-csvColumnsRead =
    { $count ->
        [one] { $file }: { $count } column. Choose a field for it below.
       *[other] { $file }: { $count } columns. Choose a field for each below.
    }
io-columns = Columns of { $file }
io-columnHeader = Column in the file
io-columnField = Imported as
io-columnFieldFor = Field for the column “{ $header }”
io-columnNoHeader = Column { $n } (no header)
io-columnFixed = A column without a header of its own is imported as shown.
io-columnAuto = matched by its header
io-columnTwice = “{ $field }” is chosen for more than one column; choose it for one only.
io-notImported = Not imported
io-csvCheck = Check the file (changes nothing)
io-csvImport = Import
csvField-uuid = UUID
csvField-honorific = Honorific
csvField-name = Name
csvField-function = Function (job title)
csvField-organisation = Organisation
csvField-bio = Biography
csvField-email = E-mail
csvField-phone = Phone
csvField-code = Session code
csvField-title = Title
csvField-subtitle = Subtitle
csvField-kind = Kind of session
csvField-status = Status
csvField-date = Date
csvField-start = Start time
csvField-end = End time
csvField-minutes = Length in minutes
csvField-room = Room
csvField-participation = Participation (in person, online, hybrid)
csvField-description = Description
csvField-languages = Languages
csvField-interpretation = Interpretation
csvField-join_url = Online join link
csvField-registration_url = Registration link
csvField-expected_attendance = Expected attendance
csvField-organisers = Organisers
csvField-links = Links
csvField-tags = Tags
csvField-moderators = Moderators
csvField-masters_of_ceremonies = Masters of ceremonies
csvField-chairs = Chairs
csvField-keynote_speakers = Keynote speakers
csvField-speakers = Speakers
csvField-panellists = Panellists
csvField-presenters = Presenters
csvField-rapporteurs = Rapporteurs
csvField-organiser_contacts = Organiser contacts
io-zone = Time zone of the programme
io-zoneHint = Needed when the file names none (FOSDEM’s, for example). An IANA name such as Europe/Brussels; leave empty to use the file’s.
io-retryZone = Try again with this time zone
io-take = Where both of us changed a session
io-takeStore = Keep mine (the file’s changes are listed in the report)
io-takeFile = Take the file’s
io-chooseHeading = Choose for each conflict
io-chooseHint = Keep mine leaves this store’s session as it is; Take the file’s replaces it with the other organiser’s version.
io-chooseLegend = { $code } { $title } (both changed: { $fields })
io-chooseSay =
    { $count ->
        [one] { $count } conflict to decide: choose a side below.
       *[other] { $count } conflicts to decide: choose a side for each below.
    }
io-pickStore = Keep mine
io-checkChoices = Check with these choices (changes nothing)
io-applyChoices = Apply these choices
io-choicesChecked = Checked with your choices; nothing was changed.
io-choicesApplied = Your choices were applied.
io-importedInto = Imported into the event “{ $title }”.
io-reportInto = Imported into “{ $title }”
io-reportDryInto = Import check for “{ $title }” (nothing was changed)
io-frabTarget = A frab schedule imports into the event it names (its acronym), not into the event open here: a new event the first time, the same event again on later imports.
io-zoneSuggest = Time zones at { $offsets } on { $date } (the file’s first day):
io-openEvent = Open “{ $title }”
io-interchange = Export for conference apps, spreadsheets and other organisers
io-exportFormat = Format
io-formatFrabXml = frab schedule XML (Giggity, EventFahrplan, ConfClerk)
io-formatFrabJson = frab schedule JSON
io-exportCsvSessions = Sessions (CSV spreadsheet)
io-exportCsvPeople = People of this event (CSV spreadsheet)
io-exportEventFile = Plenary event file, for another organiser
io-includePrivateAll = Include private data (e-mail addresses, phone numbers, passcodes, private notes)
io-privateNone = This format never carries private data.
io-exportedPeople = Wrote the event’s people ({ $bytes } bytes) to { $path }.
io-leftOut =
    { $count ->
        [one] { $count } session left out of the file:
       *[other] { $count } sessions left out of the file:
    }
checks-heading = Checks
checks-run = Run checks
checks-none = No findings: the programme passes every check.
checks-severity = Severity
checks-rule = Rule
checks-message = Finding
checks-sessions = Sessions
checks-acknowledge = Acknowledge
checks-acknowledged = Acknowledged
checks-failed = The checks could not run: { $message }
severity-error = Error
severity-warning = Warning
severity-information = Note
checks-count =
    { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }
nav-checksCount = Checks ({ $count })
checks-liveCount =
    { $count ->
        [one] Checks: { $count } open finding
       *[other] Checks: { $count } open findings
    }
sessionFindings-heading = Findings for this session
sessionFindings-none = No open findings: this session passes every check.
sessionFindings-other = Other session:
moderator-findings = Clashes and problems
moderator-people = People in this session
moderator-eventLine = { $title }, { $dates }, times in { $zone }
rule-room_double_booked = Room double-booked
rule-person_double_booked = Person double-booked
rule-person_unavailable = Person unavailable
rule-changeover_too_short = Changeover too short
rule-outside_event_days = Outside the event’s days
rule-outside_room_hours = Outside the room’s hours
rule-over_capacity = Over capacity
rule-missing_join_link = No join link
rule-no_streaming_in_room = No streaming in the room
rule-no_interpretation_in_room = Too few interpretation booths
rule-panel_without_moderator = Panel without moderator
rule-item_outside_parent = Item outside its session
rule-items_overlap = Items overlap
rule-non_positive_duration = Ends before it starts
rule-unscheduled = Not scheduled
finding-noRoom = no room
finding-room_double_booked = { $room } is booked twice on { $span }: “{ $session }” ({ $span1 }) and “{ $session2 }” ({ $span2 }) ({ $zone }).
finding-person_double_booked = { $person } is in two places at once on { $span }: “{ $session }” in { $room1 } ({ $span1 }) and “{ $session2 }” in { $room2 } ({ $span2 }) ({ $zone }).
finding-person_unavailable = { $person } is on in “{ $session }” ({ $span }) outside the times they said they are available ({ $zone }).
finding-changeover_too_short-room = { $room } has only { $minutes } min between “{ $session }” (ends { $endTime }) and “{ $session2 }” (starts { $startTime }); it needs { $needMinutes } min ({ $zone }).
finding-changeover_too_short-person = { $person } has only { $minutes } min to get from “{ $session }” in { $room1 } (ends { $endTime }) to “{ $session2 }” in { $room2 } (starts { $startTime }); allow { $needMinutes } min ({ $zone }).
finding-outside_event_days = “{ $session }” ({ $span }) falls outside the event’s days, { $firstDay } to { $lastDay } ({ $zone }).
finding-outside_room_hours = “{ $session }” ({ $span }) is outside the opening hours of { $room } ({ $zone }).
finding-over_capacity = “{ $session }” expects { $expected } people but { $room } holds { $capacity }.
finding-missing_join_link-remote = “{ $session }” is remote but has no join link.
finding-missing_join_link-hybrid = “{ $session }” is hybrid but has no join link.
finding-missing_join_link-remote_room = “{ $session }” is remote but has no join link, and { $room } has none either.
finding-missing_join_link-hybrid_room = “{ $session }” is hybrid but has no join link, and { $room } has none either.
finding-no_streaming_in_room = “{ $session }” is hybrid but { $room } cannot stream.
finding-no_interpretation_in_room = “{ $session }” has interpretation into more languages ({ $languages }) than { $room } has booths ({ $booths }).
finding-panel_without_moderator = Panel “{ $session }” has no moderator or chair.
finding-item_outside_parent = Item “{ $item }” ({ $itemSpan }) runs outside its session “{ $session }” ({ $span }) ({ $zone }).
finding-items_overlap = Items “{ $item }” ({ $itemSpan }) and “{ $item2 }” ({ $item2Span }) of “{ $session }” overlap ({ $zone }).
finding-non_positive_duration = “{ $session }” ends ({ $endTime }) before or when it starts ({ $startTime }) ({ $zone }).
finding-unscheduled-no_time = “{ $session }” has no time yet.
finding-unscheduled-no_room = “{ $session }” has a time ({ $span }) but no room yet ({ $zone }).
print-programme = Programme — { $event }
print-day = Print this day
nav-publish = Publish
task-caldav = Publishing to the calendar server
publish-heading = Publish
publish-releases = Releases
publish-noReleases = No release yet: the first release publishes every session.
publish-name = Name
publish-when = Released
publish-sessions = Sessions
publish-note = Note
publish-noteOptional = Note (optional)
publish-pendingSince = What will attendees see changed since “{ $name }”?
publish-pendingFirst = What will the first release publish?
publish-noChanges = Nothing attendees see has changed.
publish-kindCount = { $kind }: { $count }
publish-byPerson =
    { $count ->
        [one] Per person: { $count } person to tell
       *[other] Per person: { $count } people to tell
    }
publish-unscheduled = not scheduled
publish-noRoom = no room
publish-newRelease = New release
publish-nameHint = For example “1.0” or “1.1 — room changes”; each name once per event.
publish-release = Release
publish-released =
    { $count ->
        [one] Released “{ $name }” with { $count } session.
       *[other] Released “{ $name }” with { $count } sessions.
    }
publish-compare = Compare two releases
publish-from = From
publish-to = To
publish-previous = The release before
publish-current = As it is now (not released)
publish-nothing = Nothing (before the first release)
publish-compareButton = Compare
publish-comparedHeading = From { $from } to { $to }
publish-site = Web site
publish-siteHint = A folder of pages, calendars and schedule files that works offline, from a USB stick or any web host.
publish-siteRelease = Release to publish
publish-siteButton = Choose a folder and publish…
publish-siteWritten =
    { $count ->
        [one] Wrote { $count } file to { $path }.
       *[other] Wrote { $count } files to { $path }.
    }
publish-caldav = Calendar server (CalDAV)
publish-caldavHint = Puts one calendar entry per session on the server; subscribers see every change. Publishing again sends only what changed.
publish-url = Server address
publish-user = User name
publish-password = Password
publish-passwordHint = Used for this publish only: Plenary does not keep it.
publish-scope = Sessions to publish
publish-scopeWhole = The whole event
publish-scopeRoom = One room
publish-scopeTrack = One track
publish-scopePerson = One person
publish-track = Track
publish-scopeMissing = Choose the room, track or person to publish.
publish-dryRun = Dry run: only say what would be sent
publish-allowHttp = Allow plain http to another machine (the password crosses the network unencrypted)
publish-caldavDryButton = Check what would be sent
publish-caldavButton = Publish to the server
publish-reportDry =
    { $count ->
        [one] Dry run: nothing was sent. { $count } session in scope, calendar { $collection }.
       *[other] Dry run: nothing was sent. { $count } sessions in scope, calendar { $collection }.
    }
publish-reportDone =
    { $count ->
        [one] Published { $count } session to calendar { $collection }.
       *[other] Published { $count } sessions to calendar { $collection }.
    }
publish-reportCollection = The calendar did not exist and is created.
publish-reportSent = New: { $created }; changed: { $updated }; deleted: { $deleted }; unchanged: { $unchanged }.
publish-reportConflicts =
    { $count ->
        [one] { $count } conflict, left as the server has it: { $list }
       *[other] { $count } conflicts, left as the server has them: { $list }
    }
publish-reportFailed = { $count } refused by the server: { $list }
publish-reportStopped = Stopped: { $reason }. { $count } not sent; publish again to finish.
publish-reportRequests =
    { $count ->
        [one] { $count } request to the server, of which { $writes } wrote.
       *[other] { $count } requests to the server, of which { $writes } wrote.
    }
change-added = added
change-removed = removed
change-cancelled = cancelled
change-reinstated = reinstated
change-movedTime = moved (time)
change-movedRoom = moved (room)
change-retitled = retitled
change-peopleChanged = people changed
change-joinLinkChanged = join link changed
