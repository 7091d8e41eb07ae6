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

const TIP_TEXT: Readonly<Record<TipTopic, readonly string[]>> = {
  protein: [
    "Put some protein on every plate: chicken, eggs, fish, yogurt or tofu. A serving about the size of your palm is plenty.",
    "Protein takes longer to digest than bread or pasta, so a little at breakfast keeps you full well into the morning.",
    "Pair your protein with fiber, like salmon with greens or eggs with spinach, and the meal keeps you satisfied for hours.",
    "Lean choices such as chicken breast, tuna and low-fat dairy give you plenty of protein for fewer calories.",
  ],
  fats: [
    "Healthy fats are your friend: a little olive oil, avocado, nuts or seeds each day helps you stay full.",
    "Oily fish like salmon, sardines or mackerel count as a healthy fat and a protein at the same time.",
    "Fat is dense in calories, so measure it: a tablespoon of nut butter or a small handful of nuts is one serving.",
  ],
  "fruit-and-vegetables": [
    "Fill half your plate with vegetables or fruit. They're low in calories and packed with nutrients.",
    "Leafy greens, broccoli and cauliflower let you eat a big, filling portion for very few calories.",
    "Shop the outer edge of the grocery store first: that's where the fresh produce is.",
    "Sweet potatoes are a filling, fiber-rich swap for fries.",
  ],
  "whole-grains": [
    "Choose whole grain bread, rice and pasta. They bring more fiber and B vitamins than white versions.",
    "Brown rice instead of white is a simple swap that keeps you fuller for longer.",
    "Processed, bleached grains are an easy place to cut calories without losing anything you need.",
  ],
  drinks: [
    "Drinks count too. Swap soda and juice for water, and you can save hundreds of calories a day.",
    "Aim for about sixty ounces of fluid a day. Water, decaf tea and decaf coffee all count.",
    "Liquid calories don't fill you up, so a sugary drink is an easy one to give up first.",
    "If plain water bores you, unsweetened flavored water counts too.",
  ],
  treats: [
    "Treats are fine, now and then. Plan for one, enjoy it, then get straight back on track.",
    "If you have a treat, balance it out: skip the afternoon snack or add a little extra to your workout.",
    "Watch how often treats creep in. A few extra a week can quietly slow or even stop your progress.",
  ],
  hunger: [
    "Hungry between meals? Combine protein with a fiber-rich carb, like an apple with peanut butter.",
    "Don't cut calories too hard. Going too low makes you tired and can slow your progress.",
    "Sleep seven to eight hours. Short nights upset the hormones that control hunger.",
    "The meals that keep you full longest mix protein, healthy fat and fiber, like eggs and avocado on whole grain toast.",
  ],
};

export const TIPS: readonly Tip[] = TIP_TOPICS.flatMap((topic) =>
  TIP_TEXT[topic].map((text, i) => ({ id: `${topic}-${i + 1}`, topic, text })),
);

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
export function nextTip(history: TipHistory, topic?: TipTopic): { tip: Tip; history: TipHistory } {
  const chosenTopic = topic ?? topicAfter(history.lastTopic);
  const tips = TIPS.filter((tip) => tip.topic === chosenTopic);
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
