import "./styles.css";
import { autoGrow, ImeGuard } from "./composer";
import { errorText, nameOf, setLanguage, t, translateTree } from "./i18n";
import * as ipc from "./ipc";
import { renderMarkdown } from "./markdown";
import { ignoresDiacritics, renderResults } from "./search";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const list = $<HTMLUListElement>("conversation-list");
const empty = $<HTMLParagraphElement>("conversation-empty");
const messages = $<HTMLOListElement>("messages");
const welcome = $<HTMLElement>("welcome");
const title = $<HTMLHeadingElement>("conversation-title");
const notice = $<HTMLDivElement>("notice");
const input = $<HTMLTextAreaElement>("composer-input");
const send = $<HTMLButtonElement>("send");
const stop = $<HTMLButtonElement>("stop");

let current: number | null = null;
let generating = false;

function showNotice(text: string | null): void {
  notice.hidden = text === null;
  notice.textContent = text ?? "";
}

function setGenerating(on: boolean): void {
  generating = on;
  send.hidden = on;
  stop.hidden = !on;
}

function stateNote(state: ipc.MessageState): string | null {
  switch (state) {
    case "stopped":
      return t("message-stopped");
    case "interrupted":
      return t("message-interrupted");
    case "failed":
      return t("message-failed");
    default:
      return null;
  }
}

/** Shows a message's text: the user's literally, the model's as inert Markdown. */
function setBody(body: HTMLElement, role: ipc.Message["role"], content: string): void {
  if (role === "assistant") body.innerHTML = renderMarkdown(content);
  else body.textContent = content;
}

/** One message bubble. */
function bubble(role: ipc.Message["role"], content: string, id?: number): { item: HTMLLIElement; body: HTMLDivElement; meta: HTMLDivElement } {
  const item = document.createElement("li");
  item.className = `message ${role}`;
  item.tabIndex = -1;
  item.dataset.testid = `message-${role}`;
  if (id !== undefined) item.dataset.messageId = String(id);
  const who = document.createElement("div");
  who.className = "who";
  who.textContent = t(role === "user" ? "role-user" : "role-assistant");
  const body = document.createElement("div");
  body.className = "body";
  setBody(body, role, content);
  const meta = document.createElement("div");
  meta.className = "meta";
  item.append(who, body, meta);
  messages.append(item);
  return { item, body, meta };
}

function describe(
  meta: HTMLDivElement,
  state: ipc.MessageState,
  tokens: number | null,
  rate: number | null,
  extra: string[] = [],
): void {
  const parts: string[] = [];
  const note = stateNote(state);
  if (note) parts.push(note);
  if (tokens && rate) parts.push(t("message-stats", { tokens, rate }));
  meta.textContent = [...parts, ...extra].join(" · ");
}

/** How much of the context window the reply used, and whether older turns were left out. */
function contextNotes(stats: ipc.GenerationStats): string[] {
  const compact = new Intl.NumberFormat(document.documentElement.lang, { notation: "compact", maximumFractionDigits: 1 });
  const notes = [
    t("message-context", {
      used: compact.format(stats.prompt_tokens + stats.completion_tokens),
      limit: compact.format(stats.context_limit),
    }),
  ];
  if (stats.dropped_messages > 0) notes.push(t("message-dropped", { count: stats.dropped_messages }));
  return notes;
}

function scrollToEnd(): void {
  messages.scrollTop = messages.scrollHeight;
}

function showConversation(id: number | null, heading: string): void {
  current = id;
  title.textContent = heading;
  welcome.hidden = id !== null;
  for (const li of list.querySelectorAll("li")) {
    li.classList.toggle("active", Number(li.dataset.id) === id);
  }
}

async function refreshList(): Promise<void> {
  const conversations = await ipc.listConversations();
  list.replaceChildren(
    ...conversations.map((c) => {
      const li = document.createElement("li");
      li.dataset.id = String(c.id);
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = c.title || t("conversation-untitled");
      button.addEventListener("click", () => void openConversation(c.id, button.textContent ?? ""));
      li.append(button);
      li.classList.toggle("active", c.id === current);
      return li;
    }),
  );
  empty.hidden = conversations.length > 0;
}

async function openConversation(id: number, heading: string, focus?: number): Promise<void> {
  if (generating) return;
  showConversation(id, heading);
  messages.replaceChildren();
  for (const m of await ipc.conversationMessages(id)) {
    if (m.role === "system") continue;
    const { meta } = bubble(m.role, m.content, m.id);
    describe(meta, m.state, m.completion_tokens, m.decode_tok_s);
  }
  const target = focus === undefined ? null : messages.querySelector<HTMLElement>(`[data-message-id="${focus}"]`);
  if (target) {
    target.classList.add("found");
    target.scrollIntoView({ block: "center" });
    target.focus();
  } else {
    scrollToEnd();
  }
}

function attachSearch(): void {
  const box = $<HTMLInputElement>("search");
  const results = $<HTMLUListElement>("search-results");
  let timer: number | undefined;
  let latest = 0;
  const run = async () => {
    const query = box.value.trim();
    const showing = query !== "";
    results.hidden = !showing;
    list.hidden = showing;
    $<HTMLElement>("conversations-heading").hidden = showing;
    if (!showing) {
      empty.hidden = list.childElementCount > 0;
      return;
    }
    empty.hidden = true;
    const ticket = ++latest;
    const hits = await ipc.searchMessages(query, ignoresDiacritics(query));
    // A slower, older query must not overwrite a newer one's results.
    if (ticket !== latest) return;
    renderResults(results, hits, (hit) => void openConversation(hit.conversation_id, hit.conversation_title, hit.message_id));
  };
  box.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run().catch((error) => showNotice(errorText(error))), 150);
  });
}

async function submit(): Promise<void> {
  const text = input.value;
  if (generating || text.trim() === "") return;
  showNotice(null);
  setGenerating(true);
  const isNew = current === null;
  if (isNew) {
    messages.replaceChildren();
    showConversation(null, text.split("\n")[0]);
    welcome.hidden = true;
  }
  const user = bubble("user", text);
  const reply = bubble("assistant", "");
  reply.item.classList.add("streaming");
  let answer = "";
  try {
    const receipt = await ipc.sendMessage(current, text, (event) => {
      if (event.kind === "text") {
        answer += event.delta;
        setBody(reply.body, "assistant", answer);
        scrollToEnd();
        return;
      }
      reply.item.classList.remove("streaming");
      setGenerating(false);
      if (event.kind === "done") {
        const state = event.stats.finish_reason === "cancelled" ? "stopped" : "complete";
        describe(reply.meta, state, event.stats.completion_tokens, event.stats.decode_tok_s, contextNotes(event.stats));
      } else {
        describe(reply.meta, "failed", null, null);
        showNotice(errorText(event.error));
      }
      void refreshList();
    });
    // The message is stored: the draft can go.
    input.value = "";
    autoGrow(input);
    if (receipt.conversationId !== null) {
      showConversation(receipt.conversationId, title.textContent ?? "");
      await refreshList();
    }
  } catch (error) {
    // Nothing was stored: keep the draft and say why.
    user.item.remove();
    reply.item.remove();
    setGenerating(false);
    showNotice(errorText(error));
  }
}

/** Shows the whole window in `lang`, at once and without a restart. */
async function applyLanguage(lang: string, info: ipc.AppInfo): Promise<void> {
  setLanguage(lang);
  translateTree(document);
  document.title = t("app-name");
  $<HTMLSpanElement>("model-status").textContent = t("model-ready", { model: info.model.displayName });
  $<HTMLSelectElement>("language").value = lang;
  if (info.model.problem) showNotice(errorText(info.model.problem));
  await refreshList();
  if (current !== null) await openConversation(current, title.textContent ?? "");
}

async function start(): Promise<void> {
  const info = await ipc.appInfo();
  const picker = $<HTMLSelectElement>("language");
  picker.replaceChildren(
    ...info.languages.map((lang) => {
      const option = document.createElement("option");
      option.value = lang;
      option.lang = lang;
      option.textContent = nameOf(lang);
      return option;
    }),
  );
  picker.addEventListener("change", () => {
    if (generating) return;
    ipc
      .setLanguage(picker.value)
      .then((chosen) => applyLanguage(chosen, info))
      .catch((error) => showNotice(errorText(error)));
  });
  attachSearch();
  await applyLanguage(info.uiLanguage, info);

  const guard = new ImeGuard();
  guard.attach(input, () => void submit());
  input.addEventListener("input", () => autoGrow(input));
  $<HTMLFormElement>("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    void submit();
  });
  stop.addEventListener("click", () => {
    if (current !== null) void ipc.stopGeneration(current);
  });
  $<HTMLButtonElement>("new-chat").addEventListener("click", () => {
    if (generating) return;
    messages.replaceChildren();
    showConversation(null, "");
    input.focus();
  });
  input.focus();
}

start().catch((error) => showNotice(errorText(error)));
