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
  goodbye: "Okay, see you next time. Keep moving!",
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
  offerTip: "Would you like a diet tip?",
  offerCalories: "Would you like me to work out your daily calorie target?",
  profileIntro:
    "To work that out I need a few details, one at a time. I'll keep only what the calculation needs.",
  noProfile: "I don't have any details about you yet.",
  changeHint: "To change something, say, for example, update my weight to 180 pounds.",
  whatIStore:
    "I keep only what Back Coach needs, linked to an anonymous Alexa ID, not your name: where you stopped in an unfinished workout; the workouts you've done, with their dates and minutes; which tips and coaching lines you've heard, so they don't repeat; and, if you've told me, your sex, age, height, weight and activity level for the calorie target. Say delete my data to remove all of it.",
  historyUnavailable:
    "I can't reach your workout history right now. Please ask me again in a moment.",
  confirmDelete:
    "This deletes everything I keep about you: your profile, your workout history and where you stopped. It can't be undone. Are you sure?",
  deleteReprompt: "Should I delete all your data? Yes or no?",
  deleted:
    "Done. I've deleted everything I kept about you. If you come back, we'll start fresh. Take care!",
  deleteFailed:
    "I couldn't reach your data just now, so nothing was deleted. Please try again in a little while.",
  keptData: "Okay, I've kept everything.",
  profileQuestions: {
    sex: "The formula is different for men and women. Are you male or female?",
    ageYears: "How old are you?",
    heightCm: "How tall are you, in feet and inches or in centimeters?",
    weightKg: "How much do you weigh?",
    activity:
      "You can tell me how many times a week you work out, or pick one: are you mostly sitting, lightly active, moderately active or very active?",
  },
  profileProblems: {
    sex: "Sorry, I need male or female for the formula.",
    activity: "Sorry, I didn't catch your activity level.",
  },
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
