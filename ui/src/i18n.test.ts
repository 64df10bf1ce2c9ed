// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import page from "../index.html?raw";
import { availableLanguages, directionOf, errorText, language, nameOf, setLanguage, t } from "./i18n";
import { SHEET } from "./shortcuts";

describe("i18n", () => {
  it("ships the first-class languages and the new ones", () => {
    for (const lang of ["en-US", "ja", "vi", "zh-Hans", "ko", "ar"]) expect(availableLanguages).toContain(lang);
  });

  it("formats the same message in each language", () => {
    setLanguage("ja");
    expect(t("composer-send")).toBe("送信");
    expect(document.documentElement.lang).toBe("ja");
    setLanguage("vi");
    expect(t("composer-send")).toBe("Gửi");
    setLanguage("zh-Hans");
    expect(t("sidebar-new-chat")).toBe("新建对话");
    setLanguage("ko");
    expect(t("message-regenerate")).toBe("다시 생성");
    setLanguage("xx");
    expect(t("composer-send")).toBe("Send");
    expect(language()).toBe("en-US");
  });

  it("names each language in itself", () => {
    expect(Object.fromEntries(availableLanguages.map((lang) => [lang, nameOf(lang)]))).toEqual({
      ar: "العربية",
      "en-US": "English",
      ja: "日本語",
      ko: "한국어",
      vi: "Tiếng Việt",
      "zh-Hans": "简体中文",
    });
  });

  it("turns the page right to left for Arabic only", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("he")).toBe("rtl");
    for (const lang of ["en-US", "ja", "vi", "zh-Hans", "ko"]) expect(directionOf(lang)).toBe("ltr");
    setLanguage("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");
    setLanguage("en-US");
    expect(document.documentElement.dir).toBe("ltr");
  });

  it("selects the Arabic plural forms and isolates a path inside Arabic text", () => {
    setLanguage("ar");
    const dropped = (count: number) => t("message-dropped", { count });
    expect(dropped(1)).toContain("رسالة سابقة واحدة");
    expect(dropped(2)).toContain("رسالتان سابقتان");
    expect(dropped(3)).toContain("\u20683\u2069 رسائل");
    expect(dropped(11)).toContain("\u206811\u2069 رسالةً");
    expect(dropped(100)).toContain("\u2068100\u2069 رسالة سابقة");
    expect(t("data-exported", { path: "/home/user/x.json" })).toBe("تم التصدير إلى \u2068/home/user/x.json\u2069");
    setLanguage("en-US");
    expect(t("data-exported", { path: "/home/user/x.json" })).toBe("Exported to /home/user/x.json");
  });

  it("translates backend errors by code", () => {
    setLanguage("ja");
    expect(errorText({ code: "disk-full", args: {} })).toContain("ディスク");
    setLanguage("ko");
    expect(errorText({ code: "disk-full", args: {} })).toContain("디스크");
    setLanguage("en-US");
  });

  it("has every id the page and the shortcut sheet name, in every language", () => {
    const ids = [
      ...[...page.matchAll(/data-l10n-id="([^"]+)"/g)].map((m) => m[1]),
      ...SHEET.map((s) => s.label),
      ...["code-copy", "shortcuts-or", "key-ctrl", "key-command", "key-shift", "key-enter", "key-escape"],
    ];
    expect(ids).toContain("theme-dark");
    for (const lang of availableLanguages) {
      setLanguage(lang);
      for (const id of ids) expect(t(id), `${lang}: ${id}`).not.toBe(id);
    }
    setLanguage("en-US");
  });
});
