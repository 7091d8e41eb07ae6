import { expect } from "vitest";
import type { ConsoleSkill } from "../../lambda/local/console-skill";
import type { ConsoleTurn } from "../../lambda/local/conversation";
import { expectValidAlexaSpeech } from "./alexa-speech";

/**
 * Someone typing into the console: each line resolved by the real model and answered by the
 * real skill; every answer valid SSML, and an open session always reprompting.
 */
export function typistOn(consoleSkill: () => ConsoleSkill): (line: string) => Promise<ConsoleTurn> {
  return async (line) => {
    const turn = await consoleSkill().conversation.say(line);
    if (!turn) throw new Error(`no turn for "${line}"`);
    if (turn.ssml) await expectValidAlexaSpeech({ ssml: turn.ssml, estimatedSeconds: 0 });
    if (!turn.endSession) expect(turn.reprompt).toBeTruthy();
    return turn;
  };
}
