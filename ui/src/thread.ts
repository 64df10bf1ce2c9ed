// The messages of the open conversation: bubbles, their actions (copy, edit, regenerate,
// delete, the "‹ 2 / 3 ›" versions), the in-place editor of a question, and the bubbles a
// reply streams into. The same Markdown renderer serves streaming and finished replies; the
// Copy button of a code block is handled here for every block, even one redrawn while streaming.
import { versionOf } from "./alternatives";
import { autoGrow, ImeGuard } from "./composer";
import { clockTime, fullDateTime, machineTime } from "./dates";
import { language, t } from "./i18n";
import type * as ipc from "./ipc";
import { isolatedNodes } from "./isolate";
import { renderMarkdown } from "./markdown";
import { showNotice } from "./notices";

export interface ThreadActions {
  regenerate(message: ipc.Message): void;
  edit(message: ipc.Message, text: string): void;
  remove(message: ipc.Message): void;
  choose(messageId: number, control: string): void;
}

export interface Bubble {
  item: HTMLLIElement;
  body: HTMLDivElement;
  meta: HTMLDivElement;
}

/** How a reply that streamed in this window ended, for when the store has not caught up. */
interface Ended {
  content: string;
  state: ipc.MessageState;
  stats: ipc.GenerationStats | null;
}

const messages = document.getElementById("messages") as HTMLOListElement;

let actions: ThreadActions;
let shown: ipc.Message[] = [];
const ended = new Map<number, Ended>();
/** The question being edited keeps its field (and what was typed) across re-renders and failures. */
let editing: { id: number; field: HTMLTextAreaElement } | null = null;

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

/** Shows a message's text: the user's literally (paths and quotes isolated), the model's as inert Markdown. */
export function setBody(body: HTMLElement, role: ipc.Message["role"], content: string): void {
  if (role === "assistant") body.innerHTML = renderMarkdown(content);
  else body.replaceChildren(...isolatedNodes(content));
}

/** How much of the context window the reply used, and whether older turns were left out. */
function contextNotes(stats: ipc.GenerationStats): string[] {
  const compact = new Intl.NumberFormat(language(), { notation: "compact", maximumFractionDigits: 1 });
  const notes = [
    t("message-context", {
      used: compact.format(stats.promptTokens + stats.completionTokens),
      limit: compact.format(stats.contextLimit),
    }),
  ];
  if (stats.droppedMessages > 0) notes.push(t("message-dropped", { count: stats.droppedMessages }));
  return notes;
}

function writeMeta(
  meta: HTMLDivElement,
  state: ipc.MessageState,
  tokens: number | null,
  rate: number | null,
  stats: ipc.GenerationStats | null,
): void {
  const parts: string[] = [];
  const note = stateNote(state);
  if (note) parts.push(note);
  if (tokens && rate) parts.push(t("message-stats", { tokens, rate }));
  if (stats) parts.push(...contextNotes(stats));
  meta.textContent = parts.join(" · ");
}

export function scrollToEnd(): void {
  messages.scrollTop = messages.scrollHeight;
}

/** When a message was written: the time of day, the full date in its tooltip. */
function sentAt(at: number): HTMLTimeElement {
  const time = document.createElement("time");
  time.className = "sent";
  time.dataset.testid = "message-time";
  time.dateTime = machineTime(at);
  time.textContent = clockTime(at, language());
  time.title = fullDateTime(at, language());
  return time;
}

function bubble(role: ipc.Message["role"], content: string, at: number): Bubble {
  const item = document.createElement("li");
  item.className = `message ${role}`;
  item.tabIndex = -1;
  item.dataset.testid = `message-${role}`;
  const who = document.createElement("div");
  who.className = "who";
  const name = document.createElement("span");
  name.textContent = t(role === "user" ? "role-user" : "role-assistant");
  who.append(name, sentAt(at));
  const body = document.createElement("div");
  body.className = "body";
  // Each message reads in its own direction (English in an Arabic window, and the reverse).
  body.dir = "auto";
  setBody(body, role, content);
  const meta = document.createElement("div");
  meta.className = "meta";
  const frame = document.createElement("div");
  frame.className = "bubble";
  frame.append(who, body, meta);
  item.append(frame);
  return { item, body, meta };
}

/** A bubble at the end of the thread for text that is not stored yet (the question, the reply streaming in). */
export function liveBubble(role: "user" | "assistant"): Bubble {
  const live = bubble(role, "", Date.now());
  live.item.classList.toggle("streaming", role === "assistant");
  messages.append(live.item);
  return live;
}

/** Removes the message `id` and everything after it from view. */
export function cutFrom(id: number): void {
  const item = messages.querySelector(`[data-message-id="${id}"]`);
  while (item?.nextSibling) item.nextSibling.remove();
  item?.remove();
}

export function remember(id: number, value: Ended): void {
  ended.set(id, value);
}

export function stopEditing(): void {
  editing = null;
}

export function focusEditor(): void {
  editing?.field.focus();
}

function button(label: string, testid: string, run: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = t(label);
  b.dataset.testid = testid;
  b.addEventListener("click", run);
  return b;
}

/** Copies `text`; `from` says so for a moment, then shows `label` (a Fluent id) again. */
function copyText(from: HTMLButtonElement, text: string, label: string): void {
  navigator.clipboard.writeText(text).then(
    () => {
      from.textContent = t("message-copied");
      window.setTimeout(() => (from.textContent = t(label)), 1500);
    },
    () => showNotice(() => t("message-copy-failed")),
  );
}

function versions(m: ipc.Message): HTMLElement | null {
  const v = versionOf(m);
  if (v.count < 2) return null;
  const nav = document.createElement("span");
  nav.className = "versions";
  const arrow = (target: number | null, glyph: string, label: string, testid: string) => {
    const b = button(label, testid, () => target !== null && actions.choose(target, testid));
    b.textContent = glyph;
    b.setAttribute("aria-label", t(label));
    b.title = t(label);
    b.disabled = target === null;
    return b;
  };
  const position = document.createElement("span");
  position.className = "position";
  position.dataset.testid = "version";
  position.textContent = t("message-version", { position: v.position, count: v.count });
  position.setAttribute("aria-label", t("message-version-label", { position: v.position, count: v.count }));
  position.setAttribute("role", "img");
  nav.append(
    arrow(v.previous, "‹", "message-version-previous", "version-previous"),
    position,
    arrow(v.next, "›", "message-version-next", "version-next"),
  );
  return nav;
}

function confirmDelete(row: HTMLElement, m: ipc.Message): void {
  const question = document.createElement("span");
  question.className = "confirm";
  question.textContent = t("message-delete-confirm");
  const cancel = button("action-cancel", "delete-cancel", () => renderThread(shown, { id: m.id, control: "delete" }));
  const yes = button("message-delete", "delete-confirm", () => actions.remove(m));
  yes.className = "danger";
  row.replaceChildren(question, yes, cancel);
  row.classList.add("confirming");
  row.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    cancel.click();
  });
  cancel.focus();
}

function actionRow(m: ipc.Message, content: string, state: ipc.MessageState): HTMLDivElement {
  const row = document.createElement("div");
  row.className = "actions";
  row.setAttribute("role", "group");
  row.setAttribute("aria-label", t("message-actions"));
  const nav = versions(m);
  if (nav) row.append(nav);
  const copy = button("message-copy", "copy", () => copyText(copy, content, "message-copy"));
  row.append(copy);
  if (m.role === "user") {
    row.append(button("message-edit", "edit", () => startEdit(m, m.content)));
  } else {
    const again = button("message-regenerate", "regenerate", () => actions.regenerate(m));
    if (stateNote(state)) again.className = "prominent";
    row.append(again);
  }
  row.append(button("message-delete", "delete", () => confirmDelete(row, m)));
  return row;
}

function editor(m: ipc.Message, field: HTMLTextAreaElement): HTMLFormElement {
  const form = document.createElement("form");
  form.className = "editor";
  const save = () => {
    if (field.value.trim() !== "") actions.edit(m, field.value);
  };
  const buttons = document.createElement("div");
  buttons.className = "editor-buttons";
  const submit = button("message-edit-save", "edit-save", save);
  submit.className = "primary";
  const cancel = button("action-cancel", "edit-cancel", () => {
    editing = null;
    renderThread(shown, { id: m.id, control: "edit" });
  });
  buttons.append(submit, cancel);
  form.append(field, buttons);
  form.addEventListener("submit", (event) => event.preventDefault());
  return form;
}

function startEdit(m: ipc.Message, text: string): void {
  const field = document.createElement("textarea");
  field.value = text;
  field.rows = 2;
  field.dataset.testid = "edit-field";
  new ImeGuard().attach(field, () =>
    field.closest("form")?.querySelector<HTMLButtonElement>("[data-testid=edit-save]")?.click(),
  );
  field.addEventListener("input", () => autoGrow(field));
  field.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    field.closest("form")?.querySelector<HTMLButtonElement>("[data-testid=edit-cancel]")?.click();
  });
  editing = { id: m.id, field };
  renderThread(shown);
  field.focus();
  autoGrow(field);
}

function messageItem(m: ipc.Message): HTMLLIElement {
  const live = ended.get(m.id);
  // While the store has not caught up with a reply that ended here, show how it ended.
  const stale = live !== undefined && m.state === "streaming";
  const content = stale ? live.content : m.content;
  const state = stale ? live.state : m.state;
  const { item, body, meta } = bubble(m.role, content, m.createdAt);
  item.dataset.messageId = String(m.id);
  item.classList.toggle("unfinished", stateNote(state) !== null);
  writeMeta(
    meta,
    state,
    m.completionTokens ?? live?.stats?.completionTokens ?? null,
    m.decodeTokS ?? live?.stats?.decodeTokS ?? null,
    live?.stats ?? null,
  );
  if (editing?.id === m.id) {
    editing.field.setAttribute("aria-label", t("message-edit-label"));
    body.replaceWith(editor(m, editing.field));
    item.classList.add("editing");
  } else {
    item.append(actionRow(m, content, state));
  }
  return item;
}

/** Shows `thread`; `focus` puts the keyboard back on a control of one message after a re-render. */
export function renderThread(thread: ipc.Message[], focus?: { id: number; control: string }): void {
  shown = thread;
  if (editing && !thread.some((m) => m.id === editing?.id)) editing = null;
  messages.replaceChildren(...thread.filter((m) => m.role !== "system").map(messageItem));
  if (!focus) return;
  const item = messages.querySelector<HTMLElement>(`[data-message-id="${focus.id}"]`);
  const control = item?.querySelector<HTMLButtonElement>(`[data-testid="${focus.control}"]:not(:disabled)`);
  (control ?? item?.querySelector<HTMLButtonElement>(".versions button:not(:disabled)") ?? item)?.focus();
}

/** The message `id` in view, highlighted as a search result. */
export function highlight(id: number): boolean {
  const target = messages.querySelector<HTMLElement>(`[data-message-id="${id}"]`);
  if (!target) return false;
  target.classList.add("found");
  target.scrollIntoView({ block: "center" });
  target.focus();
  return true;
}

export function clearThread(): void {
  shown = [];
  editing = null;
  messages.replaceChildren();
}

export function attachThread(value: ThreadActions): void {
  actions = value;
  messages.addEventListener("click", (event) => {
    const copy = (event.target as Element).closest<HTMLButtonElement>(".code-copy");
    const code = copy?.closest(".code-block")?.querySelector("code");
    if (copy && code) copyText(copy, code.textContent ?? "", "code-copy");
  });
}
