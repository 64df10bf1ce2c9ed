// Hearth's built-in sampling (Rust's SamplingParams::default) as the window receives it: what
// the mock shell serves and what the unit and Playwright tests expect a form to start from.
import type { Sampling } from "../src/ipc";

export const BUILTIN_SAMPLING: Sampling = {
  temperature: 0.3,
  topP: 0.9,
  topK: 40,
  repeatPenalty: 1.1,
  repeatLastN: 64,
  minP: 0,
  presencePenalty: 0,
  stop: [],
  maxTokens: 1024,
  seed: 299792458,
};
