// The window's elements by id, typed by the caller (every id used is in index.html).
export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
