// Says an answer with the browser's speech synthesis on the SSML's own timeline: each run of
// words starts when the skill's timing model says it is said (after the breaks before it),
// so counts land on the beat the skill placed them on and the screen's countdown agrees.

(() => {
  class SpeechPlayer {
    constructor({ onPiece, onEnd }) {
      this.onPiece = onPiece;
      this.onEnd = onEnd;
      this.timers = [];
      this.startedAt = undefined;
      this.length = 0;
      this.muted = false;
      this.lang = "en-US";
    }

    /** Plays a timeline ({ pieces: [{ text, at, seconds }], seconds }), stopping any before it. */
    play(timeline) {
      this.stop();
      this.startedAt = performance.now();
      this.length = timeline.seconds;
      for (const piece of timeline.pieces) {
        this.timers.push(setTimeout(() => this.say(piece), piece.at * 1000));
      }
      this.timers.push(setTimeout(() => this.finish(), timeline.seconds * 1000));
    }

    say(piece) {
      this.onPiece(piece.text);
      const synth = globalThis.speechSynthesis;
      if (this.muted || !synth || typeof SpeechSynthesisUtterance !== "function") return;
      const utterance = new SpeechSynthesisUtterance(piece.text);
      utterance.lang = this.lang;
      // A run the voice has not finished by the next cue is cut there: the cue is on time.
      if (synth.speaking) synth.cancel();
      synth.speak(utterance);
    }

    finish() {
      this.startedAt = undefined;
      this.timers = [];
      this.onEnd();
    }

    /**
     * Stops the answer (the user spoke or touched over it). Returns how many seconds of it were
     * heard, or undefined when it had already ended.
     */
    stop() {
      for (const timer of this.timers) clearTimeout(timer);
      this.timers = [];
      globalThis.speechSynthesis?.cancel();
      if (this.startedAt === undefined) return undefined;
      const heard = (performance.now() - this.startedAt) / 1000;
      this.startedAt = undefined;
      return Math.round(Math.min(heard, this.length) * 10) / 10;
    }

    get playing() {
      return this.startedAt !== undefined;
    }
  }

  globalThis.SpeechPlayer = SpeechPlayer;
})();
