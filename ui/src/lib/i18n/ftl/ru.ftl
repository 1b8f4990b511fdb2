# Русский. Термины ООН (UNTERM), где они есть. Формы множественного числа: one, few, many, other.

app-title = Plenary
app-skip = Перейти к содержанию
app-currentEvent = Текущее мероприятие:
app-noEvent = Мероприятие не выбрано
app-dismiss = Закрыть
app-loading = Загрузка мероприятия…
app-language = Язык
nav-label = Главное меню
nav-events = Мероприятия
nav-agenda = Программа
nav-sessions = Заседания
nav-rooms = Залы
nav-people = Участники
nav-vocabularies = Словари
nav-moderator = Модератор
nav-import-export = Импорт/экспорт
nav-checks = Проверки
error-noWindow = Нужно окно Plenary: эта страница работает только в настольном приложении Plenary.
error-prefix = Не удалось выполнить действие: { $message }
error-chooseEvent = Сначала выберите мероприятие (экран «Мероприятия»).
error-labelled = { $label }: { $message }
error-inRow = { $label }, строка { $row }
problem-required = Это поле обязательно.
problem-notALink = «{ $value }» — не ссылка: напишите её полностью, например https://example.org/join.
problem-linkSpaces = В «{ $value }» есть пробелы или управляющие символы.
problem-linkNoHost = В «{ $value }» не указан сайт: напишите ссылку полностью, например https://example.org/join.
problem-unsafeScheme = «{ $value }» использует { $scheme }:, а такие ссылки участники не могут открыть безопасно: используйте ссылку, начинающуюся с https:, mailto: или tel:.
problem-missingEnd = Укажите и начало, и окончание, или ни то ни другое.
problem-missingStart = Укажите и окончание, и начало, или ни то ни другое.
problem-beforeStart = Заседание заканчивается раньше, чем начинается.
problem-outsideEvent = Заседание выходит за рамки дней мероприятия (с { $first } по { $last }, { $zone }).
problem-noSuchRoom = Этого зала больше нет: выберите другой.
problem-otherEventsRoom = Этот зал относится к другому мероприятию: выберите зал этого мероприятия.
problem-noSuchPerson = Этого человека больше нет: выберите другого.
problem-roleTwice = Один и тот же человек дважды указан в этой роли.
problem-tagTwice = Эта метка указана дважды.
problem-noSuchTerm = Этой метки больше нет.
problem-yearOutOfRange = { $value } — за пределами лет, в которых планирует Plenary ({ $first }–{ $last }).
problem-endBeforeStartDate = Последний день раньше первого.
problem-tooLong = Мероприятие может длиться не более года.
problem-badSlug = «{ $value }» должно состоять из 1–64 строчных латинских букв, цифр и дефисов, например wsis-2026; оставьте поле пустым, чтобы получить его из названия.
problem-unknownZone = «{ $value }» — не часовой пояс: выберите, например, Europe/Zurich.
problem-notAnEmail = «{ $value }» — не адрес электронной почты.
problem-endsBeforeItStarts = Этот период заканчивается раньше, чем начинается.
problem-closesBeforeOpens = Часы работы заканчиваются раньше, чем начинаются.
problem-fileNotFound = { $file }: такого файла нет.
problem-fileDenied = { $file }: у вас нет права открывать этот файл.
problem-fileIsFolder = { $file }: это папка, а не файл.
problem-diskFull = { $file }: диск заполнен.
problem-readOnly = { $file }: диск доступен только для чтения.
problem-fileUnreadable = { $file }: содержимое файла невозможно прочитать.
problem-fileFailed = { $file }: не удалось прочитать или записать файл ({ $message }).
problem-notFound = Этого больше нет в хранилище: оно было удалено или изменено в другом месте.
problem-notChosen = { $file }: Plenary использует только файлы, выбранные в его собственных диалоговых окнах; выберите файл снова.
problem-nameNotUtf8 = { $file }: Plenary не может использовать имя этого файла; переименуйте файл и выберите его снова.
problem-taken = «{ $value }» уже используется; выберите другое.
problem-linkHasPassword = «{ $value }» содержит имя пользователя или пароль: удалите их и укажите имя пользователя в отдельном поле.
problem-plainHttp = «{ $value }» — это обычный http к другому компьютеру: пароль передавался бы по сети без шифрования. Используйте адрес https или разрешите обычный http для этого сервера.
problem-notHttps = «{ $value }» должен начинаться с https:// (или http:// для этого компьютера).
problem-serverRefusedLogin = Сервер отклонил пароль пользователя «{ $user }»: проверьте имя пользователя и пароль.
problem-serverStatus = Сервер календарей отклонил запрос (ошибка HTTP { $status }); ничего не отправлено.
problem-serverFull = На сервере календарей нет места для этого календаря (HTTP 507); ничего не отправлено.
problem-serverSilent = Сервер { $url } не ответил: проверьте адрес и подключение к сети. Ничего не отправлено.
problem-badArgument = Plenary не удалось прочитать значение «{ $field }», переданное его окном. Пожалуйста, сообщите об этой ошибке.
problem-jobFailed = Plenary не удалось завершить эту задачу из-за внутренней ошибки; ничего не изменено. Пожалуйста, сообщите об этой ошибке.
problem-storeDamaged = Plenary не удалось открыть файл данных { $file }: он повреждён или не является базой данных. Ничего не изменено: восстановите его из резервной копии или переместите, и Plenary создаст новый.
problem-storeNewer = Plenary не удалось открыть файл данных: его записала более новая версия Plenary. Обновите Plenary, чтобы открыть его; ничего не изменено.
problem-notAStore = Plenary не удалось открыть файл данных: он принадлежит другому приложению. Ничего не изменено; укажите Plenary другой файл.
problem-database = Plenary не удалось выполнить это действие из-за ошибки базы данных; ничего не изменено. Пожалуйста, сообщите об этой ошибке.
problem-cannotRestore-alreadyThere = «{ $what }» нельзя вернуть: он уже есть.
problem-cannotRestore-inDirectory = «{ $what }» нельзя вернуть: этот человек уже есть в справочнике.
problem-cannotRestore-shortNameTaken = «{ $what }» нельзя вернуть: у мероприятия «{ $event }» теперь его короткое имя { $slug }. Измените короткое имя того мероприятия и отмените снова.
problem-cannotRestore-codeTaken = «{ $what }» нельзя вернуть: в словаре «{ $vocabulary }» теперь другой термин с его кодом { $code }.
problem-cannotRestore-vocabularyGone = «{ $what }» нельзя вернуть: его словарь удалён.
problem-cannotRestore-eventGone = «{ $what }» нельзя вернуть: его мероприятие удалено.
problem-cannotRestore-store = «{ $what }» нельзя вернуть: хранилище отклонило одну из его записей ({ $table }); ничего не изменено. Пожалуйста, сообщите об этой ошибке.
importError-format = { $file }: { $message }. Ничего не импортировано.
importError-formatAt = { $file }, строка { $line }: { $message }. Ничего не импортировано.
importError-needsTimezone = В файле { $file } не указан часовой пояс, а время в нём просто местное: выберите часовой пояс программы и повторите попытку. Ничего не импортировано.
importError-needsTimezoneOffsets = В файле { $file } не указан часовой пояс, а время в нём имеет смещение { $offsets }: выберите часовой пояс программы и повторите попытку. Ничего не импортировано.
importError-noDates = В файле { $file } нет дат: ни у одного события нет времени начала. Импортируйте его в существующее мероприятие. Ничего не импортировано.
importError-unknownTimezone = «{ $zone }» — не часовой пояс: выберите пояс из списка, например Europe/Berlin. Ничего не импортировано.
importError-unknownField = Сопоставление столбцов: «{ $field }», выбранное для столбца «{ $header }», не является полем, которое импортирует Plenary. Ничего не импортировано.
importError-unknownColumn = Сопоставление столбцов: в файле нет столбца «{ $header }»; его столбцы: { $columns }. Ничего не импортировано.
importError-fieldMappedTwice = Сопоставление столбцов: «{ $header }» и «{ $other }» оба импортируются как { $field }; выберите это поле только для одного столбца. Ничего не импортировано.
importError-missingColumn = Ни один столбец не импортируется как { $field } (столбцы: { $columns }): выберите это поле для одного столбца в сопоставлении столбцов. Ничего не импортировано.
formatProblem-not_json = это не корректный JSON
formatProblem-not_an_event_file = это не файл мероприятия Plenary
formatProblem-newer_event_file = это файл мероприятия версии { $version }, записанный более новой версией Plenary; эта версия читает файлы до версии { $supported }
formatProblem-bad_event_file = поле файла мероприятия имеет неверную структуру
formatProblem-event_not_accepted = описанное в нём мероприятие нельзя импортировать: Plenary не принимает его даты или часовой пояс
formatProblem-unreadable_header = не удаётся прочитать строку заголовков
formatProblem-no_header_row = в нём нет строки заголовков
formatProblem-unreadable_row = не удаётся прочитать эту строку
formatProblem-not_xml = это не корректный XML
formatProblem-bad_text = не удаётся прочитать этот текст
formatProblem-bad_cdata = не удаётся прочитать этот раздел CDATA
formatProblem-unknown_entity = неизвестная сущность &{ $entity }; (допустимы только пять сущностей XML и ссылки на символы)
formatProblem-empty = файл пуст
formatProblem-not_a_schedule = это не программа frab: его корневой элемент — <{ $element }>, а не <schedule>
formatProblem-not_a_schedule_file = это ни программа frab в XML, ни программа в JSON
formatProblem-no_schedule = это не программа в JSON: на верхнем уровне нет объекта «schedule»
formatProblem-no_conference = это не программа в JSON: в его «schedule» нет «conference»
formatProblem-no_schedule_dates = в нём нет дат: ни у одного занятия нет времени, а у конференции нет начала и конца
formatProblem-span_too_long = его занятия идут с { $first } по { $last }, дольше года; мероприятие длится не больше года
formatProblem-not_icalendar = это не файл iCalendar: он начинается с «{ $start }», а не с BEGIN:VCALENDAR
formatProblem-no_vcalendar = в нём нет календаря (нет VCALENDAR)
formatProblem-no_vevent = в его календаре нет встреч, поэтому нет занятий, из которых можно составить мероприятие
common-save = Сохранить
common-cancel = Отмена
common-delete = Удалить
common-edit = Изменить
common-add = Добавить
common-remove = Убрать
common-moveUp = Переместить вверх
common-moveDown = Переместить вниз
common-confirmDelete = Удалить «{ $name }»? Это действие нельзя отменить.
common-saved = «{ $name }» сохранено.
common-deleted = «{ $name }» удалено.
removal-ask = Удалить «{ $name }»? Это можно будет отменить.
removal-confirm = Удалить «{ $name }»
removal-person = { $name } будет исключён(а) из этих заседаний ({ $count }):
removal-room = Эти заседания вернутся в список незапланированных ({ $count }):
removal-venue = Эти залы останутся без места проведения ({ $count }):
removal-term = Метка будет снята с этих заседаний ({ $count }):
removal-event = Также будут удалены его заседания ({ $sessions }), залы ({ $rooms }), места проведения ({ $venues }) и выпуски ({ $releases }).
removal-withRoles = { $title } ({ $roles })
removal-more = и другие ({ $count })
removal-looking = Поиск зависимых записей…
removal-missing = «{ $name }» восстановлено, но не его связи с этими записями, удалёнными или изменёнными с тех пор: { $list }.
removal-staleUndo = Нельзя отменить { $what }: с тех пор программа была изменена вне этого окна.
removal-staleRedo = Нельзя повторить { $what }: с тех пор программа была изменена вне этого окна.
removal-outside = Программа была изменена вне этого окна; теперь показано её текущее состояние.
removal-gone = «{ $name }» больше нет в хранилище (изменено в другом месте); экраны теперь показывают то, что в нём есть.
removal-goneUndo = Нельзя отменить { $what }: затрагиваемых записей больше нет в хранилище.
removal-goneRedo = Нельзя повторить { $what }: затрагиваемых записей больше нет в хранилище.
common-print = Печать
common-name = Название
common-description = Описание
common-actions = Действия
common-label = Подпись
common-url = Адрес (URL)
common-links = Ссылки
common-addLink = Добавить ссылку
common-onePerLine = По одному на строку
common-capped = Показано { $shown } из { $total }; введите текст в фильтр, чтобы найти остальные.
events-heading = Мероприятия
events-new = Новое мероприятие
events-empty = Мероприятий пока нет. Создайте мероприятие или выполните «plenary demo», чтобы загрузить демонстрационную программу.
events-colTitle = Название
events-colDates = Даты
events-colZone = Часовой пояс
events-colSessions = Заседания
events-colRooms = Залы
events-open = Открыть программу
events-duplicate = Следующий выпуск
events-duplicateHeading = Скопировать «{ $title }» как мероприятие следующего года
events-duplicated = Создано «{ $title }».
events-editHeading = Изменить мероприятие
events-newHeading = Новое мероприятие
events-slug = Краткое имя (slug)
events-slugHint = Строчные латинские буквы, цифры и дефисы; используется в именах файлов. Если оставить пустым, оно будет создано из названия.
events-title = Название
events-tagline = Девиз
events-organisers = Организаторы
events-timezone = Часовой пояс (имя IANA)
events-timezoneHint = Например, Europe/Zurich или America/New_York.
events-startDate = Первый день
events-endDate = Последний день
events-dayChange = Смена дня мероприятия в
events-dayChangeHint = Местное время. Заседания, начинающиеся до этого времени (после полуночи), относятся к предыдущему дню мероприятия; 00:00 означает календарные сутки.
agenda-heading = Программа
agenda-day = День
agenda-prevDay = Предыдущий день
agenda-nextDay = Следующий день
agenda-zone = Время указано по
agenda-zoneEvent = Пояс мероприятия ({ $zone })
agenda-zoneLocal = Пояс этого компьютера ({ $zone })
agenda-colour = Цвет по
agenda-colourKind = Вид
agenda-colourTrack = Направление: { $vocabulary }
agenda-noTrack = Без направления
agenda-legend = Цвета
agenda-viewGrid = Сетка
agenda-viewList = Список
agenda-view = Вид
agenda-undo = Отменить
agenda-redo = Повторить
agenda-undoWhat = Отменить: { $what }
agenda-redoWhat = Повторить: { $what }
agenda-nothingToUndo = Нечего отменять.
agenda-nothingToRedo = Нечего повторять.
agenda-roomsGroup = Залы в сетке
agenda-roomFilter = Фильтр залов
agenda-roomFilterExample = Зал 1, Зал 2
agenda-venue = Площадка
agenda-allVenues = Все
agenda-onlineRooms = Онлайн-залы
agenda-trackFilter = Направление
agenda-allTracks = Все
agenda-roomsShown = Показано залов: { $shown } из { $total }
agenda-allRooms = Показать все залы
agenda-rowMinutes = Минут в строке
agenda-columnWidth = Мин. ширина (пикс.)
agenda-noRoomMatches = Ни один зал не подходит под этот выбор. Нажмите «Показать все залы», чтобы увидеть все залы.
agenda-cardPeople = Участники
agenda-cardPerson = { $name } ({ $role })
agenda-tray = Незапланированные заседания
agenda-dropChecking = Проверка этого места…
agenda-dropFree = Здесь нет накладок.
agenda-dropClash =
    { $count ->
        [one] Здесь будет накладка: { $first }
        [few] Здесь будет накладка ({ $count } проблемы): { $first }
        [many] Здесь будет накладка ({ $count } проблем): { $first }
       *[other] Здесь будет накладка ({ $count } проблемы): { $first }
    }
agenda-trayEmpty = У каждого заседания есть время и зал.
agenda-trayHint = Выберите здесь заседание, затем выделите свободное время в сетке или укажите зал и время ниже и нажмите «Разместить».
agenda-placeHeading = Разместить «{ $title }» в этот день
agenda-placeTime = Начало ({ $zone })
agenda-placeMinutes = Продолжительность в минутах
agenda-place = Разместить
agenda-noRooms = У этого мероприятия пока нет залов. Добавьте их на экране «Залы».
agenda-gridLabel = Программа на { $date }: залы по столбцам, время по строкам
agenda-skipToSessions = Перейти к заседаниям
agenda-noSessionsDay = В этот день заседаний нет
agenda-noSessionsShown = В показанных залах в этот день заседаний нет
agenda-zoneEventShort = Мероприятие ({ $zone })
agenda-zoneLocalShort = Этот компьютер ({ $zone })
agenda-columnWidthFull = Минимальная ширина столбца в пикселях (оставшуюся ширину столбцы делят между собой)
agenda-keyboardHelp = Клавиатура: Tab и Shift+Tab переходят по заседаниям зал за залом, в каждом зале начиная с самого раннего; стрелки сдвигают заседание на 15 минут или в соседний зал; Shift+стрелки меняют время окончания; Enter открывает; Delete удаляет; Escape скрывает карточку; Ctrl+Z отменяет, Ctrl+Shift+Z возвращает.
agenda-moved = «{ $title }» перенесено на { $time }, { $room }.
agenda-itClashes = Возник конфликт: { $first }
agenda-resized = Изменена продолжительность «{ $title }».
agenda-deletedSession = «{ $title }» удалено. Отменить: Ctrl+Z.
agenda-undone = Отменено: { $what }.
agenda-redone = Повторено: { $what }.
# An undo/redo refused: the session it touches was changed by another program since.
agenda-changedElsewhere = «{ $title }» с тех пор изменено в другом месте; отмена не выполнена.
agenda-changedElsewhereRedo = «{ $title }» с тех пор изменено в другом месте; повтор не выполнен.
agenda-what-move = перенос «{ $title }»
agenda-what-edit = изменение «{ $title }»
agenda-what-delete = удаление «{ $title }»
agenda-what-create = создание «{ $title }»
agenda-what-inEvent = { $what } (мероприятие «{ $event }»)
agenda-placeTimeMissing = Укажите время начала.
time-gap = Такого времени в { $zone } нет: в этот момент часы переводятся вперёд. Выберите другое время.
field-year = год
field-month = месяц
field-day = день
field-hour = час
field-minute = минута
picker-otherEvents = Показать также людей из других мероприятий
picker-suggestions = Варианты
picker-noMatch = Никто не подходит под «{ $text }».
picker-addNew = Добавить «{ $name }» как нового человека
picker-added = { $name }: добавлен(а) в справочник людей.
zone-suggestions = Часовые пояса
zone-noMatch = Нет часового пояса, подходящего под «{ $text }».
leave-title = Сохранить изменения?
leave-body = В этой форме есть несохранённые изменения.
leave-save = Сохранить
leave-discard = Отменить изменения
leave-keep = Продолжить редактирование
agenda-newSession = Новое заседание
agenda-listEmpty = В этот день заседаний нет.
agenda-room = Зал
formSync-room = Этот зал был изменён в другом месте после открытия формы.
formSync-venue = Это место проведения было изменено в другом месте после открытия формы.
formSync-session = Это заседание было изменено в другом месте после того, как вы его открыли.
formSync-person = Данные этого человека были изменены в другом месте после открытия формы.
formSync-event = Это мероприятие было изменено в другом месте после открытия формы.
formSync-reload = Загрузить сохранённые значения
formSync-keep = Оставить мои правки
formSync-gone = «{ $name }» удалено в другом месте, поэтому его форма закрыта.
formSync-conflict = Изменено и здесь, и в другом месте: { $fields }.
formSync-merged = Обновлено изменениями, сделанными в другом месте: { $fields }.
formSync-someFields = некоторые поля
session-timesIn = Время по часовому поясу { $zone }
agenda-time = Время
session-heading = Заседания
session-newHeading = Новое заседание
session-editHeading = Изменить заседание «{ $title }»
session-listLabel = Заседания мероприятия
session-filter = Фильтр заседаний
session-pick = Выберите заседание в списке, чтобы изменить его, или создайте новое.
session-code = Код или номер
session-title = Название
session-subtitle = Подзаголовок
session-kind = Вид
session-status = Статус
session-start = Начало
session-end = Окончание
session-room = Зал
session-noRoom = Зал пока не назначен
session-participation = Формат участия
session-joinUrl = Ссылка для подключения (видеоконференция)
session-joinInstructions = Инструкции по подключению
session-passcode = Код доступа (конфиденциально)
session-registrationUrl = Ссылка для регистрации
session-description = Описание
session-languages = Языки выступлений
session-interpretation = Устный перевод на
session-expectedAttendance = Ожидаемое число участников
session-organisers = Организаторы
session-privateNotes = Личные заметки
session-people = Участники и роли (в порядке выступлений)
session-person = Участник
session-role = Роль
session-addPerson = Добавить участника
session-choosePerson = Выберите участника из списка.
session-markClashes =
    { $count ->
        [one] { $count } конфликт
        [few] { $count } конфликта
        [many] { $count } конфликтов
       *[other] { $count } конфликта
    }
session-markOthers =
    { $count ->
        [one] ещё { $count } замечание
        [few] ещё { $count } замечания
        [many] ещё { $count } замечаний
       *[other] ещё { $count } замечания
    }
session-savedClashes =
    { $count ->
        [one] Сохранено — есть накладка: { $first }
        [few] Сохранено — есть накладки ({ $count } проблемы): { $first }
        [many] Сохранено — есть накладки ({ $count } проблем): { $first }
       *[other] Сохранено — есть накладки ({ $count } проблемы): { $first }
    }
session-items = Пункты (выступления, основные доклады…)
session-itemTitle = Название пункта
session-itemMinutes = Минуты
session-itemDescription = Описание пункта
session-addItem = Добавить пункт
session-itemPeople = Участники этого пункта
session-tags = Метки
session-tagSearch = Поиск меток
session-tagSelected = Выбранные метки
session-tagNoMatch = Подходящих меток нет.
session-removeTag = Убрать метку { $tag }
session-sectionMain = Заседание
session-sectionWhen = Когда и где
session-sectionJoin = Формат участия
session-sectionMore = Подробнее
session-count =
    { $count ->
        [one] { $count } заседание
        [few] { $count } заседания
        [many] { $count } заседаний
       *[other] { $count } заседания
    }
slots-heading = Найти свободное время
slots-find = Найти свободное время
slots-none = Свободного времени нет: все залы заняты, слишком малы или не оборудованы, либо участники заняты.
kind-keynote = Основной доклад
kind-panel = Дискуссионная группа
kind-presentation = Презентация
kind-workshop = Семинар-практикум
kind-interactive_session = Интерактивное заседание
kind-plenary = Пленарное заседание
kind-networking = Налаживание контактов
kind-break = Перерыв
kind-meal = Обед
kind-ceremony = Церемония
kind-social = Неофициальное мероприятие
kind-other = Другое
role-moderator = Модератор
role-master_of_ceremonies = Распорядитель церемонии
role-chair = Председатель
role-keynote_speaker = Основной докладчик
role-speaker = Выступающий
role-panellist = Участник дискуссии
role-presenter = Ведущий презентации
role-rapporteur = Докладчик
role-organiser_contact = Контактное лицо организатора
participation-on_site = Очно
participation-remote = Дистанционно
participation-hybrid = Смешанный формат (очно и дистанционно)
status-draft = Проект
status-confirmed = Подтверждено
status-cancelled = Отменено
rooms-heading = Залы и места проведения
rooms-venues = Места проведения
rooms-rooms = Залы
rooms-newVenue = Новое место проведения
rooms-newRoom = Новый зал
rooms-venue = Место проведения
rooms-noVenue = — без места проведения —
rooms-venueNone = (без места проведения)
rooms-address = Адрес
rooms-latitude = Широта
rooms-longitude = Долгота
rooms-capacity = Вместимость
rooms-location = Здание, этаж или как пройти
rooms-canStream = Есть трансляция
rooms-canRecord = Есть запись
rooms-booths = Кабины устного перевода
rooms-isVirtual = Только онлайн
rooms-joinUrl = Ссылка для подключения
rooms-position = Порядок столбцов
rooms-openingHours = Часы работы (пусто: открыт всё время мероприятия)
rooms-date = Дата
rooms-opens = Открывается
rooms-closes = Закрывается
rooms-addHours = Добавить часы работы
rooms-emptyVenues = Мест проведения пока нет.
rooms-emptyRooms = Залов пока нет.
people-heading = Участники
people-new = Новый участник
people-search = Поиск участников по имени или организации
people-empty = Подходящих участников нет.
people-honorific = Обращение (г-н, д-р, Е. П.)
people-name = Имя
people-function = Должность или звание
people-organisation = Организация
people-bio = Биография
people-email = Электронная почта (конфиденциально)
people-phone = Телефон (конфиденциально)
people-availability = Доступность (пусто: доступен в любое время)
people-from = С
people-until = До
people-addAvailability = Добавить время доступности
people-count =
    { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    }
people-countHidden =
    { $count ->
        [one] { $count } человек в этом мероприятии · ещё { $hidden } в других мероприятиях
        [few] { $count } человека в этом мероприятии · ещё { $hidden } в других мероприятиях
        [many] { $count } человек в этом мероприятии · ещё { $hidden } в других мероприятиях
       *[other] { $count } человека в этом мероприятии · ещё { $hidden } в других мероприятиях
    }
vocab-heading = Словари
vocab-newVocabulary = Новый словарь
vocab-key = Ключ
vocab-name = Название
vocab-builtin = Встроенный
vocab-newTerm = Новый термин в словаре { $vocabulary }
vocab-code = Код
vocab-label = Название
vocab-coverage = Охват программы
vocab-coverageHint = Заседания (строки) в сопоставлении с ЦУР, направлениями деятельности ВВУИО и целями Глобального цифрового договора (столбцы). ● помечено термином; ○ помечено одним из его поднаправлений, что тоже его охватывает.
vocab-exportCsv = Экспортировать охват в CSV
vocab-csvSaved = Таблица охвата сохранена в { $path }.
vocab-total = Заседаний по теме
vocab-covered = охвачено
vocab-coveredNarrower = охвачено через поднаправление
vocab-notCovered = не охвачено
vocab-rowsCapped = Показаны первые { $shown } из { $total } заседаний; в файле CSV есть все.
vocab-noSessions = У этого мероприятия пока нет заседаний.
moderator-heading = Вид модератора
moderator-person = Участник
moderator-choose = Выберите участника, чтобы увидеть его заседания по порядку.
moderator-none = У участника { $name } нет заседаний.
moderator-when = Когда
moderator-where = Где
moderator-asRole = Роль: { $roles }
moderator-running = Порядок проведения
moderator-minutes = { $minutes } мин
moderator-join = Ссылка для подключения: { $url }
moderator-unscheduled = Пока не запланировано
moderator-otherEvent = Другое мероприятие
io-heading = Импорт и экспорт
io-export = Экспорт в iCalendar
io-scope = Что экспортировать
io-scopeEvent = Всё мероприятие
io-scopeDay = Один день
io-scopeRoom = Один зал
io-scopePerson = Заседания одного участника
io-scopeSelection = Сохранённая подборка
io-scopeTag = Заседания с одной меткой
io-itemsAsEvents = Вложенные пункты как отдельные записи календаря
io-utc = Всё время в UTC (для календарей, которые неправильно обрабатывают часовые пояса)
io-reportSource = Из { $source } ({ $format })
io-reportEvent = В мероприятие { $title } ({ $slug })
io-reportRecords = В файле: { $count } { $name }
io-reportCounts = Результат импорта
io-reportRecordsIn = В файле: { $records }
records-events =
    { $count ->
        [one] { $count } заседание
        [few] { $count } заседания
        [many] { $count } заседаний
       *[other] { $count } заседания
    }
records-sessions =
    { $count ->
        [one] { $count } заседание
        [few] { $count } заседания
        [many] { $count } заседаний
       *[other] { $count } заседания
    }
records-rows =
    { $count ->
        [one] { $count } строка
        [few] { $count } строки
        [many] { $count } строк
       *[other] { $count } строки
    }
records-VEVENTs =
    { $count ->
        [one] { $count } запись календаря
        [few] { $count } записи календаря
        [many] { $count } записей календаря
       *[other] { $count } записи календаря
    }
reportFormat-frabXml = программа frab XML
reportFormat-scheduleJson = программа frab JSON
reportFormat-schedule2Json = программа frab JSON (версия 2)
reportFormat-eventFile = файл мероприятия Plenary
reportFormat-csvSessions = таблица CSV с заседаниями
reportFormat-csvPeople = таблица CSV с участниками
reportFormat-ical = iCalendar
io-reportNothing = Ничего не создано и не изменено.
imported-events = Мероприятия
imported-venues = Места проведения
imported-rooms = Залы
imported-sessions = Заседания
imported-people = Участники
imported-tracks = Направления и метки
io-skipped =
    { $count ->
        [one] { $count } пропущена
        [few] { $count } пропущены
        [many] { $count } пропущено
       *[other] { $count } пропущено
    }
io-conflicts =
    { $count ->
        [one] { $count } конфликт (заседание изменено с обеих сторон)
        [few] { $count } конфликта (заседание изменено с обеих сторон)
        [many] { $count } конфликтов (заседание изменено с обеих сторон)
       *[other] { $count } конфликта (заседание изменено с обеих сторон)
    }
io-conflict = { $code } { $title }: { $fields } — { $resolution }
io-notes = Примечания
io-atLine = Строка { $line }: { $text }
io-wholeFile = Весь файл: { $text }
# Import reports: skip reasons and notes (lib/i18n/reports.ts).
conflict-keptStore = оставлена версия базы
conflict-tookFile = взята версия файла
record-component = { $component } «{ $summary }»
record-componentUid = { $component } { $uid }
record-componentBare = { $component }
record-frabEvent = заседание { $id } «{ $title }»
record-row = строка таблицы { $row }
record-titled = «{ $title }»
io-technical = Технические подробности
io-idInFile = Идентификатор в файле: { $id }
io-idGiven = Присвоенный здесь идентификатор: { $id }
io-groupMore =
    { $count ->
        [one] { $text } — и ещё { $count } такое же
        [few] { $text } — и ещё { $count } таких же
        [many] { $text } — и ещё { $count } таких же
       *[other] { $text } — и ещё { $count } таких же
    }
io-groupGuidOfAnotherEvent =
    { $count ->
        [one] Уже были в другом мероприятии, импортированы как новые заседания ({ $count } заседание)
        [few] Уже были в другом мероприятии, импортированы как новые заседания ({ $count } заседания)
        [many] Уже были в другом мероприятии, импортированы как новые заседания ({ $count } заседаний)
       *[other] Уже были в другом мероприятии, импортированы как новые заседания ({ $count } заседания)
    }
io-groupGuidRepeats =
    { $count ->
        [one] Встречаются в файле не один раз, импортированы как отдельные заседания ({ $count } заседание)
        [few] Встречаются в файле не один раз, импортированы как отдельные заседания ({ $count } заседания)
        [many] Встречаются в файле не один раз, импортированы как отдельные заседания ({ $count } заседаний)
       *[other] Встречаются в файле не один раз, импортированы как отдельные заседания ({ $count } заседания)
    }
io-groupRoomGuidOfAnotherEvent =
    { $count ->
        [one] Уже были в другом мероприятии, добавлены как новые залы ({ $count } зал)
        [few] Уже были в другом мероприятии, добавлены как новые залы ({ $count } зала)
        [many] Уже были в другом мероприятии, добавлены как новые залы ({ $count } залов)
       *[other] Уже были в другом мероприятии, добавлены как новые залы ({ $count } зала)
    }
io-groupRoomGuidRepeats =
    { $count ->
        [one] Тот же идентификатор, что у другого зала; каждому дан свой ({ $count } зал)
        [few] Тот же идентификатор, что у другого зала; каждому дан свой ({ $count } зала)
        [many] Тот же идентификатор, что у другого зала; каждому дан свой ({ $count } залов)
       *[other] Тот же идентификатор, что у другого зала; каждому дан свой ({ $count } зала)
    }
record-session = заседание { $code } «{ $title }»
record-room = зал «{ $name }»
record-venue = место «{ $name }»
record-person = участник «{ $name }»
record-event = мероприятие
record-atLine = { $record } (строка { $line })
linkTrouble-notALink = — не ссылка (напишите её полностью, например https://example.org/join)
linkTrouble-spaces = содержит пробелы или управляющие символы
linkTrouble-noHost = не называет сайт (напишите её полностью, например https://example.org/join)
linkTrouble-scheme = использует { $scheme }:, а такие ссылки участники не могут безопасно открыть
linkField-join_url = ссылка для подключения
linkField-registration_url = ссылка для регистрации
remark-noTitle = у него нет названия
remark-titleEmpty = название пустое
remark-nameEmpty = имя пустое
remark-notUuid = идентификатор «{ $value }» недействителен
remark-startWithoutEnd = есть начало, но нет ни конца, ни длительности в минутах
remark-endWithoutStart = есть конец, но нет начала
remark-minutesNotPositive = минуты «{ $value }» — не положительное число
remark-notATime = { $field } «{ $value }» — не время вида 09:00 или 2026-07-10 09:00
remark-notANumber = { $field } «{ $value }» — не число
remark-notOneOf = { $field } «{ $value }» — ни одно из допустимых значений: { $allowed }
remark-minutesTooLarge = минуты «{ $value }» — слишком много для заседания
remark-timeWithoutDate = { $field } «{ $value }» — время без даты; добавьте столбец с датой
remark-invalid = отклонено: { $problems }
remark-refused = отклонено базой: { $message }
remark-uuidOfAnotherEvent = это заседание относится к другому мероприятию этой базы
remark-allDay = запись на весь день ({ $date }): у заседания есть время начала и конца, поэтому записи на весь день не импортируются
remark-noStart = нет DTSTART: заседанию нужно время начала
remark-noSummary = нет SUMMARY: заседанию нужно название
remark-noEnd = нет ни DTEND, ни DURATION: заседанию нужно время окончания
remark-endsBeforeStart = оно заканчивается ({ $end } UTC) не позже своего начала ({ $start } UTC)
remark-endIsDate = DTEND (строка { $line }) — дата, а DTSTART — дата и время
remark-outsideDays = оно начинается { $start } ({ $zone }), вне дней мероприятия ({ $days })
remark-noInstanceWithinDays = повторяющееся событие, ни одно повторение которого не попадает в дни мероприятия ({ $days })
remark-days = с { $first } по { $last }, { $zone }
remark-daysFrom = с { $first } по { $last }, каждый день с { $change } до { $change } следующего дня, { $zone }
remark-uidRepeats = UID { $uid } повторяет VEVENT из строки { $firstLine }; импортирован первый
remark-outsideCalendar = { $component } вне VCALENDAR не импортируется
remark-nestedEvent = VEVENT внутри { $parent } (строка { $parentLine }) не импортируется: VEVENT календаря должны находиться прямо в его VCALENDAR
remark-eventTruncated = файл обрывается внутри этого VEVENT (файл обрезан)
remark-itemOf = пункт заседания { $session }: импортирован вместе с этим заседанием
remark-notASession = { $component } — не заседание; импортируются только VEVENT
remark-columnsNotImported = столбцы не импортированы: { $columns }
remark-linkLeftOut = { $record }: ссылка «{ $url }» { $trouble }; пропущена
remark-linkFieldLeftOut = { $record }: { $field } «{ $url }» { $trouble }; пропущена
remark-propertyLinkLeftOut = { $property } «{ $value }» { $trouble }; ссылка пропущена
remark-differStore = { $record }: { $fields } различаются; оставлены значения базы
remark-differFile = { $record }: { $fields } различаются; взяты значения файла
remark-slugTaken = короткое имя «{ $slug }» здесь уже занято; мероприятие получило имя «{ $given }»
remark-personNotInFile = { $record }: участника { $person } нет в файле; роль пропущена
remark-personTwice = { $record }: участник { $person } указан как { $role } больше одного раза; оставлен один раз
remark-namedTwice = { $record }: «{ $name }» указан как { $role } больше одного раза; оставлен один раз
remark-roleTwice = «{ $name }» дважды имеет роль { $role } в этом заседании; оставлена один раз
remark-roleTwiceItem = «{ $name }» дважды имеет роль { $role } в этом пункте; оставлена один раз
remark-noDuration = { $record }: нет ни длительности, ни конца; добавлено к незапланированным заседаниям, без времени
remark-lastsNoTime = { $record }: длится ноль минут (начинается и заканчивается в { $at }); добавлено к незапланированным заседаниям, без времени
remark-guidRepeats = { $record } встречается в файле не один раз; это заседание импортировано как отдельное
remark-guidOfAnotherEvent = { $record } уже было в другом мероприятии; оно импортировано как новое заседание (у другого мероприятия остаётся своё)
remark-linksDropped =
    { $count ->
        [one] пропущена { $count } ссылка (относительная без базового адреса в файле, не ссылка или такая, которую участники не могут безопасно открыть), например { $examples }
        [few] пропущены { $count } ссылки (относительные без базового адреса в файле, не ссылки или такие, которые участники не могут безопасно открыть), например { $examples }
        [many] пропущено { $count } ссылок (относительные без базового адреса в файле, не ссылки или такие, которые участники не могут безопасно открыть), например { $examples }
       *[other] пропущено { $count } ссылки (относительные без базового адреса в файле, не ссылки или такие, которые участники не могут безопасно открыть), например { $examples }
    }
remark-roomGuidRepeats = зал «{ $room }»: у другого зала в этом файле тот же идентификатор; этому залу дан свой
remark-roomGuidOfAnotherEvent = зал «{ $room }» уже был в другом мероприятии; он добавлен как новый зал (у другого мероприятия остаётся свой)
remark-tracksShareCode = у направлений «{ $first }» и «{ $second }» один код «{ $code }»; они объединены в одно направление
remark-personWithoutName = { $record }: участник без имени пропущен
remark-unknownRoles = неизвестные роли { $roles } прочитаны как «докладчик»
remark-notIanaZone = часовой пояс файла «{ $zone }» — не имя IANA; не учтён
remark-zoneAsAsked = в файле указан часовой пояс { $fileZone }; используется { $zone }, как было указано
remark-zoneAsAskedNone = в файле не указан часовой пояс; используется { $zone }, как было указано
remark-naiveDates =
    { $count ->
        [one] { $count } дата без смещения; прочитана как местное время в { $zone }
        [few] { $count } даты без смещения; прочитаны как местное время в { $zone }
        [many] { $count } дат без смещения; прочитаны как местное время в { $zone }
       *[other] { $count } даты без смещения; прочитаны как местное время в { $zone }
    }
remark-tzidWithoutVtimezone = для TZID { $tzid } в файле нет VTIMEZONE; используется пояс IANA
remark-windowsZone = TZID «{ $tzid }» — имя пояса Windows, прочитано как { $iana }
remark-fold = { $property } { $local } наступает в { $zone } дважды (часы переводят назад); взято первое: { $first } UTC, при UTC{ $offset }, а не второе в { $second } UTC
remark-gap = { $property } { $local } не существует в { $zone } (часы переводят вперёд); прочитано со смещением до перевода
remark-rdateDateOnly = RDATE { $value } — только дата (весь день) у события со временем; не учтена
remark-exdateDate = EXDATE { $date } — дата у серии со временем: повторение в этот день исключено
remark-recurring =
    { $count ->
        [one] повторяющееся событие { $uid }: { $count } повторение в дни мероприятия, импортировано как заседание
        [few] повторяющееся событие { $uid }: { $count } повторения в дни мероприятия, каждое импортировано как заседание
        [many] повторяющееся событие { $uid }: { $count } повторений в дни мероприятия, каждое импортировано как заседание
       *[other] повторяющееся событие { $uid }: { $count } повторения в дни мероприятия, каждое импортировано как заседание
    }
remark-noEventMade = мероприятие не выбрано, и ни одно заседание файла не удалось импортировать, поэтому мероприятие не создано; ничего не изменено
remark-noUid = VEVENT без UID: опознан по SUMMARY и DTSTART
remark-htmlDescription = описание в HTML преобразовано в простой текст
remark-calendars =
    { $count ->
        [one] в файле { $count } календарь (VCALENDAR в строке { $lines }); его VEVENT импортированы
        [few] в файле { $count } календаря (VCALENDAR в строках { $lines }); импортированы VEVENT каждого
        [many] в файле { $count } календарей (VCALENDAR в строках { $lines }); импортированы VEVENT каждого
       *[other] в файле { $count } календаря (VCALENDAR в строках { $lines }); импортированы VEVENT каждого
    }
remark-outsideComponent = { $property } вне какого-либо компонента; не учтено
remark-endWithoutBegin = END:{ $name } без соответствующего BEGIN; не учтено
remark-notClosed = { $name } не закрыт до END:{ $end }
remark-truncated = файл заканчивается раньше END:{ $name } (обрезан?)
remark-blankLine = пустая строка пропущена (RFC 5545 их не допускает)
remark-latin1 = байты не в UTF-8 прочитаны как Latin-1
remark-daysOverlap = дни файла перекрываются (ночное заседание в { $night }, но день начинается с заседания в { $day }); оставлены календарные дни
remark-dayChangeShown = дни мероприятия начинаются в { $change }, как показывают времена начала дней файла: в файле не указана смена дня, а его дни содержат заседания, начинающиеся до { $nightLatest } (и заканчивающиеся к { $nightEnd }) в ночь после своей даты и с { $dayEarliest } в саму дату; заседания после полуночи остаются в предыдущем дне
remark-dayChangeHour = дни мероприятия начинаются в { $change }, первый целый час после ночных заседаний: в файле не указана смена дня, а его дни содержат заседания, начинающиеся до { $nightLatest } (и заканчивающиеся к { $nightEnd }) в ночь после своей даты и с { $dayEarliest } в саму дату; заседания после полуночи остаются в предыдущем дне
remark-offsetsTrustedKnown =
    { $count ->
        [one] у { $count } времени смещение отличается от { $zone } (например, { $text } — это { $offset }, а в { $zone } тогда { $zoneOffset }); начало не показывает то же время, поэтому принято смещение
        [few] у { $count } времён смещение отличается от { $zone } (например, { $text } — это { $offset }, а в { $zone } тогда { $zoneOffset }); начало не показывает то же время, поэтому приняты смещения
        [many] у { $count } времён смещение отличается от { $zone } (например, { $text } — это { $offset }, а в { $zone } тогда { $zoneOffset }); начало не показывает то же время, поэтому приняты смещения
       *[other] у { $count } времени смещение отличается от { $zone } (например, { $text } — это { $offset }, а в { $zone } тогда { $zoneOffset }); начало не показывает то же время, поэтому приняты смещения
    }
remark-offsetsTrustedFile =
    { $count ->
        [one] у { $count } времени смещение отличается от { $zone } (например, { $text } — это { $offset }, а в { $zone } тогда { $zoneOffset }); пояс — лишь имя из файла, поэтому принято смещение (если пояс верен, а смещение нет, импортируйте снова с часовым поясом программы)
        [few] у { $count } времён смещение отличается от { $zone } (например, { $text } — это { $offset }, а в { $zone } тогда { $zoneOffset }); пояс — лишь имя из файла, поэтому приняты смещения (если пояс верен, а смещения нет, импортируйте снова с часовым поясом программы)
        [many] у { $count } времён смещение отличается от { $zone } (например, { $text } — это { $offset }, а в { $zone } тогда { $zoneOffset }); пояс — лишь имя из файла, поэтому приняты смещения (если пояс верен, а смещения нет, импортируйте снова с часовым поясом программы)
       *[other] у { $count } времени смещение отличается от { $zone } (например, { $text } — это { $offset }, а в { $zone } тогда { $zoneOffset }); пояс — лишь имя из файла, поэтому приняты смещения (если пояс верен, а смещения нет, импортируйте снова с часовым поясом программы)
    }
remark-startUsed =
    { $count ->
        [one] у даты { $count } заседания смещение не как у { $zone }, а его начало показывает то же время: прочитано как начало в { $zone } (например, { $text } — это { $local }, а не { $utc })
        [few] у дат { $count } заседаний смещение не как у { $zone }, а их начало показывает то же время: прочитаны как начало в { $zone } (например, { $text } — это { $local }, а не { $utc })
        [many] у дат { $count } заседаний смещение не как у { $zone }, а их начало показывает то же время: прочитаны как начало в { $zone } (например, { $text } — это { $local }, а не { $utc })
       *[other] у дат { $count } заседания смещение не как у { $zone }, а их начало показывает то же время: прочитаны как начало в { $zone } (например, { $text } — это { $local }, а не { $utc })
    }
remark-durationsRead =
    { $count ->
        [one] { $count } длительность вида a:b:c прочитана как { $reading }, например «{ $text }» = { $length } ({ $why }), { $start } → { $end }
        [few] { $count } длительности вида a:b:c прочитаны как { $reading }, например «{ $text }» = { $length } ({ $why }), { $start } → { $end }
        [many] { $count } длительностей вида a:b:c прочитаны как { $reading }, например «{ $text }» = { $length } ({ $why }), { $start } → { $end }
       *[other] { $count } длительности вида a:b:c прочитаны как { $reading }, например «{ $text }» = { $length } ({ $why }), { $start } → { $end }
    }
remark-readingDays = Д:ЧЧ:ММ (дни, часы, минуты)
remark-readingHms = Ч:ММ:СС (часы, минуты, секунды)
durationWhy-pretalx = pretalx пишет Д:ЧЧ:ММ, когда доклад длится сутки
durationWhy-lastFieldNotZero = последнее поле не ноль, а расписания считают минуты, а не секунды
durationWhy-hmsTooLong = как Ч:ММ:СС она вышла бы за конец мероприятия
durationWhy-schema = Ч:ММ:СС — форма схемы frab
durationWhy-dhmTooLong = как Д:ЧЧ:ММ она вышла бы за конец мероприятия
publishReason-changedOnServer = изменено на сервере после последней публикации Plenary: оставлено как есть
publishReason-noEtag = сервер не даёт для неё метки версии (ETag), поэтому её нельзя безопасно заменить
publishReason-leftScopeChanged = она больше не входит в календарь, но с тех пор была изменена на сервере: не удалена
publishReason-notOurs = там уже есть запись календаря, которую Plenary не отправлял: оставлена как есть
publishReason-refused = сервер её отклонил (HTTP { $status })
publishReason-passwordRefused = сервер отклонил пароль
publishReason-serverAnswered = сервер сейчас не может принять больше (HTTP { $status })
publishReason-outOfSpace = на сервере нет места для этого календаря (HTTP { $status })
publishReason-noAnswer = сервер не ответил
omitted-label = { $code } «{ $title }»
omitted-notScheduled = { $session }: без времени (среди незапланированных заседаний)
omitted-cancelled = { $session }: отменено
omitted-tooLong = { $session }: длится дольше 99:59, а длительности frab этого не выражают
omitted-outsideDays = { $session }: вне дней мероприятия
remark-newerCopy = у { $name } есть более новая копия в строке { $keptLine }, импортирована она: { $why }
remark-copies =
    { $count ->
        [one] { $name } встречается { $count } раз; импортирована копия из строки { $keptLine } (против { $against })
        [few] { $name } встречается { $count } раза; импортирована копия из строки { $keptLine } (против { $against })
        [many] { $name } встречается { $count } раз; импортирована копия из строки { $keptLine } (против { $against })
       *[other] { $name } встречается { $count } раза; импортирована копия из строки { $keptLine } (против { $against })
    }
remark-copyName = UID { $uid }
remark-copyNameRid = UID { $uid } RECURRENCE-ID { $rid }
remark-againstLine = строка { $line }: { $why }
remark-unknownTag = метка «{ $tag }»: такого термина в этой базе нет
copyWhy-higherSequence = больший SEQUENCE ({ $kept } > { $other })
copyWhy-laterStamp = тот же SEQUENCE { $sequence }, более поздний DTSTAMP/LAST-MODIFIED ({ $kept } > { $other })
copyWhy-laterInFile = те же SEQUENCE { $sequence } и DTSTAMP/LAST-MODIFIED; оставлена последняя в файле
copyWhy-none = нет
remark-startsOutsideConference = оно начинается { $start }, вне дней мероприятия (с { $first } по { $last }); отклонено как ошибка ввода
remark-endsAfterConference = оно заканчивается { $end }, после мероприятия (которое заканчивается не позже { $latest }); отклонено как ошибка ввода
remark-durationNotHhmm = длительность «{ $text }» не в формате ЧЧ:ММ
remark-durationTooLong = длительность «{ $text }» ({ $length }) вышла бы за конец мероприятия ({ $bound }); отклонено как ошибка ввода
remark-durationTooLongEitherWay = длительность «{ $text }» вышла бы за конец мероприятия при любом прочтении (как Д:ЧЧ:ММ { $dhm }, как Ч:ММ:СС { $hms }; { $bound }); отклонено как ошибка ввода
remark-boundEnds = мероприятие заканчивается не позже { $latest }
remark-boundWeek = в файле нет дат мероприятия, а заседание длится не больше недели
remark-impossible = невозможно
remark-unknownDate = ?
remark-unknownZone = неизвестный часовой пояс «{ $tzid }», и в файле нет для него VTIMEZONE
remark-notADate = { $property } «{ $value }» (строка { $line }) — не дата
remark-notADateTime = { $property } «{ $value }» (строка { $line }) — не дата и время
remark-badDuration = { $property } «{ $value }» (строка { $line }) — не длительность
remark-durationTooLongIcal = { $property } «{ $value }» (строка { $line }) слишком велика для длительности
remark-beyondCalendar = { $property } (строка { $line }) уводит время за пределы любой даты календаря
remark-recurrenceIdDate = RECURRENCE-ID — дата; повторения на весь день не импортируются
remark-rruleRefused = { $why } (строка { $line }); событие не импортировано
remark-rrulePart = часть { $part } правила RRULE Plenary развернуть не может (только INTERVAL, COUNT, UNTIL, BYDAY, WKST, BYMONTH и BYMONTHDAY), а без неё время было бы неверным
remark-rruleFreq = RRULE FREQ={ $freq } Plenary развернуть не может (только DAILY и WEEKLY)
remark-rruleNoFreq = RRULE без FREQ
rruleExpected-numbers = { $part }={ $value } — не список допустимых чисел
rruleExpected-plainWeekdays = { $part }={ $value }: развернуть можно только простые дни недели (без порядковых, как 1MO)
rruleExpected-weekday = { $part }={ $value } — не день недели
rruleExpected-date = { $part }={ $value } — не дата и не дата со временем
rruleExpected-positive = { $part }={ $value } — не положительное число
remark-lineIgnored = { $problem }; строка пропущена
lineProblem-noColon = «{ $text }» — не строка содержимого (нет «:»)
lineProblem-notAName = «{ $text }» — не имя свойства
lineProblem-parameterNoValue = у параметра { $property } нет значения, и за ним нет «:»
lineProblem-unclosedQuote = у параметра { $parameter } свойства { $property } не закрыта кавычка
lineProblem-noValue = у свойства { $property } нет «:» перед значением
remark-noStartTime = нет пригодного времени начала (дата: { $date }, начало: { $start })
upsert-created = новых
upsert-updated = обновлено
upsert-unchanged = без изменений
io-includePrivate = Включить конфиденциальные данные (коды доступа, личные заметки)
io-preview = Предварительный просмотр
io-previewHeading = Предварительный просмотр файла календаря
io-exportButton = Экспорт…
io-exported =
    { $count ->
        [one] Записано { $count } заседание ({ $bytes } байт) в { $path }.
        [few] Записано { $count } заседания ({ $bytes } байт) в { $path }.
        [many] Записано { $count } заседаний ({ $bytes } байт) в { $path }.
       *[other] Записано { $count } заседания ({ $bytes } байт) в { $path }.
    }
io-import = Импорт
io-importDry = Проверить файл (ничего не меняя)…
io-importButton = Импорт…
io-report = Отчёт об импорте
io-reportDry = Проверка импорта (ничего не изменено)
io-progress = { $task }: { $done } из { $total }
io-working = Выполняется…
task-export = Экспорт
task-import = Импорт
io-cancelled = Файл не выбран.
io-exportedNoSessions = В файле нет заседаний: у этого мероприятия пока нет запланированных заседаний для экспорта.
io-selection = Подборка
io-selectionHeading = Подборки (личные календари)
io-selectionSessions = Заседания в подборке (выбрано: { $count })
io-filterIcs = Файлы iCalendar
io-filterCsv = Файлы CSV
io-filterFrab = Программы frab (XML, JSON)
io-filterXml = Файлы XML
io-filterJson = Файлы JSON
io-filterEventFile = Файлы мероприятий Plenary
io-importFormat = Содержимое файла
io-formatIcs = Календарь (iCalendar), в это мероприятие
io-formatFrab = Программа конференции (frab XML или JSON): новое мероприятие или обновление ранее созданного из неё
io-formatCsvPeople = Участники (таблица CSV)
io-formatCsvSessions = Заседания (таблица CSV), в это мероприятие
io-formatEventFile = Файл мероприятия Plenary от другого организатора: новое мероприятие или слияние с нашим
io-csvHint = Выберите файл, чтобы увидеть его столбцы. Каждый столбец сопоставляется с полем по заголовку; измените любое сопоставление, прежде чем проверять или импортировать файл.
io-csvChoose = Выбрать файл…
io-csvChooseOther = Выбрать другой файл…
io-csvNoFile = Файл пока не выбран.
io-csvColumnsRead =
    { $count ->
        [one] { $file }: { $count } столбец. Выберите для него поле ниже.
        [few] { $file }: { $count } столбца. Выберите поле для каждого ниже.
        [many] { $file }: { $count } столбцов. Выберите поле для каждого ниже.
       *[other] { $file }: { $count } столбца. Выберите поле для каждого ниже.
    }
io-columns = Столбцы файла { $file }
io-columnHeader = Столбец в файле
io-columnField = Импортируется как
io-columnFieldFor = Поле для столбца «{ $header }»
io-columnNoHeader = Столбец { $n } (без заголовка)
io-columnFixed = Столбец без собственного заголовка импортируется так, как показано.
io-columnAuto = сопоставлен по заголовку
io-columnTwice = «{ $field }» выбрано для нескольких столбцов; выберите его только для одного.
io-notImported = Не импортируется
io-csvCheck = Проверить файл (ничего не меняя)
io-csvImport = Импорт
csvField-uuid = UUID
csvField-honorific = Обращение
csvField-name = Имя
csvField-function = Должность
csvField-organisation = Организация
csvField-bio = Биография
csvField-email = Электронная почта
csvField-phone = Телефон
csvField-code = Код заседания
csvField-title = Название
csvField-subtitle = Подзаголовок
csvField-kind = Вид заседания
csvField-status = Статус
csvField-date = Дата
csvField-start = Время начала
csvField-end = Время окончания
csvField-minutes = Продолжительность в минутах
csvField-room = Зал
csvField-participation = Формат участия (очно, онлайн, смешанный)
csvField-description = Описание
csvField-languages = Языки
csvField-interpretation = Устный перевод
csvField-join_url = Ссылка для онлайн-подключения
csvField-registration_url = Ссылка для регистрации
csvField-expected_attendance = Ожидаемое число участников
csvField-organisers = Организаторы
csvField-links = Ссылки
csvField-tags = Метки
csvField-moderators = Модераторы
csvField-masters_of_ceremonies = Распорядители церемонии
csvField-chairs = Председатели
csvField-keynote_speakers = Основные докладчики
csvField-speakers = Выступающие
csvField-panellists = Участники дискуссии
csvField-presenters = Ведущие презентаций
csvField-rapporteurs = Докладчики
csvField-organiser_contacts = Контактные лица организатора
io-zone = Часовой пояс программы
io-zoneHint = Нужен, если в файле он не указан (например, у FOSDEM). Имя IANA, например Europe/Brussels; оставьте пустым, чтобы использовать пояс из файла.
io-retryZone = Повторить с этим часовым поясом
io-take = Где заседание изменили мы оба
io-takeStore = Оставить моё (изменения из файла перечислены в отчёте)
io-takeFile = Взять из файла
io-chooseHeading = Выбор по каждому конфликту
io-chooseHint = «Оставить моё» оставляет заседание в этом хранилище без изменений; «Взять из файла» заменяет его версией другого организатора.
io-chooseLegend = { $code } { $title } (изменено обеими сторонами: { $fields })
io-chooseSay =
    { $count ->
        [one] { $count } конфликт нужно решить: выберите сторону ниже.
        [few] { $count } конфликта нужно решить: выберите сторону для каждого ниже.
        [many] { $count } конфликтов нужно решить: выберите сторону для каждого ниже.
       *[other] { $count } конфликта нужно решить: выберите сторону для каждого ниже.
    }
io-pickStore = Оставить моё
io-checkChoices = Проверить с этим выбором (ничего не меняя)
io-applyChoices = Применить этот выбор
io-choicesChecked = Проверено с вашим выбором; ничего не изменено.
io-choicesApplied = Ваш выбор применён.
io-importedInto = Импортировано в мероприятие «{ $title }».
io-reportInto = Импортировано в «{ $title }»
io-reportDryInto = Проверка импорта в «{ $title }» (ничего не изменено)
io-frabTarget = Расписание frab импортируется в мероприятие, которое оно называет (по аббревиатуре), а не в открытое здесь: в первый раз — в новое мероприятие, при следующих импортах — в то же самое.
io-zoneSuggest = Часовые пояса со смещением { $offsets } на { $date } (первый день файла):
io-openEvent = Открыть «{ $title }»
io-interchange = Экспорт для приложений конференций, электронных таблиц и других организаторов
io-exportFormat = Формат
io-formatFrabXml = Программа frab XML (Giggity, EventFahrplan, ConfClerk)
io-formatFrabJson = Программа frab JSON
io-exportCsvSessions = Заседания (таблица CSV)
io-exportCsvPeople = Участники этого мероприятия (таблица CSV)
io-exportEventFile = Файл мероприятия Plenary для другого организатора
io-includePrivateAll = Включить конфиденциальные данные (адреса электронной почты, номера телефонов, коды доступа, личные заметки)
io-privateNone = Этот формат никогда не содержит конфиденциальных данных.
io-exportedPeople = Участники мероприятия записаны ({ $bytes } байт) в { $path }.
io-leftOut =
    { $count ->
        [one] { $count } заседание не вошло в файл:
        [few] { $count } заседания не вошли в файл:
        [many] { $count } заседаний не вошли в файл:
       *[other] { $count } заседания не вошли в файл:
    }
checks-heading = Проверки
checks-run = Выполнить проверки
checks-none = Замечаний нет: программа проходит все проверки.
checks-severity = Важность
checks-rule = Правило
checks-message = Замечание
checks-sessions = Заседания
checks-acknowledge = Принять к сведению
checks-acknowledged = Принято к сведению
checks-failed = Не удалось выполнить проверки: { $message }
severity-error = Ошибка
severity-warning = Предупреждение
severity-information = Примечание
checks-count =
    { $count ->
        [one] { $count } замечание
        [few] { $count } замечания
        [many] { $count } замечаний
       *[other] { $count } замечания
    }
nav-checksCount = Проверки ({ $count })
checks-liveCount =
    { $count ->
        [one] Проверки: { $count } открытое замечание
        [few] Проверки: { $count } открытых замечания
        [many] Проверки: { $count } открытых замечаний
       *[other] Проверки: { $count } открытого замечания
    }
sessionFindings-heading = Замечания по этому заседанию
sessionFindings-none = Открытых замечаний нет: заседание проходит все проверки.
sessionFindings-other = Другое заседание:
moderator-findings = Накладки и проблемы
moderator-people = Участники этого заседания
moderator-eventLine = { $title }, { $dates }, время по поясу { $zone }
rule-room_double_booked = Зал занят дважды
rule-person_double_booked = Участник в двух местах
rule-person_unavailable = Участник недоступен
rule-changeover_too_short = Слишком короткий перерыв
rule-outside_event_days = Вне дней мероприятия
rule-outside_room_hours = Вне часов работы зала
rule-over_capacity = Превышена вместимость
rule-missing_join_link = Нет ссылки для подключения
rule-no_streaming_in_room = В зале нет трансляции
rule-no_interpretation_in_room = Мало кабин устного перевода
rule-panel_without_moderator = Дискуссия без модератора
rule-item_outside_parent = Пункт вне заседания
rule-items_overlap = Пункты пересекаются
rule-non_positive_duration = Окончание раньше начала
rule-unscheduled = Не запланировано
finding-noRoom = (не назначен)
finding-room_double_booked = { $room } забронирован дважды { $span }: «{ $session }» ({ $span1 }) и «{ $session2 }» ({ $span2 }) ({ $zone }).
finding-person_double_booked = { $person } одновременно в двух местах { $span }: «{ $session }» в зале { $room1 } ({ $span1 }) и «{ $session2 }» в зале { $room2 } ({ $span2 }) ({ $zone }).
finding-person_unavailable = { $person } участвует в «{ $session }» ({ $span }) вне указанного времени доступности ({ $zone }).
finding-changeover_too_short-room = У зала { $room } только { $minutes } мин между «{ $session }» (окончание в { $endTime }) и «{ $session2 }» (начало в { $startTime }); нужно { $needMinutes } мин ({ $zone }).
finding-changeover_too_short-person = У участника { $person } только { $minutes } мин, чтобы перейти из «{ $session }» в зале { $room1 } (окончание в { $endTime }) в «{ $session2 }» в зале { $room2 } (начало в { $startTime }); нужно { $needMinutes } мин ({ $zone }).
finding-outside_event_days = «{ $session }» ({ $span }) выходит за рамки дней мероприятия, с { $firstDay } по { $lastDay } ({ $zone }).
finding-outside_room_hours = «{ $session }» ({ $span }) выходит за часы работы зала { $room } ({ $zone }).
finding-over_capacity = На «{ $session }» ожидается { $expected } чел., а зал { $room } вмещает { $capacity }.
finding-missing_join_link-remote = «{ $session }» проводится дистанционно, но не имеет ссылки для подключения.
finding-missing_join_link-hybrid = «{ $session }» проводится в смешанном формате, но не имеет ссылки для подключения.
finding-missing_join_link-remote_room = «{ $session }» проводится дистанционно, но не имеет ссылки для подключения, и у зала { $room } её тоже нет.
finding-missing_join_link-hybrid_room = «{ $session }» проводится в смешанном формате, но не имеет ссылки для подключения, и у зала { $room } её тоже нет.
finding-no_streaming_in_room = «{ $session }» проводится в смешанном формате, но в зале { $room } нет трансляции.
finding-no_interpretation_in_room = Для «{ $session }» нужен перевод на большее число языков ({ $languages }), чем кабин в зале { $room } ({ $booths }).
finding-panel_without_moderator = У дискуссии «{ $session }» нет ни модератора, ни председателя.
finding-item_outside_parent = Пункт «{ $item }» ({ $itemSpan }) выходит за рамки заседания «{ $session }» ({ $span }) ({ $zone }).
finding-items_overlap = Пункты «{ $item }» ({ $itemSpan }) и «{ $item2 }» ({ $item2Span }) заседания «{ $session }» пересекаются ({ $zone }).
finding-non_positive_duration = «{ $session }» заканчивается ({ $endTime }) не позже, чем начинается ({ $startTime }) ({ $zone }).
finding-unscheduled-no_time = У «{ $session }» пока нет времени.
finding-unscheduled-no_room = У «{ $session }» есть время ({ $span }), но пока нет зала ({ $zone }).
print-programme = Программа — { $event }
print-day = Напечатать этот день
nav-publish = Публикация
task-caldav = Публикация на сервере календарей
publish-heading = Публикация
publish-releases = Выпуски
publish-noReleases = Выпусков пока нет: первый выпуск публикует все заседания.
publish-name = Название
publish-when = Дата выпуска
publish-sessions = Заседания
publish-note = Примечание
publish-noteOptional = Примечание (необязательно)
publish-pendingSince = Какие изменения увидят участники после «{ $name }»?
publish-pendingFirst = Что опубликует первый выпуск?
publish-noChanges = Ничего из того, что видят участники, не изменилось.
publish-kindCount = { $kind }: { $count }
publish-byPerson =
    { $count ->
        [one] По участникам: нужно уведомить { $count } человека
        [few] По участникам: нужно уведомить { $count } человек
        [many] По участникам: нужно уведомить { $count } человек
       *[other] По участникам: нужно уведомить { $count } человека
    }
publish-unscheduled = не запланировано
publish-noRoom = без зала
publish-newRelease = Новый выпуск
publish-nameHint = Например, «1.0» или «1.1 — смена залов»; каждое название один раз на мероприятие.
publish-release = Выпустить
publish-released =
    { $count ->
        [one] Выпуск «{ $name }» опубликован: { $count } заседание.
        [few] Выпуск «{ $name }» опубликован: { $count } заседания.
        [many] Выпуск «{ $name }» опубликован: { $count } заседаний.
       *[other] Выпуск «{ $name }» опубликован: { $count } заседания.
    }
publish-compare = Сравнить два выпуска
publish-from = С
publish-to = По
publish-previous = Предыдущий выпуск
publish-current = Текущее состояние (не выпущено)
publish-nothing = Ничего (до первого выпуска)
publish-compareButton = Сравнить
publish-comparedHeading = С { $from } по { $to }
publish-site = Веб-сайт
publish-siteHint = Папка страниц, календарей и файлов программы, которая работает без сети, с USB-накопителя или на любом веб-хостинге.
publish-siteRelease = Выпуск для публикации
publish-siteButton = Выбрать папку и опубликовать…
publish-siteWritten =
    { $count ->
        [one] Записан { $count } файл в { $path }.
        [few] Записано { $count } файла в { $path }.
        [many] Записано { $count } файлов в { $path }.
       *[other] Записано { $count } файла в { $path }.
    }
publish-caldav = Сервер календарей (CalDAV)
publish-caldavHint = Размещает на сервере по одной записи календаря на заседание; подписчики видят каждое изменение. Повторная публикация отправляет только изменения.
publish-url = Адрес сервера
publish-user = Имя пользователя
publish-password = Пароль
publish-passwordHint = Используется только для этой публикации: Plenary его не хранит.
publish-scope = Заседания для публикации
publish-scopeWhole = Всё мероприятие
publish-scopeRoom = Один зал
publish-scopeTrack = Одно направление
publish-scopePerson = Один участник
publish-track = Направление
publish-scopeMissing = Выберите зал, направление или участника для публикации.
publish-dryRun = Пробный запуск: только показать, что будет отправлено
publish-allowHttp = Разрешить обычный http к другому компьютеру (пароль передаётся по сети без шифрования)
publish-caldavDryButton = Проверить, что будет отправлено
publish-caldavButton = Опубликовать на сервере
publish-reportDry =
    { $count ->
        [one] Пробный запуск: ничего не отправлено. Охвачено { $count } заседание, календарь { $collection }.
        [few] Пробный запуск: ничего не отправлено. Охвачено { $count } заседания, календарь { $collection }.
        [many] Пробный запуск: ничего не отправлено. Охвачено { $count } заседаний, календарь { $collection }.
       *[other] Пробный запуск: ничего не отправлено. Охвачено { $count } заседания, календарь { $collection }.
    }
publish-reportDone =
    { $count ->
        [one] Опубликовано { $count } заседание в календаре { $collection }.
        [few] Опубликовано { $count } заседания в календаре { $collection }.
        [many] Опубликовано { $count } заседаний в календаре { $collection }.
       *[other] Опубликовано { $count } заседания в календаре { $collection }.
    }
publish-reportCollection = Календаря не было, он создан.
publish-reportSent = Новых: { $created }; изменено: { $updated }; удалено: { $deleted }; без изменений: { $unchanged }.
publish-reportConflicts =
    { $count ->
        [one] { $count } конфликт, оставлено как на сервере: { $list }
        [few] { $count } конфликта, оставлено как на сервере: { $list }
        [many] { $count } конфликтов, оставлено как на сервере: { $list }
       *[other] { $count } конфликта, оставлено как на сервере: { $list }
    }
publish-reportFailed = Отклонено сервером ({ $count }): { $list }
publish-reportStopped = Остановлено: { $reason }. Не отправлено: { $count }; опубликуйте снова, чтобы завершить.
publish-reportRequests =
    { $count ->
        [one] { $count } запрос к серверу, из них записей: { $writes }.
        [few] { $count } запроса к серверу, из них записей: { $writes }.
        [many] { $count } запросов к серверу, из них записей: { $writes }.
       *[other] { $count } запроса к серверу, из них записей: { $writes }.
    }
change-added = добавлено
change-removed = удалено
change-cancelled = отменено
change-reinstated = восстановлено
change-movedTime = перенесено (время)
change-movedRoom = перенесено (зал)
change-retitled = новое название
change-peopleChanged = изменён состав участников
change-joinLinkChanged = изменена ссылка для подключения
