import type { Voice } from "../../i18n/voice";
import { WEEKLY_TARGETS } from "../progress/weekly";
import type { WeekSoFar } from "./plan-input";
import type { TodaysPick } from "./todays-pick";

/** The figures a reason may say: the week so far, as the pick was made. */
export type PickWeek = Pick<WeekSoFar, "cardio" | "strength" | "minutes">;

/** "no cardio yet", "one cardio session", "two back strength sessions". */
function sessions(v: Voice, kind: "cardio" | "strength", n: number): string {
  if (n === 0) return v.say(`plan.${kind}.none`);
  if (n === 1) return v.say(`plan.${kind}.one`);
  return v.say(`plan.${kind}.other`, { count: v.number(n) });
}

/**
 * The one sentence that says why today's pick is what it is, from the week so far ("So far
 * this week: one cardio session and two back strength sessions. Let's get your cardio in.").
 * A rest day's sentence also says what light thing to do instead.
 */
export function speakPickReason(v: Voice, pick: TodaysPick, week: PickWeek): string {
  return v.say(`plan.reason.${pick.reason}`, {
    cardio: sessions(v, "cardio", week.cardio),
    strength: sessions(v, "strength", week.strength),
    // A week holds at most 10,080 minutes; the figure is said up to 9,999.
    minutes: v.count("minute", Math.min(week.minutes, 9999)),
    target: v.number(WEEKLY_TARGETS.minutes),
  });
}
