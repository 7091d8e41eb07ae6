import words from "../../content/en-US.words.json" with { type: "json" };
import { findWorkout } from "../catalog";
import { fill } from "../speech/fill";
import { numberWords, plural } from "../speech/numbers";
import { type Speech, SpeechBuilder } from "../speech/ssml-builder";
import { localDate, spokenDay } from "./calendar";
import { type ActivityEntry, WEEKLY_TARGETS, type WeekSummary } from "./weekly";

/** The sentences: the progress section of lambda/content/en-US.words.json. */
const W: Readonly<typeof words.progress> = words.progress;

const times = (n: number) =>
  n === 1 ? W.once : n === 2 ? W.twice : fill(W.times, { count: numberWords(n) });

/** "How am I doing this week?": the week against the guides' targets, a streak, one next step. */
export function speakWeek(week: WeekSummary): Speech {
  const b = new SpeechBuilder();
  if (week.sessions === 0) {
    b.say(W.noneThisWeek);
    if (week.weekStreak > 0) b.say(W.activeLastWeek);
    return b.say(W.startSuggestion).build();
  }
  const target = WEEKLY_TARGETS.minutes;
  b.say(fill(W.thisWeek, { times: times(week.sessions), minutes: plural(week.minutes, "minute") }));
  b.say(
    week.minutes >= target
      ? fill(W.pastMinutesTarget, { target })
      : fill(W.towardMinutesTarget, { minutes: week.minutes, target }),
  );
  b.say(
    fill(W.sessionMix, {
      cardio: times(week.cardioSessions),
      strength: times(week.strengthSessions),
    }),
  );
  if (week.dayStreak >= 2) b.say(fill(W.dayStreak, { days: numberWords(week.dayStreak) }));
  else if (week.weekStreak >= 2) b.say(fill(W.weekStreak, { weeks: numberWords(week.weekStreak) }));
  return b.say(nextStep(week)).build();
}

function nextStep(week: WeekSummary): string {
  if (week.cardioSessions < WEEKLY_TARGETS.cardioSessions.min) return W.nextCardio;
  if (week.strengthSessions < WEEKLY_TARGETS.strengthSessions.min) return W.nextStrength;
  const target = WEEKLY_TARGETS.minutes;
  if (week.minutes < target) return fill(W.nextMinutes, { more: target - week.minutes, target });
  return W.allTargets;
}

/** "What did I do last time?" */
export function speakLastWorkout(
  entry: ActivityEntry | undefined,
  nowIso: string,
  timeZone: string,
): Speech {
  const b = new SpeechBuilder();
  if (!entry) return b.say(W.noWorkoutYet).build();
  return b
    .say(
      fill(W.lastTime, {
        when: spokenDay(localDate(entry.endedAt, timeZone), localDate(nowIso, timeZone)),
        minutes: entry.minutes < 1 ? W.aFewMinutes : plural(entry.minutes, "minute"),
        title: findWorkout(entry.workoutId)?.title ?? W.aWorkout,
        outcome: entry.completed ? W.finished : W.stoppedPartway,
      }),
    )
    .build();
}
