// Light, dark, or whatever the system uses (the default). The choice is kept in localStorage;
// <html data-theme> shows the effective theme, always "light" or "dark", from which styles.css
// picks the palette and color-scheme. "system" is resolved here, and again whenever the system
// switches. index.html applies the same resolution before the first paint; this module keeps it after.

export type Theme = "system" | "light" | "dark";

/** What a choice comes to: the palette on screen. */
export type EffectiveTheme = Exclude<Theme, "system">;

export const THEME_KEY = "hearth.theme";

/** The system's preference, as index.html also asks it. */
export const SYSTEM_DARK = "(prefers-color-scheme: dark)";

const THEMES: readonly Theme[] = ["system", "light", "dark"];

const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/** The stored choice; anything else (nothing stored, an old or odd value) follows the system. */
export function storedTheme(storage: Pick<Storage, "getItem"> = localStorage): Theme {
  const value = storage.getItem(THEME_KEY);
  return isTheme(value) ? value : "system";
}

/** The theme on screen for a choice, given whether the system is dark. */
export function resolveTheme(theme: Theme, systemDark: boolean): EffectiveTheme {
  if (theme !== "system") return theme;
  return systemDark ? "dark" : "light";
}

export function applyTheme(theme: Theme, systemDark = matchMedia(SYSTEM_DARK).matches): void {
  document.documentElement.dataset.theme = resolveTheme(theme, systemDark);
}

/** Fills the theme menu (its options carry their own Fluent ids), keeps the choice, and while
 *  it is "system" follows the system's switches between light and dark. */
export function attachTheme(picker: HTMLSelectElement): void {
  const system = matchMedia(SYSTEM_DARK);
  let theme = storedTheme();
  applyTheme(theme, system.matches);
  picker.value = theme;
  picker.addEventListener("change", () => {
    if (!isTheme(picker.value)) return;
    theme = picker.value;
    localStorage.setItem(THEME_KEY, theme);
    applyTheme(theme, system.matches);
  });
  system.addEventListener("change", () => applyTheme(theme, system.matches));
}
