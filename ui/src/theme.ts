// Light, dark, or whatever the system uses (the default). The choice is kept in localStorage
// and shown as `data-theme` on <html>, where styles.css picks the palette and color-scheme.
// index.html applies the stored choice before the first paint; this module keeps it after.

export type Theme = "system" | "light" | "dark";

export const THEME_KEY = "hearth.theme";

const THEMES: readonly Theme[] = ["system", "light", "dark"];

const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/** The stored choice; anything else (nothing stored, an old or odd value) follows the system. */
export function storedTheme(storage: Pick<Storage, "getItem"> = localStorage): Theme {
  const value = storage.getItem(THEME_KEY);
  return isTheme(value) ? value : "system";
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** Fills the theme menu (its options carry their own Fluent ids) and keeps the choice. */
export function attachTheme(picker: HTMLSelectElement): void {
  const theme = storedTheme();
  applyTheme(theme);
  picker.value = theme;
  picker.addEventListener("change", () => {
    if (!isTheme(picker.value)) return;
    localStorage.setItem(THEME_KEY, picker.value);
    applyTheme(picker.value);
  });
}
