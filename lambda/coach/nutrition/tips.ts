import type { Voice } from "../../i18n/voice";

/**
 * Diet tips by topic, drawn from the guides' diet sections and said in our own words. A user
 * hears every tip of a topic before any repeats, and never the same tip twice in a row.
 */

export const TIP_TOPICS = [
  "protein",
  "fats",
  "fruit-and-vegetables",
  "whole-grains",
  "drinks",
  "treats",
  "hunger",
] as const;
export type TipTopic = (typeof TIP_TOPICS)[number];

export interface Tip {
  readonly id: string;
  readonly topic: TipTopic;
  readonly text: string;
}

/** A topic's tips in a locale's words; a tip's id is its topic and place ("protein-2"). */
export function tipsOf(v: Voice, topic: TipTopic): Tip[] {
  return v.tips(topic).map((text, i) => ({ id: `${topic}-${i + 1}`, topic, text }));
}

/** A tip by id (to say it again), or undefined when the locale has no such tip. */
export function tipById(v: Voice, id: string): Tip | undefined {
  const topic = TIP_TOPICS.find((t) => id.startsWith(`${t}-`));
  return topic ? tipsOf(v, topic).find((tip) => tip.id === id) : undefined;
}

/** Which tips a user has heard. Plain data, stored with the user. */
export interface TipHistory {
  /** Per topic, the ids heard since the topic last started over. */
  readonly heard: Readonly<Partial<Record<TipTopic, readonly string[]>>>;
  /** The last tip given, in any topic. */
  readonly lastTipId?: string;
  readonly lastTopic?: TipTopic;
}

export const EMPTY_TIP_HISTORY: TipHistory = { heard: {} };

export function isTipTopic(value: string): value is TipTopic {
  return (TIP_TOPICS as readonly string[]).includes(value);
}

/**
 * The next tip for a topic, or for the topic after the last one heard when none is asked for.
 * Tips come in order within a topic; once all are heard, the topic starts over, skipping the
 * tip that was just said so nothing plays twice in a row.
 */
export function nextTip(
  v: Voice,
  history: TipHistory,
  topic?: TipTopic,
): { tip: Tip; history: TipHistory } {
  const chosenTopic = topic ?? topicAfter(history.lastTopic);
  const tips = tipsOf(v, chosenTopic);
  const heard = history.heard[chosenTopic] ?? [];
  let tip = tips.find((candidate) => !heard.includes(candidate.id));
  let heardNow: readonly string[] = heard;
  if (!tip) {
    tip = tips.find((candidate) => candidate.id !== history.lastTipId) ?? tips[0];
    heardNow = [];
  }
  if (!tip) throw new Error(`No tips for topic ${chosenTopic}`);
  return {
    tip,
    history: {
      heard: { ...history.heard, [chosenTopic]: [...heardNow, tip.id] },
      lastTipId: tip.id,
      lastTopic: chosenTopic,
    },
  };
}

function topicAfter(topic: TipTopic | undefined): TipTopic {
  const index = topic === undefined ? -1 : TIP_TOPICS.indexOf(topic);
  return TIP_TOPICS[(index + 1) % TIP_TOPICS.length] as TipTopic;
}
