## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = بدأت في { $created } · النموذج { $model } · مُصدَّرة من Hearth
# $count (Number) - how many other versions of this message exist
export-md-alternatives = { $count ->
    [zero] ليست لهذه الرسالة نسخ أخرى.
    [one] لهذه الرسالة نسخة أخرى محفوظة في Hearth وفي ملف التصدير بتنسيق JSON.
    [two] لهذه الرسالة نسختان أخريان محفوظتان في Hearth وفي ملف التصدير بتنسيق JSON.
    [few] لهذه الرسالة { $count } نسخ أخرى محفوظة في Hearth وفي ملف التصدير بتنسيق JSON.
    [many] لهذه الرسالة { $count } نسخةً أخرى محفوظة في Hearth وفي ملف التصدير بتنسيق JSON.
   *[other] لهذه الرسالة { $count } نسخة أخرى محفوظة في Hearth وفي ملف التصدير بتنسيق JSON.
  }
# The name proposed for a file holding every conversation.
data-export-all-name = محادثات Hearth
data-export-title = تصدير المحادثات
data-import-title = استيراد المحادثات
data-filter-json = ملف تصدير Hearth (JSON)
data-filter-markdown = Markdown
# The native Open dialog of the models view.
models-import-title = استيراد نموذج GGUF
models-filter-gguf = نموذج GGUF
