// A reply drawn as it streams in, without drawing again what is already shown: the text is cut
// after its last blank line outside a fenced code block. Nothing written after such a line
// changes how the text before it reads (bar what the final render puts right: a loose list
// shown as two lists), so that part is rendered once and kept, and only the rest, the tail, is
// rendered again as more text arrives. Both parts go through renderMarkdown, straight into the
// body, so a streaming reply has the same elements as a finished one.
import { renderMarkdown } from "./markdown";

/** An opening or closing fence: up to three spaces, then three or more ` or ~. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BLANK = /^[ \t]*$/;

/**
 * Where the settled part of `text` ends: just after its last blank line outside a fenced code
 * block. Only whole lines count (ended by "\n", "\r\n" or "\r", as markdown-it reads them);
 * `from`, the end of a part settled before, starts a line outside any fence.
 */
export function settledLength(text: string, from = 0): number {
  const line = /([^\r\n]*)(?:\r\n?|\n)/y;
  line.lastIndex = from;
  let settled = from;
  let fence = "";
  for (let match = line.exec(text); match !== null; match = line.exec(text)) {
    const content = match[1];
    const marker = FENCE.exec(content);
    if (fence === "") {
      if (BLANK.test(content)) settled = line.lastIndex;
      // The info string of a ``` fence has no backtick (```a``` is inline code).
      else if (marker && !(marker[1][0] === "`" && marker[2].includes("`"))) fence = marker[1];
    } else if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length && BLANK.test(marker[2])) {
      fence = "";
    }
  }
  return settled;
}

/** The body of a reply being written: each newly settled part is appended, the tail redrawn. */
export class StreamingBody {
  /** The text shown for good, and how many of the body's first nodes show it. */
  private settled = "";
  private settledNodes = 0;

  constructor(private readonly body: HTMLElement) {
    body.replaceChildren();
  }

  /** Shows `text`, the reply so far. */
  show(text: string): void {
    if (!text.startsWith(this.settled)) {
      // Not a continuation of what is shown: all of it is drawn again.
      this.settled = "";
      this.settledNodes = 0;
    }
    while (this.body.childNodes.length > this.settledNodes) this.body.lastChild?.remove();
    const end = settledLength(text, this.settled.length);
    if (end > this.settled.length) {
      this.body.insertAdjacentHTML("beforeend", renderMarkdown(text.slice(this.settled.length, end)));
      this.settled = text.slice(0, end);
      this.settledNodes = this.body.childNodes.length;
    }
    this.body.insertAdjacentHTML("beforeend", renderMarkdown(text.slice(end)));
  }
}
