// Which version of a turn a message is ("2 / 3") and which siblings the arrows lead to.

export interface Version {
  /** 1-based position of the message among its versions. */
  position: number;
  count: number;
  previous: number | null;
  next: number | null;
}

export function versionOf(message: { id: number; alternatives: number[] }): Version {
  const index = message.alternatives.indexOf(message.id);
  if (index < 0) return { position: 1, count: 1, previous: null, next: null };
  const count = message.alternatives.length;
  return {
    position: index + 1,
    count,
    previous: index > 0 ? message.alternatives[index - 1] : null,
    next: index < count - 1 ? message.alternatives[index + 1] : null,
  };
}
