import { describe, expect, it } from "vitest";
import {
  EMPTY_TIP_HISTORY,
  nextTip,
  TIP_TOPICS,
  type TipHistory,
  tipById,
  tipsOf,
} from "../../../lambda/coach";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";

const v = voice(DEFAULT_LOCALE);
/** Every tip of every topic, in order. */
const TIPS = TIP_TOPICS.flatMap((topic) => tipsOf(v, topic));

describe("diet tips", () => {
  it("has at least three tips for every topic the guides cover", () => {
    expect(TIP_TOPICS).toEqual([
      "protein",
      "fats",
      "fruit-and-vegetables",
      "whole-grains",
      "drinks",
      "treats",
      "hunger",
    ]);
    for (const topic of TIP_TOPICS) {
      expect(TIPS.filter((t) => t.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(TIPS.map((t) => t.id)).size).toBe(TIPS.length);
    for (const tip of TIPS) expect(tipById(v, tip.id)).toEqual(tip);
  });

  it.each(TIP_TOPICS)(
    "plays every %s tip once before any repeats, and never twice in a row",
    (topic) => {
      const count = TIPS.filter((t) => t.topic === topic).length;
      let history: TipHistory = EMPTY_TIP_HISTORY;
      const heard: string[] = [];
      for (let i = 0; i < count * 3; i++) {
        const result = nextTip(v, history, topic);
        expect(result.tip.topic).toBe(topic);
        heard.push(result.tip.id);
        history = result.history;
      }
      expect(new Set(heard.slice(0, count)).size).toBe(count);
      for (let i = 1; i < heard.length; i++) expect(heard[i]).not.toBe(heard[i - 1]);
    },
  );

  it("rotates through topics when none is asked for", () => {
    let history: TipHistory = EMPTY_TIP_HISTORY;
    const topics: string[] = [];
    for (let i = 0; i < TIP_TOPICS.length; i++) {
      const result = nextTip(v, history);
      topics.push(result.tip.topic);
      history = result.history;
    }
    expect(topics).toEqual([...TIP_TOPICS]);
  });

  it("keeps each topic's progress separate (as stored between sessions)", () => {
    const afterProtein = nextTip(v, EMPTY_TIP_HISTORY, "protein").history;
    const afterDrinks = nextTip(v, afterProtein, "drinks").history;
    // A new session reads the stored history back as plain JSON.
    const stored = JSON.parse(JSON.stringify(afterDrinks)) as TipHistory;
    expect(nextTip(v, stored, "protein").tip.id).toBe("protein-2");
  });

  it("does not repeat the last tip when a topic starts over", () => {
    const protein = TIPS.filter((t) => t.topic === "protein");
    const history: TipHistory = {
      heard: { protein: protein.map((t) => t.id) },
      lastTipId: "protein-1",
      lastTopic: "protein",
    };
    expect(nextTip(v, history, "protein").tip.id).toBe("protein-2");
  });
});
