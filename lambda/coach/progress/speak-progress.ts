import type { Voice } from "../../i18n/voice";
import { findWorkout } from "../catalog";
import { type Speech, SpeechBuilder } from "../speech/ssml-builder";
import { capitalize } from "../speech/text";
import { localDate, spokenDay } from "./calendar";
import { type ActivityEntry, SESSION_COUNTS, WEEKLY_TARGETS, type WeekSummary } from "./weekly";

const times = (v: Voice, n: number) =>
  n === 0
    ? v.say("progress.noneYet")
    : n === 1
      ? v.say("progress.once")
      : n === 2
        ? v.say("progress.twice")
        : v.say("progress.times", { count: v.number(n) });

/** "How am I doing this week?": the week against the guides' targets, a streak, one next step. */
export function speakWeek(v: Voice, week: WeekSummary): Speech {
  const b = new SpeechBuilder();
  if (week.sessions === 0 && week.minutes > 0) {
    // A few minutes here and there: counted as minutes, not as sessions.
    b.say(
      v.say("progress.onlyMinutesThisWeek", {
        minutes: v.count("minute", week.minutes),
        cardio: v.count("minute", SESSION_COUNTS.cardioMinutes),
        strength: v.count("move", SESSION_COUNTS.strengthMoves),
      }),
    );
    return b.say(v.say("progress.startSuggestion")).build();
  }
  if (week.sessions === 0) {
    b.say(v.say("progress.noneThisWeek"));
    if (week.weekStreak > 0) b.say(v.say("progress.activeLastWeek"));
    return b.say(v.say("progress.startSuggestion")).build();
  }
  const target = WEEKLY_TARGETS.minutes;
  b.say(
    v.say("progress.thisWeek", {
      times: times(v, week.sessions),
      minutes: v.count("minute", week.minutes),
    }),
  );
  b.say(
    week.minutes >= target
      ? v.say("progress.pastMinutesTarget", { target })
      : v.say("progress.towardMinutesTarget", { minutes: week.minutes, target }),
  );
  b.say(
    v.say("progress.sessionMix", {
      cardio: times(v, week.cardioSessions),
      strength: times(v, week.strengthSessions),
    }),
  );
  if (week.dayStreak >= 2) b.say(v.say("progress.dayStreak", { days: v.number(week.dayStreak) }));
  else if (week.weekStreak >= 2)
    b.say(v.say("progress.weekStreak", { weeks: v.number(week.weekStreak) }));
  return b.say(nextStep(v, week)).build();
}

/** The one next step the week calls for (said last, and shown on the week's screen). */
export function nextStep(v: Voice, week: WeekSummary): string {
  if (week.cardioSessions < WEEKLY_TARGETS.cardioSessions.min) return v.say("progress.nextCardio");
  if (week.strengthSessions < WEEKLY_TARGETS.strengthSessions.min)
    return v.say("progress.nextStrength");
  const target = WEEKLY_TARGETS.minutes;
  if (week.minutes < target)
    return v.say("progress.nextMinutes", { more: target - week.minutes, target });
  return v.say("progress.allTargets");
}

/** "Earlier today", "Yesterday", "On Tuesday": a sentence's opening, not "Last time, today". */
function whenWords(v: Voice, date: string, today: string): string {
  return date === today ? v.say("progress.earlierToday") : capitalize(spokenDay(v, date, today));
}

/** "What did I do last time?" */
export function speakLastWorkout(
  v: Voice,
  entry: ActivityEntry | undefined,
  nowIso: string,
  timeZone: string,
): Speech {
  const b = new SpeechBuilder();
  if (!entry) return b.say(v.say("progress.noWorkoutYet")).build();
  const workout = findWorkout(entry.workoutId);
  return b
    .say(
      v.say("progress.lastTime", {
        when: whenWords(v, localDate(entry.endedAt, timeZone), localDate(nowIso, timeZone)),
        minutes:
          entry.minutes < 1 ? v.say("progress.aFewMinutes") : v.count("minute", entry.minutes),
        title: workout ? v.workout(workout.id).title : v.say("progress.aWorkout"),
        outcome: entry.completed
          ? v.say("progress.finished")
          : v.say("progress.movesOf", {
              moves: v.count("move", entry.moves),
              total: v.number(entry.totalMoves),
            }),
      }),
    )
    .build();
}
