// The conversation list: pinned ones first (with a pin marker), each with a "⋯" menu to
// rename it in place, pin or unpin it, or delete it with a few seconds to undo.
import { ImeGuard } from "./composer";
import { fullDateTime, lastActivity, machineTime } from "./dates";
import { language, t } from "./i18n";
import * as ipc from "./ipc";
import { closeMenu, toggleMenu } from "./menu";
import { showError, showToast } from "./notices";
import { session } from "./session";
import { openSettings } from "./settings";

export interface SidebarHooks {
  open(id: number): void;
  /** The open conversation was deleted: show the empty new chat. */
  closed(): void;
  /** A conversation's title changed. */
  renamed(conversation: ipc.Conversation): void;
}

const list = document.getElementById("conversation-list") as HTMLUListElement;
const empty = document.getElementById("conversation-empty") as HTMLParagraphElement;

let hooks: SidebarHooks;
let rows: ipc.Conversation[] = [];
/** The row being renamed keeps its text field (and what was typed) across re-renders. */
let renaming: { id: number; field: HTMLInputElement } | null = null;

export function titleOf(id: number | null): string {
  const conversation = rows.find((c) => c.id === id);
  return conversation?.title || (id === null ? "" : t("conversation-untitled"));
}

export function markActive(id: number | null): void {
  for (const li of list.querySelectorAll<HTMLLIElement>(":scope > li")) {
    const active = Number(li.dataset.id) === id;
    li.classList.toggle("active", active);
    const open = li.querySelector(".open");
    if (active) open?.setAttribute("aria-current", "true");
    else open?.removeAttribute("aria-current");
  }
}

function pinMarker(): HTMLSpanElement {
  const marker = document.createElement("span");
  marker.className = "pin";
  marker.dataset.testid = "pin-marker";
  marker.title = t("conversation-pinned");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute(
    "d",
    "M10.5 1.5 14.5 5.5 12 6.5 9.5 9l.5 3.5-1.5 1.5-3-3-3.5 3.5-1-1L4.5 10l-3-3L3 5.5l3.5.5L9 3.5z",
  );
  svg.append(path);
  const text = document.createElement("span");
  text.className = "visually-hidden";
  text.textContent = t("conversation-pinned");
  marker.append(svg, text);
  return marker;
}

/** How long ago a conversation was last active ("5 minutes ago"); kept current by `refreshTimes`. */
function lastActive(at: number): HTMLTimeElement {
  const time = document.createElement("time");
  time.className = "when";
  time.dataset.testid = "conversation-time";
  time.dataset.at = String(at);
  time.dateTime = machineTime(at);
  time.title = fullDateTime(at, language());
  time.textContent = lastActivity(at, Date.now(), language());
  return time;
}

/** Rewrites every "… ago" for the time that has passed since the list was drawn. */
function refreshTimes(): void {
  for (const time of list.querySelectorAll<HTMLTimeElement>("time.when")) {
    time.textContent = lastActivity(Number(time.dataset.at), Date.now(), language());
  }
}

function row(c: ipc.Conversation): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.id = String(c.id);
  li.dataset.testid = "conversation";
  li.classList.toggle("pinned", c.pinned);
  const name = c.title || t("conversation-untitled");
  if (renaming?.id === c.id) {
    renaming.field.setAttribute("aria-label", t("conversation-rename-label"));
    li.append(renaming.field);
    return li;
  }
  const open = document.createElement("button");
  open.type = "button";
  open.className = "open";
  open.dataset.testid = "conversation-open";
  const label = document.createElement("span");
  label.className = "label";
  const title = document.createElement("span");
  title.className = "title";
  title.dir = "auto";
  title.textContent = name;
  label.append(title, lastActive(c.updatedAt));
  open.append(label);
  if (c.pinned) open.append(pinMarker());
  open.addEventListener("click", () => hooks.open(c.id));

  const more = document.createElement("button");
  more.type = "button";
  more.className = "more";
  more.dataset.testid = "conversation-actions";
  more.textContent = "⋯";
  more.setAttribute("aria-label", t("conversation-actions", { title: name }));
  more.setAttribute("aria-haspopup", "menu");
  more.setAttribute("aria-expanded", "false");
  more.addEventListener("click", () =>
    toggleMenu(more, t("conversation-actions", { title: name }), [
      { label: "conversation-rename", testid: "conversation-rename", run: () => startRename(c) },
      {
        label: c.pinned ? "conversation-unpin" : "conversation-pin",
        testid: "conversation-pin",
        run: () => void pin(c),
      },
      {
        label: "conversation-settings",
        testid: "conversation-settings",
        run: () => void openSettings(c.id, c.title).catch(showError),
      },
      {
        label: "conversation-delete",
        testid: "conversation-delete",
        disabled: session.generating && session.conversation === c.id,
        run: () => void remove(c),
      },
    ]),
  );
  li.append(open, more);
  return li;
}

/** Draws the list from what the backend last said, in the current language. */
function renderList(): void {
  closeMenu();
  list.replaceChildren(...rows.map(row));
  markActive(session.conversation);
  empty.hidden = rows.length > 0 || list.hidden;
}

export async function refreshList(): Promise<void> {
  rows = await ipc.listConversations();
  renderList();
}

function focusRow(id: number, control: "open" | "more"): void {
  list.querySelector<HTMLElement>(`li[data-id="${id}"] .${control}`)?.focus();
}

function startRename(c: ipc.Conversation): void {
  const field = document.createElement("input");
  field.type = "text";
  field.className = "rename";
  field.dataset.testid = "conversation-rename-field";
  field.value = c.title;
  let finished = false;
  const finish = async (save: boolean) => {
    if (finished) return;
    const title = field.value.trim();
    finished = true;
    if (save && title !== "" && title !== c.title) {
      try {
        hooks.renamed(await ipc.renameConversation(c.id, title));
      } catch (error) {
        // Keep what was typed: the field stays open.
        finished = false;
        showError(error);
        return;
      }
    }
    const hadFocus = field.contains(document.activeElement);
    renaming = null;
    await refreshList();
    if (hadFocus) focusRow(c.id, "open");
  };
  new ImeGuard().attach(field, () => void finish(true));
  field.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      void finish(false);
    }
  });
  field.addEventListener("blur", () => void finish(true));
  renaming = { id: c.id, field };
  renderList();
  field.focus();
  field.select();
}

async function pin(c: ipc.Conversation): Promise<void> {
  try {
    await ipc.pinConversation(c.id, !c.pinned);
    await refreshList();
    focusRow(c.id, "more");
  } catch (error) {
    showError(error);
  }
}

async function remove(c: ipc.Conversation): Promise<void> {
  const wasOpen = session.conversation === c.id;
  // Gone from the list at once; the backend only hides it, so Undo can bring it back.
  rows = rows.filter((r) => r.id !== c.id);
  renderList();
  try {
    await ipc.deleteConversation(c.id);
  } catch (error) {
    showError(error);
    await refreshList();
    return;
  }
  if (wasOpen) hooks.closed();
  const name = c.title || t("conversation-untitled");
  showToast(() => t("conversation-deleted", { title: name }), {
    label: "notice-undo",
    run: () => void restore(c.id, wasOpen),
  });
  await refreshList();
}

async function restore(id: number, reopen: boolean): Promise<void> {
  try {
    await ipc.restoreConversation(id);
    await refreshList();
    if (reopen) hooks.open(id);
    focusRow(id, "open");
  } catch (error) {
    showError(error);
  }
}

export function attachSidebar(value: SidebarHooks): void {
  hooks = value;
  window.setInterval(refreshTimes, 30_000);
}
