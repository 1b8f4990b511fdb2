# Français. Termes de l’ONU (UNTERM) quand ils existent. Pluriels : one, other.
# Typographie : espace fine insécable (U+202F) avant : ; ! ? et à l’intérieur des « guillemets »,
# jamais d’espace ordinaire (catalogues.test.ts le vérifie). Pas d’espace dans les heures (09:00),
# les codes (END:VCALENDAR) ni les schémas de liens (https:, mailto:).

app-title = Plenary
app-skip = Aller au contenu
app-currentEvent = Manifestation en cours :
app-noEvent = Aucune manifestation choisie
app-dismiss = Fermer
app-loading = Chargement de la manifestation…
app-language = Langue
nav-label = Navigation principale
nav-events = Manifestations
nav-agenda = Programme
nav-sessions = Séances
nav-rooms = Salles
nav-people = Personnes
nav-vocabularies = Vocabulaires
nav-moderator = Modérateur
nav-import-export = Import/Export
nav-checks = Vérifications
error-noWindow = La fenêtre de Plenary est nécessaire : cette page ne fonctionne que dans l’application de bureau Plenary.
error-prefix = L’action n’a pas pu aboutir : { $message }
error-chooseEvent = Choisissez d’abord une manifestation (écran Manifestations).
error-labelled = { $label } : { $message }
error-inRow = { $label }, ligne { $row }
problem-required = Ce champ est obligatoire.
problem-notALink = « { $value } » n’est pas un lien : écrivez-le en entier, par exemple https://example.org/join.
problem-linkSpaces = « { $value } » contient des espaces ou des caractères de contrôle.
problem-linkNoHost = « { $value } » ne nomme aucun site : écrivez-le en entier, par exemple https://example.org/join.
problem-unsafeScheme = « { $value } » utilise { $scheme }:, que les participants ne peuvent pas ouvrir sans risque : utilisez un lien commençant par https:, mailto: ou tel:.
problem-missingEnd = Indiquez une fin en plus du début, ou ni l’un ni l’autre.
problem-missingStart = Indiquez un début en plus de la fin, ou ni l’un ni l’autre.
problem-beforeStart = La séance se termine avant de commencer.
problem-outsideEvent = La séance tombe en dehors des jours de la manifestation (du { $first } au { $last }, { $zone }).
problem-noSuchRoom = Cette salle n’existe plus : choisissez-en une autre.
problem-otherEventsRoom = Cette salle appartient à une autre manifestation : choisissez une salle de celle-ci.
problem-noSuchPerson = Cette personne n’existe plus : choisissez-en une autre.
problem-roleTwice = La même personne tient deux fois ce rôle.
problem-tagTwice = Cette étiquette figure deux fois.
problem-noSuchTerm = Cette étiquette n’existe plus.
problem-yearOutOfRange = { $value } est en dehors des années que Plenary planifie ({ $first }–{ $last }).
problem-endBeforeStartDate = Le dernier jour précède le premier.
problem-tooLong = Une manifestation dure au plus un an.
problem-badSlug = « { $value } » doit compter de 1 à 64 lettres minuscules, chiffres et tirets, par exemple wsis-2026 ; laissez-le vide pour le tirer du titre.
problem-unknownZone = « { $value } » n’est pas un fuseau horaire : choisissez-en un comme Europe/Zurich.
problem-notAnEmail = « { $value } » n’est pas une adresse électronique.
problem-endsBeforeItStarts = Cette période se termine avant de commencer.
problem-closesBeforeOpens = Ces horaires ferment avant d’ouvrir.
problem-fileNotFound = { $file } : ce fichier n’existe pas.
problem-fileDenied = { $file } : vous n’avez pas le droit d’ouvrir ce fichier.
problem-fileIsFolder = { $file } : c’est un dossier, pas un fichier.
problem-diskFull = { $file } : le disque est plein.
problem-readOnly = { $file } : le disque est en lecture seule.
problem-fileUnreadable = { $file } : le contenu du fichier est illisible.
problem-fileFailed = { $file } : le fichier n’a pas pu être lu ou écrit ({ $message }).
problem-notFound = Cet élément n’est plus enregistré : il a été supprimé ou modifié ailleurs.
problem-notChosen = { $file } : Plenary n’utilise que les fichiers choisis dans ses propres boîtes de dialogue ; choisissez à nouveau le fichier.
problem-nameNotUtf8 = { $file } : Plenary ne peut pas utiliser le nom de ce fichier ; renommez-le et choisissez-le à nouveau.
problem-taken = « { $value } » est déjà utilisé ; choisissez-en un autre.
problem-linkHasPassword = « { $value } » contient un nom d’utilisateur ou un mot de passe : retirez-le et indiquez le nom d’utilisateur dans son propre champ.
problem-plainHttp = « { $value } » est en http simple vers une autre machine : le mot de passe traverserait le réseau sans chiffrement. Utilisez une adresse https, ou autorisez le http simple pour ce serveur.
problem-notHttps = « { $value } » doit commencer par https:// (ou http:// vers cet ordinateur).
problem-serverRefusedLogin = Le serveur a refusé le mot de passe de l’utilisateur « { $user } » : vérifiez le nom d’utilisateur et le mot de passe.
problem-serverStatus = Le serveur d’agenda a refusé la demande (erreur HTTP { $status }) ; rien n’a été envoyé.
problem-serverFull = Le serveur d’agenda n’a plus de place pour cet agenda (HTTP 507) ; rien n’a été envoyé.
problem-serverSilent = Le serveur { $url } n’a pas répondu : vérifiez l’adresse et la connexion au réseau. Rien n’a été envoyé.
problem-badArgument = Plenary n’a pas pu lire la valeur de « { $field } » envoyée par sa fenêtre — merci de signaler ce problème.
problem-jobFailed = Plenary n’a pas pu terminer cette tâche à cause d’une erreur interne ; rien n’a été modifié — merci de signaler ce problème.
problem-storeDamaged = Plenary n’a pas pu ouvrir son fichier de données { $file } : il est endommagé ou n’est pas une base de données. Rien n’a été modifié : restaurez-le depuis une sauvegarde, ou déplacez-le et Plenary en créera un nouveau.
problem-storeNewer = Plenary n’a pas pu ouvrir son fichier de données : une version plus récente de Plenary l’a écrit. Mettez Plenary à jour pour l’ouvrir ; rien n’a été modifié.
problem-notAStore = Plenary n’a pas pu ouvrir son fichier de données : il appartient à une autre application. Rien n’a été modifié ; donnez à Plenary un autre fichier.
problem-database = Plenary n’a pas pu effectuer cette opération à cause d’une erreur de base de données ; rien n’a été modifié — merci de signaler ce problème.
problem-cannotRestore-alreadyThere = « { $what } » ne peut pas revenir : il est déjà là.
problem-cannotRestore-inDirectory = « { $what } » ne peut pas revenir : cette personne est déjà dans l’annuaire.
problem-cannotRestore-shortNameTaken = « { $what } » ne peut pas revenir : l’événement « { $event } » porte maintenant son nom court { $slug }. Changez le nom court de cet événement, puis annulez à nouveau.
problem-cannotRestore-codeTaken = « { $what } » ne peut pas revenir : le vocabulaire « { $vocabulary } » a maintenant un autre terme avec son code { $code }.
problem-cannotRestore-vocabularyGone = « { $what } » ne peut pas revenir : son vocabulaire a été supprimé.
problem-cannotRestore-eventGone = « { $what } » ne peut pas revenir : son événement a été supprimé.
problem-cannotRestore-store = « { $what } » ne peut pas revenir : la base a refusé une de ses lignes ({ $table }) ; rien n’a été modifié — merci de signaler ce problème.
importError-format = { $file } : { $message }. Rien n’a été importé.
importError-formatAt = { $file }, ligne { $line } : { $message }. Rien n’a été importé.
importError-needsTimezone = { $file } n’indique aucun fuseau horaire et ses heures sont de simples heures locales : choisissez le fuseau horaire du programme et réessayez. Rien n’a été importé.
importError-needsTimezoneOffsets = { $file } n’indique aucun fuseau horaire et ses heures portent le décalage { $offsets } : choisissez le fuseau horaire du programme et réessayez. Rien n’a été importé.
importError-noDates = { $file } ne donne aucune date : aucune de ses entrées d’agenda n’a d’heure de début. Importez-le plutôt dans une manifestation existante. Rien n’a été importé.
importError-unknownTimezone = « { $zone } » n’est pas un fuseau horaire : choisissez-en un dans la liste, par exemple Europe/Berlin. Rien n’a été importé.
importError-unknownField = Correspondance des colonnes : « { $field } », choisi pour la colonne « { $header } », n’est pas un champ que Plenary importe. Rien n’a été importé.
importError-unknownColumn = Correspondance des colonnes : le fichier n’a pas de colonne « { $header } » ; ses colonnes sont { $columns }. Rien n’a été importé.
importError-fieldMappedTwice = Correspondance des colonnes : « { $header } » et « { $other } » sont toutes deux importées comme { $field } ; choisissez ce champ pour une seule colonne. Rien n’a été importé.
importError-missingColumn = Aucune colonne n’est importée comme { $field } (les colonnes sont { $columns }) : choisissez ce champ pour une colonne dans la correspondance des colonnes. Rien n’a été importé.
formatProblem-not_json = ce n’est pas du JSON valide
formatProblem-not_an_event_file = ce n’est pas un fichier de manifestation Plenary
formatProblem-newer_event_file = c’est un fichier de manifestation de version { $version }, écrit par un Plenary plus récent ; celui-ci lit jusqu’à la version { $supported }
formatProblem-bad_event_file = un champ du fichier de manifestation n’a pas la forme attendue
formatProblem-event_not_accepted = la manifestation qu’il décrit ne peut pas être importée : ses dates ou son fuseau horaire ne sont pas acceptés par Plenary
formatProblem-unreadable_header = sa ligne d’en-tête est illisible
formatProblem-no_header_row = il n’a pas de ligne d’en-tête
formatProblem-unreadable_row = cette ligne est illisible
formatProblem-not_xml = ce n’est pas du XML bien formé
formatProblem-bad_text = ce texte est illisible
formatProblem-bad_cdata = cette section CDATA est illisible
formatProblem-unknown_entity = l’entité &{ $entity }; est inconnue (seules les cinq entités XML et les références de caractères sont permises)
formatProblem-empty = le fichier est vide
formatProblem-not_a_schedule = ce n’est pas un programme frab : son élément racine est <{ $element }>, et non <schedule>
formatProblem-not_a_schedule_file = ce n’est ni un programme frab en XML ni un programme en JSON
formatProblem-no_schedule = ce n’est pas un programme en JSON : il n’a pas d’objet « schedule » au premier niveau
formatProblem-no_conference = ce n’est pas un programme en JSON : son « schedule » n’a pas de « conference »
formatProblem-no_schedule_dates = il ne donne aucune date : aucune séance n’a d’horaire, et la conférence n’a ni début ni fin
formatProblem-span_too_long = ses séances vont du { $first } au { $last }, plus d’un an ; une manifestation dure au plus un an
formatProblem-not_icalendar = ce n’est pas un fichier iCalendar : il commence par « { $start } », et non par BEGIN:VCALENDAR
formatProblem-no_vcalendar = il ne contient aucun calendrier (pas de VCALENDAR)
formatProblem-no_vevent = son calendrier ne contient aucun rendez-vous, donc aucune séance dont faire une manifestation
common-save = Enregistrer
common-cancel = Annuler
common-delete = Supprimer
common-edit = Modifier
common-add = Ajouter
common-remove = Retirer
common-moveUp = Monter
common-moveDown = Descendre
common-confirmDelete = Supprimer « { $name } » ? Cette action est irréversible.
common-saved = « { $name } » enregistré.
common-deleted = « { $name } » supprimé.
removal-ask = Supprimer « { $name } » ? Vous pourrez le défaire.
removal-confirm = Supprimer « { $name } »
removal-person = Retire { $name } de ces séances ({ $count }) :
removal-room = Ces séances retournent parmi les séances non programmées ({ $count }) :
removal-venue = Ces salles perdent leur lieu ({ $count }) :
removal-term = Retire l’étiquette de ces séances ({ $count }) :
removal-event = Supprime aussi ses séances ({ $sessions }), salles ({ $rooms }), lieux ({ $venues }) et versions publiées ({ $releases }).
removal-withRoles = { $title } ({ $roles })
removal-more = et d’autres ({ $count })
removal-looking = Recherche de ce qui en dépend…
removal-missing = « { $name } » est rétabli, mais pas ses liens avec ces éléments, supprimés ou modifiés depuis : { $list }.
removal-staleUndo = Impossible de défaire ({ $what }) : le programme a été modifié hors de cette fenêtre depuis.
removal-staleRedo = Impossible de refaire ({ $what }) : le programme a été modifié hors de cette fenêtre depuis.
removal-outside = Le programme a été modifié hors de cette fenêtre ; elle affiche maintenant son état actuel.
removal-gone = « { $name } » n’est plus enregistré (modifié ailleurs) ; les écrans montrent maintenant ce qui l’est.
removal-goneUndo = Impossible de défaire ({ $what }) : ce qu’elle modifie n’est plus enregistré.
removal-goneRedo = Impossible de refaire ({ $what }) : ce qu’elle modifie n’est plus enregistré.
common-print = Imprimer
common-name = Nom
common-description = Description
common-actions = Actions
common-label = Libellé
common-url = Adresse (URL)
common-links = Liens
common-addLink = Ajouter un lien
common-onePerLine = Un par ligne
common-capped = { $shown } affichés sur { $total } ; tapez dans le filtre pour trouver les autres.
events-heading = Manifestations
events-new = Nouvelle manifestation
events-empty = Aucune manifestation pour l’instant. Créez-en une, ou lancez « plenary demo » pour charger le programme de démonstration.
events-colTitle = Titre
events-colDates = Dates
events-colZone = Fuseau horaire
events-colSessions = Séances
events-colRooms = Salles
events-open = Ouvrir le programme
events-duplicate = Édition suivante
events-duplicateHeading = Dupliquer « { $title } » pour l’édition de l’année suivante
events-duplicated = « { $title } » créé.
events-editHeading = Modifier la manifestation
events-newHeading = Nouvelle manifestation
events-slug = Nom court (slug)
events-slugHint = Lettres minuscules, chiffres et traits d’union ; sert dans les noms de fichier. Laissé vide, il est tiré du titre.
events-title = Titre
events-tagline = Slogan
events-organisers = Organisateurs
events-timezone = Fuseau horaire (nom IANA)
events-timezoneHint = Par exemple Europe/Zurich ou America/New_York.
events-startDate = Premier jour
events-endDate = Dernier jour
events-dayChange = Changement de journée à
events-dayChangeHint = Heure locale. Les séances qui commencent avant cette heure (après minuit) comptent pour la journée précédente ; 00:00 signifie des jours civils.
agenda-heading = Programme
agenda-day = Jour
agenda-prevDay = Jour précédent
agenda-nextDay = Jour suivant
agenda-zone = Heures affichées dans
agenda-zoneEvent = Le fuseau de la manifestation ({ $zone })
agenda-zoneLocal = Le fuseau de cet ordinateur ({ $zone })
agenda-colour = Couleur selon
agenda-colourKind = Type
agenda-colourTrack = Thème : { $vocabulary }
agenda-noTrack = Sans thème
agenda-legend = Couleurs
agenda-viewGrid = Grille
agenda-viewList = Liste
agenda-view = Affichage
agenda-undo = Défaire
agenda-redo = Refaire
agenda-undoWhat = Défaire : { $what }
agenda-redoWhat = Refaire : { $what }
agenda-nothingToUndo = Rien à défaire.
agenda-nothingToRedo = Rien à refaire.
agenda-roomsGroup = Salles affichées dans la grille
agenda-roomFilter = Filtrer les salles
agenda-roomFilterExample = Salle 1, Salle 2
agenda-venue = Lieu
agenda-allVenues = Tous
agenda-onlineRooms = Salles en ligne
agenda-trackFilter = Thème
agenda-allTracks = Tous
agenda-roomsShown = { $shown ->
        [one] { $shown } salle affichée sur { $total }
       *[other] { $shown } salles affichées sur { $total }
    }
agenda-allRooms = Afficher toutes les salles
agenda-rowMinutes = Minutes par ligne
agenda-columnWidth = Largeur min. (px)
agenda-noRoomMatches = Aucune salle ne correspond à ce choix. Appuyez sur « Afficher toutes les salles » pour les voir toutes.
agenda-cardPeople = Personnes
agenda-cardPerson = { $name } ({ $role })
agenda-tray = Séances non programmées
agenda-dropChecking = Vérification de cet emplacement…
agenda-dropFree = Aucun conflit ici.
agenda-dropClash =
    { $count ->
        [one] Conflit ici : { $first }
       *[other] Conflit ici ({ $count } problèmes) : { $first }
    }
agenda-trayEmpty = Chaque séance a une heure et une salle.
agenda-trayHint = Choisissez ici une séance, puis sélectionnez un créneau libre dans la grille, ou indiquez la salle et l’heure ci-dessous et appuyez sur Placer.
agenda-placeHeading = Placer « { $title } » ce jour-là
agenda-placeTime = Début ({ $zone })
agenda-placeMinutes = Durée en minutes
agenda-place = Placer
agenda-noRooms = Cette manifestation n’a pas encore de salle. Ajoutez-en dans l’écran Salles.
agenda-gridLabel = Programme du { $date } : les salles en colonnes, les heures en lignes
agenda-skipToSessions = Aller aux séances
agenda-noSessionsDay = Aucune séance ce jour-là
agenda-noSessionsShown = Aucune séance dans les salles affichées ce jour-là
agenda-zoneEventShort = Manifestation ({ $zone })
agenda-zoneLocalShort = Cet ordinateur ({ $zone })
agenda-columnWidthFull = Largeur minimale des colonnes, en pixels (les colonnes se partagent la largeur restante)
agenda-keyboardHelp = Clavier : Tab et Maj+Tab parcourent les séances salle par salle, chaque salle depuis la plus matinale ; les flèches déplacent la séance de 15 minutes ou vers la salle voisine ; Maj+flèches changent sa fin ; Entrée l’ouvre ; Suppr la supprime ; Échap masque sa fiche ; Ctrl+Z défait, Ctrl+Maj+Z refait.
agenda-moved = « { $title } » déplacée à { $time }, { $room }.
agenda-itClashes = Il y a un conflit : { $first }
agenda-resized = Durée de « { $title } » modifiée.
agenda-deletedSession = « { $title } » supprimée. Ctrl+Z pour la défaire.
agenda-undone = Défait : { $what }.
agenda-redone = Refait : { $what }.
# An undo/redo refused: the session it touches was changed by another program since.
agenda-changedElsewhere = « { $title } » a changé ailleurs entre-temps ; ce changement n’a pas été défait.
agenda-changedElsewhereRedo = « { $title } » a changé ailleurs entre-temps ; ce changement n’a pas été refait.
agenda-what-move = déplacement de « { $title } »
agenda-what-edit = modification de « { $title } »
agenda-what-delete = suppression de « { $title } »
agenda-what-create = création de « { $title } »
agenda-what-inEvent = { $what } dans « { $event } »
agenda-placeTimeMissing = Indiquez une heure de début.
time-gap = Cette heure n’existe pas dans { $zone } : les horloges avancent à ce moment-là. Choisissez une autre heure.
field-year = année
field-month = mois
field-day = jour
field-hour = heure
field-minute = minute
picker-otherEvents = Afficher aussi les personnes d’autres manifestations
picker-suggestions = Suggestions
picker-noMatch = Personne ne correspond à « { $text } ».
picker-addNew = Ajouter « { $name } » comme nouvelle personne
picker-added = { $name } ajouté·e à l’annuaire des personnes.
zone-suggestions = Fuseaux horaires
zone-noMatch = Aucun fuseau horaire ne correspond à « { $text } ».
leave-title = Enregistrer vos modifications ?
leave-body = Ce formulaire contient des modifications non enregistrées.
leave-save = Enregistrer
leave-discard = Abandonner les modifications
leave-keep = Continuer la saisie
agenda-newSession = Nouvelle séance
agenda-listEmpty = Aucune séance ce jour-là.
agenda-room = Salle
formSync-room = Cette salle a été modifiée ailleurs depuis l’ouverture du formulaire.
formSync-venue = Ce lieu a été modifié ailleurs depuis l’ouverture du formulaire.
formSync-session = Cette séance a été modifiée ailleurs depuis son ouverture.
formSync-person = Cette personne a été modifiée ailleurs depuis l’ouverture du formulaire.
formSync-event = Cette manifestation a été modifiée ailleurs depuis l’ouverture du formulaire.
formSync-reload = Recharger les valeurs enregistrées
formSync-keep = Garder mes modifications
formSync-gone = « { $name } » a été supprimé ailleurs ; son formulaire a été fermé.
formSync-conflict = Modifié ici et ailleurs : { $fields }.
formSync-merged = Mis à jour avec les modifications faites ailleurs : { $fields }.
formSync-someFields = certains champs
session-timesIn = Heures : fuseau { $zone }
agenda-time = Heure
session-heading = Séances
session-newHeading = Nouvelle séance
session-editHeading = Modifier la séance « { $title } »
session-listLabel = Séances de la manifestation
session-filter = Filtrer les séances
session-pick = Choisissez une séance dans la liste pour la modifier, ou créez-en une.
session-code = Code ou numéro
session-title = Titre
session-subtitle = Sous-titre
session-kind = Type
session-status = Statut
session-start = Début
session-end = Fin
session-room = Salle
session-noRoom = Pas encore de salle
session-participation = Participation
session-joinUrl = Lien de connexion (visioconférence)
session-joinInstructions = Instructions de connexion
session-passcode = Code d’accès (privé)
session-registrationUrl = Lien d’inscription
session-description = Description
session-languages = Langues parlées
session-interpretation = Interprétation vers
session-expectedAttendance = Participation attendue
session-organisers = Organisateurs
session-privateNotes = Notes privées
session-people = Personnes et rôles (dans l’ordre des interventions)
session-person = Personne
session-role = Rôle
session-addPerson = Ajouter une personne
session-choosePerson = Choisissez une personne dans la liste.
session-markClashes =
    { $count ->
        [one] { $count } conflit
       *[other] { $count } conflits
    }
session-markOthers =
    { $count ->
        [one] { $count } autre constatation
       *[other] { $count } autres constatations
    }
session-savedClashes =
    { $count ->
        [one] Enregistrée — elle est en conflit : { $first }
       *[other] Enregistrée — elle est en conflit ({ $count } problèmes) : { $first }
    }
session-items = Points (interventions, discours liminaires…)
session-itemTitle = Titre du point
session-itemMinutes = Minutes
session-itemDescription = Description du point
session-addItem = Ajouter un point
session-itemPeople = Personnes de ce point
session-tags = Étiquettes
session-tagSearch = Rechercher des étiquettes
session-tagSelected = Étiquettes choisies
session-tagNoMatch = Aucune étiquette ne correspond.
session-removeTag = Retirer l’étiquette { $tag }
session-sectionMain = Séance
session-sectionWhen = Quand et où
session-sectionJoin = Participation
session-sectionMore = Plus de détails
session-count =
    { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
slots-heading = Trouver un créneau libre
slots-find = Trouver des créneaux libres
slots-none = Aucun créneau libre ne convient : chaque salle est occupée, trop petite ou mal équipée, ou les personnes ne sont pas disponibles.
kind-keynote = Discours liminaire
kind-panel = Table ronde
kind-presentation = Exposé
kind-workshop = Atelier
kind-interactive_session = Séance interactive
kind-plenary = Séance plénière
kind-networking = Réseautage
kind-break = Pause
kind-meal = Repas
kind-ceremony = Cérémonie
kind-social = Activité sociale
kind-other = Autre
role-moderator = Modérateur
role-master_of_ceremonies = Maître de cérémonie
role-chair = Président
role-keynote_speaker = Orateur principal
role-speaker = Intervenant
role-panellist = Panéliste
role-presenter = Présentateur
role-rapporteur = Rapporteur
role-organiser_contact = Contact de l’organisateur
participation-on_site = Sur place
participation-remote = À distance
participation-hybrid = Hybride (sur place et à distance)
status-draft = Projet
status-confirmed = Confirmée
status-cancelled = Annulée
rooms-heading = Salles et lieux
rooms-venues = Lieux
rooms-rooms = Salles
rooms-newVenue = Nouveau lieu
rooms-newRoom = Nouvelle salle
rooms-venue = Lieu
rooms-noVenue = — aucun lieu —
rooms-venueNone = (aucun lieu)
rooms-address = Adresse
rooms-latitude = Latitude
rooms-longitude = Longitude
rooms-capacity = Capacité
rooms-location = Bâtiment, étage ou indications
rooms-canStream = Diffusion en direct possible
rooms-canRecord = Enregistrement possible
rooms-booths = Cabines d’interprétation
rooms-isVirtual = Salle en ligne uniquement
rooms-joinUrl = Lien de connexion
rooms-position = Ordre des colonnes
rooms-openingHours = Heures d’ouverture (vide : ouverte pendant toute la manifestation)
rooms-date = Date
rooms-opens = Ouvre à
rooms-closes = Ferme à
rooms-addHours = Ajouter des heures d’ouverture
rooms-emptyVenues = Aucun lieu pour l’instant.
rooms-emptyRooms = Aucune salle pour l’instant.
people-heading = Personnes
people-new = Nouvelle personne
people-search = Rechercher des personnes par nom ou organisation
people-empty = Aucune personne ne correspond.
people-honorific = Titre de civilité (M., Mme, S. E.)
people-name = Nom
people-function = Fonction ou titre
people-organisation = Organisation
people-bio = Biographie
people-email = Courriel (privé)
people-phone = Téléphone (privé)
people-availability = Disponibilités (vide : disponible à tout moment)
people-from = De
people-until = À
people-addAvailability = Ajouter une disponibilité
people-count =
    { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
people-countHidden =
    { $count ->
        [one] { $count } personne dans cette manifestation · { $hidden } de plus dans d’autres manifestations
       *[other] { $count } personnes dans cette manifestation · { $hidden } de plus dans d’autres manifestations
    }
vocab-heading = Vocabulaires
vocab-newVocabulary = Nouveau vocabulaire
vocab-key = Clé
vocab-name = Nom
vocab-builtin = Intégré
vocab-newTerm = Nouveau terme dans { $vocabulary }
vocab-code = Code
vocab-label = Libellé
vocab-coverage = Couverture du programme
vocab-coverageHint = Les séances (lignes) face aux ODD, aux grandes orientations du SMSI et aux objectifs du Pacte numérique mondial (colonnes). ● étiquetée avec le terme ; ○ étiquetée avec l’une de ses sous-orientations, qui le couvre aussi.
vocab-exportCsv = Exporter la couverture en CSV
vocab-csvSaved = Tableau de couverture enregistré dans { $path }.
vocab-total = Séances qui le couvrent
vocab-covered = couvert
vocab-coveredNarrower = couvert par une sous-orientation
vocab-notCovered = non couvert
vocab-rowsCapped = Les { $shown } premières séances sur { $total } sont affichées ; le fichier CSV les contient toutes.
vocab-noSessions = Cette manifestation n’a pas encore de séance.
moderator-heading = Vue du modérateur
moderator-person = Personne
moderator-choose = Choisissez une personne pour voir ses séances dans l’ordre.
moderator-none = { $name } n’a aucune séance.
moderator-when = Quand
moderator-where = Où
moderator-asRole = Rôle : { $roles }
moderator-running = Déroulement
moderator-minutes = { $minutes } min
moderator-join = Lien de connexion : { $url }
moderator-unscheduled = Pas encore programmée
moderator-otherEvent = Une autre manifestation
io-heading = Importer et exporter
io-export = Exporter en iCalendar
io-scope = Quoi exporter
io-scopeEvent = Toute la manifestation
io-scopeDay = Un jour
io-scopeRoom = Une salle
io-scopePerson = Les séances d’une personne
io-scopeSelection = Une sélection enregistrée
io-scopeTag = Les séances portant une étiquette
io-itemsAsEvents = Les points imbriqués comme entrées d’agenda à part entière
io-utc = Toutes les heures en UTC (pour les agendas qui gèrent mal les fuseaux horaires)
io-reportSource = Depuis { $source } ({ $format })
io-reportEvent = Dans la manifestation { $title } ({ $slug })
io-reportRecords = Dans le fichier : { $count } { $name }
io-reportCounts = Ce que l’importation a fait
io-reportRecordsIn = Dans le fichier : { $records }
records-events =
    { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
records-sessions =
    { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
records-rows =
    { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
records-VEVENTs =
    { $count ->
        [one] { $count } entrée d’agenda
       *[other] { $count } entrées d’agenda
    }
reportFormat-frabXml = programme frab XML
reportFormat-scheduleJson = programme frab JSON
reportFormat-schedule2Json = programme frab JSON (version 2)
reportFormat-eventFile = fichier de manifestation Plenary
reportFormat-csvSessions = tableur CSV de séances
reportFormat-csvPeople = tableur CSV de personnes
reportFormat-ical = iCalendar
io-reportNothing = Rien n’a été créé ni modifié.
imported-events = Manifestations
imported-venues = Lieux
imported-rooms = Salles
imported-sessions = Séances
imported-people = Personnes
imported-tracks = Thèmes et étiquettes
io-skipped =
    { $count ->
        [one] { $count } ignoré
       *[other] { $count } ignorés
    }
io-conflicts =
    { $count ->
        [one] { $count } conflit (les deux côtés ont modifié la séance)
       *[other] { $count } conflits (les deux côtés ont modifié la séance)
    }
io-conflict = { $code } { $title } : { $fields } — { $resolution }
io-notes = Remarques
io-atLine = Ligne { $line } : { $text }
io-wholeFile = Le fichier entier : { $text }
# Import reports: skip reasons and notes (lib/i18n/reports.ts).
conflict-keptStore = version de la base conservée
conflict-tookFile = version du fichier reprise
record-component = { $component } « { $summary } »
record-componentUid = { $component } { $uid }
record-componentBare = { $component }
record-frabEvent = séance { $id } « { $title } »
record-row = ligne { $row } du tableur
record-titled = « { $title } »
io-technical = Détails techniques
io-idInFile = Identifiant dans le fichier : { $id }
io-idGiven = Identifiant attribué ici : { $id }
io-groupMore =
    { $count ->
        [one] { $text } — et { $count } autre semblable
       *[other] { $text } — et { $count } autres semblables
    }
io-groupGuidOfAnotherEvent =
    { $count ->
        [one] Déjà dans une autre manifestation, importée comme nouvelle séance ({ $count } séance)
       *[other] Déjà dans une autre manifestation, importées comme nouvelles séances ({ $count } séances)
    }
io-groupGuidRepeats =
    { $count ->
        [one] Plusieurs fois dans le fichier, importée comme séance à part ({ $count } séance)
       *[other] Plusieurs fois dans le fichier, importées comme séances à part ({ $count } séances)
    }
io-groupRoomGuidOfAnotherEvent =
    { $count ->
        [one] Déjà dans une autre manifestation, ajoutée comme nouvelle salle ({ $count } salle)
       *[other] Déjà dans une autre manifestation, ajoutées comme nouvelles salles ({ $count } salles)
    }
io-groupRoomGuidRepeats =
    { $count ->
        [one] Même identifiant qu’une autre salle, a reçu le sien ({ $count } salle)
       *[other] Même identifiant qu’une autre salle, chacune a reçu le sien ({ $count } salles)
    }
record-session = séance { $code } « { $title } »
record-room = salle « { $name } »
record-venue = lieu « { $name } »
record-person = personne « { $name } »
record-event = la manifestation
record-atLine = { $record } (ligne { $line })
linkTrouble-notALink = n’est pas un lien (écrivez-le en entier, par exemple https://example.org/join)
linkTrouble-spaces = contient des espaces ou des caractères de contrôle
linkTrouble-noHost = ne nomme aucun site (écrivez-le en entier, par exemple https://example.org/join)
linkTrouble-scheme = utilise { $scheme }:, que les participants ne peuvent pas ouvrir sans risque
linkField-join_url = lien de connexion
linkField-registration_url = lien d’inscription
remark-noTitle = il n’a pas de titre
remark-titleEmpty = le titre est vide
remark-nameEmpty = le nom est vide
remark-notUuid = l’identifiant « { $value } » n’est pas valide
remark-startWithoutEnd = elle a un début mais ni fin ni durée en minutes
remark-endWithoutStart = elle a une fin mais pas de début
remark-minutesNotPositive = minutes « { $value } » n’est pas un nombre positif
remark-notATime = { $field } « { $value } » n’est pas une heure comme 09:00 ou 2026-07-10 09:00
remark-notANumber = { $field } « { $value } » n’est pas un nombre
remark-notOneOf = { $field } « { $value } » n’est aucune des valeurs permises : { $allowed }
remark-minutesTooLarge = minutes « { $value } » est trop grand pour une séance
remark-timeWithoutDate = { $field } « { $value } » est une heure sans date ; ajoutez une colonne de date
remark-invalid = refusé : { $problems }
remark-refused = refusé par la base : { $message }
remark-uuidOfAnotherEvent = cette séance appartient à une autre manifestation de cette base
remark-allDay = entrée sur toute la journée ({ $date }) : une séance a une heure de début et de fin, les entrées sur toute la journée ne sont donc pas importées
remark-noStart = pas de DTSTART : une séance a besoin d’une heure de début
remark-noSummary = pas de SUMMARY : une séance a besoin d’un titre
remark-noEnd = ni DTEND ni DURATION : une séance a besoin d’une heure de fin
remark-endsBeforeStart = elle finit ({ $end } UTC) au plus tard à son début ({ $start } UTC)
remark-endIsDate = DTEND (ligne { $line }) est une date, mais DTSTART une date et une heure
remark-outsideDays = elle commence le { $start } ({ $zone }), hors des jours de la manifestation ({ $days })
remark-noInstanceWithinDays = un événement récurrent dont aucune occurrence ne tombe dans les jours de la manifestation ({ $days })
remark-days = du { $first } au { $last }, { $zone }
remark-daysFrom = du { $first } au { $last }, chaque jour de { $change } à { $change } le lendemain, { $zone }
remark-uidRepeats = l’UID { $uid } répète le VEVENT de la ligne { $firstLine } ; le premier a été importé
remark-outsideCalendar = { $component } hors de VCALENDAR n’est pas importé
remark-nestedEvent = un VEVENT dans { $parent } (ligne { $parentLine }) n’est pas importé : les VEVENT d’un calendrier se trouvent directement dans son VCALENDAR
remark-eventTruncated = le fichier se termine au milieu de ce VEVENT (fichier tronqué)
remark-itemOf = un élément de la séance { $session } : importé avec cette séance
remark-notASession = { $component } n’est pas une séance ; seuls les VEVENT sont importés
remark-columnsNotImported = colonnes non importées : { $columns }
remark-linkLeftOut = { $record } : le lien « { $url } » { $trouble } ; laissé de côté
remark-linkFieldLeftOut = { $record } : { $field } « { $url } » { $trouble } ; laissé de côté
remark-propertyLinkLeftOut = { $property } « { $value } » { $trouble } ; le lien est laissé de côté
remark-differStore = { $record } : { $fields } diffèrent ; les valeurs de la base sont conservées
remark-differFile = { $record } : { $fields } diffèrent ; les valeurs du fichier sont reprises
remark-slugTaken = le nom court « { $slug } » est déjà pris ici ; la manifestation devient « { $given } »
remark-personNotInFile = { $record } : la personne { $person } n’est pas dans le fichier ; rôle laissé de côté
remark-personTwice = { $record } : la personne { $person } est nommée plusieurs fois comme { $role } ; gardée une fois
remark-namedTwice = { $record } : « { $name } » est nommé plusieurs fois comme { $role } ; gardé une fois
remark-roleTwice = « { $name } » a deux fois le rôle { $role } dans cette séance ; gardé une fois
remark-roleTwiceItem = « { $name } » a deux fois le rôle { $role } dans cet élément ; gardé une fois
remark-noDuration = { $record } : ni durée ni fin ; en attente parmi les séances non programmées, sans horaire
remark-lastsNoTime = { $record } : durée nulle (début et fin à { $at }) ; en attente parmi les séances non programmées, sans horaire
remark-guidRepeats = { $record } figure plusieurs fois dans le fichier ; celle-ci a été importée comme une séance à part
remark-guidOfAnotherEvent = { $record } était déjà dans une autre manifestation ; elle a été importée comme nouvelle séance (l’autre manifestation garde la sienne)
remark-linksDropped =
    { $count ->
        [one] { $count } lien laissé de côté (relatif sans adresse de base dans le fichier, pas un lien, ou d’un type que les participants ne peuvent pas ouvrir sans risque), par exemple { $examples }
       *[other] { $count } liens laissés de côté (relatifs sans adresse de base dans le fichier, pas des liens, ou d’un type que les participants ne peuvent pas ouvrir sans risque), par exemple { $examples }
    }
remark-roomGuidRepeats = salle « { $room } » : une autre salle du fichier porte le même identifiant ; elle a reçu le sien
remark-roomGuidOfAnotherEvent = salle « { $room } » : elle était déjà dans une autre manifestation ; elle a été ajoutée comme nouvelle salle (l’autre manifestation garde la sienne)
remark-tracksShareCode = les thèmes « { $first } » et « { $second } » ont le même code « { $code } » ; ils ne forment qu’un thème
remark-personWithoutName = { $record } : une personne sans nom a été laissée de côté
remark-unknownRoles = les rôles inconnus { $roles } ont été lus comme intervenant
remark-notIanaZone = le fuseau horaire du fichier « { $zone } » n’est pas un nom IANA ; ignoré
remark-zoneAsAsked = le fichier nomme le fuseau { $fileZone } ; { $zone } est utilisé, comme demandé
remark-zoneAsAskedNone = le fichier ne nomme aucun fuseau horaire ; { $zone } est utilisé, comme demandé
remark-naiveDates =
    { $count ->
        [one] { $count } date sans décalage horaire ; lue comme heure locale de { $zone }
       *[other] { $count } dates sans décalage horaire ; lues comme heures locales de { $zone }
    }
remark-tzidWithoutVtimezone = le TZID { $tzid } n’a pas de VTIMEZONE dans le fichier ; le fuseau IANA est utilisé
remark-windowsZone = le TZID « { $tzid } » est un nom de fuseau Windows, lu comme { $iana }
remark-fold = { $property } { $local } a lieu deux fois à { $zone } (on recule l’heure) ; la première est retenue : { $first } UTC, à UTC{ $offset }, et non la seconde à { $second } UTC
remark-gap = { $property } { $local } n’existe pas à { $zone } (on avance l’heure) ; lu avec le décalage d’avant le saut
remark-rdateDateOnly = RDATE { $value } est une date seule (toute la journée) sur un événement à heure fixe ; ignorée
remark-exdateDate = EXDATE { $date } est une date sur une série à heure fixe : l’occurrence de ce jour est exclue
remark-recurring =
    { $count ->
        [one] événement récurrent { $uid } : { $count } occurrence dans les jours de la manifestation, importée comme séance
       *[other] événement récurrent { $uid } : { $count } occurrences dans les jours de la manifestation, chacune importée comme séance
    }
remark-noEventMade = aucune manifestation choisie et aucune séance du fichier n’a pu être importée : aucune manifestation n’a été créée et rien n’a changé
remark-noUid = VEVENT sans UID : identifié par son SUMMARY et son DTSTART
remark-htmlDescription = description HTML convertie en texte simple
remark-calendars =
    { $count ->
        [one] le fichier contient { $count } calendrier (VCALENDAR à la ligne { $lines }) ; ses VEVENT sont importés
       *[other] le fichier contient { $count } calendriers (VCALENDAR aux lignes { $lines }) ; les VEVENT de chacun sont importés
    }
remark-outsideComponent = { $property } hors de tout composant ; ignoré
remark-endWithoutBegin = END:{ $name } sans BEGIN correspondant ; ignoré
remark-notClosed = { $name } n’est pas fermé avant END:{ $end }
remark-truncated = le fichier se termine avant END:{ $name } (tronqué ?)
remark-blankLine = ligne vide ignorée (interdite par la RFC 5545)
remark-latin1 = des octets qui ne sont pas de l’UTF-8 ont été lus comme du Latin-1
remark-daysOverlap = les jours du fichier se chevauchent (une séance de nuit à { $night } mais un jour qui commence par une séance à { $day }) ; les jours civils sont conservés
remark-dayChangeShown = les jours de la manifestation commencent à { $change }, comme le montrent les heures de début des jours du fichier : le fichier ne nomme aucun changement de jour, et ses jours contiennent des séances qui commencent jusqu’à { $nightLatest } (finissant avant { $nightEnd }) dans la nuit suivant leur date et à partir de { $dayEarliest } le jour même ; les séances d’après minuit restent sur la veille
remark-dayChangeHour = les jours de la manifestation commencent à { $change }, la première heure pleine après les séances de nuit : le fichier ne nomme aucun changement de jour, et ses jours contiennent des séances qui commencent jusqu’à { $nightLatest } (finissant avant { $nightEnd }) dans la nuit suivant leur date et à partir de { $dayEarliest } le jour même ; les séances d’après minuit restent sur la veille
remark-offsetsTrustedKnown =
    { $count ->
        [one] { $count } heure porte un décalage différent de celui de { $zone } (par exemple { $text } est à { $offset } alors que { $zone } est à { $zoneOffset }) ; le début ne montre pas la même heure, le décalage a donc été retenu
       *[other] { $count } heures portent un décalage différent de celui de { $zone } (par exemple { $text } est à { $offset } alors que { $zone } est à { $zoneOffset }) ; le début ne montre pas la même heure, les décalages ont donc été retenus
    }
remark-offsetsTrustedFile =
    { $count ->
        [one] { $count } heure porte un décalage différent de celui de { $zone } (par exemple { $text } est à { $offset } alors que { $zone } est à { $zoneOffset }) ; le fuseau n’est que le nom donné par le fichier, le décalage a donc été retenu (si le fuseau est juste et le décalage faux, importez à nouveau avec le fuseau du programme)
       *[other] { $count } heures portent un décalage différent de celui de { $zone } (par exemple { $text } est à { $offset } alors que { $zone } est à { $zoneOffset }) ; le fuseau n’est que le nom donné par le fichier, les décalages ont donc été retenus (si le fuseau est juste et les décalages faux, importez à nouveau avec le fuseau du programme)
    }
remark-startUsed =
    { $count ->
        [one] la date de { $count } séance porte un décalage qui n’est pas celui de { $zone }, alors que son début montre la même heure : lue comme le début à { $zone } (par exemple { $text } est { $local }, et non { $utc })
       *[other] les dates de { $count } séances portent un décalage qui n’est pas celui de { $zone }, alors que leur début montre la même heure : lues comme le début à { $zone } (par exemple { $text } est { $local }, et non { $utc })
    }
remark-durationsRead =
    { $count ->
        [one] { $count } durée de la forme a:b:c a été lue comme { $reading }, par exemple « { $text } » = { $length } ({ $why }), { $start } → { $end }
       *[other] { $count } durées de la forme a:b:c ont été lues comme { $reading }, par exemple « { $text } » = { $length } ({ $why }), { $start } → { $end }
    }
remark-readingDays = J:HH:MM (jours, heures, minutes)
remark-readingHms = H:MM:SS (heures, minutes, secondes)
durationWhy-pretalx = pretalx écrit J:HH:MM dès qu’un exposé dure un jour
durationWhy-lastFieldNotZero = son dernier champ n’est pas nul, et les programmes comptent en minutes, pas en secondes
durationWhy-hmsTooLong = lue comme H:MM:SS, elle dépasserait la fin de la manifestation
durationWhy-schema = H:MM:SS est la forme du schéma frab
durationWhy-dhmTooLong = lue comme J:HH:MM, elle dépasserait la fin de la manifestation
publishReason-changedOnServer = modifiée sur le serveur depuis la dernière publication de Plenary : laissée telle quelle
publishReason-noEtag = le serveur ne donne pas d’étiquette de version (ETag) pour elle ; elle ne peut donc pas être remplacée sans risque
publishReason-leftScopeChanged = elle ne fait plus partie du calendrier, mais a été modifiée sur le serveur depuis : non supprimée
publishReason-notOurs = une entrée de calendrier que Plenary n’a pas envoyée s’y trouve déjà : laissée telle quelle
publishReason-refused = le serveur l’a refusée (HTTP { $status })
publishReason-passwordRefused = le serveur a refusé le mot de passe
publishReason-serverAnswered = le serveur ne peut plus rien accepter pour l’instant (HTTP { $status })
publishReason-outOfSpace = le serveur n’a plus de place pour ce calendrier (HTTP { $status })
publishReason-noAnswer = le serveur n’a pas répondu
omitted-label = { $code } « { $title } »
omitted-notScheduled = { $session } : sans horaire (parmi les séances non programmées)
omitted-cancelled = { $session } : annulée
omitted-tooLong = { $session } : dure plus de 99:59, ce que les durées frab ne peuvent pas exprimer
omitted-outsideDays = { $session } : hors des jours de la manifestation
remark-newerCopy = { $name } a une copie plus récente à la ligne { $keptLine }, importée à sa place : { $why }
remark-copies =
    { $count ->
        [one] { $name } apparaît { $count } fois ; la copie de la ligne { $keptLine } a été importée (face à { $against })
       *[other] { $name } apparaît { $count } fois ; la copie de la ligne { $keptLine } a été importée (face à { $against })
    }
remark-copyName = UID { $uid }
remark-copyNameRid = UID { $uid } RECURRENCE-ID { $rid }
remark-againstLine = ligne { $line } : { $why }
remark-unknownTag = étiquette « { $tag } » : aucun terme de ce nom dans cette base
copyWhy-higherSequence = SEQUENCE plus élevée ({ $kept } > { $other })
copyWhy-laterStamp = même SEQUENCE { $sequence }, DTSTAMP/LAST-MODIFIED plus récent ({ $kept } > { $other })
copyWhy-laterInFile = même SEQUENCE { $sequence } et même DTSTAMP/LAST-MODIFIED ; la dernière dans le fichier est gardée
copyWhy-none = aucun
remark-startsOutsideConference = elle commence le { $start }, hors des jours de la manifestation (du { $first } au { $last }) ; refusée comme erreur de saisie
remark-endsAfterConference = elle finit le { $end }, après la manifestation (qui finit au plus tard le { $latest }) ; refusée comme erreur de saisie
remark-durationNotHhmm = la durée « { $text } » n’est pas au format HH:MM
remark-durationTooLong = la durée « { $text } » ({ $length }) dépasserait la fin de la manifestation ({ $bound }) ; refusée comme erreur de saisie
remark-durationTooLongEitherWay = la durée « { $text } » dépasserait la fin de la manifestation, qu’on la lise comme J:HH:MM ({ $dhm }) ou comme H:MM:SS ({ $hms }) ; { $bound } ; refusée comme erreur de saisie
remark-boundEnds = la manifestation finit au plus tard le { $latest }
remark-boundWeek = le fichier ne donne pas les dates de la manifestation et une séance dure au plus une semaine
remark-impossible = impossible
remark-unknownDate = ?
remark-unknownZone = fuseau horaire inconnu « { $tzid } » et aucun VTIMEZONE pour lui dans le fichier
remark-notADate = { $property } « { $value } » (ligne { $line }) n’est pas une date
remark-notADateTime = { $property } « { $value } » (ligne { $line }) n’est pas une date avec une heure
remark-badDuration = { $property } « { $value } » (ligne { $line }) n’est pas une durée
remark-durationTooLongIcal = { $property } « { $value } » (ligne { $line }) est trop longue pour être une durée
remark-beyondCalendar = { $property } (ligne { $line }) mène au-delà de toute date qu’un calendrier peut contenir
remark-recurrenceIdDate = RECURRENCE-ID est une date ; les occurrences sur toute la journée ne sont pas importées
remark-rruleRefused = { $why } (ligne { $line }) ; l’événement n’est pas importé
remark-rrulePart = Plenary ne sait pas développer la partie { $part } de la RRULE (seulement INTERVAL, COUNT, UNTIL, BYDAY, WKST, BYMONTH et BYMONTHDAY), et l’ignorer donnerait des heures fausses
remark-rruleFreq = Plenary ne sait pas développer RRULE FREQ={ $freq } (seulement DAILY et WEEKLY)
remark-rruleNoFreq = RRULE sans FREQ
rruleExpected-numbers = { $part }={ $value } n’est pas une liste de nombres valides
rruleExpected-plainWeekdays = { $part }={ $value } : seuls des jours de la semaine simples peuvent être développés (pas d’ordinaux comme 1MO)
rruleExpected-weekday = { $part }={ $value } n’est pas un jour de la semaine
rruleExpected-date = { $part }={ $value } n’est pas une date ni une date avec une heure
rruleExpected-positive = { $part }={ $value } n’est pas un nombre positif
remark-lineIgnored = { $problem } ; la ligne est ignorée
lineProblem-noColon = « { $text } » n’est pas une ligne de contenu (pas de « : »)
lineProblem-notAName = « { $text } » n’est pas un nom de propriété
lineProblem-parameterNoValue = un paramètre de { $property } n’a pas de valeur et aucun « : » ne suit
lineProblem-unclosedQuote = le paramètre { $parameter } de { $property } a un guillemet non fermé
lineProblem-noValue = la propriété { $property } n’a pas de « : » avant sa valeur
remark-noStartTime = aucune heure de début utilisable (date : { $date }, début : { $start })
upsert-created = nouveau
upsert-updated = mis à jour
upsert-unchanged = inchangé
io-includePrivate = Inclure les données privées (codes d’accès, notes privées)
io-preview = Aperçu
io-previewHeading = Aperçu du fichier d’agenda
io-exportButton = Exporter…
io-exported =
    { $count ->
        [one] { $count } séance écrite ({ $bytes } octets) dans { $path }.
       *[other] { $count } séances écrites ({ $bytes } octets) dans { $path }.
    }
io-import = Importer
io-importDry = Vérifier le fichier (sans rien modifier)…
io-importButton = Importer…
io-report = Rapport d’importation
io-reportDry = Vérification de l’importation (rien n’a été modifié)
io-progress = { $task } : { $done } sur { $total }
io-working = Traitement en cours…
task-export = Exportation
task-import = Importation
io-cancelled = Aucun fichier choisi.
io-exportedNoSessions = Le fichier ne contient aucune séance : cette manifestation n’a pas encore de séance programmée à exporter.
io-selection = Sélection
io-selectionHeading = Sélections (agendas personnels)
io-selectionSessions = Séances de la sélection ({ $count } choisies)
io-filterIcs = Fichiers iCalendar
io-filterCsv = Fichiers CSV
io-filterFrab = Programmes frab (XML, JSON)
io-filterXml = Fichiers XML
io-filterJson = Fichiers JSON
io-filterEventFile = Fichiers de manifestation Plenary
io-importFormat = Contenu du fichier
io-formatIcs = Agenda (iCalendar), dans cette manifestation
io-formatFrab = Programme de conférence (frab XML ou JSON) : une nouvelle manifestation, ou la mise à jour de celle qu’il a créée auparavant
io-formatCsvPeople = Personnes (tableur CSV)
io-formatCsvSessions = Séances (tableur CSV), dans cette manifestation
io-formatEventFile = Fichier de manifestation Plenary d’un autre organisateur : une nouvelle manifestation, ou fusionné avec la nôtre
io-csvHint = Choisissez le fichier pour voir ses colonnes. Chaque colonne est associée à un champ d’après son en-tête ; modifiez toute association avant de vérifier ou d’importer le fichier.
io-csvChoose = Choisir un fichier…
io-csvChooseOther = Choisir un autre fichier…
io-csvNoFile = Aucun fichier choisi pour l’instant.
io-csvColumnsRead =
    { $count ->
        [one] { $file } : { $count } colonne. Choisissez-lui un champ ci-dessous.
       *[other] { $file } : { $count } colonnes. Choisissez un champ pour chacune ci-dessous.
    }
io-columns = Colonnes de { $file }
io-columnHeader = Colonne du fichier
io-columnField = Importée comme
io-columnFieldFor = Champ pour la colonne « { $header } »
io-columnNoHeader = Colonne { $n } (sans en-tête)
io-columnFixed = Une colonne sans en-tête propre est importée comme indiqué.
io-columnAuto = associée d’après son en-tête
io-columnTwice = « { $field } » est choisi pour plusieurs colonnes ; choisissez-le pour une seule.
io-notImported = Non importée
io-csvCheck = Vérifier le fichier (sans rien modifier)
io-csvImport = Importer
csvField-uuid = UUID
csvField-honorific = Titre de civilité
csvField-name = Nom
csvField-function = Fonction (intitulé du poste)
csvField-organisation = Organisation
csvField-bio = Biographie
csvField-email = Courriel
csvField-phone = Téléphone
csvField-code = Code de la séance
csvField-title = Titre
csvField-subtitle = Sous-titre
csvField-kind = Type de séance
csvField-status = Statut
csvField-date = Date
csvField-start = Heure de début
csvField-end = Heure de fin
csvField-minutes = Durée en minutes
csvField-room = Salle
csvField-participation = Participation (en présentiel, en ligne, hybride)
csvField-description = Description
csvField-languages = Langues
csvField-interpretation = Interprétation
csvField-join_url = Lien de connexion en ligne
csvField-registration_url = Lien d’inscription
csvField-expected_attendance = Participation attendue
csvField-organisers = Organisateurs
csvField-links = Liens
csvField-tags = Étiquettes
csvField-moderators = Modérateurs
csvField-masters_of_ceremonies = Maîtres de cérémonie
csvField-chairs = Présidents
csvField-keynote_speakers = Orateurs principaux
csvField-speakers = Intervenants
csvField-panellists = Panélistes
csvField-presenters = Présentateurs
csvField-rapporteurs = Rapporteurs
csvField-organiser_contacts = Contacts de l’organisateur
io-zone = Fuseau horaire du programme
io-zoneHint = Nécessaire lorsque le fichier n’en indique aucun (celui du FOSDEM, par exemple). Un nom IANA tel que Europe/Brussels ; laissez vide pour utiliser celui du fichier.
io-retryZone = Réessayer avec ce fuseau horaire
io-take = Là où nous avons tous deux modifié une séance
io-takeStore = Garder la mienne (les modifications du fichier figurent dans le rapport)
io-takeFile = Prendre celle du fichier
io-chooseHeading = Choisir pour chaque conflit
io-chooseHint = « Garder la mienne » laisse la séance de ce magasin telle quelle ; « Prendre celle du fichier » la remplace par la version de l’autre organisateur.
io-chooseLegend = { $code } { $title } (modifiés des deux côtés : { $fields })
io-chooseSay =
    { $count ->
        [one] { $count } conflit à trancher : choisissez un côté ci-dessous.
       *[other] { $count } conflits à trancher : choisissez un côté pour chacun ci-dessous.
    }
io-pickStore = Garder la mienne
io-checkChoices = Vérifier avec ces choix (sans rien modifier)
io-applyChoices = Appliquer ces choix
io-choicesChecked = Vérifié avec vos choix ; rien n’a été modifié.
io-choicesApplied = Vos choix ont été appliqués.
io-importedInto = Importé dans la manifestation « { $title } ».
io-reportInto = Importé dans « { $title } »
io-reportDryInto = Vérification de l’importation dans « { $title } » (rien n’a été modifié)
io-frabTarget = Un programme frab s’importe dans la manifestation qu’il nomme (son acronyme), pas dans celle qui est ouverte ici : une nouvelle manifestation la première fois, la même lors des importations suivantes.
io-zoneSuggest = Fuseaux horaires à { $offsets } le { $date } (premier jour du fichier) :
io-openEvent = Ouvrir « { $title } »
io-interchange = Exporter pour les applications de conférence, les tableurs et les autres organisateurs
io-exportFormat = Format
io-formatFrabXml = Programme frab XML (Giggity, EventFahrplan, ConfClerk)
io-formatFrabJson = Programme frab JSON
io-exportCsvSessions = Séances (tableur CSV)
io-exportCsvPeople = Personnes de cette manifestation (tableur CSV)
io-exportEventFile = Fichier de manifestation Plenary, pour un autre organisateur
io-includePrivateAll = Inclure les données privées (adresses électroniques, numéros de téléphone, codes d’accès, notes privées)
io-privateNone = Ce format ne contient jamais de données privées.
io-exportedPeople = Personnes de la manifestation écrites ({ $bytes } octets) dans { $path }.
io-leftOut =
    { $count ->
        [one] { $count } séance laissée hors du fichier :
       *[other] { $count } séances laissées hors du fichier :
    }
checks-heading = Vérifications
checks-run = Lancer les vérifications
checks-none = Aucune constatation : le programme passe toutes les vérifications.
checks-severity = Gravité
checks-rule = Règle
checks-message = Constatation
checks-sessions = Séances
checks-acknowledge = Prendre acte
checks-acknowledged = Pris acte
checks-failed = Les vérifications n’ont pas pu s’exécuter : { $message }
severity-error = Erreur
severity-warning = Avertissement
severity-information = Remarque
checks-count =
    { $count ->
        [one] { $count } constatation
       *[other] { $count } constatations
    }
nav-checksCount = Vérifications ({ $count })
checks-liveCount =
    { $count ->
        [one] Vérifications : { $count } constatation en suspens
       *[other] Vérifications : { $count } constatations en suspens
    }
sessionFindings-heading = Constatations pour cette séance
sessionFindings-none = Aucune constatation en suspens : cette séance passe toutes les vérifications.
sessionFindings-other = Autre séance :
moderator-findings = Conflits et problèmes
moderator-people = Personnes de cette séance
moderator-eventLine = { $title }, { $dates }, heures de { $zone }
rule-room_double_booked = Salle réservée deux fois
rule-person_double_booked = Personne à deux endroits
rule-person_unavailable = Personne indisponible
rule-changeover_too_short = Battement trop court
rule-outside_event_days = Hors des jours de la manifestation
rule-outside_room_hours = Hors des heures de la salle
rule-over_capacity = Capacité dépassée
rule-missing_join_link = Pas de lien de connexion
rule-no_streaming_in_room = Pas de diffusion dans la salle
rule-no_interpretation_in_room = Trop peu de cabines d’interprétation
rule-panel_without_moderator = Table ronde sans modérateur
rule-item_outside_parent = Point hors de sa séance
rule-items_overlap = Points qui se chevauchent
rule-non_positive_duration = Fin avant le début
rule-unscheduled = Non programmée
finding-noRoom = aucune salle
finding-room_double_booked = { $room } est réservée deux fois le { $span } : « { $session } » ({ $span1 }) et « { $session2 } » ({ $span2 }) ({ $zone }).
finding-person_double_booked = { $person } est à deux endroits à la fois le { $span } : « { $session } » dans { $room1 } ({ $span1 }) et « { $session2 } » dans { $room2 } ({ $span2 }) ({ $zone }).
finding-person_unavailable = { $person } intervient dans « { $session } » ({ $span }) en dehors des heures où cette personne s’est dite disponible ({ $zone }).
finding-changeover_too_short-room = { $room } n’a que { $minutes } min entre « { $session } » (fin à { $endTime }) et « { $session2 } » (début à { $startTime }) ; il lui faut { $needMinutes } min ({ $zone }).
finding-changeover_too_short-person = { $person } n’a que { $minutes } min pour aller de « { $session } » dans { $room1 } (fin à { $endTime }) à « { $session2 } » dans { $room2 } (début à { $startTime }) ; prévoir { $needMinutes } min ({ $zone }).
finding-outside_event_days = « { $session } » ({ $span }) tombe en dehors des jours de la manifestation, du { $firstDay } au { $lastDay } ({ $zone }).
finding-outside_room_hours = « { $session } » ({ $span }) est en dehors des heures d’ouverture de { $room } ({ $zone }).
finding-over_capacity = « { $session } » attend { $expected } personnes, mais { $room } en accueille { $capacity }.
finding-missing_join_link-remote = « { $session } » se tient à distance mais n’a pas de lien de connexion.
finding-missing_join_link-hybrid = « { $session } » est hybride mais n’a pas de lien de connexion.
finding-missing_join_link-remote_room = « { $session } » se tient à distance mais n’a pas de lien de connexion, et { $room } n’en a pas non plus.
finding-missing_join_link-hybrid_room = « { $session } » est hybride mais n’a pas de lien de connexion, et { $room } n’en a pas non plus.
finding-no_streaming_in_room = « { $session } » est hybride mais { $room } ne permet pas la diffusion en direct.
finding-no_interpretation_in_room = « { $session } » prévoit l’interprétation vers plus de langues ({ $languages }) que { $room } n’a de cabines ({ $booths }).
finding-panel_without_moderator = La table ronde « { $session } » n’a ni modérateur ni président.
finding-item_outside_parent = Le point « { $item } » ({ $itemSpan }) déborde de sa séance « { $session } » ({ $span }) ({ $zone }).
finding-items_overlap = Les points « { $item } » ({ $itemSpan }) et « { $item2 } » ({ $item2Span }) de « { $session } » se chevauchent ({ $zone }).
finding-non_positive_duration = « { $session } » finit ({ $endTime }) avant ou au moment où elle commence ({ $startTime }) ({ $zone }).
finding-unscheduled-no_time = « { $session } » n’a pas encore d’heure.
finding-unscheduled-no_room = « { $session } » a une heure ({ $span }) mais pas encore de salle ({ $zone }).
print-programme = Programme — { $event }
print-day = Imprimer ce jour
nav-publish = Publier
task-caldav = Publication sur le serveur d’agenda
publish-heading = Publier
publish-releases = Versions
publish-noReleases = Aucune version pour l’instant : la première version publie toutes les séances.
publish-name = Nom
publish-when = Publiée le
publish-sessions = Séances
publish-note = Note
publish-noteOptional = Note (facultative)
publish-pendingSince = Qu’est-ce que les participants verront de changé depuis « { $name } » ?
publish-pendingFirst = Que publiera la première version ?
publish-noChanges = Rien de ce que voient les participants n’a changé.
publish-kindCount = { $kind } : { $count }
publish-byPerson =
    { $count ->
        [one] Par personne : { $count } personne à prévenir
       *[other] Par personne : { $count } personnes à prévenir
    }
publish-unscheduled = non programmée
publish-noRoom = sans salle
publish-newRelease = Nouvelle version
publish-nameHint = Par exemple « 1.0 » ou « 1.1 — changements de salle » ; chaque nom une seule fois par manifestation.
publish-release = Publier la version
publish-released =
    { $count ->
        [one] Version « { $name } » publiée avec { $count } séance.
       *[other] Version « { $name } » publiée avec { $count } séances.
    }
publish-compare = Comparer deux versions
publish-from = De
publish-to = À
publish-previous = La version précédente
publish-current = L’état actuel (non publié)
publish-nothing = Rien (avant la première version)
publish-compareButton = Comparer
publish-comparedHeading = De { $from } à { $to }
publish-site = Site Web
publish-siteHint = Un dossier de pages, d’agendas et de fichiers de programme qui fonctionne hors ligne, depuis une clé USB ou n’importe quel hébergeur Web.
publish-siteRelease = Version à publier
publish-siteButton = Choisir un dossier et publier…
publish-siteWritten =
    { $count ->
        [one] { $count } fichier écrit dans { $path }.
       *[other] { $count } fichiers écrits dans { $path }.
    }
publish-caldav = Serveur d’agenda (CalDAV)
publish-caldavHint = Place sur le serveur une entrée d’agenda par séance ; les abonnés voient chaque modification. Une nouvelle publication n’envoie que ce qui a changé.
publish-url = Adresse du serveur
publish-user = Nom d’utilisateur
publish-password = Mot de passe
publish-passwordHint = Utilisé pour cette publication seulement : Plenary ne le conserve pas.
publish-scope = Séances à publier
publish-scopeWhole = Toute la manifestation
publish-scopeRoom = Une salle
publish-scopeTrack = Un thème
publish-scopePerson = Une personne
publish-track = Thème
publish-scopeMissing = Choisissez la salle, le thème ou la personne à publier.
publish-dryRun = Essai à blanc : indiquer seulement ce qui serait envoyé
publish-allowHttp = Autoriser le http simple vers une autre machine (le mot de passe traverse le réseau sans chiffrement)
publish-caldavDryButton = Vérifier ce qui serait envoyé
publish-caldavButton = Publier sur le serveur
publish-reportDry =
    { $count ->
        [one] Essai à blanc : rien n’a été envoyé. { $count } séance concernée, agenda { $collection }.
       *[other] Essai à blanc : rien n’a été envoyé. { $count } séances concernées, agenda { $collection }.
    }
publish-reportDone =
    { $count ->
        [one] { $count } séance publiée dans l’agenda { $collection }.
       *[other] { $count } séances publiées dans l’agenda { $collection }.
    }
publish-reportCollection = L’agenda n’existait pas ; il est créé.
publish-reportSent = Nouvelles : { $created } ; modifiées : { $updated } ; supprimées : { $deleted } ; inchangées : { $unchanged }.
publish-reportConflicts =
    { $count ->
        [one] { $count } conflit, laissé tel que le serveur l’a : { $list }
       *[other] { $count } conflits, laissés tels que le serveur les a : { $list }
    }
publish-reportFailed = Refusées par le serveur ({ $count }) : { $list }
publish-reportStopped = Arrêt : { $reason }. { $count } non envoyées ; publiez à nouveau pour terminer.
publish-reportRequests =
    { $count ->
        [one] { $count } requête au serveur, dont { $writes } en écriture.
       *[other] { $count } requêtes au serveur, dont { $writes } en écriture.
    }
change-added = ajoutée
change-removed = retirée
change-cancelled = annulée
change-reinstated = rétablie
change-movedTime = déplacée (heure)
change-movedRoom = déplacée (salle)
change-retitled = renommée
change-peopleChanged = personnes modifiées
change-joinLinkChanged = lien de connexion modifié
