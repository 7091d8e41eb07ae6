import { nextStep } from "../coach/progress/speak-progress";
import { WEEKLY_TARGETS, type WeekSummary } from "../coach/progress/weekly";
import type { Voice } from "../i18n/voice";
import type { Screen } from "./screen";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * "How am I doing this week?" at a glance: minutes against the weekly target, a bar per day
 * (Monday first, today marked), the streak and the one next step the spoken answer ends on.
 */
export function weekScreen(v: Voice, week: WeekSummary): Screen {
  const busiest = Math.max(1, ...week.dayMinutes);
  // Today's place in the week: Monday is 0 (the summary's days start on Monday).
  const todayIndex = (new Date(`${week.today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const streak =
    week.dayStreak >= 2
      ? v.say("screen.dayStreak", { days: week.dayStreak })
      : week.weekStreak >= 2
        ? v.say("screen.weekStreak", { weeks: week.weekStreak })
        : "";
  return {
    document: "week",
    data: {
      kicker: v.say("screen.thisWeek"),
      heading: v.say("screen.weekMinutes", {
        minutes: week.minutes,
        target: WEEKLY_TARGETS.minutes,
      }),
      sessions: v.say("screen.sessions", {
        sessions: week.sessions,
        cardio: week.cardioSessions,
        strength: week.strengthSessions,
      }),
      days: DAYS.map((day, i) => ({
        label: v.say(`screen.days.${day}`),
        minutes: week.dayMinutes[i] ?? 0,
        percent: Math.round(((week.dayMinutes[i] ?? 0) / busiest) * 100),
        today: i === todayIndex,
      })),
      streak,
      next: nextStep(v, week),
    },
  };
}
