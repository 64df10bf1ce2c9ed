// A stand-in for the Rust shell, installed before the page's scripts run. It implements the
// same commands as src-tauri/src/commands.rs over Tauri's IPC internals, with an in-memory
// store and a reply streamed piece by piece over the Channel.
(() => {
  const callbacks = new Map();
  let nextCallback = 1;
  const conversations = [];
  const messages = new Map();
  let nextId = 1;
  const stopped = new Set();
  window.__mock = { calls: [], reply: ["東京", "は", "日本", "の", "首都", "です", "。"], delayMs: 60 };

  function emit(channelId, index, payload) {
    const cb = callbacks.get(channelId);
    if (cb) cb(payload === null ? { index, end: true } : { index, message: payload });
  }

  const commands = {
    app_info: () => ({
      uiLanguage: window.__mockLanguage ?? "en-US",
      languages: ["en-US", "ja", "vi"],
      model: { name: "qwen", displayName: "Qwen2.5-Coder 0.5B Instruct", path: "/m/q.gguf", problem: window.__mockModelProblem ?? null },
      dataDir: "/data",
    }),
    set_language: ({ language }) => {
      window.__mockLanguage = ["en-US", "ja", "vi"].includes(language) ? language : "en-US";
      return window.__mockLanguage;
    },
    search_messages: ({ query, ignoreDiacritics }) => {
      window.__mock.lastSearch = { query, ignoreDiacritics };
      const hits = [];
      for (const [conversationId, list] of messages) {
        const title = conversations.find((c) => c.id === conversationId).title;
        for (const m of list) {
          const at = m.content.indexOf(query);
          if (at < 0) continue;
          hits.push({
            conversation_id: conversationId,
            conversation_title: title,
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
    list_conversations: () => [...conversations].sort((a, b) => b.updated_at - a.updated_at),
    conversation_messages: ({ conversationId }) => messages.get(conversationId) ?? [],
    stop_generation: ({ conversationId }) => {
      stopped.add(conversationId);
      return null;
    },
    send_message: ({ conversationId, text, onEvent }) => {
      if (window.__mockModelProblem) throw window.__mockModelProblem;
      let id = conversationId;
      if (id === null) {
        id = nextId++;
        conversations.push({ id, title: text.split("\n")[0], updated_at: Date.now() });
        messages.set(id, []);
      }
      const list = messages.get(id);
      list.push({ id: nextId++, role: "user", content: text, state: "complete" });
      const reply = { id: nextId++, role: "assistant", content: "", state: "streaming" };
      list.push(reply);
      const pieces = [...window.__mock.reply];
      let index = 0;
      const tick = () => {
        if (stopped.has(id) || pieces.length === 0) {
          const cancelled = stopped.delete(id);
          reply.state = cancelled ? "stopped" : "complete";
          const stats = { prompt_tokens: 20, completion_tokens: index, prefill_tok_s: 90, decode_tok_s: 21.5, finish_reason: cancelled ? "cancelled" : "stop", dropped_messages: window.__mock.dropped ?? 0, context_limit: 8192 };
          emit(onEvent.id, index++, { kind: "done", stats });
          emit(onEvent.id, index, null);
          return;
        }
        const delta = pieces.shift();
        reply.content += delta;
        emit(onEvent.id, index++, { kind: "text", delta });
        setTimeout(tick, window.__mock.delayMs);
      };
      setTimeout(tick, window.__mock.delayMs);
      return { conversationId: id, userMessageId: reply.id - 1, replyMessageId: reply.id };
    },
  };

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
      const handler = commands[cmd];
      if (!handler) throw { code: "unknown-command", args: {} };
      return handler(args ?? {});
    },
    convertFileSrc: (path) => path,
    metadata: { currentWindow: { label: "main" }, currentWebview: { label: "main", windowLabel: "main" } },
  };
})();
