// Left-to-right runs inside running text. In a right-to-left sentence the slashes of a bare
// "/home/mai" are neutral characters that take the sentence's direction, so the path is drawn
// as "home/mai/"; "./dev setup" in «» becomes "dev setup/.". Cut out, each such run is
// isolated (<bdi>) and takes the direction of its own first letter.

/** A path (/a/b, ~/a, ./a, ../a, C:\a) or an address (https://…), not part of a longer word;
 * it ends at a space, a quote, CJK and Arabic punctuation (。、，「 ، ؟) or a bidi control
 * character (the isolation marks Fluent puts around an argument). */
const PATH =
  /(?<![\p{L}\p{N}_\-.~/\\:<])(?:[a-z][a-z0-9+.-]*:\/\/|(?:~|\.{1,2})?\/(?=[^\s/])|[a-z]:\\)[^\s<>"'`\u3000-\u303f\uff00-\uff65،؛؟\u200e\u200f\u202a-\u202e\u2066-\u2069]*/giu;

/** Punctuation that ends the sentence rather than the path. */
const TRAILING = /[.,;:!?)\]}»”’،؛؟]+$/u;

/** What is inside «guillemets» or “quotes” on one line: a command, a name, a title. */
const QUOTED = /(?<=[«“])[^«»“”\n]+(?=[»”])/gu;

export interface Part {
  text: string;
  isolated: boolean;
}

function cut(text: string, pattern: RegExp, trim: (found: string) => string, rest: (text: string) => Part[]): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const found = trim(match[0]);
    const at = match.index ?? 0;
    if (found.length < 2) continue;
    parts.push(...rest(text.slice(from, at)), { text: found, isolated: true });
    from = at + found.length;
  }
  parts.push(...rest(text.slice(from)));
  return parts;
}

const prose = (text: string): Part[] => (text === "" ? [] : [{ text, isolated: false }]);

/** `text` cut into prose and the runs to isolate, in order; joined they give `text` back. */
export function splitIsolated(text: string): Part[] {
  const paths = (part: string) => cut(part, PATH, (found) => found.replace(TRAILING, ""), prose);
  return cut(text, QUOTED, (found) => found, paths);
}

/** `text` as DOM nodes, its paths and quoted runs in <bdi>. */
export function isolatedNodes(text: string): Node[] {
  return splitIsolated(text).map((part) => {
    if (!part.isolated) return document.createTextNode(part.text);
    const run = document.createElement("bdi");
    run.textContent = part.text;
    return run;
  });
}
