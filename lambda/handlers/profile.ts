import { dailyCalorieTarget } from "../coach/nutrition/calories";
import {
  completeProfile,
  describeProfile,
  missingFields,
  type PartialProfile,
} from "../coach/nutrition/profile-input";
import { kgToPounds } from "../coach/nutrition/units";
import { offerNext } from "../conversation/moves";
import { answerGoal, askFor, problemWith, withProfile } from "../conversation/profile-dialog";
import { parseProfileAnswers } from "../conversation/profile-slots";
import { ask, type Part, withLead } from "../conversation/reply";
import { storedDataReply } from "../conversation/said-again";
import { slotText } from "../conversation/slots";
import { voice } from "../i18n/voice";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

export const calorieTarget: Handler = {
  intents: ["CalorieTargetIntent"],
  handle: (turn) => withProfile(turn, turn.state, { kind: "calories" }),
};

/** A sensible amount to lose, in pounds, from what was said; ten pounds when nothing usable was. */
function poundsToLose(turn: Turn): number {
  const pounds = Number(slotText(turn, "pounds"));
  const kilos = Number(slotText(turn, "kilos"));
  if (Number.isFinite(pounds) && pounds > 0) return Math.max(1, Math.min(300, Math.round(pounds)));
  if (Number.isFinite(kilos) && kilos > 0)
    return Math.max(1, Math.min(300, Math.round(kgToPounds(kilos))));
  return 10;
}

/** "How long until I lose ten pounds?" */
export const weightLossTime: Handler = {
  intents: ["WeightLossTimeIntent"],
  handle: (turn) => withProfile(turn, turn.state, { kind: "weeks", pounds: poundsToLose(turn) }),
};

/**
 * Every answer in the profile dialog, and every correction ("update my weight to 75 kilos").
 * Valid values are kept; an invalid one is re-asked with the accepted range and never stored.
 */
export const updateProfile: Handler = {
  intents: ["UpdateProfileIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    const { values, rejected } = parseProfileAnswers(turn, turn.units);
    const profile: PartialProfile = { ...turn.state.user.profile, ...values };
    let state = { ...turn.state, user: { ...turn.state.user, profile } };
    const [problem] = rejected;
    if (problem) return { state, reply: askFor(turn, problem, problemWith(turn, problem)) };
    const goal = state.profileGoal;
    if (goal) {
      const lead = inDialogLead(turn, values);
      const [next] = missingFields(profile);
      if (next) return { state, reply: askFor(turn, next, lead) };
      const { profileGoal: _done, ...rest } = state;
      state = rest;
      const complete = completeProfile(profile);
      if (complete) {
        // The answer itself says the values were taken; a correction is read back before it.
        const answered = answerGoal(turn, state, goal, complete);
        const thanked = lead === v.say("skill.thanks");
        return { state, reply: thanked ? answered : withLead([lead], answered) };
      }
    }
    const noted = readBack(turn, values);
    if (!noted) {
      const again = `${v.say("skill.fallback")} ${v.say("skill.changeHint")} ${v.say("skill.whatWouldYouLike")}`;
      return { state, reply: ask(again, v.say("skill.whatWouldYouLike")) };
    }
    const complete = completeProfile(profile);
    const gotIt = v.say("skill.noted", { noted });
    if (complete) {
      const kcal = v.figure(dailyCalorieTarget(complete).targetKcal);
      return {
        state,
        reply: offerNext(turn, state, "tip", `${gotIt} ${v.say("skill.targetNow", { kcal })}`),
      };
    }
    return {
      state,
      reply: ask(
        `${gotIt} ${v.say("skill.offerCalories")}`,
        v.say("skill.offerCalories"),
        "calories",
      ),
    };
  },
};

/**
 * In the dialog, the answer to the question asked is thanked; anything else (a correction,
 * "actually I'm 43", or another value said instead, "change my activity to very active") is
 * read back, so the user hears which value changed.
 */
function inDialogLead(turn: Turn, values: PartialProfile): string {
  const v = voice(turn.locale);
  const [asked] = missingFields(turn.state.user.profile ?? {});
  const said = Object.keys(values);
  if (said.length === 1 && said[0] === asked) return v.say("skill.thanks");
  const noted = readBack(turn, values);
  return noted ? v.say("skill.noted", { noted }) : v.say("skill.thanks");
}

/**
 * The values just given, as they are read back: in the units the user just used ("75 kilos"),
 * whatever the locale's default; an age on its own is just the number ("Got it: 43.").
 */
function readBack(turn: Turn, values: PartialProfile): string | undefined {
  const v = voice(turn.locale);
  const { ageYears, ...others } = values;
  if (ageYears !== undefined && Object.keys(others).length === 0) return String(ageYears);
  const spokeMetric =
    slotText(turn, "weightKilos") !== undefined || slotText(turn, "heightCm") !== undefined;
  return describeProfile(v, values, spokeMetric ? "metric" : turn.units);
}

/** "What do you know about me?": the profile read back, and how to change it. */
export const profileRead: Handler = {
  intents: ["ProfileReadIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    const profile = turn.state.user.profile ?? {};
    const described = describeProfile(v, profile, turn.units);
    const parts: Part[] = described
      ? [v.say("skill.profileReadBack", { profile: described }), v.say("skill.changeHint")]
      : [v.say("skill.noProfile")];
    if (completeProfile(profile))
      return { state: turn.state, reply: offerNext(turn, turn.state, "tip", ...parts) };
    const question = v.say("skill.offerCalories");
    return { state: turn.state, reply: ask([...parts, question], question, "calories") };
  },
};

/** "What do you store about me?" */
export const storedData: Handler = {
  intents: ["StoredDataIntent"],
  handle: (turn) => ({ state: turn.state, reply: storedDataReply(turn) }),
};
