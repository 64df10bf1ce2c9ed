## نافذة سطح المكتب.

app-name = Hearth
# The window title while a conversation is open.
# $conversation (String) - the conversation's title
window-title = { $conversation } — Hearth
sidebar-conversations = المحادثات
sidebar-new-chat = محادثة جديدة
sidebar-empty = لا توجد محادثات بعد.
composer-placeholder = اكتب رسالة إلى Hearth…
composer-label = الرسالة
composer-send = إرسال
composer-stop = إيقاف
welcome-title = مرحبًا بك في Hearth
welcome-body = يعمل المساعد بالكامل على هذا الحاسوب، ولا يغادره شيء مما تكتبه.
welcome-no-model = لا يوجد نموذج على هذا الحاسوب بعد. استورد ملف نموذج GGUF، من ذاكرة USB مثلًا: يتحقق Hearth منه ويحتفظ بنسخة ويجيب به، وكل ذلك دون اتصال.
welcome-import = استيراد ملف نموذج…
role-user = أنت
role-assistant = Hearth
# $model (String) - the model's name
model-loading = جارٍ تحميل { $model }…
# $model (String) - the model's name
model-ready = { $model } · محلي
model-none = لا يوجد نموذج بعد
message-stopped = تم الإيقاف
message-interrupted = انقطع الرد: أُغلق Hearth قبل اكتماله.
message-failed = تعذّر إنشاء هذا الرد.
# $tokens (Number) - tokens in the reply
# $rate (Number) - decoding speed in tokens per second
message-stats = { $tokens ->
    [zero] لا رموز
    [one] رمز واحد
    [two] رمزان
    [few] { $tokens } رموز
    [many] { $tokens } رمزًا
   *[other] { $tokens } رمز
  } · { NUMBER($rate, maximumFractionDigits: 1) } رمز/ثانية
conversation-untitled = محادثة جديدة
settings-language = اللغة
# This language's name for itself, shown in the language menu.
language-name = العربية
search-placeholder = بحث في المحادثات
search-label = بحث
search-no-results = لا توجد رسائل مطابقة.
# $used (String) - tokens in use, already formatted (e.g. "1.2K")
# $limit (String) - the context window, already formatted (e.g. "8.2K")
message-context = السياق { $used } / { $limit }
# $count (Number) - how many older messages the model did not see
message-dropped = { $count ->
    [zero] لم تُستبعد أي رسالة سابقة.
    [one] استُبعدت رسالة سابقة واحدة كي لا تتجاوز المحادثة نافذة سياق النموذج.
    [two] استُبعدت رسالتان سابقتان كي لا تتجاوز المحادثة نافذة سياق النموذج.
    [few] استُبعدت { $count } رسائل سابقة كي لا تتجاوز المحادثة نافذة سياق النموذج.
    [many] استُبعدت { $count } رسالةً سابقة كي لا تتجاوز المحادثة نافذة سياق النموذج.
   *[other] استُبعدت { $count } رسالة سابقة كي لا تتجاوز المحادثة نافذة سياق النموذج.
  }

## المحادثات في الشريط الجانبي.

# $title (String) - the conversation's title
conversation-actions = إجراءات «{ $title }»
conversation-rename = إعادة التسمية
conversation-rename-label = اسم المحادثة
conversation-pin = تثبيت
conversation-unpin = إلغاء التثبيت
conversation-pinned = مثبّتة
conversation-delete = حذف
# $title (String) - the conversation's title
conversation-deleted = تم حذف «{ $title }».

## إجراءات الرسالة.

message-actions = إجراءات الرسالة
message-copy = نسخ
message-copied = تم النسخ
message-copy-failed = تعذّر النسخ إلى الحافظة.
message-edit = تعديل
message-edit-label = تعديل رسالتك
message-edit-save = حفظ وإرسال
message-regenerate = إعادة التوليد
message-delete = حذف
message-delete-confirm = هل تريد حذف هذه الرسالة وكل ما بعدها؟
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version = { $position } / { $count }
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version-label = النسخة { $position } من { $count }
message-version-previous = النسخة السابقة
message-version-next = النسخة التالية
action-cancel = إلغاء

## الإشعارات.

notice-undo = تراجع
notice-dismiss = إغلاق

## التصدير والاستيراد والنسخ الاحتياطي.

data-menu = البيانات والمساعدة
data-export-current-json = تصدير هذه المحادثة (JSON)
data-export-current-md = تصدير هذه المحادثة (Markdown)
data-export-all-json = تصدير كل المحادثات (JSON)
data-export-all-md = تصدير كل المحادثات (Markdown)
data-import = استيراد…
data-backup = نسخ احتياطي الآن
data-open-log-folder = فتح مجلد السجلات
data-passphrase = عبارة المرور…
# $path (String) - the file written
data-exported = تم التصدير إلى { $path }
# $conversations (Number) - conversations added by the import
# $skipped (Number) - conversations in the file that were already here (left unchanged)
data-imported = { $conversations ->
    [zero] لا توجد محادثات جديدة لاستيرادها
    [one] تم استيراد محادثة واحدة
    [two] تم استيراد محادثتين
    [few] تم استيراد { $conversations } محادثات
    [many] تم استيراد { $conversations } محادثةً
   *[other] تم استيراد { $conversations } محادثة
  }{ $skipped ->
    [zero] .
    [one] { " " }(محادثة واحدة موجودة مسبقًا).
    [two] { " " }(محادثتان موجودتان مسبقًا).
    [few] { " " }({ $skipped } محادثات موجودة مسبقًا).
    [many] { " " }({ $skipped } محادثةً موجودة مسبقًا).
   *[other] { " " }({ $skipped } محادثة موجودة مسبقًا).
  }
# $path (String) - the backup file written
data-backup-saved = تم حفظ النسخة الاحتياطية في { $path }

## تضررت قاعدة البيانات وتمت استعادتها.

recovery-title = تضررت قاعدة بيانات محادثاتك
# $damaged (String) - where the damaged database file was kept
# $backup (String) - the backup file the conversations were restored from
recovery-restored = تعذّر على Hearth قراءة قاعدة بياناته عند بدء تشغيله، فاستعاد محادثاتك من النسخة الاحتياطية { $backup }؛ وكل ما كُتب بعد تلك النسخة مفقود. وقد احتُفظ بالملف التالف في { $damaged }.
# $damaged (String) - where the damaged database file was kept
recovery-fresh = تعذّر على Hearth قراءة قاعدة بياناته عند بدء تشغيله ولم يجد أي نسخة احتياطية، فأنشأ قاعدة بيانات جديدة فارغة. وقد احتُفظ بالملف التالف في { $damaged }.

## إعدادات محادثة واحدة.

conversation-settings = الإعدادات…
settings-open = إعدادات المحادثة
settings-title = إعدادات المحادثة
# The menu of personas (personas.ftl) by the system prompt; choosing one fills the prompt in.
settings-persona = الشخصية
# The persona menu's choice for a prompt the user wrote or changed.
settings-persona-default = الافتراضي
settings-persona-custom = مخصّص
settings-system-prompt = موجّه النظام
settings-system-prompt-hint = اتركه فارغًا لاستخدام الموجّه الافتراضي، الذي يجيب بلغة كل رسالة.
settings-model = النموذج
# $model (String) - the default model's display name
settings-model-default = الافتراضي ({ $model })
# $model (String) - the model's display name
settings-model-not-installed = { $model } (غير مثبّت)
settings-sampling = أخذ العينات
settings-temperature = درجة الحرارة
settings-top-p = Top-p
settings-top-k = Top-k
settings-min-p = Min-p
settings-repeat-penalty = عقوبة التكرار
settings-presence-penalty = عقوبة الظهور
settings-max-tokens = الحد الأقصى للرموز
settings-seed = البذرة
settings-stop = تسلسلات الإيقاف
settings-stop-hint = تسلسل واحد في كل سطر. ينتهي الرد عند ظهور أول تسلسل منها، ولا يُعرض هذا التسلسل.
# What the hint shows for the stop sequences when there are none.
settings-stop-none = لا شيء
# One stop sequence quoted, as the hint lists them.
# $text (String) - the stop sequence
settings-stop-text = «{ $text }»
# $value (Number or String) - the default value of the setting (for the stop sequences: settings-stop-none, or them listed)
settings-default-value = الافتراضي: { $value }
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-range = أدخل رقمًا من { $min } إلى { $max }.
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-whole = أدخل عددًا صحيحًا من { $min } إلى { $max }.
settings-invalid-seed = أدخل عددًا صحيحًا غير سالب.
# $count (Number) - how many stop sequences are allowed
# $length (Number) - the most characters each may have
settings-invalid-stop = يجب ألا يزيد عدد تسلسلات الإيقاف على { $count }، وألا يزيد عدد أحرف كل منها على { $length }.
settings-reset = استعادة الإعدادات الافتراضية
settings-save = حفظ
settings-saved = تم حفظ الإعدادات.

## المظهر.
settings-theme = المظهر
theme-system = حسب النظام
theme-light = فاتح
theme-dark = داكن

## كتلة شيفرة في الرد.
code-copy = نسخ الشيفرة

## اختصارات لوحة المفاتيح وقائمتها.
shortcuts-title = اختصارات لوحة المفاتيح
# Between two ways to press a shortcut, as in “Ctrl+K or Ctrl+F”.
shortcuts-or = أو
shortcut-new-chat = بدء محادثة جديدة
shortcut-search = البحث في المحادثات
shortcut-send = إرسال الرسالة
shortcut-new-line = بدء سطر جديد في الرسالة
shortcut-stop = إيقاف الرد الجاري كتابته
shortcut-close = إغلاق نافذة حوار أو قائمة
shortcut-settings = فتح الإعدادات
shortcut-help = عرض اختصارات لوحة المفاتيح
# Keys, named as on the keyboard.
key-ctrl = Ctrl
key-command = Cmd
key-shift = Shift
key-enter = Enter
key-escape = Esc
action-close = إغلاق

## النافذة حين تكون المحادثات مشفّرة ولم يُفتح قفلها بعد.
lock-title = محادثاتك مقفلة
lock-body = المحادثات على هذا الحاسوب مشفّرة. أدخل عبارة المرور لفتحها.
lock-passphrase = عبارة المرور
lock-unlock = فتح القفل
lock-unlocking = جارٍ فتح القفل…

## عبارة المرور التي تشفّر المحادثات (البيانات والمساعدة ← عبارة المرور…).
passphrase-title = عبارة المرور
# Says the conversations are not encrypted, and what a passphrase would do.
passphrase-off = كل ما يحفظه Hearth يبقى على هذا الحاسوب. ومع عبارة مرور تُشفَّر محادثاتك ونسخها الاحتياطية أيضًا، ويطلب Hearth العبارة في كل مرة يبدأ فيها.
# Says the conversations are encrypted.
passphrase-on = محادثاتك ونسخها الاحتياطية مشفّرة. يطلب Hearth عبارة المرور في كل مرة يبدأ فيها.
passphrase-warning = إذا فقدت عبارة المرور فلن يستطيع أحد استعادة محادثاتك، ولا حتى Hearth.
passphrase-new = عبارة المرور الجديدة
passphrase-repeat = أعد إدخال عبارة المرور
passphrase-encrypt = تشفير المحادثات
passphrase-encrypting = جارٍ التشفير…
passphrase-encrypted = تم تشفير المحادثات. سيطلب Hearth عبارة المرور عند بدء تشغيله.
passphrase-change = تغيير عبارة المرور
passphrase-changing = جارٍ تغيير عبارة المرور…
passphrase-changed = تم تغيير عبارة المرور.
# Opens the question below; nothing is removed yet.
passphrase-remove = إزالة التشفير…
passphrase-remove-question = هل تريد إزالة التشفير؟ ستُحفظ محادثاتك ونسخها الاحتياطية على هذا الحاسوب دون تشفير، ولن يطلب Hearth عبارة المرور بعد الآن.
passphrase-remove-keep = إبقاء التشفير
passphrase-remove-confirm = إزالة التشفير
passphrase-removing = جارٍ إزالة التشفير…
passphrase-removed = تمت إزالة التشفير.

## أسفل الشريط الجانبي: عرض النماذج والإعدادات.
sidebar-models = النماذج
# Opens the settings of the whole window (Preferences), not a conversation's.
sidebar-preferences = الإعدادات

## الإعدادات: إعدادات النافذة كلها (زر الإعدادات في الشريط الجانبي، أو Ctrl+,).
preferences-title = الإعدادات
preferences-appearance = اللغة والمظهر
preferences-default-model = النموذج الافتراضي
preferences-default-model-hint = تستخدمه كل محادثة لا تختار نموذجًا خاصًا بها.
preferences-manage-models = إدارة النماذج…
# A default model whose file is on this computer but cannot be used.
# $model (String) - the model's display name
preferences-model-unusable = { $model } (غير قابل للاستخدام)
preferences-sampling = إعدادات أخذ العينات الافتراضية
preferences-sampling-hint = تستخدمها كل محادثة ليست لها إعدادات أخذ عينات خاصة بها.
# $value (Number or String) - the value Hearth comes with (as in settings-default-value)
preferences-builtin-value = القيمة المدمجة: { $value }
preferences-sampling-reset = العودة إلى القيم المدمجة
preferences-sampling-save = حفظ القيم الافتراضية
preferences-sampling-saved = تم حفظ القيم الافتراضية.
preferences-sampling-restored = تمت العودة إلى قيم أخذ العينات المدمجة.
preferences-data = بياناتك
preferences-data-dir = مجلد البيانات
preferences-backup-dir = مجلد النسخ الاحتياطية

## عرض النماذج: النماذج التي يعرفها Hearth، على هذا الحاسوب أو في الفهرس.
models-title = النماذج
# $available (String) - memory free now, already formatted (e.g. "9.8 GB")
# $total (String) - all of the computer's memory, already formatted
models-memory = الذاكرة المتاحة: { $available } من { $total }
# $path (String) - the folder holding the model files
models-folder = تُحفظ ملفات النماذج في { $path }
models-import = استيراد ملف GGUF…
# While the chosen file is checked and copied into the models folder, which can take a while.
models-importing = جارٍ الفحص والنسخ…
# $name (String) - the model's display name
models-imported = تم استيراد { $name }.
# $name (String) - the model's display name
models-default-set = أصبح { $name } النموذج الافتراضي.
# $name (String) - the model's display name
models-removed = تم حذف ملف { $name }.
models-badge-default = افتراضي
models-badge-imported = مستورد
models-badge-missing = غير موجود على هذا الحاسوب
# A model without a chat template: it continues the text it is given instead of answering.
models-badge-base = نموذج أساسي: يكمل النص فقط
models-badge-unusable = غير قابل للاستخدام
models-fact-architecture = البنية
models-fact-parameters = عدد المعاملات
models-fact-quantization = التكميم
models-fact-context = السياق
models-fact-size = حجم الملف
models-fact-memory = الذاكرة المطلوبة
models-fact-license = الترخيص
models-fact-source = المصدر
# The context window in tokens: what the model was trained for, and what Hearth uses.
# $trained (Number) - tokens the model was trained for
# $used (Number) - tokens Hearth uses
models-context = { $trained } في التدريب · { $used } مستخدمة
# $trained (Number) - tokens the model was trained for
models-context-trained = { $trained } في التدريب
# $used (Number) - tokens Hearth uses
models-context-used = { $used } مستخدمة
# A warning, not an error: the model may still run.
models-memory-warning = يحتاج إلى ذاكرة أكثر من المتاحة الآن؛ قد يفيد إغلاق التطبيقات الأخرى.
# $file (String) - the name of the model's GGUF file
models-not-installed = غير موجود على هذا الحاسوب: استورد ملف GGUF الخاص به، { $file }.
models-make-default = جعله افتراضيًا
# Opens the question below; nothing is deleted yet.
models-remove = إزالة…
# $name (String) - the model's display name
# $size (String) - the file's size, already formatted (e.g. "491.4 MB")
models-remove-question = هل تريد حذف ملف { $name } ({ $size })؟ لا يمكن التراجع عن ذلك.
models-remove-keep = الاحتفاظ به
models-remove-confirm = حذف
