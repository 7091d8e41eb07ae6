import type { Position } from "../coach";
import { durationWords, numberWords } from "../coach/speech/numbers";

/**
 * Everything the skill says outside the workouts themselves (en-US). One place, so wording
 * stays consistent and a new locale is one new file.
 */
export const LINES = {
  welcomeFirst:
    "Welcome to Back Coach! I'll talk you through back-toning and fat-burning workouts and count every rep with you. One thing first: I'm a coach, not a doctor, and this isn't medical advice. If you're new to exercise or have a health condition, check with your doctor before you start.",
  welcomeBack: "Welcome back to Back Coach.",
  offerDefault:
    "You can name any workout, like home, HIIT or rowing. Or shall we start the fifteen-minute back fat blaster?",
  offerDefaultReprompt: "Shall we start the back fat blaster? Say yes, or name another workout.",
  whichWorkout:
    "I can coach the back fat blaster, a home workout with no equipment or with a band, dumbbells, gym machines, pull-ups for every level, an eight-move toning routine, HIIT, an interval run, and rowing. Which would you like?",
  whichWorkoutReprompt:
    "Which workout would you like? For example, say start the back fat blaster.",
  segmentReprompt: "Say ready when you want to go on, or pause to stop for now.",
  resumeReprompt: "Shall we pick up where you left off? Say yes, or name another workout.",
  tipReprompt: "Would you like a diet tip? Yes or no?",
  anotherTip: "Would you like another tip?",
  noWorkout: "You're not in a workout right now.",
  startHint: "Say start a back workout, or ask what workouts I have. What would you like?",
  lastMove: "That was the last move.",
  finishedAlready: "You've already finished that workout. Nice work!",
  paused:
    "Paused, and I'll remember where you are. When you're ready, say: Alexa, ask Back Coach to resume.",
  pickingUp: "Picking up where you left off.",
  takeYourTime: "No rush, take a breather. Tell me when you're ready. Shall we go on?",
  okNotNow: "Okay.",
  goodbye: "Good work today. See you next time!",
  goodbyeMidWorkout:
    "Okay, stopping here. I'll remember where you were, so you can pick up next time. Bye for now!",
  fallback: "Sorry, I didn't catch that.",
  error: "Sorry, something went wrong on my side.",
  storageWarning:
    "Just so you know, I couldn't save your progress right now, but we'll keep going.",
  helpInWorkout:
    "Say ready or next to go on, repeat to hear that again, previous to go back, skip this exercise, how do I do this, what's next, how much is left, or pause.",
  helpOutside:
    "I coach back workouts by voice. Say start a back workout, or name one: the back fat blaster, home, dumbbells, gym, pull-ups, toning, HIIT, running or rowing. You can also say a fifteen minute workout, or I only have a band.",
  whatWouldYouLike: "What would you like to do?",
} as const;

/** "renegade rows, set two of three, in the back fat blaster" */
export function describePosition(position: Position): string {
  const set =
    position.set !== undefined && position.sets !== undefined && position.sets > 1
      ? `, set ${numberWords(position.set)} of ${numberWords(position.sets)}`
      : "";
  return `${position.exercise.name}${set}, in ${position.workout.title}`;
}

export function resumeOffer(position: Position): string {
  return `You were on ${describePosition(position)}. Pick up there?`;
}

export function timeLeft(seconds: number, moves: number): string {
  if (seconds < 20) return "This is the last stretch: you're nearly done!";
  const minutes = Math.max(1, Math.round(seconds / 60));
  const time = minutes === 1 ? "about a minute" : `about ${durationWords(minutes * 60)}`;
  const after =
    moves === 0
      ? "and this is the last move."
      : `with ${numberWords(moves)} more ${moves === 1 ? "move" : "moves"} after this one.`;
  return `You've got ${time} left, ${after}`;
}
