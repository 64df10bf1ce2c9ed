// Enter sends, Shift+Enter is a newline, and nothing is sent while an IME is composing.
// WebKit reports the Enter that confirms a Japanese/Vietnamese composition with
// `isComposing = false` and keyCode 229, and fires `compositionend` before it, so all
// three signals are checked.

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

export class ImeGuard {
  private composing = false;
  private endedAt = -Infinity;

  constructor(private readonly now: () => number = () => performance.now()) {}

  start(): void {
    this.composing = true;
  }

  end(): void {
    this.composing = false;
    this.endedAt = this.now();
  }

  /** True when this keydown should send the message. */
  shouldSend(event: KeyLike): boolean {
    if (event.key !== "Enter" || event.shiftKey) return false;
    if (event.isComposing || event.keyCode === 229 || this.composing) return false;
    // The confirming Enter arrives right after compositionend in WebKit.
    return this.now() - this.endedAt > 50;
  }

  attach(el: HTMLElement, send: () => void): void {
    el.addEventListener("compositionstart", () => this.start());
    el.addEventListener("compositionend", () => this.end());
    el.addEventListener("keydown", (event) => {
      if (this.shouldSend(event)) {
        event.preventDefault();
        send();
      } else if (event.key === "Enter" && !event.shiftKey) {
        // Enter during composition belongs to the IME, never to the form.
        if (event.isComposing || event.keyCode === 229 || this.composing) return;
        event.preventDefault();
      }
    });
  }
}

/** Grows a textarea with its text, up to a limit set in CSS (max-height). */
export function autoGrow(el: HTMLTextAreaElement): void {
  el.style.height = "auto";
  el.style.height = `${el.scrollHeight}px`;
}
