import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Throttle } from "./throttle";

describe("Throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs at most once per interval however often it is asked", () => {
    const task = vi.fn();
    const throttle = new Throttle(task, 100);
    throttle.request();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      throttle.request();
      vi.advanceTimersByTime(10);
    }
    expect(task).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("flush runs a pending request at once, and only once", () => {
    const task = vi.fn();
    const throttle = new Throttle(task, 100);
    throttle.flush();
    throttle.request();
    throttle.flush();
    vi.advanceTimersByTime(500);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
