import { getWorkout } from "../coach/catalog";
import { speakPickReason } from "../coach/plan/speak-pick";
import { announcedMinutes } from "../coach/segments/estimates";
import { type Voice, voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { OfferedPick, SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { ask, type Part, type Reply } from "./reply";

/** "Shall we start the back fat blaster, about sixteen minutes?", at the user's pace. */
export function pickQuestion(v: Voice, state: SessionState, workoutId: string): string {
  const minutes = announcedMinutes(v, getWorkout(workoutId), paceOf(state.user));
  return v.say("skill.startNow", {
    title: v.workout(workoutId).title,
    length: v.duration(minutes * 60),
  });
}

/** The pick said: the reason, then the offer; for rest, the reason (with its walk) and "Anything else?". */
export function pickReply(
  turn: Turn,
  state: SessionState,
  offered: OfferedPick,
  ...before: Part[]
): Reply {
  const v = voice(turn.locale);
  const reason = speakPickReason(v, offered.pick, offered.week);
  if ("rest" in offered.pick)
    return ask(
      [...before, reason, v.say("skill.anythingElse")],
      v.say("skill.anythingElseReprompt"),
      "anythingElse",
    );
  const { workoutId } = offered.pick;
  return ask(
    [...before, reason, pickQuestion(v, state, workoutId)],
    v.say("choose.offerForReprompt", { title: v.workout(workoutId).title }),
    "todaysPick",
  );
}
