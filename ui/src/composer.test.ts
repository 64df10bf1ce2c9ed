import { describe, expect, it } from "vitest";
import { ImeGuard } from "./composer";

const enter = { key: "Enter", shiftKey: false, isComposing: false, keyCode: 13 };

describe("ImeGuard", () => {
  it("sends on a plain Enter", () => {
    expect(new ImeGuard(() => 1000).shouldSend(enter)).toBe(true);
  });

  it("never sends on Shift+Enter", () => {
    expect(new ImeGuard(() => 1000).shouldSend({ ...enter, shiftKey: true })).toBe(false);
  });

  it("does not send while composing (Mozc/Anthy, Telex)", () => {
    const guard = new ImeGuard(() => 1000);
    guard.start();
    expect(guard.shouldSend({ ...enter, isComposing: true })).toBe(false);
    expect(guard.shouldSend(enter)).toBe(false);
  });

  it("ignores keyCode 229 even when isComposing is false (WebKit)", () => {
    expect(new ImeGuard(() => 1000).shouldSend({ ...enter, keyCode: 229 })).toBe(false);
  });

  it("ignores the Enter that arrives right after compositionend", () => {
    let now = 1000;
    const guard = new ImeGuard(() => now);
    guard.start();
    guard.end();
    now += 5;
    expect(guard.shouldSend(enter)).toBe(false);
    now += 500;
    expect(guard.shouldSend(enter)).toBe(true);
  });
});
