// A small pop-up menu (the conversation "⋯" menu, the data menu): opened by a button, moved
// through with the arrow keys, closed by Escape, Tab, a click elsewhere or a choice, after
// which the focus goes back to the button.
import { t } from "./i18n";

export interface MenuItem {
  /** Fluent id of the item's text. */
  label: string;
  run: () => void;
  disabled?: boolean;
  testid?: string;
  /** Drawn after a line that sets it apart from the items before it. */
  divider?: boolean;
}

let open: { menu: HTMLUListElement; anchor: HTMLElement } | null = null;

export function closeMenu(refocus = false): void {
  if (!open) return;
  const { menu, anchor } = open;
  open = null;
  menu.remove();
  anchor.setAttribute("aria-expanded", "false");
  if (refocus) anchor.focus();
}

/** Puts the menu under (or above) its button, lined up with the button's inline-start edge. */
function place(menu: HTMLElement, anchor: HTMLElement): void {
  const at = anchor.getBoundingClientRect();
  const size = menu.getBoundingClientRect();
  const below = at.bottom + 4 + size.height <= window.innerHeight;
  const start = getComputedStyle(anchor).direction === "rtl" ? at.right - size.width : at.left;
  menu.style.top = `${below ? at.bottom + 4 : Math.max(4, at.top - 4 - size.height)}px`;
  menu.style.left = `${Math.max(4, Math.min(start, window.innerWidth - size.width - 4))}px`;
}

function move(menu: HTMLElement, key: string): void {
  const items = [...menu.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    key === "Home"
      ? 0
      : key === "End"
        ? items.length - 1
        : key === "ArrowDown"
          ? (at + 1) % items.length
          : (at - 1 + items.length) % items.length;
  items[next].focus();
}

/** Opens `items` under `anchor` (a button with aria-haspopup="menu"); a second call on the same anchor closes it. */
export function toggleMenu(anchor: HTMLElement, label: string, items: MenuItem[]): void {
  const same = open?.anchor === anchor;
  closeMenu();
  if (same) return;
  const menu = document.createElement("ul");
  menu.className = "menu";
  menu.setAttribute("role", "menu");
  menu.setAttribute("aria-label", label);
  for (const item of items) {
    if (item.divider) {
      const line = document.createElement("li");
      line.setAttribute("role", "separator");
      line.className = "menu-divider";
      menu.append(line);
    }
    const li = document.createElement("li");
    li.setAttribute("role", "none");
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("role", "menuitem");
    button.textContent = t(item.label);
    button.disabled = item.disabled ?? false;
    if (item.testid) button.dataset.testid = item.testid;
    button.addEventListener("click", () => {
      closeMenu(true);
      item.run();
    });
    li.append(button);
    menu.append(li);
  }
  menu.addEventListener("keydown", (event) => {
    if (["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key)) {
      event.preventDefault();
      move(menu, event.key);
    } else if (event.key === "Escape") {
      event.preventDefault();
      closeMenu(true);
    } else if (event.key === "Tab") {
      closeMenu();
    }
  });
  // Inside the button's landmark (the sidebar, the main area), so it is read as part of it.
  (anchor.closest("aside, main") ?? document.body).append(menu);
  place(menu, anchor);
  anchor.setAttribute("aria-expanded", "true");
  open = { menu, anchor };
  move(menu, "Home");
}

document.addEventListener("pointerdown", (event) => {
  if (!open) return;
  const target = event.target as Node;
  if (!open.menu.contains(target) && !open.anchor.contains(target)) closeMenu();
});
window.addEventListener("resize", () => closeMenu());
