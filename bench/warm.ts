/**
 * Warm turns, engine and handlers only: the scripted dialog against an in-memory store, in one
 * process, as a warm Lambda container would run it: half the users on a speaker, half on an
 * Echo Show, each timed on its own, and each turn followed by one of the floor's (a bare
 * ask-sdk-core skill saying "hello", bench/floor/warm-floor.ts), so both see the same machine.
 * Only the skill's invoke() is timed: building the request is the device's work. Run with
 * --expose-gc (bench/run.ts does). Prints one JSON line.
 */
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { SILENT_LOGGER } from "../lambda/logger";
import { buildSkill } from "../lambda/skill";
import { NEW_USER } from "../lambda/store/user-record";
import { BENCH_SCREEN, BENCH_SKILL_ID, intent, SCRIPT, ScriptedUser, turn } from "./dialog";
import { FLOOR_INTENT, warmFloorSkill } from "./floor/warm-floor";
import { MemoryUserStore } from "./memory-store";
import { withFullProgression } from "./seasoned-user";
import { percentile } from "./stats";

const WARMUP_TURNS = 3000;
const MEASURED_TURNS = 3000;
const LEAK_TURNS = 10_000;
const USERS = 40;

type Invoke = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

const skill = buildSkill({
  // Each user starts with a full progression record: the largest record turns carry.
  store: new MemoryUserStore(withFullProgression(NEW_USER)),
  logger: SILENT_LOGGER,
  skillId: BENCH_SKILL_ID,
});
const invokeOurs: Invoke = (e) => skill.invoke(e);
const invokeFloor = warmFloorSkill();
/** Every other user is on an Echo Show: its turns are timed apart (a screen is built each turn). */
const users = Array.from(
  { length: USERS },
  (_, i) => new ScriptedUser(`warm-${i}`, invokeOurs, i % 2 === 1 ? BENCH_SCREEN : undefined),
);
const floorUser = new ScriptedUser("warm-floor", invokeFloor);
const floorTurn = turn(intent(FLOOR_INTENT));
let step = 0;
/**
 * The most memory the process held, sampled every 1,000 turns. Not getrusage's maxRSS: Linux
 * carries the parent's peak across fork and exec, so a child of the bench (which has loaded
 * the CDK to synthesize the stack) would report the bench's memory instead of its own.
 */
let peakRss = 0;

/** The microseconds `invoke` takes to answer `event`, the answer kept by `user`. */
async function timed(user: ScriptedUser, event: RequestEnvelope, invoke: Invoke): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await invoke(event);
  const us = Number(process.hrtime.bigint() - started) / 1000;
  user.receive(response);
  return us;
}

interface Timings {
  readonly speaker: number[];
  readonly screen: number[];
  readonly floor: number[];
}

async function turns(count: number, timings?: Timings): Promise<void> {
  for (let i = 0; i < count; i++, step++) {
    if (step % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const user = users[step % USERS] as ScriptedUser;
    const next = SCRIPT[Math.floor(step / USERS) % SCRIPT.length];
    if (!next) continue;
    const us = await timed(user, user.request(next), invokeOurs);
    const floorUs = await timed(floorUser, floorUser.request(floorTurn), invokeFloor);
    if (!timings) continue;
    ((step % USERS) % 2 === 1 ? timings.screen : timings.speaker).push(us);
    timings.floor.push(floorUs);
  }
}

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  await turns(WARMUP_TURNS);
  const timings: Timings = { speaker: [], screen: [], floor: [] };
  await turns(2 * MEASURED_TURNS, timings);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  await turns(LEAK_TURNS);
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(
    `${JSON.stringify({
      warmTurns: timings.speaker.length,
      warmTurnP50Us: Math.round(percentile(timings.speaker, 50)),
      warmTurnP99Us: Math.round(percentile(timings.speaker, 99)),
      warmScreenTurnP50Us: Math.round(percentile(timings.screen, 50)),
      warmScreenTurnP99Us: Math.round(percentile(timings.screen, 99)),
      // Tenths: the floor's turn is a few microseconds.
      floorWarmTurnP50Us: Math.round(percentile(timings.floor, 50) * 10) / 10,
      floorWarmTurnP99Us: Math.round(percentile(timings.floor, 99) * 10) / 10,
      peakRssMb: Math.round((peakRss / 1024 / 1024) * 10) / 10,
      heapGrowthKb: Math.round((heapAfter - heapBefore) / 1024),
    })}\n`,
  );
}

void main();
