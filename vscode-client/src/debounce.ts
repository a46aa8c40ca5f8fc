/** Runs `action` once, `delayMs` after the last of a burst of calls (keystrokes, here). */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly action: () => void, private delayMs: number) {}

  call(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.action();
    }, this.delayMs);
  }

  setDelay(delayMs: number): void {
    this.delayMs = delayMs;
  }

  cancel(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }
}
