// A stand-in for the Rust shell, built into one script (fixtures.ts) and installed before the
// page's scripts run. It implements the commands of src-tauri/src/commands/, typed by
// `Commands` in src/ipc.ts and the generated IPC types, over Tauri's IPC internals, with an
// in-memory store (mock-store.ts) and a reply streamed piece by piece over the Channel.
//
// What a spec sets on window before load, and on window.__mock after, is in mock-types.ts. The
// lock (locked, encrypted, passphrase) is kept in sessionStorage, so an unlock or a new
// passphrase survives location.reload() as the real database's would. Seeds (__mockSeed) are
// a chain each; ago: how many minutes before the page loaded it was last active (default: an
// hour apart, the last seed an hour ago), its messages a minute apart before that. Each
// conversation's settings are kept apart from it, all null (the defaults) at first.
import type { Channel } from "@tauri-apps/api/core";
import type { Command, CommandError, Commands, ExportFormat, Saved, SettingsChange, StreamEvent } from "../src/ipc";
import { modelsMock } from "./mock-models";
import {
  add,
  chosen,
  conversation,
  conversations,
  create,
  fill,
  key,
  loaded,
  message,
  messages,
  now,
  shown,
  thread,
  visible,
} from "./mock-store";
import type { Handler, Handlers, StoredMessage } from "./mock-types";

type Callback = (data: unknown) => unknown;
const callbacks = new Map<number, Callback>();
let nextCallback = 1;
const LANGUAGES = ["ar", "en-US", "ja", "ko", "vi", "zh-Hans"];
const stopped = new Set<number>();
/** conversation id → its own settings, each null for the default. */
const settings = new Map<number, SettingsChange>();
const models = modelsMock();
const defaultPrompts: Record<string, string> = {
  "en-US":
    "You are Hearth, a helpful assistant running privately on the user’s computer. Answer in the language of the user’s message.",
  ja: "あなたは Hearth です。ユーザーのコンピューター上で動くアシスタントとして、ユーザーのメッセージと同じ言語で答えてください。",
  vi: "Bạn là Hearth, một trợ lý chạy riêng tư trên máy tính của người dùng. Hãy trả lời bằng ngôn ngữ của tin nhắn người dùng.",
  "zh-Hans": "你是 Hearth，一个在用户电脑上私密运行、乐于助人的助手。请用简体中文清晰、准确地回答。",
  ko: "당신은 사용자의 컴퓨터에서 비공개로 실행되는 유용한 어시스턴트 Hearth입니다. 한국어로 명확하고 정확하게 답변하세요.",
  ar: "أنت Hearth، مساعد مفيد يعمل بخصوصية على حاسوب المستخدم. أجب باللغة العربية بوضوح ودقة.",
};

interface Lock {
  locked: boolean;
  encrypted: boolean;
  passphrase: string;
}
const LOCK_KEY = "hearth.mock.lock";
/** The encryption of the database, read on first use (sessionStorage needs the page's origin). */
function lock(): Lock {
  const kept = sessionStorage.getItem(LOCK_KEY);
  if (kept) return JSON.parse(kept) as Lock;
  return {
    locked: Boolean(window.__mockLocked),
    encrypted: Boolean(window.__mockLocked || window.__mockEncrypted),
    passphrase: window.__mockPassphrase ?? "correct horse",
  };
}
const keepLock = (changes: Partial<Lock>) =>
  sessionStorage.setItem(LOCK_KEY, JSON.stringify({ ...lock(), ...changes }));
const keyDerivation = () => new Promise((resolve) => setTimeout(resolve, window.__mock.keyDelayMs));
const emptyPassphrase: CommandError = { code: "passphrase-empty", args: {} };

window.__mock = {
  keyDelayMs: 50,
  calls: [],
  reply: ["東京", "は", "日本", "の", "首都", "です", "。"],
  delayMs: 60,
  fail: {},
  ...models.controls,
  importable: [
    {
      uid: "import-1",
      title: "Trip to Hokkaido",
      messages: [
        { role: "user", content: "Best season for Hokkaido?" },
        { role: "assistant", content: "Winter for snow, summer for flowers." },
      ],
    },
    {
      uid: "import-2",
      title: "Phở recipe",
      messages: [
        { role: "user", content: "How do I make phở bò?" },
        { role: "assistant", content: "Start with a clear beef broth." },
      ],
    },
    {
      uid: "import-3",
      title: "Rust lifetimes",
      messages: [
        { role: "user", content: "What is 'a?" },
        { role: "assistant", content: "A lifetime parameter." },
      ],
    },
  ],
  state: () => ({ conversations: conversations.map((c) => ({ ...c })), messages: messages.map((m) => ({ ...m })) }),
};

function emit(channelId: number, index: number, payload: StreamEvent | null): void {
  const cb = callbacks.get(channelId);
  if (cb) cb(payload === null ? { index, end: true } : { index, message: payload });
}

/** Streams `window.__mock.reply` into `reply` over the channel, as the engine would. */
function stream(reply: StoredMessage, onEvent: Channel<StreamEvent>): void {
  const id = reply.conversationId;
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
      reply.completionTokens = index;
      reply.promptTokens = 20;
      reply.decodeTokS = 21.5;
      const stats = {
        promptTokens: 20,
        completionTokens: index,
        prefillTokS: 90,
        decodeTokS: 21.5,
        finishReason: cancelled ? "cancelled" : "stop",
        droppedMessages: window.__mock.dropped ?? 0,
        contextLimit: 8192,
        reusedTokens: 0,
      } as const;
      emit(onEvent.id, index++, { kind: "done", stats });
      emit(onEvent.id, index, null);
      return;
    }
    const delta = pieces.shift() ?? "";
    reply.content += delta;
    reply.updatedAt = now();
    // One token per piece; the rate is known from the second token on, as in the shell.
    emit(onEvent.id, index++, { kind: "text", delta, tokens: index, tokS: index > 1 ? 12.5 : null });
    setTimeout(tick, window.__mock.delayMs);
  };
  setTimeout(tick, window.__mock.delayMs);
}

function exportedPath(conversationId: number | null, format: ExportFormat): Saved | null {
  if (window.__mock.cancelDialog) return null;
  const name = conversationId === null ? "hearth-conversations" : `hearth-${conversation(conversationId).uid}`;
  return { path: `/home/user/Documents/${name}.${format === "md" ? "md" : "json"}` };
}

const commands: Handlers = {
  lock_state: () => ({
    locked: lock().locked,
    uiLanguage: window.__mockSystemLanguage ?? "en-US",
    languages: LANGUAGES,
  }),
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
      for (const m of messages.filter((m) => m.conversationId === c.id && !m.deleted)) {
        const at = m.content.indexOf(query);
        if (at < 0) continue;
        hits.push({
          conversationId: c.id,
          conversationTitle: c.title,
          messageId: m.id,
          role: m.role,
          createdAt: m.createdAt,
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
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt)
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
    for (let m: StoredMessage | null = message(messageId); m; m = m.parentId === null ? null : message(m.parentId)) {
      chosen.set(key(m.conversationId, m.parentId), m.id);
    }
    return shown(thread(message(messageId).conversationId));
  },
  delete_message: ({ messageId }) => {
    const m = message(messageId);
    const gone = [m];
    for (let i = 0; i < gone.length; i++) gone.push(...messages.filter((c) => c.parentId === gone[i].id && !c.deleted));
    for (const g of gone) g.deleted = true;
    chosen.delete(key(m.conversationId, m.parentId));
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
    const reply = add(old.conversationId, old.parentId, "assistant", "", "streaming");
    stream(reply, onEvent);
    return { conversationId: old.conversationId, userMessageId: null, replyMessageId: reply.id };
  },
  edit_message: ({ messageId, text, onEvent }) => {
    const old = message(messageId);
    const user = add(old.conversationId, old.parentId, "user", text);
    const reply = add(old.conversationId, user.id, "assistant", "", "streaming");
    stream(reply, onEvent);
    return { conversationId: old.conversationId, userMessageId: user.id, replyMessageId: reply.id };
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
  open_log_folder: () => null,
  ...models.commands,
};

const seeds = window.__mockSeed ?? [];
seeds.forEach((seed, i) => {
  const end = loaded - (seed.ago ?? (seeds.length - i) * 60) * 60_000;
  const list = seed.messages ?? [];
  const c = create(seed.title, undefined, end - list.length * 60_000);
  c.pinned = seed.pinned ?? false;
  fill(c, list, end);
  c.updatedAt = end;
  if (seed.settings) settings.set(c.id, seed.settings);
});

const isCommand = (cmd: string): cmd is Command => cmd in commands;

/** Runs the handler of `cmd`; the arguments are whatever the page sent. */
const run = <C extends Command>(cmd: C, args: Commands[C]["args"]) => (commands[cmd] as Handler<C>)(args);

Object.assign(window, {
  __TAURI_INTERNALS__: {
    transformCallback(callback: Callback, once: boolean): number {
      const id = nextCallback++;
      callbacks.set(id, (data) => {
        if (once) callbacks.delete(id);
        return callback(data);
      });
      return id;
    },
    unregisterCallback(id: number): void {
      callbacks.delete(id);
    },
    async invoke(cmd: string, args?: Record<string, unknown>): Promise<unknown> {
      window.__mock.calls.push({ cmd, args: JSON.parse(JSON.stringify(args ?? {})) });
      const failure = isCommand(cmd) ? window.__mock.fail[cmd] : undefined;
      if (failure) throw failure;
      // Tauri's own words for a command whose state is not managed yet.
      if (cmd !== "lock_state" && cmd !== "unlock" && lock().locked)
        throw `state not managed for field \`state\` on command \`${cmd}\``;
      if (!isCommand(cmd)) throw { code: "unknown-command", args: {} };
      return run(cmd, (args ?? {}) as Commands[typeof cmd]["args"]);
    },
    convertFileSrc: (path: string) => path,
    metadata: { currentWindow: { label: "main" }, currentWebview: { label: "main", windowLabel: "main" } },
  },
});
