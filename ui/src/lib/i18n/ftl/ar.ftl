# العربية. مصطلحات الأمم المتحدة (UNTERM) حيثما وجدت. فئات الجمع: zero, one, two, few, many, other.

app-title = Plenary
app-skip = الانتقال إلى المحتوى
app-currentEvent = الفعالية الحالية:
app-noEvent = لم تُختر أي فعالية
app-dismiss = إغلاق
app-loading = جارٍ تحميل الفعالية…
app-language = اللغة
nav-label = التنقل الرئيسي
nav-events = الفعاليات
nav-agenda = البرنامج
nav-sessions = الجلسات
nav-rooms = القاعات
nav-people = الأشخاص
nav-vocabularies = قوائم المصطلحات
nav-moderator = مدير الحوار
nav-import-export = استيراد/تصدير
nav-checks = التحقق
error-noWindow = يلزم وجود نافذة Plenary: لا تعمل هذه الصفحة إلا داخل تطبيق Plenary المكتبي.
error-prefix = تعذّر إتمام الإجراء: { $message }
error-chooseEvent = اختر فعالية أولاً (شاشة الفعاليات).
error-labelled = { $label }: { $message }
error-inRow = { $label }، الصف { $row }
problem-required = هذا الحقل مطلوب.
problem-notALink = «{ $value }» ليس رابطاً: اكتبه كاملاً، مثل https://example.org/join.
problem-linkSpaces = يحتوي «{ $value }» على مسافات أو محارف تحكّم.
problem-linkNoHost = لا يذكر «{ $value }» أي موقع: اكتبه كاملاً، مثل https://example.org/join.
problem-unsafeScheme = يستخدم «{ $value }» البادئة { $scheme }: التي لا يستطيع المشاركون فتحها بأمان: استخدم رابطاً يبدأ بـ https: أو mailto: أو tel:.
problem-missingEnd = حدّد وقت النهاية مع وقت البداية، أو لا تحدّد أياً منهما.
problem-missingStart = حدّد وقت البداية مع وقت النهاية، أو لا تحدّد أياً منهما.
problem-beforeStart = تنتهي الجلسة قبل أن تبدأ.
problem-outsideEvent = تقع الجلسة خارج أيام الفعالية (من { $first } إلى { $last }، { $zone }).
problem-noSuchRoom = لم تعد هذه القاعة موجودة: اختر قاعة أخرى.
problem-otherEventsRoom = تتبع هذه القاعة فعالية أخرى: اختر إحدى قاعات هذه الفعالية.
problem-noSuchPerson = لم يعد هذا الشخص موجوداً: اختر شخصاً آخر.
problem-roleTwice = يتولى الشخص نفسه هذا الدور مرتين.
problem-tagTwice = هذا الوسم مذكور مرتين.
problem-noSuchTerm = لم يعد هذا الوسم موجوداً.
problem-yearOutOfRange = { $value } خارج السنوات التي يخطط فيها Plenary ({ $first }–{ $last }).
problem-endBeforeStartDate = اليوم الأخير يسبق اليوم الأول.
problem-tooLong = لا يجوز أن تتجاوز مدة الفعالية سنة واحدة.
problem-badSlug = يجب أن يتكون «{ $value }» من ١ إلى ٦٤ حرفاً لاتينياً صغيراً أو رقماً أو شرطة، مثل wsis-2026؛ اتركه فارغاً ليُنشأ من العنوان.
problem-unknownZone = «{ $value }» ليس منطقة زمنية: اختر منطقة مثل Europe/Zurich.
problem-notAnEmail = «{ $value }» ليس عنوان بريد إلكتروني.
problem-endsBeforeItStarts = تنتهي هذه الفترة قبل أن تبدأ.
problem-closesBeforeOpens = تنتهي ساعات العمل هذه قبل أن تبدأ.
problem-fileNotFound = { $file }: لا يوجد ملف بهذا الاسم.
problem-fileDenied = { $file }: لا يحق لك فتح هذا الملف.
problem-fileIsFolder = { $file }: هذا مجلد وليس ملفاً.
problem-diskFull = { $file }: القرص ممتلئ.
problem-readOnly = { $file }: القرص للقراءة فقط.
problem-fileUnreadable = { $file }: تتعذّر قراءة محتوى الملف.
problem-fileFailed = { $file }: تعذّرت قراءة الملف أو كتابته ({ $message }).
problem-notFound = لم يعد هذا العنصر محفوظاً: فقد حُذف أو غُيّر في مكان آخر.
problem-notChosen = { $file }: لا يستخدم Plenary إلا الملفات المختارة في مربعات الحوار الخاصة به؛ اختر الملف مرة أخرى.
problem-nameNotUtf8 = { $file }: لا يستطيع Plenary استخدام اسم هذا الملف؛ أعد تسمية الملف ثم اختره مرة أخرى.
problem-taken = «{ $value }» مستخدم بالفعل؛ اختر غيره.
problem-linkHasPassword = «{ $value }» يتضمن اسم مستخدم أو كلمة مرور: احذفهما واكتب اسم المستخدم في الحقل المخصص له.
problem-plainHttp = «{ $value }» اتصال http غير مشفر بجهاز آخر: ستعبر كلمة المرور الشبكة دون تشفير. استخدم عنوان https، أو اسمح بـ http غير المشفر لهذا الخادم.
problem-notHttps = يجب أن يبدأ «{ $value }» بـ https:// (أو http:// إلى هذا الحاسوب).
problem-serverRefusedLogin = رفض الخادم كلمة مرور المستخدم «{ $user }»: تحقق من اسم المستخدم وكلمة المرور.
problem-serverStatus = رفض خادم التقويم الطلب (خطأ HTTP { $status })؛ لم يُرسَل أي شيء.
problem-serverFull = لم تعد في خادم التقويم مساحة لهذا التقويم (HTTP 507)؛ لم يُرسَل أي شيء.
problem-serverSilent = لم يستجب الخادم { $url }: تحقق من العنوان ومن الاتصال بالشبكة. لم يُرسَل أي شيء.
problem-badArgument = تعذّر على Plenary قراءة قيمة «{ $field }» التي أرسلتها نافذته؛ يُرجى الإبلاغ عن هذه المشكلة.
problem-jobFailed = تعذّر على Plenary إتمام هذه المهمة بسبب خطأ داخلي؛ لم يتغير أي شيء. يُرجى الإبلاغ عن هذه المشكلة.
problem-storeDamaged = تعذّر على Plenary فتح ملف بياناته { $file }: الملف تالف أو ليس قاعدة بيانات. لم يتغير أي شيء: استعده من نسخة احتياطية، أو انقله إلى مكان آخر وسينشئ Plenary ملفاً جديداً.
problem-storeNewer = تعذّر على Plenary فتح ملف بياناته: فقد كتبه إصدار أحدث من Plenary. حدّث Plenary لفتحه؛ لم يتغير أي شيء.
problem-notAStore = تعذّر على Plenary فتح ملف بياناته: فالملف يخص تطبيقاً آخر. لم يتغير أي شيء؛ أعطِ Plenary ملفاً آخر.
problem-database = تعذّر على Plenary تنفيذ ذلك بسبب خطأ في قاعدة البيانات؛ لم يتغير أي شيء. يُرجى الإبلاغ عن هذه المشكلة.
problem-cannotRestore-alreadyThere = لا يمكن استعادة «{ $what }»: فهو موجود بالفعل.
problem-cannotRestore-inDirectory = لا يمكن استعادة «{ $what }»: فهذا الشخص موجود في الدليل بالفعل.
problem-cannotRestore-shortNameTaken = لا يمكن استعادة «{ $what }»: فالفعالية «{ $event }» تحمل الآن اسمه المختصر { $slug }. غيّر الاسم المختصر لتلك الفعالية، ثم تراجع مرة أخرى.
problem-cannotRestore-codeTaken = لا يمكن استعادة «{ $what }»: ففي المفردات «{ $vocabulary }» الآن مصطلح آخر يحمل رمزه { $code }.
problem-cannotRestore-vocabularyGone = لا يمكن استعادة «{ $what }»: فقد حُذفت مفرداته.
problem-cannotRestore-eventGone = لا يمكن استعادة «{ $what }»: فقد حُذفت فعاليته.
problem-cannotRestore-store = لا يمكن استعادة «{ $what }»: رفض المخزن أحد صفوفه ({ $table })؛ لم يتغير أي شيء. يُرجى الإبلاغ عن هذه المشكلة.
importError-format = { $file }: { $message }. لم يُستورد أي شيء.
importError-formatAt = { $file }، السطر { $line }: { $message }. لم يُستورد أي شيء.
importError-needsTimezone = لا يذكر الملف { $file } أي منطقة زمنية، وأوقاته أوقات محلية مجردة: اختر المنطقة الزمنية للبرنامج وأعد المحاولة. لم يُستورد أي شيء.
importError-needsTimezoneOffsets = لا يذكر الملف { $file } أي منطقة زمنية، وتحمل أوقاته الفارق { $offsets }: اختر المنطقة الزمنية للبرنامج وأعد المحاولة. لم يُستورد أي شيء.
importError-noDates = لا يعطي الملف { $file } أي تواريخ: لا يوجد لأي من أحداثه وقت بدء. استورده إلى فعالية موجودة بدلاً من ذلك. لم يُستورد أي شيء.
importError-unknownTimezone = «{ $zone }» ليست منطقة زمنية: اختر واحدة من القائمة، مثل Europe/Berlin. لم يُستورد أي شيء.
importError-unknownField = مطابقة الأعمدة: «{ $field }»، المختار للعمود «{ $header }»، ليس حقلاً يستورده Plenary. لم يُستورد أي شيء.
importError-unknownColumn = مطابقة الأعمدة: لا يحتوي الملف على العمود «{ $header }»؛ أعمدته هي { $columns }. لم يُستورد أي شيء.
importError-fieldMappedTwice = مطابقة الأعمدة: يُستورد كل من «{ $header }» و«{ $other }» بوصفه { $field }؛ اختر هذا الحقل لعمود واحد فقط. لم يُستورد أي شيء.
importError-missingColumn = لا يُستورد أي عمود بوصفه { $field } (الأعمدة هي { $columns }): اختر هذا الحقل لعمود واحد في مطابقة الأعمدة. لم يُستورد أي شيء.
formatProblem-not_json = ليس JSON صالحًا
formatProblem-not_an_event_file = ليس ملف فعالية من Plenary
formatProblem-newer_event_file = هو ملف فعالية من الإصدار { $version } كتبه إصدار أحدث من Plenary؛ وهذا الإصدار يقرأ حتى الإصدار { $supported }
formatProblem-bad_event_file = أحد حقول ملف الفعالية ليس على الشكل المتوقع
formatProblem-event_not_accepted = لا يمكن استيراد الفعالية التي يصفها: Plenary لا يقبل تواريخها أو منطقتها الزمنية
formatProblem-unreadable_header = تتعذر قراءة صف العناوين فيه
formatProblem-no_header_row = ليس فيه صف عناوين
formatProblem-unreadable_row = تتعذر قراءة هذا الصف
formatProblem-not_xml = ليس XML سليم البنية
formatProblem-bad_text = تتعذر قراءة هذا النص
formatProblem-bad_cdata = تتعذر قراءة قسم CDATA هذا
formatProblem-unknown_entity = الكيان &{ $entity }; غير معروف (لا يُسمح إلا بكيانات XML الخمسة ومراجع الأحرف)
formatProblem-empty = الملف فارغ
formatProblem-not_a_schedule = ليس برنامج frab: عنصره الجذر هو <{ $element }> وليس <schedule>
formatProblem-not_a_schedule_file = ليس برنامج frab بصيغة XML ولا برنامجًا بصيغة JSON
formatProblem-no_schedule = ليس ملف برنامج بصيغة JSON: ليس فيه كائن «schedule» في المستوى الأعلى
formatProblem-no_conference = ليس ملف برنامج بصيغة JSON: لا يحتوي «schedule» فيه على «conference»
formatProblem-no_schedule_dates = لا يذكر أي تواريخ: لا توجد جلسة لها وقت، وليس للمؤتمر بداية ونهاية
formatProblem-span_too_long = تمتد جلساته من { $first } إلى { $last }، أي أكثر من سنة؛ ولا تدوم الفعالية أكثر من سنة
formatProblem-not_icalendar = ليس ملف iCalendar: يبدأ بـ«{ $start }» وليس بـBEGIN:VCALENDAR
formatProblem-no_vcalendar = لا يحتوي على أي تقويم (لا يوجد VCALENDAR)
formatProblem-no_vevent = لا يحتوي تقويمه على أي مواعيد، فلا توجد جلسات تُنشأ منها فعالية
common-save = حفظ
common-cancel = إلغاء
common-delete = حذف
common-edit = تعديل
common-add = إضافة
common-remove = إزالة
common-moveUp = نقل إلى الأعلى
common-moveDown = نقل إلى الأسفل
common-confirmDelete = حذف «{ $name }»؟ لا يمكن التراجع عن ذلك.
common-saved = حُفظ «{ $name }».
common-deleted = حُذف «{ $name }».
removal-ask = حذف «{ $name }»؟ يمكنك التراجع عن ذلك.
removal-confirm = حذف «{ $name }»
removal-person = يُزال { $name } من هذه الجلسات ({ $count }):
removal-room = تعود هذه الجلسات إلى الجلسات غير المجدولة ({ $count }):
removal-venue = تفقد هذه القاعات مكانها ({ $count }):
removal-term = يُزال الوسم من هذه الجلسات ({ $count }):
removal-event = يحذف أيضًا جلساته ({ $sessions }) وقاعاته ({ $rooms }) وأماكنه ({ $venues }) وإصداراته ({ $releases }).
removal-withRoles = { $title } ({ $roles })
removal-more = وغيرها ({ $count })
removal-looking = جارٍ البحث عمّا يعتمد عليه…
removal-missing = أُعيد «{ $name }»، ولكن دون روابطه بهذه العناصر التي حُذفت أو تغيّرت منذ ذلك الحين: { $list }.
removal-staleUndo = لا يمكن التراجع عن { $what }: فقد تغيّر البرنامج خارج هذه النافذة منذ ذلك الحين.
removal-staleRedo = لا يمكن إعادة { $what }: فقد تغيّر البرنامج خارج هذه النافذة منذ ذلك الحين.
removal-outside = تغيّر البرنامج خارج هذه النافذة؛ وهي تعرض الآن ما هو محفوظ.
removal-gone = لم يعد «{ $name }» محفوظًا (تغيّر في مكان آخر)؛ تعرض الشاشات الآن ما هو محفوظ.
removal-goneUndo = لا يمكن التراجع عن { $what }: فما يغيّره لم يعد محفوظًا.
removal-goneRedo = لا يمكن إعادة { $what }: فما يغيّره لم يعد محفوظًا.
common-print = طباعة
common-name = الاسم
common-description = الوصف
common-actions = الإجراءات
common-label = التسمية
common-url = العنوان (URL)
common-links = الروابط
common-addLink = إضافة رابط
common-onePerLine = واحد في كل سطر
common-capped = يُعرض { $shown } من أصل { $total }؛ اكتب في عامل التصفية للعثور على البقية.
events-heading = الفعاليات
events-new = فعالية جديدة
events-empty = لا توجد فعاليات بعد. أنشئ فعالية، أو شغّل «plenary demo» لتحميل البرنامج التجريبي.
events-colTitle = العنوان
events-colDates = التواريخ
events-colZone = المنطقة الزمنية
events-colSessions = الجلسات
events-colRooms = القاعات
events-open = فتح البرنامج
events-duplicate = الدورة التالية
events-duplicateHeading = نسخ «{ $title }» بوصفها دورة العام المقبل
events-duplicated = أُنشئت «{ $title }».
events-editHeading = تعديل الفعالية
events-newHeading = فعالية جديدة
events-slug = الاسم المختصر (slug)
events-slugHint = حروف لاتينية صغيرة وأرقام وشرطات؛ يُستخدم في أسماء الملفات. إذا تُرك فارغاً، يُنشأ من العنوان.
events-title = العنوان
events-tagline = الشعار
events-organisers = الجهات المنظمة
events-timezone = المنطقة الزمنية (اسم IANA)
events-timezoneHint = مثل Europe/Zurich أو America/New_York.
events-startDate = اليوم الأول
events-endDate = اليوم الأخير
events-dayChange = يتغيّر يوم الفعالية عند الساعة
events-dayChangeHint = بالتوقيت المحلي. الجلسات التي تبدأ قبل هذا الوقت (بعد منتصف الليل) تتبع يوم الفعالية السابق؛ و00:00 تعني الأيام التقويمية.
agenda-heading = البرنامج
agenda-day = اليوم
agenda-prevDay = اليوم السابق
agenda-nextDay = اليوم التالي
agenda-zone = الأوقات معروضة حسب
agenda-zoneEvent = منطقة الفعالية ({ $zone })
agenda-zoneLocal = منطقة هذا الحاسوب ({ $zone })
agenda-colour = التلوين حسب
agenda-colourKind = النوع
agenda-colourTrack = المسار: { $vocabulary }
agenda-noTrack = بلا مسار
agenda-legend = الألوان
agenda-viewGrid = الشبكة
agenda-viewList = القائمة
agenda-view = طريقة العرض
agenda-undo = تراجع
agenda-redo = إعادة
agenda-undoWhat = تراجع: { $what }
agenda-redoWhat = إعادة: { $what }
agenda-nothingToUndo = لا شيء للتراجع عنه.
agenda-nothingToRedo = لا شيء لإعادته.
agenda-roomsGroup = القاعات المعروضة في الشبكة
agenda-roomFilter = تصفية القاعات
agenda-roomFilterExample = القاعة ١، القاعة ٢
agenda-venue = المقر
agenda-allVenues = كل المقرات
agenda-onlineRooms = القاعات الافتراضية
agenda-trackFilter = المسار
agenda-allTracks = كل المسارات
agenda-roomsShown = القاعات المعروضة: { $shown } من أصل { $total }
agenda-allRooms = عرض كل القاعات
agenda-rowMinutes = الدقائق في كل صف
agenda-columnWidth = أدنى عرض (بكسل)
agenda-noRoomMatches = لا توجد قاعة تطابق هذا الاختيار. اضغط «عرض كل القاعات» لرؤية كل القاعات.
agenda-cardPeople = الأشخاص
agenda-cardPerson = { $name } ({ $role })
agenda-tray = جلسات غير مجدولة
agenda-dropChecking = جارٍ التحقق من هذا الموضع…
agenda-dropFree = لا تعارض هنا.
agenda-dropClash =
    { $count ->
        [zero] سيحدث تعارض هنا: { $first }
        [one] سيحدث تعارض هنا: { $first }
        [two] سيحدث تعارض هنا (مشكلتان): { $first }
        [few] سيحدث تعارض هنا ({ $count } مشكلات): { $first }
        [many] سيحدث تعارض هنا ({ $count } مشكلةً): { $first }
       *[other] سيحدث تعارض هنا ({ $count } مشكلة): { $first }
    }
agenda-trayEmpty = لكل جلسة وقت وقاعة.
agenda-trayHint = اختر جلسة هنا، ثم حدّد وقتاً شاغراً في الشبكة، أو املأ القاعة والوقت أدناه واضغط «تحديد الموضع».
agenda-placeHeading = وضع «{ $title }» في هذا اليوم
agenda-placeTime = البداية ({ $zone })
agenda-placeMinutes = المدة بالدقائق
agenda-place = تحديد الموضع
agenda-noRooms = لا توجد قاعات لهذه الفعالية بعد. أضفها في شاشة القاعات.
agenda-gridLabel = برنامج { $date }: القاعات أعمدة، والوقت صفوف
agenda-skipToSessions = الانتقال إلى الجلسات
agenda-noSessionsDay = لا توجد جلسات في هذا اليوم
agenda-noSessionsShown = لا توجد جلسات في القاعات المعروضة في هذا اليوم
agenda-zoneEventShort = الفعالية ({ $zone })
agenda-zoneLocalShort = هذا الحاسوب ({ $zone })
agenda-columnWidthFull = أدنى عرض للعمود بالبكسل (تتقاسم الأعمدة ما يتبقى من العرض)
agenda-keyboardHelp = لوحة المفاتيح: Tab وShift+Tab يتنقلان بين الجلسات قاعةً قاعة، وفي كل قاعة من الأبكر؛ الأسهم تنقل الجلسة ١٥ دقيقة أو إلى القاعة المجاورة؛ Shift مع الأسهم يغيّر نهايتها؛ Enter يفتحها؛ Delete يحذفها؛ Escape يخفي بطاقتها؛ Ctrl+Z يتراجع، وCtrl+Shift+Z يعيد.
agenda-moved = نُقلت «{ $title }» إلى { $time }، { $room }.
agenda-itClashes = يوجد تعارض: { $first }
agenda-resized = غُيّرت مدة «{ $title }».
agenda-deletedSession = حُذفت «{ $title }». للتراجع اضغط Ctrl+Z.
agenda-undone = تم التراجع عن: { $what }.
agenda-redone = أُعيد: { $what }.
# An undo/redo refused: the session it touches was changed by another program since.
agenda-changedElsewhere = تغيّر «{ $title }» في مكان آخر منذ ذلك الحين، فلم يتم التراجع عنه.
agenda-changedElsewhereRedo = تغيّر «{ $title }» في مكان آخر منذ ذلك الحين، فلم تتم إعادته.
agenda-what-move = نقل «{ $title }»
agenda-what-edit = تعديل «{ $title }»
agenda-what-delete = حذف «{ $title }»
agenda-what-create = إنشاء «{ $title }»
agenda-what-inEvent = { $what } في «{ $event }»
agenda-placeTimeMissing = أدخل وقت البداية.
time-gap = هذا الوقت غير موجود في { $zone }: تُقدَّم الساعة عنده. اختر وقتاً آخر.
field-year = السنة
field-month = الشهر
field-day = اليوم
field-hour = الساعة
field-minute = الدقيقة
picker-otherEvents = عرض الأشخاص من الفعاليات الأخرى أيضاً
picker-suggestions = اقتراحات
picker-noMatch = لا أحد يطابق «{ $text }».
picker-addNew = إضافة «{ $name }» شخصًا جديدًا
picker-added = أُضيف { $name } إلى دليل الأشخاص.
zone-suggestions = المناطق الزمنية
zone-noMatch = لا توجد منطقة زمنية تطابق «{ $text }».
leave-title = هل تريد حفظ التغييرات؟
leave-body = في هذا النموذج تغييرات لم تُحفظ بعد.
leave-save = حفظ
leave-discard = تجاهل التغييرات
leave-keep = متابعة التحرير
agenda-newSession = جلسة جديدة
agenda-listEmpty = لا جلسات في هذا اليوم.
agenda-room = القاعة
formSync-room = عُدِّلت هذه القاعة في مكان آخر منذ فتح الاستمارة.
formSync-venue = عُدِّل هذا المكان في مكان آخر منذ فتح الاستمارة.
formSync-session = عُدِّلت هذه الجلسة في مكان آخر منذ أن فتحتها.
formSync-person = عُدِّلت بيانات هذا الشخص في مكان آخر منذ فتح الاستمارة.
formSync-event = عُدِّلت هذه الفعالية في مكان آخر منذ فتح الاستمارة.
formSync-reload = إعادة تحميل القيم المحفوظة
formSync-keep = الإبقاء على تعديلاتي
formSync-gone = حُذف «{ $name }» في مكان آخر، فأُغلقت استمارته.
formSync-conflict = عُدِّل هنا وفي مكان آخر: { $fields }.
formSync-merged = حُدِّث بالتغييرات التي أُجريت في مكان آخر: { $fields }.
formSync-someFields = بعض الحقول
session-timesIn = الأوقات بتوقيت { $zone }
agenda-time = الوقت
session-heading = الجلسات
session-newHeading = جلسة جديدة
session-editHeading = تعديل الجلسة «{ $title }»
session-listLabel = جلسات الفعالية
session-filter = تصفية الجلسات
session-pick = اختر جلسة من القائمة لتعديلها، أو أنشئ جلسة جديدة.
session-code = الرمز أو الرقم
session-title = العنوان
session-subtitle = العنوان الفرعي
session-kind = النوع
session-status = الحالة
session-start = البداية
session-end = النهاية
session-room = القاعة
session-noRoom = لا قاعة بعد
session-participation = طريقة المشاركة
session-joinUrl = رابط الانضمام (مؤتمر بالفيديو)
session-joinInstructions = تعليمات الانضمام
session-passcode = رمز الدخول (خاص)
session-registrationUrl = رابط التسجيل
session-description = الوصف
session-languages = اللغات المستخدمة
session-interpretation = الترجمة الشفوية إلى
session-expectedAttendance = عدد الحضور المتوقع
session-organisers = الجهات المنظمة
session-privateNotes = ملاحظات خاصة
session-people = الأشخاص والأدوار (بترتيب الكلمات)
session-person = الشخص
session-role = الدور
session-addPerson = إضافة شخص
session-choosePerson = اختر شخصًا من القائمة.
session-markClashes =
    { $count ->
        [zero] لا تعارض
        [one] تعارض واحد
        [two] تعارضان
        [few] { $count } تعارضات
        [many] { $count } تعارضًا
       *[other] { $count } تعارض
    }
session-markOthers =
    { $count ->
        [zero] لا ملاحظات أخرى
        [one] ملاحظة أخرى واحدة
        [two] ملاحظتان أخريان
        [few] { $count } ملاحظات أخرى
        [many] { $count } ملاحظةً أخرى
       *[other] { $count } ملاحظة أخرى
    }
session-savedClashes =
    { $count ->
        [zero] حُفظت — وفيها تعارض: { $first }
        [one] حُفظت — وفيها تعارض: { $first }
        [two] حُفظت — وفيها تعارض (مشكلتان): { $first }
        [few] حُفظت — وفيها تعارض ({ $count } مشكلات): { $first }
        [many] حُفظت — وفيها تعارض ({ $count } مشكلةً): { $first }
       *[other] حُفظت — وفيها تعارض ({ $count } مشكلة): { $first }
    }
session-items = البنود (المداخلات، الكلمات الرئيسية…)
session-itemTitle = عنوان البند
session-itemMinutes = الدقائق
session-itemDescription = وصف البند
session-addItem = إضافة بند
session-itemPeople = الأشخاص في هذا البند
session-tags = الوسوم
session-tagSearch = البحث في الوسوم
session-tagSelected = الوسوم المختارة
session-tagNoMatch = لا يوجد وسم مطابق.
session-removeTag = إزالة الوسم { $tag }
session-sectionMain = الجلسة
session-sectionWhen = الزمان والمكان
session-sectionJoin = طريقة المشاركة
session-sectionMore = تفاصيل أخرى
session-count =
    { $count ->
        [zero] لا جلسات
        [one] جلسة واحدة
        [two] جلستان
        [few] { $count } جلسات
        [many] { $count } جلسةً
       *[other] { $count } جلسة
    }
slots-heading = البحث عن وقت شاغر
slots-find = البحث عن أوقات شاغرة
slots-none = لا يوجد وقت شاغر مناسب: كل القاعات مشغولة أو صغيرة جداً أو غير مجهزة، أو الأشخاص غير متاحين.
kind-keynote = كلمة رئيسية
kind-panel = حلقة نقاش
kind-presentation = عرض
kind-workshop = حلقة عمل
kind-interactive_session = جلسة تفاعلية
kind-plenary = جلسة عامة
kind-networking = التواصل
kind-break = استراحة
kind-meal = وجبة
kind-ceremony = مراسم
kind-social = نشاط اجتماعي
kind-other = أخرى
role-moderator = مدير الحوار
role-master_of_ceremonies = عريف الحفل
role-chair = الرئيس
role-keynote_speaker = المتحدث الرئيسي
role-speaker = المتحدث
role-panellist = عضو حلقة النقاش
role-presenter = مقدّم العرض
role-rapporteur = المقرر
role-organiser_contact = جهة الاتصال لدى المنظمين
participation-on_site = حضورياً
participation-remote = عن بُعد
participation-hybrid = مختلطة (حضورياً وعن بُعد)
status-draft = مسودة
status-confirmed = مؤكدة
status-cancelled = ملغاة
rooms-heading = القاعات وأماكن الانعقاد
rooms-venues = أماكن الانعقاد
rooms-rooms = القاعات
rooms-newVenue = مكان انعقاد جديد
rooms-newRoom = قاعة جديدة
rooms-venue = مكان الانعقاد
rooms-noVenue = — بلا مكان انعقاد —
rooms-venueNone = (بلا مكان انعقاد)
rooms-address = العنوان
rooms-latitude = خط العرض
rooms-longitude = خط الطول
rooms-capacity = السعة
rooms-location = المبنى أو الطابق أو الإرشادات
rooms-canStream = البث المباشر متاح
rooms-canRecord = التسجيل متاح
rooms-booths = مقصورات الترجمة الشفوية
rooms-isVirtual = قاعة عبر الإنترنت فقط
rooms-joinUrl = رابط الانضمام
rooms-position = ترتيب الأعمدة
rooms-openingHours = ساعات العمل (فارغة: مفتوحة طوال الفعالية)
rooms-date = التاريخ
rooms-opens = تفتح
rooms-closes = تغلق
rooms-addHours = إضافة ساعات عمل
rooms-emptyVenues = لا توجد أماكن انعقاد بعد.
rooms-emptyRooms = لا توجد قاعات بعد.
people-heading = الأشخاص
people-new = شخص جديد
people-search = البحث عن الأشخاص بالاسم أو المنظمة
people-empty = لا يوجد شخص مطابق.
people-honorific = اللقب (السيد، الدكتورة، سعادة)
people-name = الاسم
people-function = الوظيفة أو الصفة
people-organisation = المنظمة
people-bio = السيرة الذاتية
people-email = البريد الإلكتروني (خاص)
people-phone = الهاتف (خاص)
people-availability = أوقات الإتاحة (فارغة: متاح في أي وقت)
people-from = من
people-until = حتى
people-addAvailability = إضافة وقت إتاحة
people-count =
    { $count ->
        [zero] لا أشخاص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصاً
       *[other] { $count } شخص
    }
people-countHidden =
    { $count ->
        [zero] لا أشخاص في هذه الفعالية · وفي فعاليات أخرى: { $hidden }
        [one] شخص واحد في هذه الفعالية · وفي فعاليات أخرى: { $hidden }
        [two] شخصان في هذه الفعالية · وفي فعاليات أخرى: { $hidden }
        [few] { $count } أشخاص في هذه الفعالية · وفي فعاليات أخرى: { $hidden }
        [many] { $count } شخصاً في هذه الفعالية · وفي فعاليات أخرى: { $hidden }
       *[other] { $count } شخص في هذه الفعالية · وفي فعاليات أخرى: { $hidden }
    }
vocab-heading = قوائم المصطلحات
vocab-newVocabulary = قائمة مصطلحات جديدة
vocab-key = المفتاح
vocab-name = الاسم
vocab-builtin = مدمجة
vocab-newTerm = مصطلح جديد في { $vocabulary }
vocab-code = الرمز
vocab-label = التسمية
vocab-coverage = تغطية البرنامج
vocab-coverageHint = الجلسات (صفوف) مقابل أهداف التنمية المستدامة وخطوط عمل القمة العالمية لمجتمع المعلومات وأهداف الاتفاق الرقمي العالمي (أعمدة). ● موسومة بالمصطلح؛ ○ موسومة بأحد خطوطه الفرعية، وهو يغطيه أيضاً.
vocab-exportCsv = تصدير التغطية بصيغة CSV
vocab-csvSaved = حُفظ جدول التغطية في { $path }.
vocab-total = الجلسات التي تغطيه
vocab-covered = مغطى
vocab-coveredNarrower = مغطى عبر خط فرعي
vocab-notCovered = غير مغطى
vocab-rowsCapped = تُعرض أول { $shown } جلسة من أصل { $total }؛ ويتضمن ملف CSV جميعها.
vocab-noSessions = لا جلسات لهذه الفعالية بعد.
moderator-heading = عرض مدير الحوار
moderator-person = الشخص
moderator-choose = اختر شخصاً لعرض جلساته بالترتيب.
moderator-none = ليس لـ { $name } أي جلسات.
moderator-when = متى
moderator-where = أين
moderator-asRole = الدور: { $roles }
moderator-running = ترتيب السير
moderator-minutes = { $minutes } دقيقة
moderator-join = رابط الانضمام: { $url }
moderator-unscheduled = غير مجدولة بعد
moderator-otherEvent = فعالية أخرى
io-heading = الاستيراد والتصدير
io-export = تصدير iCalendar
io-scope = ما يُصدَّر
io-scopeEvent = الفعالية كلها
io-scopeDay = يوم واحد
io-scopeRoom = قاعة واحدة
io-scopePerson = جلسات شخص واحد
io-scopeSelection = مجموعة مختارة محفوظة
io-scopeTag = الجلسات الموسومة بوسم واحد
io-itemsAsEvents = البنود الفرعية بوصفها مدخلات تقويم مستقلة
io-utc = كل الأوقات بالتوقيت العالمي المنسق (للتقاويم التي تسيء التعامل مع المناطق الزمنية)
io-reportSource = من { $source } ({ $format })
io-reportEvent = إلى الفعالية { $title } ({ $slug })
io-reportRecords = في الملف: { $count } { $name }
io-reportCounts = ما قام به الاستيراد
io-reportRecordsIn = في الملف: { $records }
records-events =
    { $count ->
        [zero] لا جلسات
        [one] جلسة واحدة
        [two] جلستان
        [few] { $count } جلسات
        [many] { $count } جلسةً
       *[other] { $count } جلسة
    }
records-sessions =
    { $count ->
        [zero] لا جلسات
        [one] جلسة واحدة
        [two] جلستان
        [few] { $count } جلسات
        [many] { $count } جلسةً
       *[other] { $count } جلسة
    }
records-rows =
    { $count ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفان
        [few] { $count } صفوف
        [many] { $count } صفاً
       *[other] { $count } صف
    }
records-VEVENTs =
    { $count ->
        [zero] لا مدخلات تقويم
        [one] مدخل تقويم واحد
        [two] مدخلا تقويم
        [few] { $count } مدخلات تقويم
        [many] { $count } مدخلاً تقويمياً
       *[other] { $count } مدخل تقويم
    }
reportFormat-frabXml = برنامج frab بصيغة XML
reportFormat-scheduleJson = برنامج frab بصيغة JSON
reportFormat-schedule2Json = برنامج frab بصيغة JSON (الإصدار ٢)
reportFormat-eventFile = ملف فعالية Plenary
reportFormat-csvSessions = جدول بيانات CSV للجلسات
reportFormat-csvPeople = جدول بيانات CSV للأشخاص
reportFormat-ical = iCalendar
io-reportNothing = لم يُنشأ أو يُغيَّر أي شيء.
imported-events = الفعاليات
imported-venues = أماكن الانعقاد
imported-rooms = القاعات
imported-sessions = الجلسات
imported-people = الأشخاص
imported-tracks = المسارات والوسوم
io-skipped =
    { $count ->
        [zero] لم يُتخطَّ شيء
        [one] تُخطّي واحد
        [two] تُخطّي اثنان
        [few] تُخطّي { $count }
        [many] تُخطّي { $count }
       *[other] تُخطّي { $count }
    }
io-conflicts =
    { $count ->
        [zero] لا تعارضات
        [one] تعارض واحد (غيّر الطرفان الجلسة)
        [two] تعارضان (غيّر الطرفان الجلسة)
        [few] { $count } تعارضات (غيّر الطرفان الجلسة)
        [many] { $count } تعارضاً (غيّر الطرفان الجلسة)
       *[other] { $count } تعارض (غيّر الطرفان الجلسة)
    }
io-conflict = { $code } { $title }: { $fields } — { $resolution }
io-notes = ملاحظات
io-atLine = السطر { $line }: { $text }
io-wholeFile = الملف كله: { $text }
# Import reports: skip reasons and notes (lib/i18n/reports.ts).
conflict-keptStore = أُبقيت نسخة قاعدة البيانات
conflict-tookFile = أُخذت نسخة الملف
record-component = { $component } «{ $summary }»
record-componentUid = { $component } { $uid }
record-componentBare = { $component }
record-frabEvent = الجلسة { $id } «{ $title }»
record-row = الصف { $row } من الجدول
record-titled = «{ $title }»
io-technical = تفاصيل تقنية
io-idInFile = المعرّف في الملف: { $id }
io-idGiven = المعرّف المُسنَد هنا: { $id }
io-groupMore =
    { $count ->
        [zero] { $text } — ولا غيرها
        [one] { $text } — ومثلها واحدة أخرى
        [two] { $text } — ومثلها اثنتان أخريان
        [few] { $text } — ومثلها { $count } أخرى
        [many] { $text } — ومثلها { $count } أخرى
       *[other] { $text } — ومثلها { $count } أخرى
    }
io-groupGuidOfAnotherEvent =
    { $count ->
        [zero] موجودة في فعالية أخرى، استُوردت جلساتٍ جديدة (لا جلسات)
        [one] موجودة في فعالية أخرى، استُوردت جلساتٍ جديدة (جلسة واحدة)
        [two] موجودة في فعالية أخرى، استُوردت جلساتٍ جديدة (جلستان)
        [few] موجودة في فعالية أخرى، استُوردت جلساتٍ جديدة ({ $count } جلسات)
        [many] موجودة في فعالية أخرى، استُوردت جلساتٍ جديدة ({ $count } جلسة)
       *[other] موجودة في فعالية أخرى، استُوردت جلساتٍ جديدة ({ $count } جلسة)
    }
io-groupGuidRepeats =
    { $count ->
        [zero] ترد في الملف أكثر من مرة، استُوردت جلساتٍ مستقلة (لا جلسات)
        [one] ترد في الملف أكثر من مرة، استُوردت جلساتٍ مستقلة (جلسة واحدة)
        [two] ترد في الملف أكثر من مرة، استُوردت جلساتٍ مستقلة (جلستان)
        [few] ترد في الملف أكثر من مرة، استُوردت جلساتٍ مستقلة ({ $count } جلسات)
        [many] ترد في الملف أكثر من مرة، استُوردت جلساتٍ مستقلة ({ $count } جلسة)
       *[other] ترد في الملف أكثر من مرة، استُوردت جلساتٍ مستقلة ({ $count } جلسة)
    }
io-groupRoomGuidOfAnotherEvent =
    { $count ->
        [zero] موجودة في فعالية أخرى، أُضيفت قاعاتٍ جديدة (لا قاعات)
        [one] موجودة في فعالية أخرى، أُضيفت قاعاتٍ جديدة (قاعة واحدة)
        [two] موجودة في فعالية أخرى، أُضيفت قاعاتٍ جديدة (قاعتان)
        [few] موجودة في فعالية أخرى، أُضيفت قاعاتٍ جديدة ({ $count } قاعات)
        [many] موجودة في فعالية أخرى، أُضيفت قاعاتٍ جديدة ({ $count } قاعة)
       *[other] موجودة في فعالية أخرى، أُضيفت قاعاتٍ جديدة ({ $count } قاعة)
    }
io-groupRoomGuidRepeats =
    { $count ->
        [zero] المعرّف نفسه لقاعة أخرى، أُعطيت كلٌّ منها معرّفاً خاصاً (لا قاعات)
        [one] المعرّف نفسه لقاعة أخرى، أُعطيت كلٌّ منها معرّفاً خاصاً (قاعة واحدة)
        [two] المعرّف نفسه لقاعة أخرى، أُعطيت كلٌّ منها معرّفاً خاصاً (قاعتان)
        [few] المعرّف نفسه لقاعة أخرى، أُعطيت كلٌّ منها معرّفاً خاصاً ({ $count } قاعات)
        [many] المعرّف نفسه لقاعة أخرى، أُعطيت كلٌّ منها معرّفاً خاصاً ({ $count } قاعة)
       *[other] المعرّف نفسه لقاعة أخرى، أُعطيت كلٌّ منها معرّفاً خاصاً ({ $count } قاعة)
    }
record-session = الجلسة { $code } «{ $title }»
record-room = القاعة «{ $name }»
record-venue = المكان «{ $name }»
record-person = الشخص «{ $name }»
record-event = الفعالية
record-atLine = { $record } (السطر { $line })
linkTrouble-notALink = ليس رابطاً (اكتبه كاملاً، مثل https://example.org/join)
linkTrouble-spaces = يحتوي على مسافات أو محارف تحكم
linkTrouble-noHost = لا يسمّي أي موقع (اكتبه كاملاً، مثل https://example.org/join)
linkTrouble-scheme = يستخدم { $scheme }:، ولا يستطيع المشاركون فتحه بأمان
linkField-join_url = رابط الانضمام
linkField-registration_url = رابط التسجيل
remark-noTitle = ليس له عنوان
remark-titleEmpty = العنوان فارغ
remark-nameEmpty = الاسم فارغ
remark-notUuid = المعرّف «{ $value }» غير صالح
remark-startWithoutEnd = له بداية وليس له نهاية ولا مدة بالدقائق
remark-endWithoutStart = له نهاية وليس له بداية
remark-minutesNotPositive = قيمة الدقائق «{ $value }» ليست عدداً موجباً
remark-notATime = قيمة { $field } «{ $value }» ليست وقتاً مثل 09:00 أو 2026-07-10 09:00
remark-notANumber = قيمة { $field } «{ $value }» ليست عدداً
remark-notOneOf = قيمة { $field } «{ $value }» ليست من القيم المسموح بها: { $allowed }
remark-minutesTooLarge = قيمة الدقائق «{ $value }» أكبر من أن تكون لجلسة
remark-timeWithoutDate = قيمة { $field } «{ $value }» وقت بلا تاريخ؛ أضف عموداً للتاريخ
remark-invalid = مرفوض: { $problems }
remark-refused = رفضته قاعدة البيانات: { $message }
remark-uuidOfAnotherEvent = هذه الجلسة تتبع فعالية أخرى في قاعدة البيانات هذه
remark-allDay = إدخال ليوم كامل ({ $date }): للجلسة وقت بداية ووقت نهاية، لذا لا تُستورد إدخالات اليوم الكامل
remark-noStart = لا يوجد DTSTART: تحتاج الجلسة إلى وقت بداية
remark-noSummary = لا يوجد SUMMARY: تحتاج الجلسة إلى عنوان
remark-noEnd = لا يوجد DTEND ولا DURATION: تحتاج الجلسة إلى وقت نهاية
remark-endsBeforeStart = تنتهي ({ $end } UTC) عند بدايتها أو قبلها ({ $start } UTC)
remark-endIsDate = قيمة DTEND (السطر { $line }) تاريخ، أما DTSTART فتاريخ ووقت
remark-outsideDays = تبدأ في { $start } ({ $zone })، خارج أيام الفعالية ({ $days })
remark-noInstanceWithinDays = حدث متكرر لا يقع أي من تكراراته في أيام الفعالية ({ $days })
remark-days = من { $first } إلى { $last }، { $zone }
remark-daysFrom = من { $first } إلى { $last }، كل يوم من { $change } إلى { $change } في اليوم التالي، { $zone }
remark-uidRepeats = المعرّف UID { $uid } يكرر VEVENT السطر { $firstLine }؛ استُورد الأول
remark-outsideCalendar = لا يُستورد { $component } الواقع خارج VCALENDAR
remark-nestedEvent = لا يُستورد VEVENT داخل { $parent } (السطر { $parentLine }): تقع عناصر VEVENT في التقويم داخل VCALENDAR مباشرة
remark-eventTruncated = ينتهي الملف داخل هذا الـ VEVENT (ملف مبتور)
remark-itemOf = بند من الجلسة { $session }: استُورد مع تلك الجلسة
remark-notASession = { $component } ليس جلسة؛ لا تُستورد إلا مكوّنات VEVENT
remark-columnsNotImported = أعمدة لم تُستورد: { $columns }
remark-linkLeftOut = { $record }: الرابط «{ $url }» { $trouble }؛ تُرك جانباً
remark-linkFieldLeftOut = { $record }: { $field } «{ $url }» { $trouble }؛ تُرك جانباً
remark-propertyLinkLeftOut = { $property } «{ $value }» { $trouble }؛ تُرك الرابط جانباً
remark-differStore = { $record }: تختلف { $fields }؛ أُبقيت قيم قاعدة البيانات
remark-differFile = { $record }: تختلف { $fields }؛ أُخذت قيم الملف
remark-slugTaken = الاسم المختصر «{ $slug }» مستخدم هنا؛ أصبح اسم الفعالية «{ $given }»
remark-personNotInFile = { $record }: الشخص { $person } غير موجود في الملف؛ تُرك الدور جانباً
remark-personTwice = { $record }: ذُكر الشخص { $person } أكثر من مرة بصفة { $role }؛ أُبقي مرة واحدة
remark-namedTwice = { $record }: ذُكر «{ $name }» أكثر من مرة بصفة { $role }؛ أُبقي مرة واحدة
remark-roleTwice = يحمل «{ $name }» الدور { $role } مرتين في هذه الجلسة؛ أُبقي مرة واحدة
remark-roleTwiceItem = يحمل «{ $name }» الدور { $role } مرتين في هذا البند؛ أُبقي مرة واحدة
remark-noDuration = { $record }: ليس له مدة ولا نهاية؛ أُضيف إلى الجلسات غير المجدولة، دون موعد
remark-lastsNoTime = { $record }: لا يستغرق أي وقت (يبدأ وينتهي في { $at })؛ أُضيف إلى الجلسات غير المجدولة، دون موعد
remark-guidRepeats = { $record } ترد في الملف أكثر من مرة؛ استُوردت هذه جلسةً مستقلة
remark-guidOfAnotherEvent = { $record } كانت موجودة في فعالية أخرى؛ استُوردت جلسةً جديدة (وتحتفظ الفعالية الأخرى بجلستها)
remark-linksDropped =
    { $count ->
        [zero] لم يُترك أي رابط جانباً
        [one] تُرك رابط واحد جانباً (نسبي بلا عنوان أساسي في الملف، أو ليس رابطاً، أو من نوع لا يستطيع المشاركون فتحه بأمان)، مثل { $examples }
        [two] تُرك رابطان جانباً (نسبيان بلا عنوان أساسي في الملف، أو ليسا رابطين، أو من نوع لا يستطيع المشاركون فتحه بأمان)، مثل { $examples }
        [few] تُركت { $count } روابط جانباً (نسبية بلا عنوان أساسي في الملف، أو ليست روابط، أو من نوع لا يستطيع المشاركون فتحه بأمان)، مثل { $examples }
        [many] تُرك { $count } رابطاً جانباً (نسبية بلا عنوان أساسي في الملف، أو ليست روابط، أو من نوع لا يستطيع المشاركون فتحه بأمان)، مثل { $examples }
       *[other] تُرك { $count } رابط جانباً (نسبية بلا عنوان أساسي في الملف، أو ليست روابط، أو من نوع لا يستطيع المشاركون فتحه بأمان)، مثل { $examples }
    }
remark-roomGuidRepeats = القاعة «{ $room }»: لقاعة أخرى في هذا الملف المعرّف نفسه؛ أُعطيت معرّفاً خاصاً بها
remark-roomGuidOfAnotherEvent = القاعة «{ $room }» كانت موجودة في فعالية أخرى؛ أُضيفت قاعةً جديدة (وتحتفظ الفعالية الأخرى بقاعتها)
remark-tracksShareCode = المساران «{ $first }» و«{ $second }» يشتركان في الرمز «{ $code }»؛ أصبحا مساراً واحداً
remark-personWithoutName = { $record }: تُرك جانباً شخص بلا اسم
remark-unknownRoles = قُرئت الأدوار غير المعروفة { $roles } بصفة متحدث
remark-notIanaZone = المنطقة الزمنية للملف «{ $zone }» ليست اسماً من IANA؛ تم تجاهلها
remark-zoneAsAsked = يذكر الملف المنطقة الزمنية { $fileZone }؛ تُستخدم { $zone } كما طُلب
remark-zoneAsAskedNone = لا يذكر الملف أي منطقة زمنية؛ تُستخدم { $zone } كما طُلب
remark-naiveDates =
    { $count ->
        [zero] لا توجد تواريخ بلا فارق توقيت
        [one] تاريخ واحد بلا فارق توقيت؛ قُرئ بالتوقيت المحلي في { $zone }
        [two] تاريخان بلا فارق توقيت؛ قُرئا بالتوقيت المحلي في { $zone }
        [few] { $count } تواريخ بلا فارق توقيت؛ قُرئت بالتوقيت المحلي في { $zone }
        [many] { $count } تاريخاً بلا فارق توقيت؛ قُرئت بالتوقيت المحلي في { $zone }
       *[other] { $count } تاريخ بلا فارق توقيت؛ قُرئت بالتوقيت المحلي في { $zone }
    }
remark-tzidWithoutVtimezone = لا يوجد في الملف VTIMEZONE للمعرّف TZID { $tzid }؛ تُستخدم منطقة IANA
remark-windowsZone = المعرّف TZID «{ $tzid }» اسم منطقة زمنية من Windows، قُرئ على أنه { $iana }
remark-fold = يقع { $property } { $local } مرتين في { $zone } (تُرجَع الساعة)؛ أُخذ الأول: { $first } UTC، بفارق UTC{ $offset }، لا الثاني في { $second } UTC
remark-gap = { $property } { $local } غير موجود في { $zone } (تُقدَّم الساعة)؛ قُرئ بفارق التوقيت السابق للقفزة
remark-rdateDateOnly = قيمة RDATE { $value } تاريخ فقط (يوم كامل) في حدث محدد الوقت؛ تم تجاهلها
remark-exdateDate = قيمة EXDATE { $date } تاريخ في سلسلة محددة الوقت: استُبعد تكرار ذلك اليوم
remark-recurring =
    { $count ->
        [zero] الحدث المتكرر { $uid }: لا تكرار في أيام الفعالية
        [one] الحدث المتكرر { $uid }: تكرار واحد في أيام الفعالية، استُورد جلسةً
        [two] الحدث المتكرر { $uid }: تكراران في أيام الفعالية، استُورد كل منهما جلسةً
        [few] الحدث المتكرر { $uid }: { $count } تكرارات في أيام الفعالية، استُورد كل منها جلسةً
        [many] الحدث المتكرر { $uid }: { $count } تكراراً في أيام الفعالية، استُورد كل منها جلسةً
       *[other] الحدث المتكرر { $uid }: { $count } تكرار في أيام الفعالية، استُورد كل منها جلسةً
    }
remark-noEventMade = لم تُختر أي فعالية ولم يمكن استيراد أي جلسة من الملف، لذا لم تُنشأ منه فعالية؛ لم يتغير شيء
remark-noUid = VEVENT بلا UID: عُرّف بـ SUMMARY و DTSTART
remark-htmlDescription = حُوّل الوصف من HTML إلى نص عادي
remark-calendars =
    { $count ->
        [zero] لا يحتوي الملف على أي تقويم
        [one] يحتوي الملف على تقويم واحد (VCALENDAR في السطر { $lines })؛ استُوردت عناصر VEVENT فيه
        [two] يحتوي الملف على تقويمين (VCALENDAR في السطرين { $lines })؛ استُوردت عناصر VEVENT في كل منهما
        [few] يحتوي الملف على { $count } تقاويم (VCALENDAR في الأسطر { $lines })؛ استُوردت عناصر VEVENT في كل منها
        [many] يحتوي الملف على { $count } تقويماً (VCALENDAR في الأسطر { $lines })؛ استُوردت عناصر VEVENT في كل منها
       *[other] يحتوي الملف على { $count } تقويم (VCALENDAR في الأسطر { $lines })؛ استُوردت عناصر VEVENT في كل منها
    }
remark-outsideComponent = { $property } خارج أي مكوّن؛ تم تجاهله
remark-endWithoutBegin = END:{ $name } بلا BEGIN مقابل؛ تم تجاهله
remark-notClosed = لم يُغلق { $name } قبل END:{ $end }
remark-truncated = ينتهي الملف قبل END:{ $name } (مبتور؟)
remark-blankLine = تم تجاهل سطر فارغ (لا يسمح به RFC 5545)
remark-latin1 = قُرئت البايتات التي ليست UTF-8 على أنها Latin-1
remark-daysOverlap = تتداخل أيام الملف (جلسة ليلية في { $night } لكن يوماً يبدأ بجلسة في { $day })؛ أُبقيت الأيام التقويمية
remark-dayChangeShown = تبدأ أيام الفعالية في { $change }، كما تُظهر أوقات بداية أيام الملف: لا يذكر الملف تغيير اليوم، وتضم أيامه جلسات تبدأ حتى { $nightLatest } (وتنتهي بحلول { $nightEnd }) في الليلة التالية لتاريخها ومن { $dayEarliest } في تاريخها نفسه؛ تبقى الجلسات التي بعد منتصف الليل في اليوم السابق
remark-dayChangeHour = تبدأ أيام الفعالية في { $change }، أول ساعة كاملة بعد الجلسات الليلية: لا يذكر الملف تغيير اليوم، وتضم أيامه جلسات تبدأ حتى { $nightLatest } (وتنتهي بحلول { $nightEnd }) في الليلة التالية لتاريخها ومن { $dayEarliest } في تاريخها نفسه؛ تبقى الجلسات التي بعد منتصف الليل في اليوم السابق
remark-offsetsTrustedKnown =
    { $count ->
        [zero] لا أوقات بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } و{ $zone } عند { $zoneOffset })
        [one] وقت واحد بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ لا تُظهر البداية الساعة نفسها، لذا اعتُمد فارق التوقيت
        [two] وقتان بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ لا تُظهر البداية الساعة نفسها، لذا اعتُمد فارق التوقيت
        [few] { $count } أوقات بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ لا تُظهر البداية الساعة نفسها، لذا اعتُمدت فوارق التوقيت
        [many] { $count } وقتاً بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ لا تُظهر البداية الساعة نفسها، لذا اعتُمدت فوارق التوقيت
       *[other] { $count } وقت بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ لا تُظهر البداية الساعة نفسها، لذا اعتُمدت فوارق التوقيت
    }
remark-offsetsTrustedFile =
    { $count ->
        [zero] لا أوقات بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } و{ $zone } عند { $zoneOffset })
        [one] وقت واحد بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ المنطقة مجرد اسم من الملف، لذا اعتُمد فارق التوقيت (إن كانت المنطقة صحيحة والفارق خاطئاً فأعد الاستيراد بالمنطقة الزمنية للبرنامج)
        [two] وقتان بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ المنطقة مجرد اسم من الملف، لذا اعتُمد فارق التوقيت (إن كانت المنطقة صحيحة والفارق خاطئاً فأعد الاستيراد بالمنطقة الزمنية للبرنامج)
        [few] { $count } أوقات بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ المنطقة مجرد اسم من الملف، لذا اعتُمدت فوارق التوقيت (إن كانت المنطقة صحيحة والفوارق خاطئة فأعد الاستيراد بالمنطقة الزمنية للبرنامج)
        [many] { $count } وقتاً بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ المنطقة مجرد اسم من الملف، لذا اعتُمدت فوارق التوقيت (إن كانت المنطقة صحيحة والفوارق خاطئة فأعد الاستيراد بالمنطقة الزمنية للبرنامج)
       *[other] { $count } وقت بفارق توقيت يخالف { $zone } (مثل { $text } عند { $offset } بينما { $zone } عند { $zoneOffset })؛ المنطقة مجرد اسم من الملف، لذا اعتُمدت فوارق التوقيت (إن كانت المنطقة صحيحة والفوارق خاطئة فأعد الاستيراد بالمنطقة الزمنية للبرنامج)
    }
remark-startUsed =
    { $count ->
        [zero] لا جلسات بفارق توقيت يخالف { $zone } (مثل { $text } هو { $local } لا { $utc })
        [one] جلسة واحدة يحمل تاريخها فارق توقيت غير فارق { $zone } بينما تُظهر بدايتها الساعة نفسها: قُرئت بدايتها في { $zone } (مثل { $text } هو { $local } لا { $utc })
        [two] جلستان يحمل تاريخهما فارق توقيت غير فارق { $zone } بينما تُظهر بدايتهما الساعة نفسها: قُرئت بدايتهما في { $zone } (مثل { $text } هو { $local } لا { $utc })
        [few] { $count } جلسات يحمل تاريخها فارق توقيت غير فارق { $zone } بينما تُظهر بدايتها الساعة نفسها: قُرئت بدايتها في { $zone } (مثل { $text } هو { $local } لا { $utc })
        [many] { $count } جلسةً يحمل تاريخها فارق توقيت غير فارق { $zone } بينما تُظهر بدايتها الساعة نفسها: قُرئت بدايتها في { $zone } (مثل { $text } هو { $local } لا { $utc })
       *[other] { $count } جلسة يحمل تاريخها فارق توقيت غير فارق { $zone } بينما تُظهر بدايتها الساعة نفسها: قُرئت بدايتها في { $zone } (مثل { $text } هو { $local } لا { $utc })
    }
remark-durationsRead =
    { $count ->
        [zero] لم تُقرأ أي مدة من الشكل a:b:c على أنها { $reading } (مثل «{ $text }» = { $length } ({ $why })، { $start } ← { $end })
        [one] قُرئت مدة واحدة من الشكل a:b:c على أنها { $reading }، مثل «{ $text }» = { $length } ({ $why })، { $start } ← { $end }
        [two] قُرئت مدتان من الشكل a:b:c على أنهما { $reading }، مثل «{ $text }» = { $length } ({ $why })، { $start } ← { $end }
        [few] قُرئت { $count } مدد من الشكل a:b:c على أنها { $reading }، مثل «{ $text }» = { $length } ({ $why })، { $start } ← { $end }
        [many] قُرئت { $count } مدةً من الشكل a:b:c على أنها { $reading }، مثل «{ $text }» = { $length } ({ $why })، { $start } ← { $end }
       *[other] قُرئت { $count } مدة من الشكل a:b:c على أنها { $reading }، مثل «{ $text }» = { $length } ({ $why })، { $start } ← { $end }
    }
remark-readingDays = ي:سس:دد (أيام، ساعات، دقائق)
remark-readingHms = س:دد:ثث (ساعات، دقائق، ثوانٍ)
durationWhy-pretalx = يكتب pretalx المدة بصيغة ي:سس:دد متى استغرقت المحاضرة يوماً
durationWhy-lastFieldNotZero = حقلها الأخير ليس صفراً، والجداول تعدّ الدقائق لا الثواني
durationWhy-hmsTooLong = لو قُرئت س:دد:ثث لتجاوزت نهاية الفعالية
durationWhy-schema = س:دد:ثث هي صيغة مخطط frab
durationWhy-dhmTooLong = لو قُرئت ي:سس:دد لتجاوزت نهاية الفعالية
publishReason-changedOnServer = عُدّلت على الخادم منذ آخر نشر لـ Plenary: تُركت كما هي
publishReason-noEtag = لا يعطي الخادم لها وسم إصدار (ETag)، لذا لا يمكن استبدالها بأمان
publishReason-leftScopeChanged = لم تعد ضمن نطاق التقويم، لكنها عُدّلت على الخادم منذ ذلك الحين: لم تُحذف
publishReason-notOurs = يوجد هناك بالفعل إدخال تقويم لا يملك Plenary سجلاً بإرساله: تُرك كما هو
publishReason-refused = رفضها الخادم (HTTP { $status })
publishReason-passwordRefused = رفض الخادم كلمة المرور
publishReason-serverAnswered = لا يستطيع الخادم قبول المزيد الآن (HTTP { $status })
publishReason-outOfSpace = لم تعد على الخادم مساحة لهذا التقويم (HTTP { $status })
publishReason-noAnswer = لم يُجب الخادم
omitted-label = { $code } «{ $title }»
omitted-notScheduled = { $session }: دون موعد (ضمن الجلسات غير المجدولة)
omitted-cancelled = { $session }: ملغاة
omitted-tooLong = { $session }: تستغرق أكثر من 99:59، وهو ما لا تستطيع مدد frab التعبير عنه
omitted-outsideDays = { $session }: خارج أيام الفعالية
remark-newerCopy = لـ { $name } نسخة أحدث في السطر { $keptLine } استُوردت بدلاً منه: { $why }
remark-copies =
    { $count ->
        [zero] لا يظهر { $name } (السطر { $keptLine }؛ { $against })
        [one] يظهر { $name } مرة واحدة؛ استُوردت نسخة السطر { $keptLine } (مقابل { $against })
        [two] يظهر { $name } مرتين؛ استُوردت نسخة السطر { $keptLine } (مقابل { $against })
        [few] يظهر { $name } { $count } مرات؛ استُوردت نسخة السطر { $keptLine } (مقابل { $against })
        [many] يظهر { $name } { $count } مرةً؛ استُوردت نسخة السطر { $keptLine } (مقابل { $against })
       *[other] يظهر { $name } { $count } مرة؛ استُوردت نسخة السطر { $keptLine } (مقابل { $against })
    }
remark-copyName = المعرّف UID { $uid }
remark-copyNameRid = المعرّف UID { $uid } مع RECURRENCE-ID { $rid }
remark-againstLine = السطر { $line }: { $why }
remark-unknownTag = الوسم «{ $tag }»: لا يوجد مصطلح بهذا الاسم في قاعدة البيانات هذه
copyWhy-higherSequence = قيمة SEQUENCE أعلى ({ $kept } > { $other })
copyWhy-laterStamp = قيمة SEQUENCE نفسها { $sequence }، وDTSTAMP/LAST-MODIFIED أحدث ({ $kept } > { $other })
copyWhy-laterInFile = قيمة SEQUENCE نفسها { $sequence } وDTSTAMP/LAST-MODIFIED نفسه؛ أُبقيت الأخيرة في الملف
copyWhy-none = لا شيء
remark-startsOutsideConference = تبدأ في { $start }، خارج أيام الفعالية (من { $first } إلى { $last })؛ رُفضت بوصفها خطأ إدخال
remark-endsAfterConference = تنتهي في { $end }، بعد الفعالية (التي تنتهي بحلول { $latest })؛ رُفضت بوصفها خطأ إدخال
remark-durationNotHhmm = المدة «{ $text }» ليست بصيغة HH:MM
remark-durationTooLong = المدة «{ $text }» ({ $length }) تتجاوز نهاية الفعالية ({ $bound })؛ رُفضت بوصفها خطأ إدخال
remark-durationTooLongEitherWay = المدة «{ $text }» تتجاوز نهاية الفعالية أياً كانت قراءتها (بصيغة ي:سس:دد { $dhm }، وبصيغة س:دد:ثث { $hms }؛ { $bound })؛ رُفضت بوصفها خطأ إدخال
remark-boundEnds = تنتهي الفعالية بحلول { $latest }
remark-boundWeek = لا يعطي الملف تواريخ الفعالية، ولا تتجاوز الجلسة أسبوعاً
remark-impossible = مستحيلة
remark-unknownDate = ؟
remark-unknownZone = منطقة زمنية غير معروفة «{ $tzid }» ولا يوجد لها VTIMEZONE في الملف
remark-notADate = قيمة { $property } «{ $value }» (السطر { $line }) ليست تاريخاً
remark-notADateTime = قيمة { $property } «{ $value }» (السطر { $line }) ليست تاريخاً ووقتاً
remark-badDuration = قيمة { $property } «{ $value }» (السطر { $line }) ليست مدة
remark-durationTooLongIcal = قيمة { $property } «{ $value }» (السطر { $line }) أطول من أن تكون مدة
remark-beyondCalendar = { $property } (السطر { $line }) يتجاوز بالوقت أي تاريخ يمكن أن يحمله تقويم
remark-recurrenceIdDate = قيمة RECURRENCE-ID تاريخ؛ لا تُستورد تكرارات اليوم الكامل
remark-rruleRefused = { $why } (السطر { $line })؛ لم يُستورد الحدث
remark-rrulePart = لا يستطيع Plenary توسيع الجزء { $part } من RRULE (فقط INTERVAL وCOUNT وUNTIL وBYDAY وWKST وBYMONTH وBYMONTHDAY)، وتجاهله يعطي أوقاتاً خاطئة
remark-rruleFreq = لا يستطيع Plenary توسيع RRULE FREQ={ $freq } (فقط DAILY وWEEKLY)
remark-rruleNoFreq = RRULE بلا FREQ
rruleExpected-numbers = قيمة { $part }={ $value } ليست قائمة أعداد صحيحة
rruleExpected-plainWeekdays = { $part }={ $value }: لا يمكن توسيع إلا أيام الأسبوع البسيطة (بلا ترتيب مثل 1MO)
rruleExpected-weekday = قيمة { $part }={ $value } ليست يوماً من أيام الأسبوع
rruleExpected-date = قيمة { $part }={ $value } ليست تاريخاً ولا تاريخاً ووقتاً
rruleExpected-positive = قيمة { $part }={ $value } ليست عدداً موجباً
remark-lineIgnored = { $problem }؛ تم تجاهل السطر
lineProblem-noColon = «{ $text }» ليس سطر محتوى (لا توجد «:»)
lineProblem-notAName = «{ $text }» ليس اسم خاصية
lineProblem-parameterNoValue = معامل من معاملات { $property } بلا قيمة ولا تليه «:»
lineProblem-unclosedQuote = المعامل { $parameter } في { $property } فيه علامة اقتباس غير مغلقة
lineProblem-noValue = الخاصية { $property } ليس قبل قيمتها «:»
remark-noStartTime = لا يوجد وقت بداية صالح (التاريخ: { $date }، البداية: { $start })
upsert-created = جديد
upsert-updated = محدَّث
upsert-unchanged = دون تغيير
io-includePrivate = تضمين البيانات الخاصة (رموز الدخول، الملاحظات الخاصة)
io-preview = معاينة
io-previewHeading = معاينة ملف التقويم
io-exportButton = تصدير…
io-exported =
    { $count ->
        [zero] كُتبت { $count } جلسة ({ $bytes } بايت) في { $path }.
        [one] كُتبت جلسة واحدة ({ $bytes } بايت) في { $path }.
        [two] كُتبت جلستان ({ $bytes } بايت) في { $path }.
        [few] كُتبت { $count } جلسات ({ $bytes } بايت) في { $path }.
        [many] كُتبت { $count } جلسةً ({ $bytes } بايت) في { $path }.
       *[other] كُتبت { $count } جلسة ({ $bytes } بايت) في { $path }.
    }
io-import = استيراد
io-importDry = فحص الملف (دون تغيير أي شيء)…
io-importButton = استيراد…
io-report = تقرير الاستيراد
io-reportDry = فحص الاستيراد (لم يُغيَّر أي شيء)
io-progress = { $task }: { $done } من أصل { $total }
io-working = جارٍ العمل…
task-export = جارٍ التصدير
task-import = جارٍ الاستيراد
io-cancelled = لم يُختر أي ملف.
io-exportedNoSessions = لا يحتوي الملف على أي جلسة: لا توجد لهذه الفعالية جلسات مجدولة للتصدير بعد.
io-selection = المجموعة المختارة
io-selectionHeading = المجموعات المختارة (تقاويم شخصية)
io-selectionSessions = الجلسات في المجموعة المختارة (المختار: { $count })
io-filterIcs = ملفات iCalendar
io-filterCsv = ملفات CSV
io-filterFrab = برامج frab ‏(XML، JSON)
io-filterXml = ملفات XML
io-filterJson = ملفات JSON
io-filterEventFile = ملفات فعاليات Plenary
io-importFormat = محتوى الملف
io-formatIcs = تقويم (iCalendar)، إلى هذه الفعالية
io-formatFrab = برنامج مؤتمر (frab XML أو JSON): فعالية جديدة، أو تحديث للفعالية التي أنشأها من قبل
io-formatCsvPeople = الأشخاص (جدول بيانات CSV)
io-formatCsvSessions = الجلسات (جدول بيانات CSV)، إلى هذه الفعالية
io-formatEventFile = ملف فعالية Plenary من منظم آخر: فعالية جديدة، أو مدمج في فعاليتنا
io-csvHint = اختر الملف لعرض أعمدته. يُطابَق كل عمود مع حقل حسب عنوانه؛ غيّر أي مطابقة قبل فحص الملف أو استيراده.
io-csvChoose = اختيار ملف…
io-csvChooseOther = اختيار ملف آخر…
io-csvNoFile = لم يُختر أي ملف بعد.
io-csvColumnsRead =
    { $count ->
        [zero] { $file }: لا أعمدة.
        [one] { $file }: عمود واحد. اختر له حقلاً أدناه.
        [two] { $file }: عمودان. اختر حقلاً لكل منهما أدناه.
        [few] { $file }: { $count } أعمدة. اختر حقلاً لكل منها أدناه.
        [many] { $file }: { $count } عموداً. اختر حقلاً لكل منها أدناه.
       *[other] { $file }: { $count } عمود. اختر حقلاً لكل منها أدناه.
    }
io-columns = أعمدة { $file }
io-columnHeader = العمود في الملف
io-columnField = يُستورد بوصفه
io-columnFieldFor = حقل العمود «{ $header }»
io-columnNoHeader = العمود { $n } (بلا عنوان)
io-columnFixed = العمود الذي لا عنوان له يُستورد كما هو معروض.
io-columnAuto = مطابق حسب عنوانه
io-columnTwice = «{ $field }» مختار لأكثر من عمود؛ اختره لعمود واحد فقط.
io-notImported = لا يُستورد
io-csvCheck = فحص الملف (دون تغيير أي شيء)
io-csvImport = استيراد
csvField-uuid = UUID
csvField-honorific = اللقب
csvField-name = الاسم
csvField-function = الوظيفة
csvField-organisation = المنظمة
csvField-bio = السيرة الذاتية
csvField-email = البريد الإلكتروني
csvField-phone = الهاتف
csvField-code = رمز الجلسة
csvField-title = العنوان
csvField-subtitle = العنوان الفرعي
csvField-kind = نوع الجلسة
csvField-status = الحالة
csvField-date = التاريخ
csvField-start = وقت البداية
csvField-end = وقت النهاية
csvField-minutes = المدة بالدقائق
csvField-room = القاعة
csvField-participation = طريقة المشاركة (حضورياً، عبر الإنترنت، مختلطة)
csvField-description = الوصف
csvField-languages = اللغات
csvField-interpretation = الترجمة الشفوية
csvField-join_url = رابط الانضمام عبر الإنترنت
csvField-registration_url = رابط التسجيل
csvField-expected_attendance = عدد الحضور المتوقع
csvField-organisers = الجهات المنظمة
csvField-links = الروابط
csvField-tags = الوسوم
csvField-moderators = مديرو الحوار
csvField-masters_of_ceremonies = عرفاء الحفل
csvField-chairs = الرؤساء
csvField-keynote_speakers = المتحدثون الرئيسيون
csvField-speakers = المتحدثون
csvField-panellists = أعضاء حلقة النقاش
csvField-presenters = مقدمو العروض
csvField-rapporteurs = المقررون
csvField-organiser_contacts = جهات الاتصال لدى المنظمين
io-zone = المنطقة الزمنية للبرنامج
io-zoneHint = مطلوبة حين لا يذكر الملف أي منطقة (كملف FOSDEM مثلاً). اسم IANA مثل Europe/Brussels؛ اتركها فارغة لاستخدام منطقة الملف.
io-retryZone = إعادة المحاولة بهذه المنطقة الزمنية
io-take = حيث غيّر كلانا جلسة
io-takeStore = الإبقاء على نسختي (تغييرات الملف مدرجة في التقرير)
io-takeFile = الأخذ بنسخة الملف
io-chooseHeading = الاختيار لكل تعارض
io-chooseHint = «الإبقاء على نسختي» يترك جلسة هذا المخزن كما هي؛ و«الأخذ بنسخة الملف» يستبدل بها نسخة المنظم الآخر.
io-chooseLegend = { $code } { $title } (غيّرها الطرفان: { $fields })
io-chooseSay =
    { $count ->
        [zero] لا تعارضات تنتظر القرار.
        [one] تعارض واحد ينتظر القرار: اختر طرفاً أدناه.
        [two] تعارضان ينتظران القرار: اختر طرفاً لكل منهما أدناه.
        [few] { $count } تعارضات تنتظر القرار: اختر طرفاً لكل منها أدناه.
        [many] { $count } تعارضاً تنتظر القرار: اختر طرفاً لكل منها أدناه.
       *[other] { $count } تعارض تنتظر القرار: اختر طرفاً لكل منها أدناه.
    }
io-pickStore = الإبقاء على نسختي
io-checkChoices = الفحص بهذه الاختيارات (دون تغيير أي شيء)
io-applyChoices = تطبيق هذه الاختيارات
io-choicesChecked = فُحص الملف باختياراتك؛ لم يُغيَّر أي شيء.
io-choicesApplied = طُبّقت اختياراتك.
io-importedInto = استُورد إلى الفعالية «{ $title }».
io-reportInto = استُورد إلى «{ $title }»
io-reportDryInto = فحص الاستيراد إلى «{ $title }» (لم يُغيَّر أي شيء)
io-frabTarget = يُستورد جدول frab إلى الفعالية التي يسمّيها (باختصارها)، لا إلى الفعالية المفتوحة هنا: فعالية جديدة في المرة الأولى، ثم الفعالية نفسها في عمليات الاستيراد اللاحقة.
io-zoneSuggest = المناطق الزمنية بفارق { $offsets } في { $date } (أول يوم في الملف):
io-openEvent = فتح «{ $title }»
io-interchange = التصدير لتطبيقات المؤتمرات وجداول البيانات والمنظمين الآخرين
io-exportFormat = الصيغة
io-formatFrabXml = برنامج frab بصيغة XML ‏(Giggity، EventFahrplan، ConfClerk)
io-formatFrabJson = برنامج frab بصيغة JSON
io-exportCsvSessions = الجلسات (جدول بيانات CSV)
io-exportCsvPeople = أشخاص هذه الفعالية (جدول بيانات CSV)
io-exportEventFile = ملف فعالية Plenary لمنظم آخر
io-includePrivateAll = تضمين البيانات الخاصة (عناوين البريد الإلكتروني، أرقام الهاتف، رموز الدخول، الملاحظات الخاصة)
io-privateNone = لا تحمل هذه الصيغة أي بيانات خاصة أبداً.
io-exportedPeople = كُتب أشخاص الفعالية ({ $bytes } بايت) في { $path }.
io-leftOut =
    { $count ->
        [zero] لم تُستبعد أي جلسة من الملف:
        [one] استُبعدت جلسة واحدة من الملف:
        [two] استُبعدت جلستان من الملف:
        [few] استُبعدت { $count } جلسات من الملف:
        [many] استُبعدت { $count } جلسةً من الملف:
       *[other] استُبعدت { $count } جلسة من الملف:
    }
checks-heading = التحقق
checks-run = إجراء التحقق
checks-none = لا ملاحظات: البرنامج يجتاز كل عمليات التحقق.
checks-severity = درجة الخطورة
checks-rule = القاعدة
checks-message = الملاحظة
checks-sessions = الجلسات
checks-acknowledge = الإحاطة علماً
checks-acknowledged = أُحيط علماً
checks-failed = تعذّر إجراء التحقق: { $message }
severity-error = خطأ
severity-warning = تحذير
severity-information = ملاحظة
checks-count =
    { $count ->
        [zero] لا ملاحظات
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $count } ملاحظات
        [many] { $count } ملاحظةً
       *[other] { $count } ملاحظة
    }
nav-checksCount = التحقق ({ $count })
checks-liveCount =
    { $count ->
        [zero] التحقق: لا ملاحظات مفتوحة
        [one] التحقق: ملاحظة مفتوحة واحدة
        [two] التحقق: ملاحظتان مفتوحتان
        [few] التحقق: { $count } ملاحظات مفتوحة
        [many] التحقق: { $count } ملاحظةً مفتوحةً
       *[other] التحقق: { $count } ملاحظة مفتوحة
    }
sessionFindings-heading = ملاحظات هذه الجلسة
sessionFindings-none = لا ملاحظات مفتوحة: هذه الجلسة تجتاز كل عمليات التحقق.
sessionFindings-other = الجلسة الأخرى:
moderator-findings = التعارضات والمشكلات
moderator-people = الأشخاص في هذه الجلسة
moderator-eventLine = { $title }، { $dates }، الأوقات بتوقيت { $zone }
rule-room_double_booked = قاعة محجوزة مرتين
rule-person_double_booked = شخص في مكانين
rule-person_unavailable = شخص غير متاح
rule-changeover_too_short = فاصل قصير جداً
rule-outside_event_days = خارج أيام الفعالية
rule-outside_room_hours = خارج ساعات عمل القاعة
rule-over_capacity = تجاوز السعة
rule-missing_join_link = لا يوجد رابط انضمام
rule-no_streaming_in_room = لا بث في القاعة
rule-no_interpretation_in_room = مقصورات الترجمة الشفوية غير كافية
rule-panel_without_moderator = حلقة نقاش بلا مدير حوار
rule-item_outside_parent = بند خارج جلسته
rule-items_overlap = بنود متداخلة
rule-non_positive_duration = تنتهي قبل أن تبدأ
rule-unscheduled = غير مجدولة
finding-noRoom = قاعة غير محددة
finding-room_double_booked = القاعة { $room } محجوزة مرتين في { $span }: «{ $session }» ({ $span1 }) و«{ $session2 }» ({ $span2 }) ({ $zone }).
finding-person_double_booked = { $person } في مكانين في الوقت نفسه في { $span }: «{ $session }» في { $room1 } ({ $span1 }) و«{ $session2 }» في { $room2 } ({ $span2 }) ({ $zone }).
finding-person_unavailable = يشارك { $person } في «{ $session }» ({ $span }) خارج الأوقات التي ذكر أنه متاح فيها ({ $zone }).
finding-changeover_too_short-room = ليس للقاعة { $room } سوى { $minutes } دقيقة بين «{ $session }» (تنتهي في { $endTime }) و«{ $session2 }» (تبدأ في { $startTime })؛ وهي تحتاج إلى { $needMinutes } دقيقة ({ $zone }).
finding-changeover_too_short-person = ليس لدى { $person } سوى { $minutes } دقيقة للانتقال من «{ $session }» في { $room1 } (تنتهي في { $endTime }) إلى «{ $session2 }» في { $room2 } (تبدأ في { $startTime })؛ ينبغي ترك { $needMinutes } دقيقة ({ $zone }).
finding-outside_event_days = تقع «{ $session }» ({ $span }) خارج أيام الفعالية، من { $firstDay } إلى { $lastDay } ({ $zone }).
finding-outside_room_hours = تقع «{ $session }» ({ $span }) خارج ساعات عمل { $room } ({ $zone }).
finding-over_capacity = عدد الحضور المتوقع في «{ $session }» هو { $expected }، لكن سعة { $room } هي { $capacity }.
finding-missing_join_link-remote = «{ $session }» عن بُعد لكن ليس لها رابط انضمام.
finding-missing_join_link-hybrid = «{ $session }» مختلطة لكن ليس لها رابط انضمام.
finding-missing_join_link-remote_room = «{ $session }» عن بُعد لكن ليس لها رابط انضمام، وليس لـ { $room } رابط أيضاً.
finding-missing_join_link-hybrid_room = «{ $session }» مختلطة لكن ليس لها رابط انضمام، وليس لـ { $room } رابط أيضاً.
finding-no_streaming_in_room = «{ $session }» مختلطة لكن { $room } لا تتيح البث المباشر.
finding-no_interpretation_in_room = لـ «{ $session }» ترجمة شفوية إلى عدد من اللغات ({ $languages }) يفوق عدد مقصورات { $room } ({ $booths }).
finding-panel_without_moderator = ليس لحلقة النقاش «{ $session }» مدير حوار ولا رئيس.
finding-item_outside_parent = البند «{ $item }» ({ $itemSpan }) يتجاوز وقت جلسته «{ $session }» ({ $span }) ({ $zone }).
finding-items_overlap = يتداخل البندان «{ $item }» ({ $itemSpan }) و«{ $item2 }» ({ $item2Span }) من «{ $session }» ({ $zone }).
finding-non_positive_duration = تنتهي «{ $session }» ({ $endTime }) قبل أن تبدأ أو عند بدئها ({ $startTime }) ({ $zone }).
finding-unscheduled-no_time = ليس لـ «{ $session }» وقت بعد.
finding-unscheduled-no_room = لـ «{ $session }» وقت ({ $span }) لكن ليس لها قاعة بعد ({ $zone }).
print-programme = البرنامج — { $event }
print-day = طباعة هذا اليوم
nav-publish = النشر
task-caldav = جارٍ النشر على خادم التقويم
publish-heading = النشر
publish-releases = الإصدارات
publish-noReleases = لا إصدارات بعد: ينشر الإصدار الأول كل الجلسات.
publish-name = الاسم
publish-when = تاريخ الإصدار
publish-sessions = الجلسات
publish-note = ملاحظة
publish-noteOptional = ملاحظة (اختيارية)
publish-pendingSince = ما الذي سيراه الحضور متغيراً منذ «{ $name }»؟
publish-pendingFirst = ما الذي سينشره الإصدار الأول؟
publish-noChanges = لم يتغير شيء مما يراه الحضور.
publish-kindCount = { $kind }: { $count }
publish-byPerson =
    { $count ->
        [zero] حسب الشخص: لا أحد يلزم إبلاغه
        [one] حسب الشخص: شخص واحد يلزم إبلاغه
        [two] حسب الشخص: شخصان يلزم إبلاغهما
        [few] حسب الشخص: { $count } أشخاص يلزم إبلاغهم
        [many] حسب الشخص: { $count } شخصاً يلزم إبلاغهم
       *[other] حسب الشخص: { $count } شخص يلزم إبلاغهم
    }
publish-unscheduled = غير مجدولة
publish-noRoom = بلا قاعة
publish-newRelease = إصدار جديد
publish-nameHint = مثل «1.0» أو «1.1 — تغيير القاعات»؛ كل اسم مرة واحدة في الفعالية.
publish-release = إصدار
publish-released =
    { $count ->
        [zero] أُصدر «{ $name }» دون جلسات.
        [one] أُصدر «{ $name }» بجلسة واحدة.
        [two] أُصدر «{ $name }» بجلستين.
        [few] أُصدر «{ $name }» بـ { $count } جلسات.
        [many] أُصدر «{ $name }» بـ { $count } جلسةً.
       *[other] أُصدر «{ $name }» بـ { $count } جلسة.
    }
publish-compare = مقارنة إصدارين
publish-from = من
publish-to = إلى
publish-previous = الإصدار السابق
publish-current = الحالة الراهنة (غير مُصدرة)
publish-nothing = لا شيء (قبل الإصدار الأول)
publish-compareButton = مقارنة
publish-comparedHeading = من { $from } إلى { $to }
publish-site = الموقع الشبكي
publish-siteHint = مجلد من الصفحات والتقاويم وملفات البرنامج يعمل دون اتصال، من ذاكرة USB أو أي خادم استضافة.
publish-siteRelease = الإصدار المراد نشره
publish-siteButton = اختيار مجلد والنشر…
publish-siteWritten =
    { $count ->
        [zero] لم يُكتب أي ملف في { $path }.
        [one] كُتب ملف واحد في { $path }.
        [two] كُتب ملفان في { $path }.
        [few] كُتبت { $count } ملفات في { $path }.
        [many] كُتب { $count } ملفاً في { $path }.
       *[other] كُتب { $count } ملف في { $path }.
    }
publish-caldav = خادم التقويم (CalDAV)
publish-caldavHint = يضع على الخادم مدخل تقويم واحداً لكل جلسة؛ ويرى المشتركون كل تغيير. ولا يُرسل النشر مجدداً إلا ما تغيّر.
publish-url = عنوان الخادم
publish-user = اسم المستخدم
publish-password = كلمة المرور
publish-passwordHint = تُستخدم لهذا النشر فقط: لا يحتفظ بها Plenary.
publish-scope = الجلسات المراد نشرها
publish-scopeWhole = الفعالية كلها
publish-scopeRoom = قاعة واحدة
publish-scopeTrack = مسار واحد
publish-scopePerson = شخص واحد
publish-track = المسار
publish-scopeMissing = اختر القاعة أو المسار أو الشخص المراد نشره.
publish-dryRun = تشغيل تجريبي: الاكتفاء ببيان ما سيُرسل
publish-allowHttp = السماح بـ http غير المشفر إلى جهاز آخر (تعبر كلمة المرور الشبكة دون تشفير)
publish-caldavDryButton = التحقق مما سيُرسل
publish-caldavButton = النشر على الخادم
publish-reportDry =
    { $count ->
        [zero] تشغيل تجريبي: لم يُرسل شيء. لا جلسات في النطاق، التقويم { $collection }.
        [one] تشغيل تجريبي: لم يُرسل شيء. جلسة واحدة في النطاق، التقويم { $collection }.
        [two] تشغيل تجريبي: لم يُرسل شيء. جلستان في النطاق، التقويم { $collection }.
        [few] تشغيل تجريبي: لم يُرسل شيء. { $count } جلسات في النطاق، التقويم { $collection }.
        [many] تشغيل تجريبي: لم يُرسل شيء. { $count } جلسةً في النطاق، التقويم { $collection }.
       *[other] تشغيل تجريبي: لم يُرسل شيء. { $count } جلسة في النطاق، التقويم { $collection }.
    }
publish-reportDone =
    { $count ->
        [zero] لم تُنشر أي جلسة في التقويم { $collection }.
        [one] نُشرت جلسة واحدة في التقويم { $collection }.
        [two] نُشرت جلستان في التقويم { $collection }.
        [few] نُشرت { $count } جلسات في التقويم { $collection }.
        [many] نُشرت { $count } جلسةً في التقويم { $collection }.
       *[other] نُشرت { $count } جلسة في التقويم { $collection }.
    }
publish-reportCollection = لم يكن التقويم موجوداً، وقد أُنشئ.
publish-reportSent = جديدة: { $created }؛ معدلة: { $updated }؛ محذوفة: { $deleted }؛ دون تغيير: { $unchanged }.
publish-reportConflicts =
    { $count ->
        [zero] لا تعارضات: { $list }
        [one] تعارض واحد، تُرك كما هو على الخادم: { $list }
        [two] تعارضان، تُركا كما هما على الخادم: { $list }
        [few] { $count } تعارضات، تُركت كما هي على الخادم: { $list }
        [many] { $count } تعارضاً، تُركت كما هي على الخادم: { $list }
       *[other] { $count } تعارض، تُركت كما هي على الخادم: { $list }
    }
publish-reportFailed = رفضها الخادم ({ $count }): { $list }
publish-reportStopped = توقف: { $reason }. لم يُرسل { $count }؛ انشر مرة أخرى للإتمام.
publish-reportRequests =
    { $count ->
        [zero] لا طلبات إلى الخادم، منها { $writes } للكتابة.
        [one] طلب واحد إلى الخادم، منه { $writes } للكتابة.
        [two] طلبان إلى الخادم، منهما { $writes } للكتابة.
        [few] { $count } طلبات إلى الخادم، منها { $writes } للكتابة.
        [many] { $count } طلباً إلى الخادم، منها { $writes } للكتابة.
       *[other] { $count } طلب إلى الخادم، منها { $writes } للكتابة.
    }
change-added = أضيفت
change-removed = أزيلت
change-cancelled = ألغيت
change-reinstated = أعيدت
change-movedTime = نُقلت (الوقت)
change-movedRoom = نُقلت (القاعة)
change-retitled = غُيّر عنوانها
change-peopleChanged = تغيّر الأشخاص
change-joinLinkChanged = تغيّر رابط الانضمام
