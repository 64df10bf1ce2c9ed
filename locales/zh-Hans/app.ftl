## 桌面窗口。

app-name = Hearth
# The window title while a conversation is open.
# $conversation (String) - the conversation's title
window-title = { $conversation } — Hearth
sidebar-conversations = 对话
sidebar-new-chat = 新建对话
sidebar-empty = 还没有对话。
composer-placeholder = 给 Hearth 发消息…
composer-label = 消息
composer-send = 发送
composer-stop = 停止
welcome-title = 欢迎使用 Hearth
welcome-body = 助手完全在这台电脑上运行，你输入的任何内容都不会离开这台电脑。
welcome-no-model = 这台电脑上还没有模型。请导入一个 GGUF 模型文件（例如从 U 盘）：Hearth 会检查它、保存一份副本并用它回答，全程离线。
welcome-import = 导入模型文件…
role-user = 你
role-assistant = Hearth
# $model (String) - the model's name
model-loading = 正在加载 { $model }…
# $model (String) - the model's name
model-ready = { $model } · 本地
model-none = 尚无模型
message-stopped = 已停止
message-interrupted = 已中断：这条回复完成前 Hearth 已关闭。
message-failed = 这条回复生成失败。
# $tokens (Number) - tokens in the reply
# $rate (Number) - decoding speed in tokens per second
message-stats = { $tokens ->
   *[other] { $tokens } 个 token
  } · { NUMBER($rate, maximumFractionDigits: 1) } token/秒
conversation-untitled = 新对话
settings-language = 语言
# This language's name for itself, shown in the language menu.
language-name = 简体中文
search-placeholder = 搜索对话
search-label = 搜索
search-no-results = 没有匹配的消息。
# $used (String) - tokens in use, already formatted (e.g. "1.2K")
# $limit (String) - the context window, already formatted (e.g. "8.2K")
message-context = 上下文 { $used } / { $limit }
# $count (Number) - how many older messages the model did not see
message-dropped = { $count ->
   *[other] 为适应模型的上下文窗口，已略去 { $count } 条较早的消息。
  }

## 侧边栏中的对话。

# $title (String) - the conversation's title
conversation-actions = “{ $title }”的操作
conversation-rename = 重命名
conversation-rename-label = 对话名称
conversation-pin = 置顶
conversation-unpin = 取消置顶
conversation-pinned = 已置顶
conversation-delete = 删除
# $title (String) - the conversation's title
conversation-deleted = 已删除“{ $title }”。

## 消息操作。

message-actions = 消息操作
message-copy = 复制
message-copied = 已复制
message-copy-failed = 无法复制到剪贴板。
message-edit = 编辑
message-edit-label = 编辑你的消息
message-edit-save = 保存并发送
message-regenerate = 重新生成
message-delete = 删除
message-delete-confirm = 要删除这条消息及其后的所有内容吗？
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version = { $position } / { $count }
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version-label = 第 { $position } 版，共 { $count } 版
message-version-previous = 上一版本
message-version-next = 下一版本
action-cancel = 取消

## 通知。

notice-undo = 撤销
notice-dismiss = 关闭

## 导出、导入与备份。

data-menu = 数据与帮助
data-export-current-json = 导出此对话（JSON）
data-export-current-md = 导出此对话（Markdown）
data-export-all-json = 导出所有对话（JSON）
data-export-all-md = 导出所有对话（Markdown）
data-import = 导入…
data-backup = 立即备份
data-open-log-folder = 打开日志文件夹
data-passphrase = 密码短语…
# $path (String) - the file written
data-exported = 已导出到 { $path }
# $conversations (Number) - conversations added by the import
# $skipped (Number) - conversations in the file that were already here (left unchanged)
data-imported = { $conversations ->
    [0] 没有可导入的新对话
   *[other] 已导入 { $conversations } 个对话
  }{ $skipped ->
    [0] 。
   *[other] （已跳过 { $skipped } 个已有的对话）。
  }
# $path (String) - the backup file written
data-backup-saved = 备份已保存到 { $path }

## 数据库曾经损坏，现已恢复。

recovery-title = 你的对话数据库出现了损坏
# $damaged (String) - where the damaged database file was kept
# $backup (String) - the backup file the conversations were restored from
recovery-restored = Hearth 启动时无法读取其数据库，已从备份 { $backup } 恢复你的对话；该备份之后写入的内容已丢失。损坏的文件保留在 { $damaged }。
# $damaged (String) - where the damaged database file was kept
recovery-fresh = Hearth 启动时无法读取其数据库，也没有找到备份，因此新建了一个空数据库。损坏的文件保留在 { $damaged }。

## 单个对话的设置。

conversation-settings = 设置…
settings-open = 对话设置
settings-title = 对话设置
# The menu of personas (personas.ftl) by the system prompt; choosing one fills the prompt in.
settings-persona = 角色
# The persona menu's choice for a prompt the user wrote or changed.
settings-persona-default = 默认
settings-persona-custom = 自定义
settings-system-prompt = 系统提示词
settings-system-prompt-hint = 留空则使用默认提示词，助手会用每条消息所用的语言回答。
settings-model = 模型
# $model (String) - the default model's display name
settings-model-default = 默认（{ $model }）
# $model (String) - the model's display name
settings-model-not-installed = { $model }（未安装）
settings-sampling = 采样
settings-temperature = 温度
settings-top-p = Top-p
settings-top-k = Top-k
settings-min-p = Min-p
settings-repeat-penalty = 重复惩罚
settings-presence-penalty = 存在惩罚
settings-max-tokens = 最大 token 数
settings-seed = 随机种子
settings-stop = 停止序列
settings-stop-hint = 每行一个。回复会在最先出现的停止序列之前结束，该序列本身不会显示。
# What the hint shows for the stop sequences when there are none.
settings-stop-none = 无
# One stop sequence quoted, as the hint lists them.
# $text (String) - the stop sequence
settings-stop-text = “{ $text }”
# $value (Number or String) - the default value of the setting (for the stop sequences: settings-stop-none, or them listed)
settings-default-value = 默认值：{ $value }
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-range = 请输入 { $min } 到 { $max } 之间的数字。
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-whole = 请输入 { $min } 到 { $max } 之间的整数。
settings-invalid-seed = 请输入大于或等于 0 的整数。
# $count (Number) - how many stop sequences are allowed
# $length (Number) - the most characters each may have
settings-invalid-stop = 最多输入 { $count } 个停止序列，每个不超过 { $length } 个字符。
settings-reset = 恢复默认设置
settings-save = 保存
settings-saved = 设置已保存。

## 外观。
settings-theme = 主题
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色

## 回复中的代码块。
code-copy = 复制代码

## 键盘快捷键及其列表。
shortcuts-title = 键盘快捷键
# Between two ways to press a shortcut, as in “Ctrl+K or Ctrl+F”.
shortcuts-or = 或
shortcut-new-chat = 新建对话
shortcut-search = 搜索对话
shortcut-send = 发送消息
shortcut-new-line = 在消息中换行
shortcut-stop = 停止正在生成的回复
shortcut-close = 关闭对话框或菜单
shortcut-settings = 打开设置
shortcut-help = 显示键盘快捷键
# Keys, named as on the keyboard.
key-ctrl = Ctrl
key-command = Cmd
key-shift = Shift
key-enter = Enter
key-escape = Esc
action-close = 关闭

## 对话已加密且尚未解锁时的窗口。
lock-title = 对话已锁定
lock-body = 这台电脑上的对话已加密。请输入密码短语以打开。
lock-passphrase = 密码短语
lock-unlock = 解锁
lock-unlocking = 正在解锁…

## 用于加密对话的密码短语（数据与帮助 → 密码短语…）。
passphrase-title = 密码短语
# Says the conversations are not encrypted, and what a passphrase would do.
passphrase-off = Hearth 保存的一切都只留在这台电脑上。设置密码短语后，你的对话及其备份也会被加密，Hearth 每次启动时都会要求输入密码短语。
# Says the conversations are encrypted.
passphrase-on = 你的对话及其备份已加密。Hearth 每次启动时都会要求输入密码短语。
passphrase-warning = 如果丢失密码短语，任何人都无法恢复你的对话，Hearth 也不能。
passphrase-new = 新密码短语
passphrase-repeat = 再次输入密码短语
passphrase-encrypt = 加密对话
passphrase-encrypting = 正在加密…
passphrase-encrypted = 对话已加密。Hearth 启动时会要求输入密码短语。
passphrase-change = 更改密码短语
passphrase-changing = 正在更改密码短语…
passphrase-changed = 密码短语已更改。
# Opens the question below; nothing is removed yet.
passphrase-remove = 解除加密…
passphrase-remove-question = 要解除加密吗？你的对话及其备份将以未加密的形式保存在这台电脑上，Hearth 也不会再要求输入密码短语。
passphrase-remove-keep = 保持加密
passphrase-remove-confirm = 解除加密
passphrase-removing = 正在解除加密…
passphrase-removed = 已解除加密。

## 侧边栏底部：模型视图和设置。
sidebar-models = 模型
# Opens the settings of the whole window (Preferences), not a conversation's.
sidebar-preferences = 设置

## 设置：整个窗口的设置（侧边栏的“设置”按钮或 Ctrl+,）。
preferences-title = 设置
preferences-appearance = 语言和外观
preferences-default-model = 默认模型
preferences-default-model-hint = 未单独选择模型的对话都使用此模型。
preferences-manage-models = 管理模型…
# A default model whose file is on this computer but cannot be used.
# $model (String) - the model's display name
preferences-model-unusable = { $model }（无法使用）
preferences-sampling = 默认采样
preferences-sampling-hint = 没有单独采样设置的对话都使用这些值。
# $value (Number or String) - the value Hearth comes with (as in settings-default-value)
preferences-builtin-value = 内置值：{ $value }
preferences-sampling-reset = 恢复内置值
preferences-sampling-save = 保存为默认值
preferences-sampling-saved = 默认值已保存。
preferences-sampling-restored = 已恢复内置采样值。
preferences-data = 你的数据
preferences-data-dir = 数据文件夹
preferences-backup-dir = 备份文件夹

## 模型视图：Hearth 知道的模型，包括此电脑上的和目录中的。
models-title = 模型
# $available (String) - memory free now, already formatted (e.g. "9.8 GB")
# $total (String) - all of the computer's memory, already formatted
models-memory = 可用内存：{ $available }（共 { $total }）
# $path (String) - the folder holding the model files
models-folder = 模型文件保存在 { $path }
models-import = 导入 GGUF 文件…
# While the chosen file is checked and copied into the models folder, which can take a while.
models-importing = 正在检查并复制…
# $name (String) - the model's display name
models-imported = 已导入 { $name }。
# $name (String) - the model's display name
models-default-set = { $name } 现在是默认模型。
# $name (String) - the model's display name
models-removed = 已删除 { $name } 的文件。
models-badge-default = 默认
models-badge-imported = 已导入
models-badge-missing = 不在此电脑上
# A model without a chat template: it continues the text it is given instead of answering.
models-badge-base = 基础模型：仅续写文本
models-badge-unusable = 无法使用
models-fact-architecture = 架构
models-fact-parameters = 参数量
models-fact-quantization = 量化
models-fact-context = 上下文
models-fact-size = 文件大小
models-fact-memory = 所需内存
models-fact-license = 许可证
models-fact-source = 来源
# The context window in tokens: what the model was trained for, and what Hearth uses.
# $trained (Number) - tokens the model was trained for
# $used (Number) - tokens Hearth uses
models-context = 训练 { $trained } · 使用 { $used }
# $trained (Number) - tokens the model was trained for
models-context-trained = 训练 { $trained }
# $used (Number) - tokens Hearth uses
models-context-used = 使用 { $used }
# A warning, not an error: the model may still run.
models-memory-warning = 所需内存超过当前可用内存；关闭其他应用可能会有帮助。
# $file (String) - the name of the model's GGUF file
models-not-installed = 不在此电脑上：请导入它的 GGUF 文件 { $file }。
models-make-default = 设为默认
# Opens the question below; nothing is deleted yet.
models-remove = 删除…
# $name (String) - the model's display name
# $size (String) - the file's size, already formatted (e.g. "491.4 MB")
models-remove-question = 要删除 { $name } 的文件（{ $size }）吗？此操作无法撤销。
models-remove-keep = 保留
models-remove-confirm = 删除
