// What the window is showing and doing right now, shared by the sidebar and the thread.
export const session: { conversation: number | null; generating: boolean } = {
  conversation: null,
  generating: false,
};
