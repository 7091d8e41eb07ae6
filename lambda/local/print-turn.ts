import type { ConsoleTurn } from "./conversation";

/** One turn on stdout: a JSON line, or what Alexa says as readable text. */
export function printTurn(turn: ConsoleTurn, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(turn)}\n`);
    return;
  }
  const lines = [`alexa> ${turn.text || "(says nothing)"}`];
  if (turn.reprompt) lines.push(`       (if you say nothing: ${turn.reprompt})`);
  lines.push(turn.endSession ? "       [session ended]" : "       [listening]");
  process.stdout.write(`${lines.join("\n")}\n\n`);
}
