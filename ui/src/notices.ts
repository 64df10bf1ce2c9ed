// What the window tells the user outside the thread: an error line (#notice, kept until the
// next action), a toast (#toast: results, and the Undo of a deletion for a few seconds), and
// the banner that says the database was damaged and recovered (#recovery, until dismissed).
// Each keeps how to build its text, not the text, so a language switch re-renders it. A toast
// shown while a dialog is open (Preferences, Models) is drawn inside it.

import { byId as el } from "./dom";
import { errorText, t } from "./i18n";
import type { Recovery } from "./ipc";
import { isolatedNodes } from "./isolate";

/** How long a deletion can be undone from its toast. */
const UNDO_MS = 10_000;

type Text = () => string;

interface Toast {
  text: Text;
  action?: { label: string; run: () => void };
}

let notice: Text | null = null;
let toast: Toast | null = null;
let toastTimer: number | undefined;
let recovery: Recovery | null = null;

/** Shows a problem in the error line; `null` clears it. */
export function showNotice(text: Text | null): void {
  notice = text;
  renderNotices();
}

/** Shows an error from the backend (`{ code, args }`) in the user's language. */
export function showError(error: unknown): void {
  showNotice(() => errorText(error));
}

/** Shows `error` (from the backend, or a refusal) in a dialog's alert line; null hides the line. */
export function showErrorIn(line: HTMLElement, error: unknown): void {
  line.hidden = error === null;
  line.replaceChildren(...isolatedNodes(error === null ? "" : errorText(error)));
}

/** Shows a result in the toast. With an action (Undo), the toast goes away after UNDO_MS. */
export function showToast(text: Text, action?: Toast["action"]): void {
  window.clearTimeout(toastTimer);
  toast = { text, action };
  if (action) toastTimer = window.setTimeout(hideToast, UNDO_MS);
  renderNotices();
  if (action) el<HTMLButtonElement>("toast-action").focus();
}

function hideToast(): void {
  window.clearTimeout(toastTimer);
  toast = null;
  renderNotices();
}

export function showRecovery(value: Recovery | null): void {
  recovery = value;
  renderNotices();
}

/** The banner's wording: which file was kept and what the user now has. */
export function recoveryText(value: Recovery): { title: string; body: string } {
  return {
    title: t("recovery-title"),
    body: value.restoredFrom
      ? t("recovery-restored", { damaged: value.corruptPath, backup: value.restoredFrom })
      : t("recovery-fresh", { damaged: value.corruptPath }),
  };
}

/**
 * Puts the toast in the top open dialog (the last in the page: Models is never opened under
 * Preferences), in its foot if it has one, or back in the window: under a modal dialog it
 * would be dimmed, and out of reach of screen readers.
 */
function placeToast(): void {
  const region = el<HTMLDivElement>("toast-region");
  const open = document.querySelectorAll("dialog[open]");
  const top = open.length > 0 ? open[open.length - 1] : null;
  const host = top ? (top.querySelector(".dialog-foot") ?? top) : el<HTMLElement>("main");
  if (region.parentElement !== host) host.append(region);
}

/** Draws all three in the current language. */
export function renderNotices(): void {
  const line = el<HTMLDivElement>("notice");
  line.hidden = notice === null;
  // Errors and results name files and commands: isolated, they read right in Arabic too.
  el<HTMLSpanElement>("notice-text").replaceChildren(...isolatedNodes(notice?.() ?? ""));

  const box = el<HTMLDivElement>("toast");
  box.hidden = toast === null;
  if (toast) placeToast();
  el<HTMLSpanElement>("toast-text").replaceChildren(...isolatedNodes(toast?.text() ?? ""));
  const action = el<HTMLButtonElement>("toast-action");
  action.hidden = !toast?.action;
  action.textContent = toast?.action ? t(toast.action.label) : "";

  const banner = el<HTMLDivElement>("recovery");
  banner.hidden = recovery === null;
  if (recovery) {
    const { title, body } = recoveryText(recovery);
    el<HTMLElement>("recovery-title").textContent = title;
    el<HTMLElement>("recovery-body").replaceChildren(...isolatedNodes(body));
  }
}

export function attachNotices(): void {
  el<HTMLButtonElement>("notice-close").addEventListener("click", () => showNotice(null));
  el<HTMLButtonElement>("toast-close").addEventListener("click", hideToast);
  el<HTMLButtonElement>("toast-action").addEventListener("click", () => {
    const run = toast?.action?.run;
    hideToast();
    run?.();
  });
  el<HTMLButtonElement>("recovery-dismiss").addEventListener("click", () => showRecovery(null));
  // "close" does not bubble: caught on its way down.
  document.addEventListener("close", placeToast, true);
}
