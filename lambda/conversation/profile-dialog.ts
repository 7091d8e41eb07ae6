import { dailyCalorieTarget } from "../coach/nutrition/calories";
import type { Profile } from "../coach/nutrition/profile";
import {
  acceptedRange,
  completeProfile,
  missingFields,
  type ProfileField,
} from "../coach/nutrition/profile-input";
import { speakCalorieTarget, speakWeeksToLose } from "../coach/nutrition/speak-nutrition";
import type { Speech } from "../coach/speech/ssml-builder";
import { say, voice } from "../i18n/voice";
import { calorieScreen } from "../screens/card-screens";
import type { ProfileGoal, SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { offerNext } from "./moves";
import { slotFor } from "./profile-slots";
import {
  askForSlot,
  type Outcome,
  type Reply,
  remembered,
  type SlotElicitation,
  showing,
} from "./reply";

/** The dialog intent whose slots collect the profile, one answer at a time. */
export const PROFILE_INTENT = "UpdateProfileIntent";
export const PROFILE_SLOTS = [
  "sex",
  "age",
  "heightFeet",
  "heightInches",
  "heightCm",
  "weight",
  "weightPounds",
  "weightKilos",
  "activity",
  "workoutsPerWeek",
] as const;

/** Asks for one profile field, as a dialog turn, after anything that should come first. */
export function askFor(turn: Turn, field: ProfileField, ...before: string[]): Reply {
  const question = say(turn.locale, `skill.profileQuestions.${field}`);
  const elicit: SlotElicitation = {
    intent: PROFILE_INTENT,
    slot: slotFor(field, turn.units),
    slots: PROFILE_SLOTS,
  };
  return askForSlot([...before, question].join(" "), question, elicit);
}

/** Why a value was not taken, with what would be ("I can use ages from 18 to 100."). */
export function problemWith(turn: Turn, field: ProfileField): string {
  const v = voice(turn.locale);
  if (field === "sex" || field === "activity") return v.say(`skill.profileProblems.${field}`);
  return v.say("skill.valueRange", { range: acceptedRange(v, field, turn.units) });
}

function answer(turn: Turn, goal: ProfileGoal, profile: Profile): Speech {
  const v = voice(turn.locale);
  const target = dailyCalorieTarget(profile);
  return goal.kind === "calories"
    ? speakCalorieTarget(v, target, turn.units)
    : speakWeeksToLose(v, goal.pounds, target, profile, turn.units);
}

/** The goal's answer from a complete profile, remembered for "repeat". */
export function answerGoal(
  turn: Turn,
  state: SessionState,
  goal: ProfileGoal,
  profile: Profile,
): Reply {
  const reply = remembered(offerNext(turn, state, "tip", answer(turn, goal, profile)), goal);
  return goal.kind === "calories"
    ? showing(reply, () => calorieScreen(voice(turn.locale), dailyCalorieTarget(profile)))
    : reply;
}

/**
 * The dialog's question again, after help or a miss while it waits for a value: what it is for
 * and the question, sent as the same dialog turn so the next bare answer still fills it.
 * Undefined when no dialog is under way.
 */
export function dialogAgain(
  turn: Turn,
  state: SessionState,
  ...before: string[]
): Reply | undefined {
  if (!state.profileGoal) return undefined;
  const [next] = missingFields(state.user.profile ?? {});
  if (!next) return undefined;
  return askFor(turn, next, ...before, say(turn.locale, "skill.profileHelp"));
}

/** Answers now if the profile is complete; otherwise starts asking for what is missing. */
export function withProfile(turn: Turn, state: SessionState, goal: ProfileGoal): Outcome {
  const profile = state.user.profile ?? {};
  const complete = completeProfile(profile);
  if (complete) return { state, reply: answerGoal(turn, state, goal, complete) };
  const [first] = missingFields(profile);
  return {
    state: { ...state, profileGoal: goal },
    // "A few details" only when there are a few to ask for.
    reply: askFor(
      turn,
      first ?? "sex",
      say(
        turn.locale,
        missingFields(profile).length === 1 ? "skill.profileIntroOne" : "skill.profileIntro",
      ),
    ),
  };
}
