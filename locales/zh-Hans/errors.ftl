## 错误。每个 id 都是 `error-` 加上 hearth-core 中某个错误的固定代码。

# $path (String) - where the model file was expected
error-model-missing = 找不到模型文件：{ $path }。请用“python3 models/fetch.py”（或“./dev setup”）下载，或导入一个 GGUF 文件。
# $path (String) - the model file
# $reason (String) - what is wrong, in technical terms
error-model-malformed = { $path } 不是可用的 GGUF 模型（{ $reason }）。该文件已损坏、不完整或不是模型；未从中加载任何内容。
# $path (String) - the model file
# $expected (Number) - bytes the catalog expects
# $actual (Number) - bytes found
error-model-incomplete = { $path } 不完整（只有 { $actual } 字节，应为 { $expected } 字节）。请用“python3 models/fetch.py”重新下载。
# $architecture (String) - the architecture named in the file
error-model-unsupported-architecture = 暂不支持此模型的架构“{ $architecture }”。
# $name (String) - the name that was asked for
error-model-unknown = 没有名为“{ $name }”的模型。运行“hearth models list”可查看已知的模型。
error-model-is-default = “{ $name }”是默认模型。请先选择另一个默认模型。
error-sampling-invalid = 采样设置 { $setting } 不能为 { $value }（允许的值：{ $allowed }）。
# $reason (String) - technical detail
error-tokenizer = 无法构建模型的分词器（{ $reason }）。
# $reason (String) - technical detail
error-chat-template = 无法使用模型的对话模板（{ $reason }）。
# $reason (String) - technical detail
error-inference = 模型在回答时出错（{ $reason }）。
# $tokens (Number) - length of the prompt
# $limit (Number) - size of the context window
error-context-overflow = 这条消息对模型来说太长了（{ $tokens } 个 token，上限为 { $limit } 个）。
error-engine-gone = 模型意外停止。请重新启动 Hearth 以继续。
# $reason (String) - technical detail
error-internal = Hearth 内部出现问题（{ $reason }）。已保存的内容没有丢失；报告问题时可附上日志（数据与帮助 → 打开日志文件夹）。
# $id (Number) - the conversation id
error-conversation-not-found = 对话 { $id } 不存在。
# $id (Number) - the message id
error-message-not-found = 消息 { $id } 不存在。
# $path (String) - the chosen file
# $reason (String) - technical detail
error-import-invalid = { $path } 不是 Hearth 导出文件（{ $reason }）。未导入任何内容。
# $path (String) - the chosen file
# $found (Number) - format version in the file
# $supported (Number) - newest format this Hearth reads
error-import-version = { $path } 由更新版本的 Hearth 导出（格式 { $found }；当前版本最高只能读取 { $supported }）。请更新 Hearth 后再导入。
# $path (String) - the file
# $reason (String) - what is wrong, in technical terms
error-file-invalid = 无法使用 { $path }（{ $reason }）。
error-disk-full = 磁盘已满。请释放一些空间；你的草稿仍会保留。
# $path (String) - the read-only folder or file
error-read-only = Hearth 无法写入 { $path }。请检查该文件夹的权限。
error-database-locked = 对话数据库正被另一个程序使用。请关闭该程序后重试。
# $found (Number) - schema version in the file
# $supported (Number) - newest schema this Hearth knows
error-database-too-new = 你的对话由更新版本的 Hearth 保存（数据结构版本 { $found }；当前版本最高支持 { $supported }）。请更新 Hearth；现有数据未作任何更改。
# $reason (String) - technical detail
error-database = 对话数据库报告了一个错误（{ $reason }）。
# $path (String) - the file
# $reason (String) - technical detail
error-io = 无法读取或写入 { $path }（{ $reason }）。
# $path (String) - the database file
error-passphrase-required = 你的对话（{ $path }）已加密。请输入密码短语以打开。
error-passphrase-wrong = 此密码短语无法打开这些对话。未做任何更改，请重试。
error-passphrase-empty = 请输入密码短语。
error-passphrase-mismatch = 两次输入的密码短语不一致。未做任何更改。
