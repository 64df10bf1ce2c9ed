## الأخطاء. كل معرّف هو `error-` متبوعًا بالرمز الثابت لخطأ في hearth-core.

# $path (String) - where the model file was expected
error-model-missing = ملف النموذج غير موجود: { $path }. نزّله باستخدام «python3 models/fetch.py» (أو «./dev setup»)، أو استورد ملف GGUF.
# $path (String) - the model file
# $reason (String) - what is wrong, in technical terms
error-model-malformed = الملف { $path } ليس نموذج GGUF صالحًا للاستخدام ({ $reason }). الملف تالف أو ناقص أو ليس نموذجًا، ولم يُحمَّل منه أي شيء.
# $path (String) - the model file
# $expected (Number) - bytes the catalog expects
# $actual (Number) - bytes found
error-model-incomplete = الملف { $path } غير مكتمل ({ $actual } من أصل { $expected } بايت). نزّله مجددًا باستخدام «python3 models/fetch.py».
# $architecture (String) - the architecture named in the file
error-model-unsupported-architecture = بنية هذا النموذج «{ $architecture }» غير مدعومة بعد.
# $name (String) - the name that was asked for
error-model-unknown = لا يوجد نموذج باسم «{ $name }». يعرض الأمر «hearth models list» النماذج المعروفة.
error-model-is-default = «{ $name }» هو النموذج الافتراضي. اختر نموذجًا افتراضيًا آخر أولًا.
error-sampling-invalid = لا يمكن أن يكون إعداد أخذ العينات { $setting } مساويًا لـ { $value } (المسموح: { $allowed }).
# $reason (String) - technical detail
error-tokenizer = تعذّر إنشاء مُقسِّم الرموز الخاص بالنموذج ({ $reason }).
# $reason (String) - technical detail
error-chat-template = تعذّر استخدام قالب المحادثة الخاص بالنموذج ({ $reason }).
# $reason (String) - technical detail
error-inference = حدث خطأ في النموذج أثناء الإجابة ({ $reason }).
# $tokens (Number) - length of the prompt
# $limit (Number) - size of the context window
error-context-overflow = هذه الرسالة أطول مما يحتمله النموذج (عدد الرموز: { $tokens }؛ والحد الأقصى: { $limit }).
error-engine-gone = توقف النموذج على نحو غير متوقع. أعد تشغيل Hearth للمتابعة.
# $reason (String) - technical detail
error-internal = حدث خلل داخل Hearth ({ $reason }). لم يُفقد شيء مما حفظته؛ ويمكنك إرفاق السجل (البيانات والمساعدة ← فتح مجلد السجلات) عند الإبلاغ عن المشكلة.
# $id (Number) - the conversation id
error-conversation-not-found = المحادثة { $id } غير موجودة.
# $id (Number) - the message id
error-message-not-found = الرسالة { $id } غير موجودة.
# $path (String) - the chosen file
# $reason (String) - technical detail
error-import-invalid = الملف { $path } ليس ملف تصدير من Hearth ({ $reason }). لم يُستورد أي شيء.
# $path (String) - the chosen file
# $found (Number) - format version in the file
# $supported (Number) - newest format this Hearth reads
error-import-version = صُدِّر الملف { $path } من إصدار أحدث من Hearth (التنسيق { $found }؛ وهذا الإصدار يقرأ حتى { $supported }). حدّث Hearth لاستيراده.
# $path (String) - the file
# $reason (String) - what is wrong, in technical terms
error-file-invalid = تعذّر استخدام الملف { $path } ({ $reason }).
error-disk-full = القرص ممتلئ. أفرغ بعض المساحة؛ مسودتك محفوظة.
# $path (String) - the read-only folder or file
error-read-only = لا يستطيع Hearth الكتابة في { $path }. تحقّق من أذونات المجلد.
error-database-locked = قاعدة بيانات المحادثات يستخدمها برنامج آخر. أغلق ذلك البرنامج ثم أعد المحاولة.
# $found (Number) - schema version in the file
# $supported (Number) - newest schema this Hearth knows
error-database-too-new = حُفظت محادثاتك بإصدار أحدث من Hearth (المخطط { $found }؛ وهذا الإصدار يعرف حتى { $supported }). حدّث Hearth؛ لم يُغيَّر أي شيء.
# $reason (String) - technical detail
error-database = أبلغت قاعدة بيانات المحادثات عن خطأ ({ $reason }).
# $path (String) - the file
# $reason (String) - technical detail
error-io = تعذّرت قراءة { $path } أو الكتابة فيه ({ $reason }).
# $path (String) - the database file
error-passphrase-required = محادثاتك ({ $path }) مشفّرة. أدخل عبارة المرور لفتحها.
error-passphrase-wrong = عبارة المرور هذه لا تفتح هذه المحادثات. لم يتغيّر شيء؛ حاول مرة أخرى.
error-passphrase-empty = أدخل عبارة المرور.
error-passphrase-mismatch = عبارتا المرور غير متطابقتين. لم يتغيّر شيء.
