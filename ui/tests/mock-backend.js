// A stand-in for the Rust shell, installed before the page's scripts run. It implements the
// commands of src-tauri/src/commands.rs (and /tmp/hearth/ui-contract.md) over Tauri's IPC
// internals, with an in-memory store and a reply streamed piece by piece over the Channel.
//
// Messages form a tree (parent_id); each parent remembers which child is shown, so a thread
// is the path from the root through the chosen children, and `alternatives` are a message's
// siblings. Deleting is soft for conversations (restorable) and final for messages.
//
// Set before the page loads (page.addInitScript), like __mockLanguage:
//   __mockRecovery  app_info().recovery
//   __mockLocked    the database is encrypted and not unlocked: every command but lock_state
//                   and unlock fails, as in the shell before the passphrase is given
//   __mockEncrypted the database is encrypted (and unlocked, unless __mockLocked)
//   __mockPassphrase the passphrase that unlocks it (default "correct horse")
//   __mockSystemLanguage lock_state().uiLanguage (default en-US)
// The lock (locked, encrypted, passphrase) is kept in sessionStorage, so an unlock or a new
// passphrase survives location.reload() as the real database's would.
//   __mockSeed      [{ title, pinned?, ago?, messages: [{ role, content, state? }], settings? }], a
//                   chain each; settings as set_conversation_settings takes them; ago: how many
//                   minutes before the page loaded it was last active (default: an hour apart,
//                   the last seed an hour ago), its messages a minute apart before that
// Timestamps are milliseconds since the epoch, from the page's clock, and always increase.
// Each conversation's settings (conversation_settings / set_conversation_settings, see
// /tmp/hearth/ui-contract-settings.md) are kept apart from it, all null (the defaults) at first.
//
// The models and the window's default sampling are mock-models.js's, installed before this.
//
// Set on window.__mock after load:
//   reply (pieces of the next reply), delayMs, dropped, fail: { command: error } (that command
//   rejects), failStream (the next reply fails with this error after its first piece),
//   cancelDialog (export/import and import_model return null), importable ([{ uid, title,
//   messages }]), keyDelayMs (how long unlock and set_passphrase take), and the models' own
//   (see mock-models.js).
(() => {
  const callbacks = new Map();
  let nextCallback = 1;
  const conversations = [];
  const messages = [];
  /** `${conversationId}/${parentId ?? "root"}` → the id of the child shown. */
  const chosen = new Map();
  let nextId = 1;
  const LANGUAGES = ["ar", "en-US", "ja", "ko", "vi", "zh-Hans"];
  const loaded = Date.now();
  let clock = loaded;
  const now = () => (clock = Math.max(clock + 1, Date.now()));
  const stopped = new Set();
  /** conversation id → { systemPrompt, model, sampling }, each null for the default. */
  const settings = new Map();
  /** The models and the window's default sampling (mock-models.js, installed first). */
  const models = window.__mockModels;
  const defaultPrompts = {
    "en-US": "You are Hearth, a helpful assistant running privately on the user’s computer. Answer in the language of the user’s message.",
    ja: "あなたは Hearth です。ユーザーのコンピューター上で動くアシスタントとして、ユーザーのメッセージと同じ言語で答えてください。",
    vi: "Bạn là Hearth, một trợ lý chạy riêng tư trên máy tính của người dùng. Hãy trả lời bằng ngôn ngữ của tin nhắn người dùng.",
    "zh-Hans": "你是 Hearth，一个在用户电脑上私密运行、乐于助人的助手。请用简体中文清晰、准确地回答。",
    ko: "당신은 사용자의 컴퓨터에서 비공개로 실행되는 유용한 어시스턴트 Hearth입니다. 한국어로 명확하고 정확하게 답변하세요.",
    ar: "أنت Hearth، مساعد مفيد يعمل بخصوصية على حاسوب المستخدم. أجب باللغة العربية بوضوح ودقة.",
  };
  const LOCK_KEY = "hearth.mock.lock";
  /** The encryption of the database, read on first use (sessionStorage needs the page's origin). */
  function lock() {
    const kept = sessionStorage.getItem(LOCK_KEY);
    if (kept) return JSON.parse(kept);
    return {
      locked: Boolean(window.__mockLocked),
      encrypted: Boolean(window.__mockLocked || window.__mockEncrypted),
      passphrase: window.__mockPassphrase ?? "correct horse",
    };
  }
  const keepLock = (changes) => sessionStorage.setItem(LOCK_KEY, JSON.stringify({ ...lock(), ...changes }));
  const keyDerivation = () => new Promise((resolve) => setTimeout(resolve, window.__mock.keyDelayMs));
  const emptyPassphrase = { code: "passphrase-empty", args: {} };

  window.__mock = {
    keyDelayMs: 50,
    calls: [],
    reply: ["東京", "は", "日本", "の", "首都", "です", "。"],
    delayMs: 60,
    fail: {},
    ...models.settings,
    importable: [
      { uid: "import-1", title: "Trip to Hokkaido", messages: [{ role: "user", content: "Best season for Hokkaido?" }, { role: "assistant", content: "Winter for snow, summer for flowers." }] },
      { uid: "import-2", title: "Phở recipe", messages: [{ role: "user", content: "How do I make phở bò?" }, { role: "assistant", content: "Start with a clear beef broth." }] },
      { uid: "import-3", title: "Rust lifetimes", messages: [{ role: "user", content: "What is 'a?" }, { role: "assistant", content: "A lifetime parameter." }] },
    ],
  };

  const notFound = (id) => ({ code: "conversation-not-found", args: { id: String(id) } });
  const messageNotFound = (id) => ({ code: "message-not-found", args: { id: String(id) } });

  function conversation(id, { deleted = false } = {}) {
    const c = conversations.find((c) => c.id === id && (deleted || !c.deleted));
    if (!c) throw notFound(id);
    return c;
  }

  function message(id) {
    const m = messages.find((m) => m.id === id && !m.deleted);
    if (!m) throw messageNotFound(id);
    return m;
  }

  const key = (conversationId, parentId) => `${conversationId}/${parentId ?? "root"}`;
  const siblings = (conversationId, parentId) =>
    messages.filter((m) => m.conversation_id === conversationId && m.parent_id === parentId && !m.deleted);

  function thread(conversationId) {
    const out = [];
    let parent = null;
    for (;;) {
      const children = siblings(conversationId, parent);
      if (children.length === 0) return out;
      const pick = children.find((m) => m.id === chosen.get(key(conversationId, parent))) ?? children[children.length - 1];
      out.push({ ...pick, alternatives: children.map((m) => m.id) });
      parent = pick.id;
    }
  }

  function add(conversationId, parentId, role, content, state = "complete", at = now()) {
    const m = {
      id: nextId++, conversation_id: conversationId, parent_id: parentId, role, content, state,
      created_at: at, updated_at: at, prompt_tokens: null, completion_tokens: null, decode_tok_s: null, deleted: false,
    };
    messages.push(m);
    chosen.set(key(conversationId, parentId), m.id);
    conversation(conversationId).updated_at = at;
    return m;
  }

  function create(title, uid = `uid-${nextId}`, at = now()) {
    const c = { id: nextId++, uid, title, system_prompt: null, model: "qwen", pinned: false, created_at: at, updated_at: at, deleted: false };
    conversations.push(c);
    return c;
  }

  /** Adds `list` as a chain; with `end`, a minute apart up to that time. */
  function fill(c, list, end) {
    let parent = null;
    list.forEach((m, i) => {
      const at = end === undefined ? now() : end - (list.length - 1 - i) * 60_000;
      parent = add(c.id, parent, m.role, m.content, m.state, at).id;
    });
  }

  const visible = (c) => {
    const { deleted, ...rest } = c;
    return rest;
  };
  const shown = (list) => list.map(({ deleted, ...rest }) => rest);

  function emit(channelId, index, payload) {
    const cb = callbacks.get(channelId);
    if (cb) cb(payload === null ? { index, end: true } : { index, message: payload });
  }

  /** Streams `window.__mock.reply` into `reply` over the channel, as the engine would. */
  function stream(reply, onEvent) {
    const id = reply.conversation_id;
    const pieces = [...window.__mock.reply];
    const failure = window.__mock.failStream;
    window.__mock.failStream = undefined;
    let index = 0;
    const tick = () => {
      if (failure && index > 0) {
        reply.state = "failed";
        emit(onEvent.id, index++, { kind: "failed", error: failure });
        emit(onEvent.id, index, null);
        return;
      }
      if (stopped.has(id) || pieces.length === 0) {
        const cancelled = stopped.delete(id);
        reply.state = cancelled ? "stopped" : "complete";
        reply.completion_tokens = index;
        reply.prompt_tokens = 20;
        reply.decode_tok_s = 21.5;
        const stats = { prompt_tokens: 20, completion_tokens: index, prefill_tok_s: 90, decode_tok_s: 21.5, finish_reason: cancelled ? "cancelled" : "stop", dropped_messages: window.__mock.dropped ?? 0, context_limit: 8192, reused_tokens: 0 };
        emit(onEvent.id, index++, { kind: "done", stats });
        emit(onEvent.id, index, null);
        return;
      }
      const delta = pieces.shift();
      reply.content += delta;
      reply.updated_at = now();
      // One token per piece; the rate is known from the second token on, as in the shell.
      emit(onEvent.id, index++, { kind: "text", delta, tokens: index, tokS: index > 1 ? 12.5 : null });
      setTimeout(tick, window.__mock.delayMs);
    };
    setTimeout(tick, window.__mock.delayMs);
  }

  function exportedPath(conversationId, format) {
    if (window.__mock.cancelDialog) return null;
    const name = conversationId === null ? "hearth-conversations" : `hearth-${conversation(conversationId).uid}`;
    return { path: `/home/user/Documents/${name}.${format === "md" ? "md" : "json"}` };
  }

  const commands = {
    lock_state: () => ({ locked: lock().locked, uiLanguage: window.__mockSystemLanguage ?? "en-US", languages: LANGUAGES }),
    unlock: async ({ passphrase }) => {
      if (!lock().locked) return null;
      if (passphrase === "") throw emptyPassphrase;
      await keyDerivation();
      if (passphrase !== lock().passphrase) throw { code: "passphrase-wrong", args: {} };
      keepLock({ locked: false });
      return null;
    },
    set_passphrase: async ({ passphrase }) => {
      if (passphrase === "") throw emptyPassphrase;
      await keyDerivation();
      keepLock(passphrase === null ? { encrypted: false } : { encrypted: true, passphrase });
      return null;
    },
    app_info: () => {
      const { name, displayName, path, problem } = models.named(models.defaultModel());
      return {
        uiLanguage: window.__mockLanguage ?? "en-US",
        languages: LANGUAGES,
        model: { name, displayName, path, problem: window.__mockModelProblem ?? problem },
        dataDir: "/data",
        backupDir: "/data/backups",
        recovery: window.__mockRecovery ?? null,
        encrypted: lock().encrypted,
      };
    },
    set_window_title: ({ title }) => {
      window.__mock.windowTitle = title;
      return null;
    },
    set_language: ({ language }) => {
      window.__mockLanguage = LANGUAGES.includes(language) ? language : "en-US";
      return window.__mockLanguage;
    },
    search_messages: ({ query, ignoreDiacritics }) => {
      window.__mock.lastSearch = { query, ignoreDiacritics };
      const hits = [];
      for (const c of conversations.filter((c) => !c.deleted)) {
        for (const m of messages.filter((m) => m.conversation_id === c.id && !m.deleted)) {
          const at = m.content.indexOf(query);
          if (at < 0) continue;
          hits.push({
            conversation_id: c.id,
            conversation_title: c.title,
            message_id: m.id,
            role: m.role,
            snippet: [
              { text: m.content.slice(0, at), hit: false },
              { text: query, hit: true },
              { text: m.content.slice(at + query.length), hit: false },
            ],
          });
        }
      }
      return hits;
    },
    list_conversations: () =>
      conversations
        .filter((c) => !c.deleted)
        .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updated_at - a.updated_at)
        .map(visible),
    rename_conversation: ({ conversationId, title }) => {
      const c = conversation(conversationId);
      c.title = title.trim();
      return visible(c);
    },
    pin_conversation: ({ conversationId, pinned }) => {
      conversation(conversationId).pinned = pinned;
      return null;
    },
    delete_conversation: ({ conversationId }) => {
      conversation(conversationId).deleted = true;
      return null;
    },
    restore_conversation: ({ conversationId }) => {
      conversation(conversationId, { deleted: true }).deleted = false;
      return null;
    },
    conversation_messages: ({ conversationId }) => shown(thread(conversation(conversationId).id)),
    choose_alternative: ({ messageId }) => {
      // Like the store: the message and every ancestor become the shown ones.
      for (let m = message(messageId); m; m = m.parent_id === null ? null : message(m.parent_id)) {
        chosen.set(key(m.conversation_id, m.parent_id), m.id);
      }
      return shown(thread(message(messageId).conversation_id));
    },
    delete_message: ({ messageId }) => {
      const m = message(messageId);
      const gone = [m];
      for (let i = 0; i < gone.length; i++) gone.push(...messages.filter((c) => c.parent_id === gone[i].id && !c.deleted));
      for (const g of gone) g.deleted = true;
      chosen.delete(key(m.conversation_id, m.parent_id));
      return null;
    },
    stop_generation: ({ conversationId }) => {
      stopped.add(conversationId);
      return null;
    },
    send_message: ({ conversationId, text, onEvent }) => {
      if (window.__mockModelProblem) throw window.__mockModelProblem;
      const c = conversationId === null ? create(text.split("\n")[0]) : conversation(conversationId);
      const last = thread(c.id).at(-1);
      const user = add(c.id, last ? last.id : null, "user", text);
      const reply = add(c.id, user.id, "assistant", "", "streaming");
      stream(reply, onEvent);
      return { conversationId: c.id, userMessageId: user.id, replyMessageId: reply.id };
    },
    regenerate: ({ messageId, onEvent }) => {
      const old = message(messageId);
      const reply = add(old.conversation_id, old.parent_id, "assistant", "", "streaming");
      stream(reply, onEvent);
      return { conversationId: old.conversation_id, userMessageId: null, replyMessageId: reply.id };
    },
    edit_message: ({ messageId, text, onEvent }) => {
      const old = message(messageId);
      const user = add(old.conversation_id, old.parent_id, "user", text);
      const reply = add(old.conversation_id, user.id, "assistant", "", "streaming");
      stream(reply, onEvent);
      return { conversationId: old.conversation_id, userMessageId: user.id, replyMessageId: reply.id };
    },
    conversation_settings: ({ conversationId }) => ({
      systemPrompt: null,
      model: null,
      sampling: null,
      ...settings.get(conversation(conversationId).id),
      defaults: {
        systemPrompt: defaultPrompts[window.__mockLanguage ?? "en-US"],
        sampling: models.defaultSampling(),
        model: models.defaultModel(),
      },
      models: models.listed().map(({ name, displayName, installed }) => ({ name, displayName, installed })),
    }),
    set_conversation_settings: ({ conversationId, systemPrompt, model, sampling }) => {
      const c = conversation(conversationId);
      if (model !== null) models.named(model);
      const prompt = systemPrompt === null || systemPrompt.trim() === "" ? null : systemPrompt;
      settings.set(c.id, { systemPrompt: prompt, model, sampling: sampling === null ? null : structuredClone(sampling) });
      return null;
    },
    export_conversations: ({ conversationId, format }) => exportedPath(conversationId, format),
    import_conversations: () => {
      if (window.__mock.cancelDialog) return null;
      const result = { conversations: 0, messages: 0, skipped: 0 };
      for (const item of window.__mock.importable) {
        if (conversations.some((c) => c.uid === item.uid)) {
          result.skipped++;
          continue;
        }
        fill(create(item.title, item.uid), item.messages);
        result.conversations++;
        result.messages += item.messages.length;
      }
      return result;
    },
    backup_now: () => ({ path: "/data/backups/hearth-2026-11-29T10-00-00.sqlite3" }),
    ...models.commands,
  };

  const seeds = window.__mockSeed ?? [];
  seeds.forEach((seed, i) => {
    const end = loaded - (seed.ago ?? (seeds.length - i) * 60) * 60_000;
    const list = seed.messages ?? [];
    const c = create(seed.title, undefined, end - list.length * 60_000);
    c.pinned = seed.pinned ?? false;
    fill(c, list, end);
    c.updated_at = end;
    if (seed.settings) settings.set(c.id, seed.settings);
  });

  window.__mock.state = () => ({ conversations: conversations.map((c) => ({ ...c })), messages: messages.map((m) => ({ ...m })) });

  window.__TAURI_INTERNALS__ = {
    transformCallback(callback, once) {
      const id = nextCallback++;
      callbacks.set(id, (data) => {
        if (once) callbacks.delete(id);
        return callback(data);
      });
      return id;
    },
    unregisterCallback(id) {
      callbacks.delete(id);
    },
    async invoke(cmd, args) {
      window.__mock.calls.push({ cmd, args: JSON.parse(JSON.stringify(args ?? {})) });
      const failure = window.__mock.fail[cmd];
      if (failure) throw failure;
      // Tauri's own words for a command whose state is not managed yet.
      if (cmd !== "lock_state" && cmd !== "unlock" && lock().locked) throw `state not managed for field \`state\` on command \`${cmd}\``;
      const handler = commands[cmd];
      if (!handler) throw { code: "unknown-command", args: {} };
      return handler(args ?? {});
    },
    convertFileSrc: (path) => path,
    metadata: { currentWindow: { label: "main" }, currentWebview: { label: "main", windowLabel: "main" } },
  };
})();
