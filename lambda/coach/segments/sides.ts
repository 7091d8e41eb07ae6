/** One-sided moves are counted right side first, then left. */
export const SIDES = ["Right side.", "Left side."] as const;

/** Time to change sides on a one-sided move before the count starts again. */
export const SWITCH_SIDES_SECONDS = 4;
