import type { SessionState } from "../turn/session-state";

/**
 * Where the user cut the last segment of this workout short, if they did (judged as the
 * request was read, conversation/heard.ts): they are still in that segment, not past it.
 */
export function cutShort(
  state: SessionState,
  workoutId: string,
): { readonly cutAfter: number } | undefined {
  const stretch = state.stretch;
  const end = stretch?.workoutId === workoutId ? stretch.end : undefined;
  return end && "cutAfter" in end ? end : undefined;
}
