// The open conversation: opening one, sending, and the three ways a reply is generated
// (a new message, Regenerate, an edited question), which share one streaming path.
import { autoGrow } from "./composer";
import { byId as el } from "./dom";
import { t } from "./i18n";
import * as ipc from "./ipc";
import { showError, showNotice } from "./notices";
import { session } from "./session";
import { markActive, refreshList, titleOf } from "./sidebar";
import { StreamingBody } from "./streaming";
import {
  type Bubble,
  clearThread,
  cutFrom,
  focusEditor,
  highlight,
  liveBubble,
  remember,
  renderThread,
  scrollToEnd,
  setBody,
  stopEditing,
} from "./thread";
import { Throttle } from "./throttle";

const welcome = el<HTMLElement>("welcome");
const title = el<HTMLHeadingElement>("conversation-title");
const input = el<HTMLTextAreaElement>("composer-input");

type End = Exclude<ipc.StreamEvent, { kind: "text" }>;

function setGenerating(on: boolean): void {
  session.generating = on;
  el<HTMLButtonElement>("send").hidden = on;
  el<HTMLButtonElement>("stop").hidden = !on;
  el<HTMLOListElement>("messages").classList.toggle("busy", on);
}

/** The document and native window titles: the open conversation's, else the app's name. */
export function showWindowTitle(): void {
  const heading = session.conversation === null ? "" : (title.textContent ?? "");
  const text = heading === "" ? t("app-name") : t("window-title", { conversation: heading });
  document.title = text;
  void ipc.setWindowTitle(text);
}

function showConversation(id: number | null, heading: string): void {
  session.conversation = id;
  title.textContent = heading;
  // The welcome's heading stands in for an empty title.
  title.hidden = heading === "";
  showWindowTitle();
  welcome.hidden = id !== null;
  el<HTMLButtonElement>("topbar-settings").hidden = id === null;
  markActive(id);
}

export async function openConversation(id: number, focus?: number): Promise<void> {
  if (session.generating) return;
  showConversation(id, titleOf(id));
  // A message found by search may sit on a branch not shown: choosing it shows its branch.
  renderThread(await (focus === undefined ? ipc.conversationMessages(id) : ipc.chooseAlternative(focus)));
  if (focus === undefined || !highlight(focus)) scrollToEnd();
}

/** The empty new-chat state. */
export function newChat(): void {
  if (session.generating) return;
  clearThread();
  showConversation(null, "");
}

/** Re-reads the open conversation (after a reply ended, a message was deleted, a language switch). */
export async function reload(): Promise<void> {
  if (session.conversation === null) return;
  await openConversation(session.conversation);
}

/** How often a streaming reply is redrawn at most: layout and painting in the web process take
 * cores from the model, so redrawing less often lets it generate faster (docs/performance.md). */
const PAINT_INTERVAL_MS = 250;

/**
 * Runs `start` and streams its reply into `reply`. `stored` runs once the backend has taken the
 * request (a draft can go then). Resolves false, with the error shown, when nothing was stored.
 */
async function generate(start: ipc.Generation, reply: Bubble, stored: () => void): Promise<boolean> {
  setGenerating(true);
  let answer = "";
  let finish: (event: End) => void = () => {};
  // The end can arrive before the receipt: wait for both.
  const ended = new Promise<End>((resolve) => (finish = resolve));
  let progress = "";
  const body = new StreamingBody(reply.body);
  const paint = new Throttle(() => {
    body.show(answer);
    if (progress) reply.meta.textContent = progress;
    scrollToEnd();
  }, PAINT_INTERVAL_MS);
  let receipt: ipc.SendReceipt;
  try {
    receipt = await start((event) => {
      if (event.kind !== "text") {
        paint.flush();
        return finish(event);
      }
      answer += event.delta;
      if (event.tokS !== null) progress = t("message-stats", { tokens: event.tokens, rate: event.tokS });
      paint.request();
    });
  } catch (error) {
    setGenerating(false);
    showError(error);
    return false;
  }
  stored();
  if (receipt.conversationId !== null) session.conversation = receipt.conversationId;
  await refreshList().catch(showError);
  const end = await ended;
  if (end.kind === "failed") showError(end.error);
  if (receipt.replyMessageId !== null) {
    const stats = end.kind === "done" ? end.stats : null;
    const state = stats === null ? "failed" : stats.finishReason === "cancelled" ? "stopped" : "complete";
    remember(receipt.replyMessageId, { content: answer, state, stats });
  }
  setGenerating(false);
  await reload().catch(showError);
  await refreshList().catch(showError);
  return true;
}

export async function submit(): Promise<void> {
  const text = input.value;
  if (session.generating || text.trim() === "") return;
  showNotice(null);
  const isNew = session.conversation === null;
  if (isNew) {
    clearThread();
    showConversation(null, text.split("\n")[0]);
    welcome.hidden = true;
  }
  const user = liveBubble("user");
  setBody(user.body, "user", text);
  const reply = liveBubble("assistant");
  const sent = await generate(ipc.sendMessage(session.conversation, text), reply, () => {
    // The message is stored: the draft can go.
    input.value = "";
    autoGrow(input);
  });
  if (!sent) {
    // Nothing was stored: the draft stays in the composer.
    user.item.remove();
    reply.item.remove();
    if (isNew) showConversation(null, "");
  }
}

async function regenerate(message: ipc.Message): Promise<void> {
  if (session.generating) return;
  showNotice(null);
  cutFrom(message.id);
  const reply = liveBubble("assistant");
  if (!(await generate(ipc.regenerate(message.id), reply, () => {}))) await reload().catch(showError);
}

async function edit(message: ipc.Message, text: string): Promise<void> {
  if (session.generating) return;
  showNotice(null);
  cutFrom(message.id);
  const user = liveBubble("user");
  setBody(user.body, "user", text);
  const reply = liveBubble("assistant");
  if (await generate(ipc.editMessage(message.id, text), reply, stopEditing)) return;
  // The editor comes back with the edited text in it.
  await reload().catch(showError);
  focusEditor();
}

async function removeMessage(message: ipc.Message): Promise<void> {
  if (session.generating) return;
  try {
    await ipc.deleteMessage(message.id);
    await reload();
    await refreshList();
    input.focus();
  } catch (error) {
    showError(error);
  }
}

async function choose(messageId: number, control: string): Promise<void> {
  if (session.generating) return;
  try {
    renderThread(await ipc.chooseAlternative(messageId), { id: messageId, control });
  } catch (error) {
    showError(error);
  }
}

export const threadActions = {
  regenerate: (m: ipc.Message) => void regenerate(m),
  edit: (m: ipc.Message, text: string) => void edit(m, text),
  remove: (m: ipc.Message) => void removeMessage(m),
  choose: (id: number, control: string) => void choose(id, control),
};

export function showTitle(conversation: ipc.Conversation): void {
  if (conversation.id !== session.conversation) return;
  title.textContent = conversation.title || t("conversation-untitled");
  showWindowTitle();
}
