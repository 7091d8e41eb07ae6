import { describe, expect, it } from "vitest";
import { NEW_USER } from "../../lambda/store/user-record";
import { parseSessionState } from "../../lambda/turn/parse-session-state";
import { sessionAttributesOf } from "../../lambda/turn/session-state";

const NOW = "2026-11-22T09:00:00.000Z";
const valid = { user: NEW_USER, stored: { record: NEW_USER, version: 3 }, unsavedLog: [] };

describe("session state read back from the device", () => {
  it("keeps what the user must still hear about a damaged record, and nothing made up", () => {
    const state = parseSessionState(
      {
        ...valid,
        stored: { ...valid.stored, repaired: ["progress", "password", 7] },
        lostOnRead: ["profile", { evil: true }],
      },
      NOW,
    );
    expect(state?.stored).toEqual({ record: NEW_USER, version: 3, repaired: ["progress"] });
    expect(state?.lostOnRead).toEqual(["profile"]);
  });

  it("reads an empty or malformed list as nothing to say and nothing to rewrite", () => {
    const state = parseSessionState(
      {
        ...valid,
        stored: { ...valid.stored, repaired: [] },
        lostOnRead: "progress",
      },
      NOW,
    );
    expect(state?.stored).toEqual({ record: NEW_USER, version: 3 });
    expect(state).not.toHaveProperty("lostOnRead");
  });

  it("is no state at all when the stored version is missing", () => {
    expect(parseSessionState({ ...valid, stored: { record: NEW_USER } }, NOW)).toBeUndefined();
  });
});

describe("session state written back to the device", () => {
  it("leaves out the stored copy when it is the user's own record, and reads it back the same", () => {
    const user = { ...NEW_USER, disclaimerHeard: true };
    const state = {
      user,
      stored: { record: user, version: 2 },
      unsavedLog: [],
      storageWarned: false,
    };
    const sent = sessionAttributesOf(state).backCoach as Record<string, unknown>;
    expect(sent.stored).toEqual({ version: 2 });
    const back = parseSessionState(JSON.parse(JSON.stringify(sent)), NOW);
    expect(back?.stored).toEqual({ record: user, version: 2 });
    expect(back?.stored.record).toBe(back?.user);
  });

  it("sends both records when this session changed something not yet stored", () => {
    const user = { ...NEW_USER, disclaimerHeard: true };
    const state = {
      user,
      stored: { record: NEW_USER, version: 2 },
      unsavedLog: [],
      storageWarned: false,
    };
    const sent = sessionAttributesOf(state).backCoach as Record<string, unknown>;
    expect(sent.stored).toEqual({ record: NEW_USER, version: 2 });
    expect(parseSessionState(JSON.parse(JSON.stringify(sent)), NOW)?.stored.record).toEqual(
      NEW_USER,
    );
  });
});
