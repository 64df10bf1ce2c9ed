// The sidebar's search box: results from the store's full-text search, snippets built with
// DOM text nodes (never HTML), a click opens the conversation at the message.

import { byId as el } from "./dom";
import { t } from "./i18n";
import { type SearchHit, searchMessages } from "./ipc";
import { showError } from "./notices";

/** A query typed without Latin diacritics ("pho") also finds text with them ("phở");
 * one typed with them ("phở") matches exactly. Japanese marks are not affected. */
export function ignoresDiacritics(query: string): boolean {
  const decomposed = query.normalize("NFD");
  return !/[\u0300-\u036f]/.test(decomposed) && !/[đĐ]/.test(query);
}

export function renderResults(list: HTMLUListElement, hits: SearchHit[], open: (hit: SearchHit) => void): void {
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
      title.dir = "auto";
      title.textContent = hit.conversationTitle;
      const snippet = document.createElement("span");
      snippet.className = "search-snippet";
      snippet.dir = "auto";
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

/** Runs the search as the user types (debounced); while there is a query its results replace the list. */
export function attachSearch(open: (hit: SearchHit) => void): void {
  const box = el<HTMLInputElement>("search");
  const results = el<HTMLUListElement>("search-results");
  const list = el<HTMLUListElement>("conversation-list");
  const empty = el<HTMLParagraphElement>("conversation-empty");
  let timer: number | undefined;
  let latest = 0;
  const run = async () => {
    const query = box.value.trim();
    const showing = query !== "";
    results.hidden = !showing;
    list.hidden = showing;
    el<HTMLElement>("conversations-heading").hidden = showing;
    if (!showing) {
      empty.hidden = list.childElementCount > 0;
      return;
    }
    empty.hidden = true;
    const ticket = ++latest;
    const hits = await searchMessages(query, ignoresDiacritics(query));
    // A slower, older query must not overwrite a newer one's results.
    if (ticket !== latest) return;
    renderResults(results, hits, open);
  };
  box.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run().catch(showError), 150);
  });
}
