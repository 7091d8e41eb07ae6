import { findWorkout } from "../catalog";
import { numberWords, plural } from "../speech/numbers";
import { type Speech, SpeechBuilder } from "../speech/ssml-builder";
import { localDate, spokenDay } from "./calendar";
import { type ActivityEntry, WEEKLY_TARGETS, type WeekSummary } from "./weekly";

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${numberWords(n)} times`);

/** "How am I doing this week?": the week against the guides' targets, a streak, one next step. */
export function speakWeek(week: WeekSummary): Speech {
  const b = new SpeechBuilder();
  if (week.sessions === 0) {
    b.say("You haven't worked out yet this week.");
    if (week.weekStreak > 0) b.say("You were active last week, so let's keep that going.");
    return b.say("A fifteen-minute back fat blaster today would be a great start.").build();
  }
  b.say(
    `This week you've worked out ${times(week.sessions)}, ${plural(week.minutes, "minute")} in all.`,
  );
  b.say(
    week.minutes >= WEEKLY_TARGETS.minutes
      ? `That's past the ${WEEKLY_TARGETS.minutes} minutes a week to aim for. Brilliant.`
      : `That's ${week.minutes} of the ${WEEKLY_TARGETS.minutes} minutes a week to aim for.`,
  );
  b.say(
    `Cardio: ${times(week.cardioSessions)}, of three or four. Back strength: ${times(week.strengthSessions)}, of two or three.`,
  );
  if (week.dayStreak >= 2)
    b.say(`You've been active ${numberWords(week.dayStreak)} days in a row.`);
  else if (week.weekStreak >= 2) b.say(`That's ${numberWords(week.weekStreak)} weeks running.`);
  return b.say(nextStep(week)).build();
}

function nextStep(week: WeekSummary): string {
  if (week.cardioSessions < WEEKLY_TARGETS.cardioSessions.min) {
    return "Next step: another cardio workout of thirty minutes or more, like the thirty-minute back fat blaster or HIIT.";
  }
  if (week.strengthSessions < WEEKLY_TARGETS.strengthSessions.min) {
    return "Next step: a back strength session, like dumbbell back and shoulders.";
  }
  if (week.minutes < WEEKLY_TARGETS.minutes) {
    return `Next step: ${WEEKLY_TARGETS.minutes - week.minutes} more minutes gets you to ${WEEKLY_TARGETS.minutes}.`;
  }
  return "You've hit every target this week. Keep it steady, and take a rest day when you need one.";
}

/** "What did I do last time?" */
export function speakLastWorkout(
  entry: ActivityEntry | undefined,
  nowIso: string,
  timeZone: string,
): Speech {
  const b = new SpeechBuilder();
  if (!entry) return b.say("You haven't done a workout with me yet.").build();
  const title = findWorkout(entry.workoutId)?.title ?? "a workout";
  const when = spokenDay(localDate(entry.endedAt, timeZone), localDate(nowIso, timeZone));
  const minutes = entry.minutes < 1 ? "a few minutes" : plural(entry.minutes, "minute");
  const outcome = entry.completed ? "and finished it" : "and stopped partway";
  return b.say(`Last time, ${when}, you did ${minutes} of ${title}, ${outcome}.`).build();
}
