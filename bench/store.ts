/**
 * Turns with the real DynamoDB client against dynalite (DYNAMO_ENDPOINT, TABLE_NAME): Back Coach
 * next to the official persistence adapter's pattern (read and write the user's item every
 * turn), alternating so both see the same machine. Counts every DynamoDB call Back Coach makes.
 * Prints one JSON line.
 */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { requiredString } from "../lambda/env";
import { SILENT_LOGGER } from "../lambda/logger";
import { buildSkill } from "../lambda/skill";
import { createStoreClient } from "../lambda/store/dynamo-client";
import { DynamoUserStore } from "../lambda/store/dynamo-user-store";
import { WORKOUT_SORT_PREFIX } from "../lambda/store/keys";
import { BENCH_SKILL_ID, SCRIPT, ScriptedUser, type Turn } from "./dialog";
import { floorClient, storeFloorSkill } from "./floor/store-floor";
import { withFullProgression } from "./seasoned-user";
import { percentile } from "./stats";

const ROUNDS = 80; // x the script's 27 turns: over 2,000 turns for each of ours and the floor
const DATA_PLANE = new Set([
  "GetItemCommand",
  "PutItemCommand",
  "QueryCommand",
  "BatchWriteItemCommand",
  "UpdateItemCommand",
  "DeleteItemCommand",
]);

/** What the bench calls the Query that reads the user's record (its two items). */
const RECORD_READ = "RecordQuery";

function counted(client: DynamoDBClient, calls: string[]): DynamoDBClient {
  client.middlewareStack.add(
    (next, context) => (args) => {
      const command = String(context.commandName);
      // Both reads are Queries: the history's ranges over workout keys, the record's does not.
      const values = (args.input as { ExpressionAttributeValues?: Record<string, { S?: string }> })
        .ExpressionAttributeValues;
      const overWorkouts = Object.values(values ?? {}).some(
        (value) => value.S?.startsWith(WORKOUT_SORT_PREFIX) === true,
      );
      calls.push(command === "QueryCommand" && !overWorkouts ? RECORD_READ : command);
      return next(args);
    },
    { step: "initialize", name: "benchCount" },
  );
  return client;
}

async function main(): Promise<void> {
  const endpoint = requiredString(process.env, "DYNAMO_ENDPOINT", "bench/run.ts sets it.");
  const table = requiredString(process.env, "TABLE_NAME", "bench/run.ts sets it.");
  const calls: string[] = [];
  const ours = buildSkill({
    store: new DynamoUserStore(
      counted(createStoreClient({ endpoint }), calls),
      table,
      SILENT_LOGGER,
    ),
    logger: SILENT_LOGGER,
    skillId: BENCH_SKILL_ID,
  });
  const floor = storeFloorSkill(floorClient(endpoint), table);
  // Each of our users starts with a full progression record, written before its dialog and
  // outside the counted client: the turns then read, carry and save the largest record.
  const seeder = new DynamoUserStore(createStoreClient({ endpoint }), table, SILENT_LOGGER);
  const seasoned = async (userId: string) => {
    const stored = await seeder.load(userId);
    await seeder.save(userId, stored, withFullProgression(stored.record));
    return userId;
  };

  // Only the skill's invoke() is timed, as in warm.ts: building the request is the device's work.
  const timedTurn = async (user: ScriptedUser, turn: Turn): Promise<number> => {
    const event = user.request(turn);
    const started = process.hrtime.bigint();
    const response = await user.invoke(event);
    const us = Number(process.hrtime.bigint() - started) / 1000;
    user.receive(response);
    return us;
  };
  const timed = async (samples: number[], user: ScriptedUser) => {
    for (const turn of SCRIPT) samples.push(await timedTurn(user, turn));
  };

  // Warm both up, then alternate whole dialogs.
  await timed([], new ScriptedUser(await seasoned("store-warmup"), (e) => ours.invoke(e)));
  await timed([], new ScriptedUser("floor-warmup", floor));
  const ourTimes: number[] = [];
  const floorTimes: number[] = [];
  let sessions = 0;
  let reads = 0;
  let writes = 0;
  let readOnlyWrites = 0;
  let changingTurns = 0;
  let mostWritesInATurn = 0;
  let turns = 0;
  calls.length = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const user = new ScriptedUser(await seasoned(`store-${round}`), (e) => ours.invoke(e));
    for (const turn of SCRIPT) {
      const before = calls.length;
      ourTimes.push(await timedTurn(user, turn));
      const made = calls.slice(before);
      // A save is a PutItem of the position item and an UpdateItem of the profile's changed
      // fields, each only if one of its fields changed (PutItems for a new or damaged record).
      const turnWrites = made.filter(
        (c) => c === "PutItemCommand" || c === "UpdateItemCommand" || c === "BatchWriteItemCommand",
      ).length;
      reads += made.filter((c) => c === "GetItemCommand" || c === RECORD_READ).length;
      writes += turnWrites;
      mostWritesInATurn = Math.max(mostWritesInATurn, turnWrites);
      turns++;
      if (turn.newSession) sessions++;
      if (turn.readOnly) readOnlyWrites += turnWrites;
      else if (turnWrites > 0) changingTurns++;
    }
    await timed(floorTimes, new ScriptedUser(`floor-${round}`, floor));
  }
  process.stdout.write(
    `${JSON.stringify({
      storeTurns: ourTimes.length,
      storeTurnP50Us: Math.round(percentile(ourTimes, 50)),
      storeTurnP99Us: Math.round(percentile(ourTimes, 99)),
      floorStoreTurnP50Us: Math.round(percentile(floorTimes, 50)),
      floorStoreTurnP99Us: Math.round(percentile(floorTimes, 99)),
      dynamoReadsPerSession: Math.round((reads / sessions) * 100) / 100,
      dynamoWritesPerTurn: Math.round((writes / turns) * 100) / 100,
      dynamoWritesPerChangingTurn: Math.round((writes / Math.max(1, changingTurns)) * 100) / 100,
      dynamoMostWritesInATurn: mostWritesInATurn,
      dynamoWritesOnReadOnlyTurns: readOnlyWrites,
      historyQueries: calls.filter((c) => c === "QueryCommand").length,
      controlPlaneCalls: calls.filter((c) => !DATA_PLANE.has(c) && c !== RECORD_READ).length,
    })}\n`,
  );
}

void main();
