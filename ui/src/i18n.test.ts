// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { availableLanguages, errorText, setLanguage, t } from "./i18n";

describe("i18n", () => {
  it("ships the first-class languages", () => {
    for (const lang of ["en-US", "ja", "vi"]) expect(availableLanguages).toContain(lang);
  });

  it("formats the same message in each language", () => {
    setLanguage("ja");
    expect(t("composer-send")).toBe("送信");
    expect(document.documentElement.lang).toBe("ja");
    setLanguage("vi");
    expect(t("composer-send")).toBe("Gửi");
    setLanguage("xx");
    expect(t("composer-send")).toBe("Send");
  });

  it("translates backend errors by code", () => {
    setLanguage("ja");
    expect(errorText({ code: "disk-full", args: {} })).toContain("ディスク");
    setLanguage("en-US");
  });
});
