import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said, type TestDevice } from "../support/device";
import { type SentRequest, sortKeyOf } from "../support/local-table";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * Taking a paused workout up again where it stopped writes nothing: storage already says where
 * to pick up, and stays right until the resumed segment has been heard. Whatever happens next
 * (the segment heard, a pause, the user walking away, the device dying), the user is where they
 * expect to be the next time.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

/** The user's record is two items: the profile, and the workout position of its own. */
const RECORD_SORT_KEYS: readonly string[] = ["PROFILE", "PROFILE#POSITION"];

/** A request to the user's record: to either item, or the one Query that reads them both. */
const onRecord = (request: SentRequest) => {
  const sk = sortKeyOf(request);
  if (sk !== undefined) return RECORD_SORT_KEYS.includes(sk);
  return (
    request.command === "QueryCommand" &&
    Object.values(request.input.ExpressionAttributeValues ?? {}).some(
      (value) => value.S === "PROFILE",
    )
  );
};
const isRead = (request: SentRequest) =>
  request.command === "GetItemCommand" || request.command === "QueryCommand";

/** What a device sent to the user's record while `act` ran: reads and writes apart. */
async function callsDuring(act: () => Promise<unknown>) {
  const before = skill.table.sent.length;
  await act();
  const sent = skill.table.sent.slice(before).filter(onRecord);
  return {
    reads: sent.filter(isRead).length,
    writes: sent.filter((r) => !isRead(r)).length,
  };
}

/** A blaster paused after its first set; the offer a launch makes to pick it up. */
async function pausedAfterASet(userId: string): Promise<{ device: TestDevice; offer: string }> {
  const device = skill.device(userId);
  await device.intent("StartWorkoutIntent", {});
  await device.intent("ReadyIntent");
  await device.intent("AMAZON.PauseIntent");
  const offer = said(await device.launch());
  expect(offer).toMatch(/Pick up there\?$/);
  return { device, offer };
}

describe("a paused workout taken up again", () => {
  it("is one read and no write, and the place is written once the resumed segment is heard", async () => {
    const { device } = await pausedAfterASet("resume-reads-only");
    const paused = await skill.store.load("resume-reads-only");
    expect(paused.record.progress?.status).toBe("paused");
    const resuming = await callsDuring(async () => {
      expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^Picking up where you left/);
    });
    // The launch read the record; the resume itself neither reads nor writes it.
    expect(resuming).toEqual({ reads: 0, writes: 0 });
    expect(await skill.store.load("resume-reads-only")).toEqual(paused);
    const heard = await callsDuring(() => device.intent("ReadyIntent"));
    expect(heard.writes).toBe(1);
    const moved = (await skill.store.load("resume-reads-only")).record.progress;
    expect(moved).toMatchObject({ status: "active" });
    expect(moved?.segmentIndex).toBeGreaterThan(paused.record.progress?.segmentIndex ?? 0);
  });

  it("picks up at the same place when the device dies right after the resume", async () => {
    const { device, offer } = await pausedAfterASet("resume-then-dies");
    await device.intent("AMAZON.YesIntent");
    // No SessionEndedRequest: the device lost power. The user comes back an hour later.
    device.wait(3600);
    expect(said(await device.launch())).toBe(offer);
  });

  it.each([
    ["walks away", (d: TestDevice) => d.end("USER_INITIATED")],
    ["pauses again", (d: TestDevice) => d.intent("AMAZON.PauseIntent")],
    ["stops", (d: TestDevice) => d.intent("AMAZON.StopIntent")],
  ])("keeps the place when the user %s after the resume", async (how, leave) => {
    const { device, offer } = await pausedAfterASet(`resume-then-${how.replace(" ", "-")}`);
    device.interrupt(2);
    await device.intent("AMAZON.YesIntent");
    // Cut off two seconds into the resumed segment, then gone: the same segment is next.
    device.interrupt(2);
    await leave(device);
    expect(said(await device.launch())).toBe(offer);
  });
});
