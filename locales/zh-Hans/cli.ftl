## `hearth` 命令行。

cli-usage =
    用法：
      hearth chat [--model 名称|路径] [--system 文本] [--max-tokens N] [--temperature T] [--seed N] [--min-p P] [--presence-penalty X] [--stop 文本]… [--conversation ID] [--no-save] [--json] 消息
      hearth models list [--json]
      hearth models inspect 文件 [--json]
      hearth models import 文件 [--json]
      hearth models default 名称
      hearth models remove 名称
      hearth conversations list|show ID|search 关键词 [--ignore-diacritics] [--json]
      hearth conversations export [ID] [--format json|md] [--out 文件]
      hearth conversations import 文件 [--json]
      hearth conversations backup [--json]
      hearth conversations encrypt|decrypt
      hearth conversations set ID [--reset] [--system 文本] [--model 名称] [--temperature T] [--top-p P] [--top-k K] [--repeat-penalty R] [--max-tokens N] [--seed N]
      hearth eval-language 文件… [--limit N] [--max-tokens N] [--model 名称|路径] [--json]
      hearth bench [--model 名称|路径] [--prompt-tokens N] [--gen-tokens N] [--depth N] [--repetitions N] [--threads N] [--json]
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
