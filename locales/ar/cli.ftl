## سطر أوامر `hearth`.

cli-usage =
    طريقة الاستخدام:
      hearth chat [--model الاسم|المسار] [--system النص] [--max-tokens N] [--temperature T] [--seed N] [--min-p P] [--presence-penalty X] [--stop نص]… [--conversation ID] [--no-save] [--json] الرسالة
      hearth models list [--json]
      hearth models inspect ملف [--json]
      hearth models import ملف [--json]
      hearth models default اسم
      hearth models remove اسم
      hearth conversations list|show ID|search عبارة-البحث [--ignore-diacritics] [--json]
      hearth conversations export [ID] [--format json|md] [--out الملف]
      hearth conversations import الملف [--json]
      hearth conversations backup [--json]
      hearth conversations encrypt|decrypt
      hearth conversations set ID [--reset] [--system النص] [--model الاسم] [--temperature T] [--top-p P] [--top-k K] [--repeat-penalty R] [--max-tokens N] [--seed N]
      hearth eval-language الملف… [--limit N] [--max-tokens N] [--model الاسم|المسار] [--json]
      hearth bench [--model الاسم|المسار] [--prompt-tokens N] [--gen-tokens N] [--depth N] [--repetitions N] [--threads N] [--json]
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
