import { describe, expect, it } from "vitest";
import { versionOf } from "./alternatives";

describe("versionOf", () => {
  it("has no arrows for a message without alternatives", () => {
    expect(versionOf({ id: 7, alternatives: [7] })).toEqual({ position: 1, count: 1, previous: null, next: null });
  });

  it("counts from one and points at both neighbours in the middle", () => {
    expect(versionOf({ id: 9, alternatives: [4, 9, 12] })).toEqual({ position: 2, count: 3, previous: 4, next: 12 });
  });

  it("has no next after the newest and no previous before the oldest", () => {
    expect(versionOf({ id: 12, alternatives: [4, 9, 12] })).toEqual({ position: 3, count: 3, previous: 9, next: null });
    expect(versionOf({ id: 4, alternatives: [4, 9, 12] })).toEqual({ position: 1, count: 3, previous: null, next: 9 });
  });

  it("treats a message missing from its own list as the only version", () => {
    expect(versionOf({ id: 5, alternatives: [] })).toEqual({ position: 1, count: 1, previous: null, next: null });
    expect(versionOf({ id: 5, alternatives: [1, 2] })).toEqual({ position: 1, count: 1, previous: null, next: null });
  });
});
