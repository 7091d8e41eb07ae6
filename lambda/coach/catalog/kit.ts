import { EQUIPMENT, type Equipment, type WorkoutKind } from "./types";

/**
 * What a user has to hand, in the four answers the coach offers ("nothing, a band, dumbbells,
 * or a gym"). It is remembered per user; the catalog's finer equipment is derived from it.
 */
export const KITS = ["none", "band", "dumbbells", "gym"] as const;
export type Kit = (typeof KITS)[number];

export function isKit(value: unknown): value is Kit {
  return typeof value === "string" && (KITS as readonly string[]).includes(value);
}

/**
 * The equipment each kit makes available. A gym has everything the catalog uses (machines,
 * pull-up bar, dumbbells, rowing machine, and the bands and balls every gym floor keeps);
 * dumbbells or a band at home are just that, plus the floor.
 */
const AVAILABLE: Readonly<Record<Kit, readonly Equipment[]>> = {
  none: ["none"],
  band: ["none", "band"],
  dumbbells: ["none", "dumbbells"],
  gym: EQUIPMENT,
};

export function kitEquipment(kit: Kit): readonly Equipment[] {
  return AVAILABLE[kit];
}

/**
 * The kit a piece of equipment stands for when the user names it ("gym machines" or "a rowing
 * machine" mean a gym: no home has those and nothing else). A pull-up bar or an exercise ball
 * says what the user has, not all they have, so it is no kit.
 */
export function kitOf(equipment: Equipment): Kit | undefined {
  switch (equipment) {
    case "none":
    case "band":
    case "dumbbells":
      return equipment;
    case "gym-machine":
    case "rowing-machine":
      return "gym";
    default:
      return undefined;
  }
}

/**
 * Kinds that are named for their kit ("a band workout", "something at the gym"): asking for
 * one tells us the user has it, when we did not know what they have.
 */
const NAMED_KIT: Partial<Record<WorkoutKind, Kit>> = {
  band: "band",
  dumbbell: "dumbbells",
  gym: "gym",
  rowing: "gym",
};

export function kitNamedBy(kind: WorkoutKind): Kit | undefined {
  return NAMED_KIT[kind];
}
