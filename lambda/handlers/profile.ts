import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import {
  acceptedRange,
  completeProfile,
  dailyCalorieTarget,
  describeProfile,
  kgToPounds,
  missingFields,
  type PartialProfile,
  type Profile,
  type ProfileField,
  type Speech,
  speakCalorieTarget,
  speakWeeksToLose,
  type UnitSystem,
} from "../coach";
import { fill } from "../coach/speech/fill";
import { LINES } from "../conversation/lines";
import { parseProfileAnswers, slotFor } from "../conversation/profile-slots";
import { isIntent } from "../conversation/requests";
import { ask, askForSlot, joinSpeech, type Say } from "../conversation/respond";
import { getState, type ProfileGoal, updateState } from "../conversation/session-state";
import { slotText } from "../conversation/slots";
import { unitsFor } from "../conversation/units";
import { offerNext } from "./answers";

const PROFILE_INTENT = {
  name: "UpdateProfileIntent",
  slots: [
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
  ],
} as const;

/** Asks for one profile field, as a dialog turn, after anything that should come first. */
function askFor(
  h: HandlerInput,
  field: ProfileField,
  units: UnitSystem,
  ...before: string[]
): Response {
  const question = LINES.profileQuestions[field];
  return askForSlot(
    h,
    [...before, question].join(" "),
    question,
    slotFor(field, units),
    PROFILE_INTENT,
  );
}

/** Why a value was not taken, with what would be ("I can use ages from 18 to 100."). */
function problemWith(field: ProfileField, units: UnitSystem): string {
  if (field === "sex" || field === "activity") return LINES.profileProblems[field];
  return fill(LINES.valueRange, { range: acceptedRange(field, units) });
}

function answer(goal: ProfileGoal, profile: Profile, units: UnitSystem): Speech {
  const target = dailyCalorieTarget(profile);
  return goal.kind === "calories"
    ? speakCalorieTarget(target, units)
    : speakWeeksToLose(goal.pounds, target);
}

/** Answers now if the profile is complete; otherwise starts asking for what is missing. */
function withProfile(h: HandlerInput, goal: ProfileGoal): Response {
  const units = unitsFor(h);
  const profile = getState(h).user.profile ?? {};
  const complete = completeProfile(profile);
  if (complete) return offerNext(h, answer(goal, complete, units));
  updateState(h, (state) => ({ ...state, profileGoal: goal }));
  const [first] = missingFields(profile);
  return askFor(h, first ?? "sex", units, LINES.profileIntro);
}

export function askCalorieTarget(h: HandlerInput): Response {
  return withProfile(h, { kind: "calories" });
}

export const CalorieTargetHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "CalorieTargetIntent"),
  handle: askCalorieTarget,
};

/** A sensible amount to lose, in pounds, from what was said; ten pounds when nothing usable was. */
function poundsToLose(h: HandlerInput): number {
  const pounds = Number(slotText(h, "pounds"));
  const kilos = Number(slotText(h, "kilos"));
  if (Number.isFinite(pounds) && pounds > 0) return Math.min(300, Math.round(pounds));
  if (Number.isFinite(kilos) && kilos > 0) return Math.min(300, Math.round(kgToPounds(kilos)));
  return 10;
}

/** "How long until I lose ten pounds?" */
export const WeightLossTimeHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "WeightLossTimeIntent"),
  handle: (h) => withProfile(h, { kind: "weeks", pounds: poundsToLose(h) }),
};

/**
 * Every answer in the profile dialog, and every correction ("update my weight to 75 kilos").
 * Valid values are kept; an invalid one is re-asked with the accepted range and never stored.
 */
export const UpdateProfileHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "UpdateProfileIntent"),
  handle(h): Response {
    const units = unitsFor(h);
    const { values, rejected } = parseProfileAnswers(h, units);
    const state = updateState(h, (s) => ({
      ...s,
      user: { ...s.user, profile: { ...s.user.profile, ...values } },
    }));
    const profile: PartialProfile = state.user.profile ?? {};
    const [problem] = rejected;
    if (problem) return askFor(h, problem, units, problemWith(problem, units));
    const goal = state.profileGoal;
    if (goal) {
      const [next] = missingFields(profile);
      if (next) return askFor(h, next, units, "Thanks.");
      const { profileGoal: _done, ...rest } = state;
      updateState(h, () => rest);
      const complete = completeProfile(profile);
      if (complete) return offerNext(h, answer(goal, complete, units));
    }
    // Confirm in the units the user just used ("75 kilos"), whatever the locale's default.
    const spokeMetric =
      slotText(h, "weightKilos") !== undefined || slotText(h, "heightCm") !== undefined;
    const noted = describeProfile(values, spokeMetric ? "metric" : units);
    if (!noted)
      return ask(
        h,
        `${LINES.fallback} ${LINES.changeHint} ${LINES.whatWouldYouLike}`,
        LINES.whatWouldYouLike,
      );
    const complete = completeProfile(profile);
    if (complete) {
      const target = dailyCalorieTarget(complete);
      const kcal = target.targetKcal.toLocaleString("en-US");
      return offerNext(h, `${fill(LINES.noted, { noted })} ${fill(LINES.targetNow, { kcal })}`);
    }
    const gotIt = fill(LINES.noted, { noted });
    return ask(h, `${gotIt} ${LINES.offerCalories}`, LINES.offerCalories, "calories");
  },
};

/** "What do you know about me?": the profile read back, and how to change it. */
export const ProfileReadHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "ProfileReadIntent"),
  handle(h): Response {
    const profile = getState(h).user.profile ?? {};
    const described = describeProfile(profile, unitsFor(h));
    const parts: Say[] = described
      ? [fill(LINES.profileReadBack, { profile: described }), LINES.changeHint]
      : [LINES.noProfile];
    const question = completeProfile(profile) ? LINES.offerTip : LINES.offerCalories;
    return ask(
      h,
      joinSpeech(...parts, question),
      question,
      completeProfile(profile) ? "tip" : "calories",
    );
  },
};

/** "What do you store about me?" */
export const StoredDataHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "StoredDataIntent"),
  handle: (h) => ask(h, `${LINES.whatIStore} ${LINES.whatWouldYouLike}`, LINES.whatWouldYouLike),
};
