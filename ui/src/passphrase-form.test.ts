// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { availableLanguages, errorText, setLanguage, t } from "./i18n";
import { checkNewPassphrase, TASKS } from "./passphrase-form";

afterEach(() => setLanguage("en-US"));

describe("checkNewPassphrase", () => {
  it("asks for a passphrase when none was typed, at the first field", () => {
    expect(checkNewPassphrase("", "")).toEqual({
      ok: false,
      error: { code: "passphrase-empty", args: {} },
      field: "new",
    });
    expect(checkNewPassphrase("", "typed only here")).toMatchObject({ ok: false, field: "new" });
  });

  it("points at the second field when the two differ, an empty one included", () => {
    expect(checkNewPassphrase("blue lantern", "blue lanturn")).toEqual({
      ok: false,
      error: { code: "passphrase-mismatch", args: {} },
      field: "repeat",
    });
    expect(checkNewPassphrase("blue lantern", "")).toMatchObject({ ok: false, field: "repeat" });
  });

  it("keeps the passphrase exactly as typed: spaces, case and any script", () => {
    expect(checkNewPassphrase(" blue lantern ", " blue lantern ")).toEqual({ ok: true, passphrase: " blue lantern " });
    expect(checkNewPassphrase("Blue", "blue")).toMatchObject({ ok: false, field: "repeat" });
    expect(checkNewPassphrase("あおい ランタン", "あおい ランタン")).toEqual({
      ok: true,
      passphrase: "あおい ランタン",
    });
  });

  it("says what went wrong in the window's language", () => {
    const check = checkNewPassphrase("a", "b");
    if (check.ok) throw new Error("accepted");
    expect(errorText(check.error)).toBe("The two passphrases are not the same. Nothing was changed.");
    setLanguage("ja");
    expect(errorText(check.error)).toBe("2 つのパスフレーズが一致しません。何も変更されていません。");
  });
});

describe("the words of the passphrase dialog and the lock screen", () => {
  it("exist in every language, the ones set from code included", () => {
    const ids = [
      ...Object.values(TASKS).flatMap((task) => [task.label, task.working, task.done]),
      ...["passphrase-on", "passphrase-off", "lock-unlock", "lock-unlocking"],
    ];
    for (const lang of availableLanguages) {
      setLanguage(lang);
      for (const id of ids) expect(t(id), `${lang}: ${id}`).not.toBe(id);
    }
  });
});
