// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";
import { StreamingBody, settledLength } from "./streaming";

const settled = (text: string) => text.slice(0, settledLength(text));

/** `text` rendered whole, as a finished reply is. */
function full(text: string): string {
  const div = document.createElement("div");
  div.innerHTML = renderMarkdown(text);
  return div.innerHTML;
}

const REPLIES = [
  "First paragraph with **bold**.\n\nSecond paragraph.\nStill the second.\n\n## Heading\n\nLast, with `code`.",
  "Run this:\n\n```python\ndef f():\n    return 1\n\n\nprint(f())\n```\n\nThen this:\n\n~~~\nls\n\nls -la\n~~~\n\nDone.",
  "Steps:\n\n1. Install.\n2. Configure.\n3. Run.\n\nThat is all.\r\n\r\nReally.",
];

describe("settledLength", () => {
  it("settles after the last blank line, once the line has ended", () => {
    expect(settled("One.\n\nTwo")).toBe("One.\n\n");
    expect(settled("One.\n\nTwo.\n\nThr")).toBe("One.\n\nTwo.\n\n");
    expect(settled("One.\n \t\nTwo")).toBe("One.\n \t\n");
    expect(settled("One.\n\n")).toBe("One.\n\n");
    expect(settled("One.\nTwo.\n")).toBe("");
    expect(settled("One.\n  ")).toBe("");
    expect(settled("")).toBe("");
  });

  it("reads CRLF and CR line ends", () => {
    expect(settled("One.\r\n\r\nTwo")).toBe("One.\r\n\r\n");
    expect(settled("One.\r\n  \r\nTwo")).toBe("One.\r\n  \r\n");
    expect(settled("One.\r\rTwo")).toBe("One.\r\r");
    expect(settled("```\r\na\r\n\r\nb")).toBe("");
    expect(settled("```\r\na\r\n\r\n```\r\n\r\nb")).toBe("```\r\na\r\n\r\n```\r\n\r\n");
  });

  it("does not settle inside a fenced code block", () => {
    const code = "Intro:\n\n```py\na = 1\n\nb = 2\n```\n\n";
    expect(settled(`${code}After.`)).toBe(code);
    expect(settled("Intro:\n\n```py\na = 1\n\nb")).toBe("Intro:\n\n");
    expect(settled("Intro:\n\n~~~\na = 1\n\n\nb = 2\n")).toBe("Intro:\n\n");
    expect(settled("~~~\na\n\n~~~\n\nb")).toBe("~~~\na\n\n~~~\n\n");
  });

  it("closes a fence only with the same character, at least as long, and nothing after it", () => {
    expect(settled("~~~\na\n```\n\nb")).toBe("");
    expect(settled("```\na\n~~~\n\nb")).toBe("");
    expect(settled("````\na\n```\n\nb")).toBe("");
    expect(settled("```\na\n```rust\n\nb")).toBe("");
    expect(settled("```\na\n`````  \n\nb")).toBe("```\na\n`````  \n\n");
    expect(settled("~~~~\na\n```\n\nb\n~~~~~\n\nc")).toBe("~~~~\na\n```\n\nb\n~~~~~\n\n");
  });

  it("takes fences indented by up to three spaces", () => {
    expect(settled("   ```\na\n\nb")).toBe("");
    expect(settled("```\na\n\n   ```\n\nb")).toBe("```\na\n\n   ```\n\n");
    expect(settled("- item\n\n  ```sh\n  a\n\n  b\n  ```\n\nc")).toBe("- item\n\n  ```sh\n  a\n\n  b\n  ```\n\n");
    // Four spaces make indented code, a tab too: no fence opens.
    expect(settled("    ```\na\n\nb")).toBe("    ```\na\n\n");
    expect(settled("\t```\na\n\nb")).toBe("\t```\na\n\n");
  });

  it("takes ``` with a backtick after it for inline code, not a fence", () => {
    expect(settled("```a``` b\n\nc")).toBe("```a``` b\n\n");
    expect(settled("~~~ a`b\nc\n\nd")).toBe("");
  });

  it("goes on from a part settled before", () => {
    expect(settledLength("a\n\nb\n\nc", 3)).toBe(6);
    expect(settledLength("a\n\nb", 3)).toBe(3);
  });
});

describe("StreamingBody", () => {
  it("shows every stage of a typical reply as a full render would", () => {
    for (const reply of REPLIES) {
      const body = document.createElement("div");
      const stream = new StreamingBody(body);
      for (let end = 1; end <= reply.length; end++) {
        stream.show(reply.slice(0, end));
        expect(body.innerHTML, JSON.stringify(reply.slice(0, end))).toBe(full(reply.slice(0, end)));
      }
      const whole = document.createElement("div");
      whole.innerHTML = full(reply);
      expect(body.textContent).toBe(whole.textContent);
    }
  });

  it("keeps what has settled while more text arrives", () => {
    const body = document.createElement("div");
    const stream = new StreamingBody(body);
    stream.show("Hello.\n\n```rust\nfn main() {}\n\n");
    const first = body.querySelector("p");
    expect(first?.textContent).toBe("Hello.");
    stream.show("Hello.\n\n```rust\nfn main() {}\n\n```\n\nAnd ");
    const code = body.querySelector(".code-block");
    expect(body.querySelector("p")).toBe(first);
    stream.show("Hello.\n\n```rust\nfn main() {}\n\n```\n\nAnd then.\n\nMore.");
    expect(body.querySelector("p")).toBe(first);
    expect(body.querySelector(".code-block")).toBe(code);
    expect(code?.querySelector(".hljs-keyword")?.textContent).toBe("fn");
    expect(code?.querySelector("button.code-copy")).not.toBeNull();
    expect([...body.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["Hello.", "And then.", "More."]);
  });

  it("numbers a loose list on across its settled parts", () => {
    const body = document.createElement("div");
    const stream = new StreamingBody(body);
    const reply = "1. One.\n\n2. Two.\n\n3. Three.";
    for (let end = 1; end <= reply.length; end++) stream.show(reply.slice(0, end));
    expect([...body.querySelectorAll("ol")].map((ol) => ol.getAttribute("start"))).toEqual([null, "2", "3"]);
    expect([...body.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["One.", "Two.", "Three."]);
  });

  it("draws everything again when the text does not go on from what was shown", () => {
    const body = document.createElement("div");
    const stream = new StreamingBody(body);
    stream.show("Hello.\n\nWorld.\n\nAgain");
    stream.show("Other.\n\nText");
    expect(body.innerHTML).toBe(full("Other.\n\nText"));
    stream.show("");
    expect(body.innerHTML).toBe("");
  });

  it("keeps hostile text inert at every stage", () => {
    const reply =
      'Hi <b>x</b>\n\n<img src=x onerror="alert(1)">\n\n```html\n<script>alert(2)</script>\n\n```\n\n[a](javascript:alert(3))';
    const body = document.createElement("div");
    const stream = new StreamingBody(body);
    for (let end = 1; end <= reply.length; end++) {
      stream.show(reply.slice(0, end));
      expect(body.querySelector("b, img, script, a")).toBeNull();
    }
    expect(body.innerHTML).toBe(full(reply));
  });
});
