/** A status lifecycle: which moves are allowed from each status. Nothing else is. */
export interface Lifecycle<S extends string> {
  statuses: readonly S[];
  /** The statuses one may move to from `from`. */
  next(from: S): readonly S[];
  /** Why the move is refused (naming the allowed ones), or null when it is allowed. */
  refusal(from: S, to: S): string | null;
  isFinal(status: S): boolean;
  /** The refused move as an error code (`<concept>.move_not_allowed` or `<concept>.status_final`) and its params. */
  violation(from: S, to: S): { code: string; params: { from: S; to: S; allowed: readonly S[] } } | null;
}

/** `concept` prefixes the error codes of refused moves (`recognition` -> `recognition.move_not_allowed`). */
export function defineLifecycle<S extends string>(
  what: string,
  moves: Record<S, readonly S[]>,
  concept = what.split(' ')[0],
): Lifecycle<S> {
  const statuses = Object.keys(moves) as S[];
  return {
    statuses,
    violation(from, to) {
      if (moves[from]?.includes(to)) return null;
      const allowed = moves[from] ?? [];
      return {
        code: allowed.length ? `${concept}.move_not_allowed` : `${concept}.status_final`,
        params: { from, to, allowed },
      };
    },
    next: (from) => moves[from] ?? [],
    refusal(from, to) {
      if (!statuses.includes(to)) return `${to} is not a status of a ${what}`;
      if (moves[from]?.includes(to)) return null;
      const allowed = moves[from] ?? [];
      return allowed.length
        ? `A ${what} cannot move from ${from} to ${to}; from ${from} it can move to ${allowed.join(', ')}`
        : `A ${what} that is ${from} cannot move any more`;
    },
    isFinal: (status) => (moves[status] ?? []).length === 0,
  };
}
