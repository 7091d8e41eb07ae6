import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import type { LocalTable } from "./local-table";

const run = promisify(execFile);

/**
 * Runs `script` in a fresh Node process, away from the project's node_modules, as Lambda runs
 * the bundle: with the function's settings, storage on `table` and this skill id.
 */
export function runBesideTable(script: string, table: LocalTable, skillId: string) {
  return run(process.execPath, ["-e", script], {
    cwd: tmpdir(),
    env: {
      ...process.env,
      TABLE_NAME: table.tableName,
      SKILL_ID: skillId,
      AWS_ENDPOINT_URL_DYNAMODB: table.dynamo.endpoint,
      LOG_LEVEL: "error",
    },
  });
}
