// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage, t } from "./i18n";
import { recoveryText } from "./notices";

afterEach(() => setLanguage("en-US"));

describe("recoveryText", () => {
  it("names the kept file and the backup restored", () => {
    const { title, body } = recoveryText({
      corruptPath: "/d/hearth.sqlite3.corrupt",
      restoredFrom: "/d/backups/b1.sqlite3",
    });
    expect(title).toBe("Your conversation database was damaged");
    expect(body).toContain("/d/hearth.sqlite3.corrupt");
    expect(body).toContain("/d/backups/b1.sqlite3");
  });

  it("says a new database was started when there was no backup", () => {
    setLanguage("ja");
    const { body } = recoveryText({ corruptPath: "/d/x.corrupt", restoredFrom: null });
    expect(body).toContain("新しい空のデータベース");
    expect(body).toContain("/d/x.corrupt");
  });
});

describe("import result wording", () => {
  it("covers nothing new, one, many and already present", () => {
    expect(t("data-imported", { conversations: 3, skipped: 1 })).toBe("Imported 3 conversations (1 already present).");
    expect(t("data-imported", { conversations: 1, skipped: 0 })).toBe("Imported one conversation.");
    expect(t("data-imported", { conversations: 0, skipped: 2 })).toBe("Nothing new to import (2 already present).");
    setLanguage("ja");
    expect(t("data-imported", { conversations: 3, skipped: 1 })).toBe(
      "会話を 3 件インポートしました（1 件は取り込み済みのためスキップしました）。",
    );
    setLanguage("vi");
    expect(t("data-imported", { conversations: 0, skipped: 0 })).toBe("Không có cuộc trò chuyện mới nào để nhập.");
  });
});
