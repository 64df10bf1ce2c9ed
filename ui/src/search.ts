// The sidebar's search box: results from the store's full-text search, snippets built with
// DOM text nodes (never HTML), a click opens the conversation at the message.
import { t } from "./i18n";
import type { SearchHit } from "./ipc";

/** A query typed without Latin diacritics ("pho") also finds text with them ("phở");
 * one typed with them ("phở") matches exactly. Japanese marks are not affected. */
export function ignoresDiacritics(query: string): boolean {
  const decomposed = query.normalize("NFD");
  return !/[\u0300-\u036f]/.test(decomposed) && !/[đĐ]/.test(query);
}

export function renderResults(
  list: HTMLUListElement,
  hits: SearchHit[],
  open: (hit: SearchHit) => void,
): void {
  if (hits.length === 0) {
    const li = document.createElement("li");
    li.className = "search-empty";
    li.textContent = t("search-no-results");
    list.replaceChildren(li);
    return;
  }
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      const title = document.createElement("span");
      title.className = "search-title";
      title.textContent = hit.conversation_title;
      const snippet = document.createElement("span");
      snippet.className = "search-snippet";
      for (const part of hit.snippet) {
        if (part.hit) {
          const mark = document.createElement("mark");
          mark.textContent = part.text;
          snippet.append(mark);
        } else {
          snippet.append(document.createTextNode(part.text));
        }
      }
      button.append(title, snippet);
      button.addEventListener("click", () => open(hit));
      li.append(button);
      return li;
    }),
  );
}
