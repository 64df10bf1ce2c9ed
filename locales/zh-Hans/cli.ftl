## `hearth` 命令行。

# $option (String) - the option as typed
cli-unknown-option = 未知选项：{ $option }
# $option (String) - the option as typed
cli-missing-value = { $option } 需要一个值。
# $option (String) - the option
# $value (String) - what was given
cli-invalid-value = “{ $value }”不是 { $option } 的有效值。
cli-missing-prompt = 请提供要发送的消息，例如：hearth chat "你好"
cli-error-prefix = 错误
cli-models-installed = 已安装
cli-models-not-installed = 未安装
# $file (String) - the prompt set
# $matched (Number) - replies in the expected language
# $prompts (Number) - prompts run
# $percent (String) - the share, already formatted (e.g. "96.0")
cli-eval-result = { $file }：{ $prompts } 条回复中有 { $matched } 条使用了预期的语言（{ $percent }%）
cli-passphrase-prompt = 密码短语：
cli-passphrase-new = 新密码短语：
cli-passphrase-again = 再次输入密码短语：
cli-encrypted = 你的对话现已加密。没有密码短语，任何人（包括你自己）都无法读取：请妥善保管。
cli-decrypted = 你的对话已不再加密。
# $path (String) - the file; $architecture (String); $millions (Number) - parameters in millions; $quantization (String); $context (Number) - context Hearth uses; $megabytes (Number); $license (String); $chat (String) - "yes" if it has a chat template
cli-model-card =
    { $path }：可用的模型
      架构      { $architecture }
      参数量    { $millions } M
      量化      { $quantization }
      上下文    { $context } 个词元
      大小      { $megabytes } MB
      许可证    { $license }
      类型      { $chat ->
        [yes] 对话模型（带对话模板）
       *[no] 基础模型（纯文本续写）
    }
cli-models-imported = 已导入
# $name (String) - the name to use with --model
cli-model-imported = 已导入为“{ $name }”：可用 hearth chat --model { $name } 使用。文件已复制，原文件可以删除。
# $name (String)
cli-model-removed = 已删除“{ $name }”。
# $name (String)
cli-model-default = “{ $name }”现在是默认模型（hearth chat 和窗口都使用它）。
# $model (String) file; $threads (Number); $load, $ttft (String) seconds; $pp, $tg (String) llama-bench's names, e.g. pp128, tg64; $ppRate, $tgRate (String) tokens/s; $rss (String) MB
cli-bench =
    { $model }，{ $threads } 个线程
      加载           { $load } 秒
      首次运行       { $warmup } 秒（为快速计算重排权重）
      { $pp }          { $ppRate } token/秒
      { $tg }           { $tgRate } token/秒
      首个 token     { $ttft } 秒
      峰值内存       { $rss } MB

## 帮助（`hearth --help`、`hearth 命令 --help`、`hearth help 命令`）。

cli-about = 在命令行中使用 Hearth——一款离线运行的 AI 助手。
# Headings of the help; the help adds a colon after each.
cli-help-usage = 用法
cli-help-commands = 命令
cli-help-arguments = 参数
cli-help-options = 选项
# $command (String) - the command as typed, e.g. "hearth chat"
cli-help-more = 如需了解更多，请运行“{ $command } --help”。
# Stands for a command's options in a usage line.
cli-options-tag = [选项]
# Placeholders for what the user types (in capitals where the script has them).
cli-value-command = 命令
cli-value-model = 名称|路径
cli-value-text = 文本
cli-value-file = 文件
cli-value-name = 名称
cli-value-query = 关键词
cli-value-prompt = 消息
cli-value-id = ID
cli-value-shell = SHELL
cli-arg-help = 显示此帮助
cli-arg-version = 显示版本
cli-arg-verbose = 更详细地显示 Hearth 正在做什么
cli-arg-json = 以 JSON 格式输出结果
cli-arg-model = 要使用的模型：“hearth models list”中的名称或一个 GGUF 文件（默认：默认模型）
cli-arg-system = 给助手的指示，代替默认的系统提示词
cli-arg-max-tokens = 回复的最大长度（词元数）
cli-arg-temperature = 随机程度，0–2（0：总是选择可能性最大的词）
cli-arg-seed = 随机种子（种子相同，回复也相同）
cli-arg-min-p = 排除概率低于最可能词的这一比例的词（0–1）
cli-arg-presence-penalty = 减少重复使用已出现过的词（0：不限制）
cli-arg-stop = 在这段文本之前结束回复（可以指定多次）
cli-arg-conversation = 在这个对话中继续（ID 可通过“hearth conversations list”查看）
cli-arg-no-save = 不把这次问答保存为对话
cli-arg-prompt = 要发送的消息
cli-about-chat = 发送一条消息，并在回复生成的同时显示出来
cli-about-models = 模型：列出、检查、导入、设为默认、删除
cli-about-models-list = 列出目录中的模型和已导入的模型（* 表示默认模型）
cli-about-models-inspect = 按加载时的方式检查 GGUF 文件，并显示其信息
cli-about-models-import = 检查 GGUF 文件，然后复制一份保存到已导入的模型中
cli-about-models-default = 将某个模型设为默认（命令行和窗口都使用它）
cli-about-models-remove = 删除某个模型的文件（不会删除默认模型）
cli-arg-model-file = GGUF 文件
cli-arg-model-name = 模型名称，即“hearth models list”中显示的名称
cli-about-conversations = 已保存的对话：列出、查看、搜索、导出、导入、加密保护
cli-about-conversations-list = 列出所有对话
cli-about-conversations-show = 显示某个对话的消息
cli-about-conversations-search = 在所有消息中搜索
cli-about-conversations-export = 将一个或全部对话导出到文件（或屏幕）
cli-about-conversations-import = 从导出的 JSON 文件导入对话
cli-about-conversations-backup = 立即备份
cli-about-conversations-encrypt = 用密码短语保护对话，或更改密码短语
cli-about-conversations-decrypt = 取消密码短语
cli-about-conversations-set = 更改某个对话自己的设置
cli-arg-conversation-id = 对话的 ID，可通过“hearth conversations list”查看
cli-arg-query = 要查找的词语，任何语言均可
cli-arg-ignore-diacritics = 忽略重音和声调符号进行匹配（输入 pho 也能找到 phở）
cli-arg-export-id = 只导出这个对话（默认：全部）
cli-arg-format = json（可再次导入）或 md（Markdown，便于阅读）
cli-arg-out = 写入此文件，而不是标准输出
cli-arg-import-file = 由“hearth conversations export”导出的 JSON 文件
cli-arg-reset = 先恢复为默认设置
cli-arg-own-system = 该对话的系统提示词（留空：使用默认）
cli-arg-own-model = 该对话使用的模型名称
cli-arg-top-p = 只在累计概率达到此值的最可能的词中选择（0–1）
cli-arg-top-k = 只在可能性最大的前这么多个词中选择
cli-arg-repeat-penalty = 减少重复最近用过的词（1：不限制）
cli-about-eval-language = 测量回复使用了应有语言的比例
cli-arg-eval-files = 提示集：包含“prompt”和“language”两列的 CSV 文件
cli-arg-limit = 每个提示集最多运行的提示数
# $default (Number)
cli-arg-eval-max-tokens = 回复的最大长度（词元数，默认：{ $default }）
cli-about-bench = 按 llama-bench 的方式测量模型速度
# $default (Number)
cli-arg-prompt-tokens = 要处理的提示词元数（默认：{ $default }）
# $default (Number)
cli-arg-gen-tokens = 要生成的词元数（默认：{ $default }）
cli-arg-depth = 先用这么多个词元填充上下文（默认：0）
# $default (Number)
cli-arg-repetitions = 取平均值的运行次数（默认：{ $default }）
cli-arg-threads = 使用的线程数（默认：全部核心）
cli-about-completions = 输出适用于你的 shell 的补全脚本
cli-arg-shell = bash、zsh、fish、powershell 或 elvish
cli-about-help = 显示 Hearth 或某个命令的帮助
cli-arg-help-command = 命令，例如“chat”或“models list”
# $command (String) - the command as typed
cli-unknown-command = 未知命令：{ $command }
# $argument (String) - its placeholder, e.g. "<FILE>"
cli-missing-argument = 缺少 { $argument }。
# $suggestion (String) - an option, command or value close to what was typed
cli-did-you-mean = 你是不是想输入 { $suggestion }？
# $values (String) - e.g. "json, md"
cli-possible-values = 可用的值：{ $values }
cli-bad-command-line = 无法识别此命令行。
# $data, $models (String) - folders
cli-verbose-places =
    数据文件夹：{ $data }
    模型文件夹：{ $models }
# $name (String) - the model; $path (String) - its file
cli-verbose-model = 模型：{ $name }（{ $path }）
