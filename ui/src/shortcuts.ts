// Keyboard shortcuts of the window, and the list the help sheet shows. "Mod" is Cmd on macOS
// and Ctrl elsewhere. Nothing fires while an input method is composing (Mozc, Telex), while a
// modal dialog is open (it keeps its own keys), or for a key a field or menu already handled.

export type Command = "new-chat" | "search" | "escape" | "settings" | "help";

/** What a shortcut needs of a keydown. */
export interface Press {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

/** A key as the help sheet names it: "mod", "shift", "enter", "escape", or the character on the key. */
export type Cap = string;

export interface Shortcut {
  /** Fluent id of what it does. */
  label: string;
  /** Each way to press it, as the keys held together. */
  chords: Cap[][];
}

export const SHEET: readonly Shortcut[] = [
  { label: "shortcut-new-chat", chords: [["mod", "N"]] },
  {
    label: "shortcut-search",
    chords: [
      ["mod", "K"],
      ["mod", "F"],
    ],
  },
  { label: "shortcut-send", chords: [["enter"]] },
  { label: "shortcut-new-line", chords: [["shift", "enter"]] },
  { label: "shortcut-stop", chords: [["escape"]] },
  { label: "shortcut-close", chords: [["escape"]] },
  { label: "shortcut-settings", chords: [["mod", ","]] },
  { label: "shortcut-help", chords: [["F1"], ["mod", "/"]] },
];

/** The keys typed with Mod, by the character on them. */
const WITH_MOD: Record<string, Command> = { n: "new-chat", k: "search", f: "search", ",": "settings", "/": "help" };

/** Where a layout puts no Latin character on a key (Arabic, Russian), the key's place says which it is. */
const BY_PLACE: Record<string, string> = { Comma: ",", Slash: "/" };

export function isMac(
  nav: Pick<Navigator, "platform"> & { userAgentData?: { platform: string } } = navigator,
): boolean {
  return /mac/i.test(nav.userAgentData?.platform ?? nav.platform);
}

function character(press: Press): string {
  if (/^[\x21-\x7e]$/.test(press.key)) return press.key.toLowerCase();
  if (/^Key[A-Z]$/.test(press.code)) return press.code.slice(3).toLowerCase();
  return BY_PLACE[press.code] ?? "";
}

/** The command `press` asks for, or null. */
export function commandOf(press: Press, mac: boolean): Command | null {
  if (press.isComposing || press.keyCode === 229 || press.altKey) return null;
  const mod = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!mod) {
    if (press.ctrlKey || press.metaKey || press.shiftKey) return null;
    if (press.key === "Escape") return "escape";
    return press.key === "F1" ? "help" : null;
  }
  const typed = character(press);
  // "/" needs Shift on many layouts (German: Shift+7); any other chord with Shift is left alone.
  if (press.shiftKey && typed !== "/") return null;
  return WITH_MOD[typed] ?? null;
}

/** What each command does; false when there was nothing to do, so the key keeps its usual effect. */
export type Handlers = Record<Command, () => boolean | void>;

export function attachShortcuts(handlers: Handlers): void {
  const mac = isMac();
  let composing = false;
  document.addEventListener("compositionstart", () => (composing = true), true);
  document.addEventListener("compositionend", () => (composing = false), true);
  document.addEventListener("keydown", (event) => {
    if (composing || event.defaultPrevented || document.querySelector("dialog[open]")) return;
    const command = commandOf(event, mac);
    if (command && handlers[command]() !== false) event.preventDefault();
  });
}
