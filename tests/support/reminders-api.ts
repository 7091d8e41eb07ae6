import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A reminder as the fake holds it: what the skill posted, with the fields the API adds. */
export interface HeldReminder {
  readonly alertToken: string;
  status: "ON" | "COMPLETED";
  readonly body: Record<string, unknown>;
}

/** One call the skill made, as received. */
export interface ReceivedCall {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface RemindersApi {
  readonly endpoint: string;
  /** Access tokens whose user granted the reminders permission; any other is refused. */
  readonly granted: Set<string>;
  /** The status a token without the permission gets: Alexa answers 401, or 403. */
  refusal: 401 | 403;
  /** Reminders per access token (one user of this skill each), as the API keeps them. */
  readonly held: Map<string, HeldReminder[]>;
  /** How many reminders one user may have of this skill; past it, 403 MAX_REMINDERS_EXCEEDED. */
  limit: number;
  /** The service is down: every call gets a 503. */
  down: boolean;
  /** What GET /v1/alerts/reminders answers instead of the held reminders (a broken API). */
  listInstead: unknown;
  /** The Settings API's System.timeZone per device id, served on the same endpoint as on Alexa. */
  readonly timeZones: Map<string, string>;
  readonly calls: ReceivedCall[];
  close(): Promise<void>;
}

const REMINDERS = /^\/v1\/alerts\/reminders(?:\/([^/?]+))?$/;
const TIME_ZONE = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;

/**
 * The Alexa Reminders API, faked at its HTTP boundary on loopback, behaving as Alexa's does:
 * POST, GET and DELETE on /v1/alerts/reminders with a Bearer token; each user of the skill
 * sees only their own reminders; 401 (or 403) without the permission; 403
 * MAX_REMINDERS_EXCEEDED past the limit; 400 for a body that is not a reminder; 404 for an id
 * it does not hold; 503 when down. It records every call it receives.
 */
export async function startRemindersApi(): Promise<RemindersApi> {
  const fake: Omit<RemindersApi, "endpoint" | "close"> = {
    granted: new Set(),
    refusal: 401,
    held: new Map(),
    limit: 5,
    down: false,
    listInstead: undefined,
    timeZones: new Map(),
    calls: [],
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const path = req.url ?? "";
      const body = parse(text);
      fake.calls.push({
        method: req.method ?? "",
        path,
        authorization: req.headers.authorization,
        body,
      });
      const answer = (status: number, json?: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(json === undefined ? "" : JSON.stringify(json));
      };
      const zone = TIME_ZONE.exec(path);
      if (zone?.[1]) {
        const found = fake.timeZones.get(decodeURIComponent(zone[1]));
        return found ? answer(200, found) : answer(500);
      }
      const match = REMINDERS.exec(path);
      if (!match) return answer(404, { code: "NOT_FOUND", message: "No such resource" });
      if (fake.down) return answer(503, { code: "SERVICE_UNAVAILABLE", message: "Try later" });
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (!token) return answer(401, { code: "UNAUTHORIZED", message: "No token" });
      if (!fake.granted.has(token))
        return answer(fake.refusal, { code: "UNAUTHORIZED", message: "Permission not granted" });
      const mine = fake.held.get(token) ?? [];
      fake.held.set(token, mine);
      const id = match[1] ? decodeURIComponent(match[1]) : undefined;
      if (req.method === "POST" && !id) {
        const problem = invalidReminder(body);
        if (problem) return answer(400, { code: problem, message: "Invalid reminder" });
        if (mine.filter((r) => r.status === "ON").length >= fake.limit)
          return answer(403, { code: "MAX_REMINDERS_EXCEEDED", message: "Too many reminders" });
        const alertToken = `amzn1.alert.reminder.${randomUUID()}`;
        mine.push({ alertToken, status: "ON", body: body as Record<string, unknown> });
        return answer(201, {
          alertToken,
          createdTime: new Date().toISOString(),
          updatedTime: new Date().toISOString(),
          status: "ON",
          version: "1",
          href: `/v1/alerts/reminders/${alertToken}`,
        });
      }
      if (req.method === "GET" && !id) {
        if (fake.listInstead !== undefined) return answer(200, fake.listInstead);
        return answer(200, {
          totalCount: String(mine.length),
          alerts: mine.map((r) => ({
            ...r.body,
            alertToken: r.alertToken,
            status: r.status,
            version: "1",
          })),
          links: null,
        });
      }
      if (req.method === "DELETE" && id) {
        const at = mine.findIndex((r) => r.alertToken === id);
        if (at < 0) return answer(404, { code: "ALERT_NOT_FOUND", message: "No such reminder" });
        mine.splice(at, 1);
        return answer(200);
      }
      return answer(405, { code: "METHOD_NOT_ALLOWED", message: "Not supported" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Local times only: a zone suffix is refused, as the API refuses one. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?$/;

/** The API's checks on a reminder body, with its error codes; undefined when it is one. */
function invalidReminder(body: unknown): string | undefined {
  if (!isObject(body) || !isObject(body.trigger)) return "INVALID_TRIGGER";
  const { trigger } = body;
  if (trigger.type !== "SCHEDULED_ABSOLUTE") return "INVALID_TRIGGER";
  if (typeof trigger.timeZoneId !== "string") return "INVALID_TIMEZONE";
  const recurrence = trigger.recurrence;
  if (!isObject(recurrence) || !Array.isArray(recurrence.recurrenceRules))
    return "INVALID_RECURRENCE";
  if (!recurrence.recurrenceRules.every((r) => typeof r === "string" && r.startsWith("FREQ=")))
    return "INVALID_RECURRENCE";
  for (const time of [trigger.scheduledTime, recurrence.startDateTime, body.requestTime])
    if (time !== undefined && (typeof time !== "string" || !LOCAL_TIME.test(time)))
      return "INVALID_TRIGGER_SCHEDULED_TIME_FORMAT";
  const spoken =
    isObject(body.alertInfo) && isObject(body.alertInfo.spokenInfo)
      ? body.alertInfo.spokenInfo.content
      : undefined;
  if (!Array.isArray(spoken) || spoken.length === 0) return "INVALID_ALERT_INFO";
  if (
    !spoken.every((c) => isObject(c) && typeof c.locale === "string" && typeof c.text === "string")
  )
    return "INVALID_ALERT_INFO";
  return undefined;
}
