## سطر أوامر `hearth`.

# $option (String) - the option as typed
cli-unknown-option = خيار غير معروف: { $option }
# $option (String) - the option as typed
cli-missing-value = يحتاج الخيار { $option } إلى قيمة.
# $option (String) - the option
# $value (String) - what was given
cli-invalid-value = «{ $value }» ليست قيمة صالحة للخيار { $option }.
cli-missing-prompt = حدّد الرسالة المراد إرسالها، مثلًا: hearth chat "مرحبًا"
cli-error-prefix = خطأ
cli-models-installed = مثبّت
cli-models-not-installed = غير مثبّت
# $file (String) - the prompt set
# $matched (Number) - replies in the expected language
# $prompts (Number) - prompts run
# $percent (String) - the share, already formatted (e.g. "96.0")
cli-eval-result = { $file }: جاءت { $matched } من أصل { $prompts } من الردود باللغة المتوقعة ({ $percent }٪)
cli-passphrase-prompt = عبارة المرور:
cli-passphrase-new = عبارة المرور الجديدة:
cli-passphrase-again = أعد إدخال عبارة المرور نفسها:
cli-encrypted = أصبحت محادثاتك مشفّرة الآن. من دون عبارة المرور لا يستطيع أحد قراءتها، ولا حتى أنت: احتفظ بها في مكان آمن.
cli-decrypted = لم تعد محادثاتك مشفّرة.
# $path (String) - the file; $architecture (String); $millions (Number) - parameters in millions; $quantization (String); $context (Number) - context Hearth uses; $megabytes (Number); $license (String); $chat (String) - "yes" if it has a chat template
cli-model-card =
    { $path }: نموذج صالح للاستخدام
      البنية        { $architecture }
      المعاملات     { $millions } مليون
      التكميم       { $quantization }
      السياق        { $context } رمزًا
      الحجم         { $megabytes } ميغابايت
      الترخيص       { $license }
      النوع         { $chat ->
        [yes] محادثة (يتضمن قالب محادثة)
       *[no] نموذج أساسي (إكمال نص فقط)
    }
cli-models-imported = مستورد
# $name (String) - the name to use with --model
cli-model-imported = استُورد باسم «{ $name }»: استخدمه عبر hearth chat --model { $name }. نُسخ الملف، ويمكن حذف الأصل.
# $name (String)
cli-model-removed = حُذف «{ $name }».
# $name (String)
cli-model-default = أصبح «{ $name }» النموذج الافتراضي (في hearth chat وفي النافذة).
# $model (String) file; $threads (Number); $load, $ttft (String) seconds; $pp, $tg (String) llama-bench's names, e.g. pp128, tg64; $ppRate, $tgRate (String) tokens/s; $rss (String) MB
cli-bench =
    { $model }، { $threads } خيوط
      التحميل         { $load } ث
      التشغيل الأول    { $warmup } ث (ترتيب الأوزان للحساب السريع)
      { $pp }          { $ppRate } رمز/ث
      { $tg }           { $tgRate } رمز/ث
      أول رمز         { $ttft } ث
      ذروة الذاكرة    { $rss } ميغابايت

## المساعدة (`hearth --help` و`hearth الأمر --help` و`hearth help الأمر`).

cli-about = استخدم Hearth، مساعد الذكاء الاصطناعي الذي يعمل دون اتصال، من سطر الأوامر.
# Headings of the help; the help adds a colon after each.
cli-help-usage = طريقة الاستخدام
cli-help-commands = الأوامر
cli-help-arguments = الوسائط
cli-help-options = الخيارات
# $command (String) - the command as typed, e.g. "hearth chat"
cli-help-more = للمزيد، شغّل «{ $command } --help».
# Stands for a command's options in a usage line.
cli-options-tag = [خيارات]
# Placeholders for what the user types (in capitals where the script has them).
cli-value-command = الأمر
cli-value-model = الاسم|المسار
cli-value-text = النص
cli-value-file = الملف
cli-value-name = الاسم
cli-value-query = عبارة-البحث
cli-value-prompt = الرسالة
cli-value-id = ID
cli-value-shell = الصدفة
cli-arg-help = اعرض هذه المساعدة
cli-arg-version = اعرض رقم الإصدار
cli-arg-verbose = اعرض تفاصيل أكثر عمّا يفعله Hearth
cli-arg-json = اطبع النتيجة بصيغة JSON
cli-arg-model = النموذج المستخدم: اسم من «hearth models list» أو ملف GGUF (افتراضيًا: النموذج الافتراضي)
cli-arg-system = تعليمات للمساعد تحلّ محلّ موجّه النظام الافتراضي
cli-arg-max-tokens = أقصى طول للرد، بالرموز
cli-arg-temperature = درجة العشوائية من 0 إلى 2 (0: الكلمة الأرجح دائمًا)
cli-arg-seed = بذرة الاختيارات العشوائية (البذرة نفسها تعطي الرد نفسه)
cli-arg-min-p = استبعد الكلمات التي يقلّ احتمالها عن هذه النسبة من احتمال الكلمة الأرجح (0–1)
cli-arg-presence-penalty = قلّل من تكرار الكلمات التي سبق استخدامها (0: بلا عقوبة)
cli-arg-stop = أنهِ الرد قبل هذا النص (يمكن تكراره أكثر من مرة)
cli-arg-conversation = تابع هذه المحادثة (تجد معرّفها في «hearth conversations list»)
cli-arg-no-save = لا تحفظ هذا التبادل محادثةً
cli-arg-prompt = الرسالة المراد إرسالها
cli-about-chat = أرسل رسالة واعرض الرد أثناء كتابته
cli-about-models = النماذج: العرض والفحص والاستيراد واختيار الافتراضي والحذف
cli-about-models-list = اعرض نماذج الفهرس والنماذج المستوردة (تشير * إلى النموذج الافتراضي)
cli-about-models-inspect = افحص ملف GGUF كما يفحصه التحميل، واعرض وصفه
cli-about-models-import = افحص ملف GGUF، ثم احتفظ بنسخة منه بين النماذج المستوردة
cli-about-models-default = اجعل نموذجًا هو الافتراضي، هنا وفي النافذة
cli-about-models-remove = احذف ملف نموذج (ولا يُحذف النموذج الافتراضي أبدًا)
cli-arg-model-file = ملف GGUF
cli-arg-model-name = اسم النموذج كما يظهر في «hearth models list»
cli-about-conversations = محادثاتك المحفوظة: العرض والقراءة والبحث والتصدير والاستيراد والحماية
cli-about-conversations-list = اعرض قائمة المحادثات
cli-about-conversations-show = اعرض رسائل محادثة
cli-about-conversations-search = ابحث في جميع الرسائل
cli-about-conversations-export = صدّر محادثة واحدة أو جميع المحادثات إلى ملف (أو إلى الشاشة)
cli-about-conversations-import = استورد محادثات من ملف JSON مُصدَّر
cli-about-conversations-backup = أنشئ نسخة احتياطية الآن
cli-about-conversations-encrypt = احمِ المحادثات بعبارة مرور، أو غيّرها
cli-about-conversations-decrypt = أزل عبارة المرور
cli-about-conversations-set = غيّر الإعدادات الخاصة بمحادثة
cli-arg-conversation-id = معرّف المحادثة، من «hearth conversations list»
cli-arg-query = الكلمات المراد البحث عنها، بأي لغة
cli-arg-ignore-diacritics = طابِق الكلمات بصرف النظر عن علامات التشكيل والنبرات (pho تجد phở)
cli-arg-export-id = هذه المحادثة فقط (افتراضيًا: جميع المحادثات)
cli-arg-format = json (يمكن استيراده مجددًا) أو md (Markdown للقراءة)
cli-arg-out = اكتب في هذا الملف بدلًا من المخرج القياسي
cli-arg-import-file = ملف JSON كتبه الأمر «hearth conversations export»
cli-arg-reset = أعِد الإعدادات الافتراضية أولًا
cli-arg-own-system = موجّه النظام الخاص بالمحادثة (فارغ: الافتراضي)
cli-arg-own-model = اسم النموذج الخاص بالمحادثة
cli-arg-top-p = اختر فقط من بين الكلمات الأرجح التي يبلغ مجموع احتمالاتها هذه القيمة (0–1)
cli-arg-top-k = اختر فقط من بين هذا العدد من الكلمات الأرجح
cli-arg-repeat-penalty = قلّل من تكرار الكلمات الأخيرة (1: بلا عقوبة)
cli-about-eval-language = قِس كم مرة تأتي الردود باللغة المطلوبة
cli-arg-eval-files = مجموعات الموجّهات: ملفات CSV فيها العمودان «prompt» و«language»
cli-arg-limit = أقصى عدد من الموجّهات يُشغَّل من كل مجموعة
# $default (Number)
cli-arg-eval-max-tokens = أقصى طول للرد بالرموز (افتراضيًا: { $default })
cli-about-bench = قِس سرعة نموذج كما يفعل llama-bench
# $default (Number)
cli-arg-prompt-tokens = عدد رموز الموجّه المراد معالجتها (افتراضيًا: { $default })
# $default (Number)
cli-arg-gen-tokens = عدد الرموز المراد توليدها (افتراضيًا: { $default })
cli-arg-depth = املأ السياق أولًا بهذا العدد من الرموز (افتراضيًا: 0)
# $default (Number)
cli-arg-repetitions = عدد مرات التشغيل لحساب المتوسط (افتراضيًا: { $default })
cli-arg-threads = عدد الخيوط المستخدمة (افتراضيًا: كل الأنوية)
cli-about-completions = اطبع سكربت الإكمال التلقائي لصدفتك
cli-arg-shell = bash أو zsh أو fish أو powershell أو elvish
cli-about-help = اعرض مساعدة Hearth أو مساعدة أمر
cli-arg-help-command = الأمر، مثل «chat» أو «models list»
# $command (String) - the command as typed
cli-unknown-command = أمر غير معروف: { $command }
# $argument (String) - its placeholder, e.g. "<FILE>"
cli-missing-argument = يلزم تحديد { $argument }.
# $suggestion (String) - an option, command or value close to what was typed
cli-did-you-mean = هل تقصد { $suggestion }؟
# $values (String) - e.g. "json, md"
cli-possible-values = القيم الممكنة: { $values }
cli-bad-command-line = تعذّرت قراءة سطر الأوامر هذا.
# $data, $models (String) - folders
cli-verbose-places =
    مجلد البيانات: { $data }
    مجلد النماذج: { $models }
# $name (String) - the model; $path (String) - its file
cli-verbose-model = النموذج: { $name } ({ $path })
