import { describe, expect, it } from "vitest";
import { commandOf, isMac, type Press } from "./shortcuts";

const press = (key: string, held: Partial<Press> = {}): Press => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : "",
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  keyCode: 0,
  ...held,
});
const ctrl = (key: string, held: Partial<Press> = {}) => press(key, { ctrlKey: true, ...held });
const cmd = (key: string, held: Partial<Press> = {}) => press(key, { metaKey: true, ...held });

describe("commandOf", () => {
  it("maps Ctrl shortcuts outside macOS", () => {
    expect(commandOf(ctrl("n"), false)).toBe("new-chat");
    expect(commandOf(ctrl("k"), false)).toBe("search");
    expect(commandOf(ctrl("f"), false)).toBe("search");
    expect(commandOf(ctrl(","), false)).toBe("settings");
    expect(commandOf(ctrl("/"), false)).toBe("help");
    expect(commandOf(press("F1"), false)).toBe("help");
    expect(commandOf(press("Escape"), false)).toBe("escape");
    // Caps Lock gives capitals.
    expect(commandOf(ctrl("N"), false)).toBe("new-chat");
  });

  it("uses Cmd on macOS, where Ctrl+N moves the caret", () => {
    expect(commandOf(cmd("n"), true)).toBe("new-chat");
    expect(commandOf(cmd(","), true)).toBe("settings");
    expect(commandOf(ctrl("n"), true)).toBeNull();
    expect(commandOf(cmd("n"), false)).toBeNull();
  });

  it("never fires while an input method is composing", () => {
    expect(commandOf(ctrl("n", { isComposing: true }), false)).toBeNull();
    expect(commandOf(press("Escape", { isComposing: true }), false)).toBeNull();
    // WebKit's confirming key: keyCode 229 with isComposing false.
    expect(commandOf(press("Escape", { keyCode: 229 }), false)).toBeNull();
    expect(commandOf(ctrl("k", { keyCode: 229 }), false)).toBeNull();
  });

  it("leaves other chords alone", () => {
    expect(commandOf(press("n"), false)).toBeNull();
    expect(commandOf(ctrl("n", { altKey: true }), false)).toBeNull();
    expect(commandOf(ctrl("n", { shiftKey: true }), false)).toBeNull();
    expect(commandOf(ctrl("n", { metaKey: true }), false)).toBeNull();
    expect(commandOf(ctrl("Escape"), false)).toBeNull();
    expect(commandOf(press("F1", { shiftKey: true }), false)).toBeNull();
    expect(commandOf(ctrl("z"), false)).toBeNull();
  });

  it("finds the key on layouts without Latin letters, and / typed with Shift", () => {
    // Arabic layout: the N key types ى.
    expect(commandOf(ctrl("ى", { code: "KeyN" }), false)).toBe("new-chat");
    expect(commandOf(ctrl("و", { code: "Comma" }), false)).toBe("settings");
    // German layout: / is Shift+7.
    expect(commandOf(ctrl("/", { code: "Digit7", shiftKey: true }), false)).toBe("help");
  });
});

describe("isMac", () => {
  it("reads the platform from userAgentData, else navigator.platform", () => {
    expect(isMac({ platform: "MacIntel" })).toBe(true);
    expect(isMac({ platform: "Linux x86_64" })).toBe(false);
    expect(isMac({ platform: "", userAgentData: { platform: "macOS" } })).toBe(true);
    expect(isMac({ platform: "MacIntel", userAgentData: { platform: "Windows" } })).toBe(false);
  });
});
