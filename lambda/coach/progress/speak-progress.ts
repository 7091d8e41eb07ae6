import words from "../../content/en-US.words.json" with { type: "json" };
import { findWorkout } from "../catalog";
import { fill } from "../speech/fill";
import { numberWords, plural } from "../speech/numbers";
import { type Speech, SpeechBuilder } from "../speech/ssml-builder";
import { localDate, spokenDay } from "./calendar";
import { type ActivityEntry, WEEKLY_TARGETS, type WeekSummary } from "./weekly";

/** The sentences: the progress section of lambda/content/en-US.words.json. */
const LINES: Readonly<typeof words.progress> = words.progress;

const times = (n: number) =>
  n === 1 ? LINES.once : n === 2 ? LINES.twice : fill(LINES.times, { count: numberWords(n) });

/** "How am I doing this week?": the week against the guides' targets, a streak, one next step. */
export function speakWeek(week: WeekSummary): Speech {
  const b = new SpeechBuilder();
  if (week.sessions === 0) {
    b.say(LINES.noneThisWeek);
    if (week.weekStreak > 0) b.say(LINES.activeLastWeek);
    return b.say(LINES.startSuggestion).build();
  }
  const target = WEEKLY_TARGETS.minutes;
  b.say(
    fill(LINES.thisWeek, { times: times(week.sessions), minutes: plural(week.minutes, "minute") }),
  );
  b.say(
    week.minutes >= target
      ? fill(LINES.pastMinutesTarget, { target })
      : fill(LINES.towardMinutesTarget, { minutes: week.minutes, target }),
  );
  b.say(
    fill(LINES.sessionMix, {
      cardio: times(week.cardioSessions),
      strength: times(week.strengthSessions),
    }),
  );
  if (week.dayStreak >= 2) b.say(fill(LINES.dayStreak, { days: numberWords(week.dayStreak) }));
  else if (week.weekStreak >= 2)
    b.say(fill(LINES.weekStreak, { weeks: numberWords(week.weekStreak) }));
  return b.say(nextStep(week)).build();
}

function nextStep(week: WeekSummary): string {
  if (week.cardioSessions < WEEKLY_TARGETS.cardioSessions.min) return LINES.nextCardio;
  if (week.strengthSessions < WEEKLY_TARGETS.strengthSessions.min) return LINES.nextStrength;
  const target = WEEKLY_TARGETS.minutes;
  if (week.minutes < target)
    return fill(LINES.nextMinutes, { more: target - week.minutes, target });
  return LINES.allTargets;
}

/** "What did I do last time?" */
export function speakLastWorkout(
  entry: ActivityEntry | undefined,
  nowIso: string,
  timeZone: string,
): Speech {
  const b = new SpeechBuilder();
  if (!entry) return b.say(LINES.noWorkoutYet).build();
  return b
    .say(
      fill(LINES.lastTime, {
        when: spokenDay(localDate(entry.endedAt, timeZone), localDate(nowIso, timeZone)),
        minutes: entry.minutes < 1 ? LINES.aFewMinutes : plural(entry.minutes, "minute"),
        title: findWorkout(entry.workoutId)?.title ?? LINES.aWorkout,
        outcome: entry.completed ? LINES.finished : LINES.stoppedPartway,
      }),
    )
    .build();
}
