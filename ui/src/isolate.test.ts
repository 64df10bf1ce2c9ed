// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { isolatedNodes, splitIsolated } from "./isolate";

const runs = (text: string) =>
  splitIsolated(text)
    .filter((p) => p.isolated)
    .map((p) => p.text);

describe("splitIsolated", () => {
  it("finds paths and addresses in prose, without the sentence's punctuation", () => {
    expect(runs("مجلدي الرئيسي هو /home/mai.")).toEqual(["/home/mai"]);
    expect(runs("Edit ~/.config/hearth/settings.toml, then ./run or ../up/x.sh!")).toEqual([
      "~/.config/hearth/settings.toml",
      "./run",
      "../up/x.sh",
    ]);
    expect(runs("我的主目录是 /home/mai。请看 C:\\Users\\mai\\a.txt")).toEqual(["/home/mai", "C:\\Users\\mai\\a.txt"]);
    expect(runs("راجع https://example.com/a?b=1، ثم (/tmp/x)")).toEqual(["https://example.com/a?b=1", "/tmp/x"]);
  });

  it("isolates what is quoted, paths in it included", () => {
    expect(runs("نزّله باستخدام «python3 models/fetch.py» (أو «./dev setup»)، أو /m/x.gguf")).toEqual([
      "python3 models/fetch.py",
      "./dev setup",
      "/m/x.gguf",
    ]);
    expect(runs("Deleted “Keep me”.")).toEqual(["Keep me"]);
    // An argument Fluent isolated keeps its marks outside the path.
    expect(runs("تم التصدير إلى \u2068/home/x.json\u2069")).toEqual(["/home/x.json"]);
  });

  it("leaves fractions, and/or, units and lone quotes alone", () => {
    expect(runs("1/2 cup, and/or 21.5 tok/s, a / b, //, /, «open")).toEqual([]);
  });

  it("gives the text back when joined", () => {
    const text = "بعد تعديل /home/mai/.config/hearth/settings.toml أعد تشغيل «Hearth».";
    const parts = splitIsolated(text);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.map((p) => p.isolated)).toEqual([false, true, false, true, false]);
    expect(splitIsolated("no paths here")).toEqual([{ text: "no paths here", isolated: false }]);
    expect(splitIsolated("")).toEqual([]);
  });

  it("builds text nodes and <bdi> elements", () => {
    const box = document.createElement("p");
    box.append(...isolatedNodes("تم حذف «Keep me» من /tmp."));
    expect(box.innerHTML).toBe("تم حذف «<bdi>Keep me</bdi>» من <bdi>/tmp</bdi>.");
  });
});
