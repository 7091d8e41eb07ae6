import type { Variety } from "../coach/lines";
import type { PartialProfile } from "../coach/nutrition/profile-input";
import type { TipHistory, TipTopic } from "../coach/nutrition/tips";
import { mergeProgression } from "./progression-record";
import type { UserRecord } from "./user-record";

/**
 * Three-way merge after losing a write race, leaf by leaf: every part this session changed
 * (since `base`, what it read) wins, and every other part keeps what the other device stored
 * (`latest`). Leaves are each profile field, each tip topic's heard set, each rotating line's
 * place, the health note, the kit the user has, the pace; the workout position is one leaf that goes to whichever device
 * moved it last, by its own time (`progressAt`). Zero lost updates: two devices that change
 * different leaves both keep their change.
 */
export function mergeRecords(latest: UserRecord, base: UserRecord, next: UserRecord): UserRecord {
  const merged: { -readonly [K in keyof UserRecord]: UserRecord[K] } = { ...latest };
  // Heard is heard: once either device said the health note, it stays said.
  merged.disclaimerHeard = latest.disclaimerHeard || next.disclaimerHeard;
  merged.variety = mergeLeaves(latest.variety, base.variety, next.variety) as Variety;
  merged.tips = mergeTips(latest.tips, base.tips, next.tips);
  const profile = mergeLeaves(latest.profile ?? {}, base.profile ?? {}, next.profile ?? {});
  if (Object.keys(profile).length > 0) merged.profile = profile as PartialProfile;
  else delete merged.profile;
  // The kit is one leaf: this session's answer if it gave one, else the other device's.
  if (!same(base.equipment, next.equipment)) {
    if (next.equipment) merged.equipment = next.equipment;
    else delete merged.equipment;
  }
  // The pace is one leaf: this session's when it changed it, the other device's otherwise.
  if (next.pace !== base.pace) {
    if (next.pace === undefined) delete merged.pace;
    else merged.pace = next.pace;
  }
  // Progression: per move, by the request time of its rating (progression-record.ts).
  const progression = mergeProgression(latest.progression, base.progression, next.progression);
  if (progression) merged.progression = progression;
  else delete merged.progression;
  if (next.feedbackTiming !== base.feedbackTiming) {
    if (next.feedbackTiming === undefined) delete merged.feedbackTiming;
    else merged.feedbackTiming = next.feedbackTiming;
  }
  // Hands-free is one leaf, like the pace.
  if (next.handsFree !== base.handsFree) {
    if (next.handsFree === undefined) delete merged.handsFree;
    else merged.handsFree = next.handsFree;
  }
  if (same(base.progress, next.progress) && base.progressAt === next.progressAt) return merged;
  if ((next.progressAt ?? "") < (latest.progressAt ?? "")) return merged;
  if (next.progress) merged.progress = next.progress;
  else delete merged.progress;
  if (next.progressAt) merged.progressAt = next.progressAt;
  return merged;
}

/** Per key: this session's value where it changed it (or removed it), the other's elsewhere. */
function mergeLeaves(
  latest: Readonly<Record<string, unknown>>,
  base: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...latest };
  for (const key of new Set([...Object.keys(base), ...Object.keys(next)])) {
    const mine = next[key];
    if (same(base[key], mine)) continue;
    if (mine === undefined) delete merged[key];
    else merged[key] = mine;
  }
  return merged;
}

/**
 * Tips: a topic this session heard more of keeps the other device's tips too (both were
 * heard); which tip was last is this session's when it gave one.
 */
function mergeTips(latest: TipHistory, base: TipHistory, next: TipHistory): TipHistory {
  const heard: Partial<Record<TipTopic, readonly string[]>> = { ...latest.heard };
  for (const topic of Object.keys(next.heard) as TipTopic[]) {
    const mine = next.heard[topic] ?? [];
    if (same(base.heard[topic], mine)) continue;
    const theirs = (latest.heard[topic] ?? []).filter(
      (id) => !mine.includes(id) && !(base.heard[topic] ?? []).includes(id),
    );
    heard[topic] = [...mine, ...theirs];
  }
  const gaveTip = next.lastTipId !== base.lastTipId;
  const last = gaveTip ? next : latest;
  return {
    heard,
    ...(last.lastTipId !== undefined ? { lastTipId: last.lastTipId } : {}),
    ...(last.lastTopic !== undefined ? { lastTopic: last.lastTopic } : {}),
  };
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
