// The help sheet: a modal dialog listing the keyboard shortcuts in the window's language, with
// the platform's modifier (Cmd on macOS, Ctrl elsewhere). Escape or Close shuts it, and the
// focus goes back to where it was.

import { byId as el } from "./dom";
import { t } from "./i18n";
import { type Cap, isMac, SHEET } from "./shortcuts";

const dialog = el<HTMLDialogElement>("help");
const list = el<HTMLDListElement>("help-list");

let returnTo: HTMLElement | null = null;

const NAMED: Record<string, string> = { shift: "key-shift", enter: "key-enter", escape: "key-escape" };

function capText(cap: Cap, mac: boolean): string {
  if (cap === "mod") return t(mac ? "key-command" : "key-ctrl");
  return NAMED[cap] ? t(NAMED[cap]) : cap;
}

/** One way to press a shortcut: <kbd>Ctrl</kbd>+<kbd>K</kbd>, left to right in any window. */
function chord(caps: Cap[], mac: boolean): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = "chord";
  span.dir = "ltr";
  caps.forEach((cap, i) => {
    if (i > 0) span.append("+");
    const kbd = document.createElement("kbd");
    kbd.textContent = capText(cap, mac);
    span.append(kbd);
  });
  return span;
}

/** Draws the list in the current language. */
export function renderHelp(): void {
  const mac = isMac();
  list.replaceChildren(
    ...SHEET.map((shortcut) => {
      const row = document.createElement("div");
      row.dataset.testid = "shortcut";
      const what = document.createElement("dt");
      what.textContent = t(shortcut.label);
      const keys = document.createElement("dd");
      shortcut.chords.forEach((caps, i) => {
        if (i > 0) keys.append(` ${t("shortcuts-or")} `);
        keys.append(chord(caps, mac));
      });
      row.append(what, keys);
      return row;
    }),
  );
}

export function openHelp(): void {
  if (dialog.open) return;
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  renderHelp();
  dialog.showModal();
  el<HTMLButtonElement>("help-close").focus();
}

export function attachHelp(): void {
  el<HTMLButtonElement>("help-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = null;
  });
}
