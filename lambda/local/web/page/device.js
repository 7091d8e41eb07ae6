// The web device: an Echo Show (or a Dot) in the browser. What you type is sent to the local
// skill as speech; touches on the screen are sent as the UserEvents a device sends; answers are
// drawn with the real APL renderer and said on their SSML timeline.

(() => {
  const $ = (id) => document.getElementById(id);
  const frame = $("frame");
  const screen = $("screen");
  const caption = $("caption");
  const log = $("log");
  const picker = $("device");
  const STORED_DEVICE = "back-coach-device";

  let devices = [];
  /** The last screen shown, drawn again when the device changes. */
  let lastScreen;
  /** Requests go one at a time, in order, as a device sends them. */
  let queue = Promise.resolve();

  const player = new SpeechPlayer({
    onPiece: (text) => {
      caption.textContent = text;
      frame.classList.add("speaking");
    },
    onEnd: () => frame.classList.remove("speaking"),
  });

  function device() {
    return devices.find((d) => d.id === picker.value) ?? devices[0];
  }

  function note(kind, text) {
    const item = document.createElement("li");
    item.className = kind;
    item.textContent = text;
    log.append(item);
    log.scrollTop = log.scrollHeight;
  }

  /** Posts to the local skill; the answer's turns are shown and the last one is said. */
  function send(path, body) {
    // Speaking or touching over an answer is a barge-in: the skill hears how far it got.
    const heard = player.stop();
    frame.classList.remove("speaking");
    const payload = { ...body, device: device().id, ...(heard === undefined ? {} : { heard }) };
    queue = queue.then(async () => {
      try {
        const response = await fetch(path, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(payload),
        });
        const answer = await response.json();
        if (!response.ok) {
          note("note", answer.error ?? `The local skill answered ${response.status}.`);
          return;
        }
        await show(answer);
      } catch (error) {
        note("note", `The local skill did not answer: ${error.message}`);
      }
    });
    return queue;
  }

  async function show(answer) {
    let spoken;
    for (const turn of answer.turns) {
      if (turn.text) note("coach", turn.text);
      if (turn.ssml) spoken = turn;
      if (turn.endSession) note("note", "The session has ended: say something to start again.");
    }
    if (!spoken) return;
    // A reprompt comes with no screen of its own: what is shown stays, as on a device.
    if (device().screen && spoken.screen) {
      lastScreen = spoken.screen;
      await draw(spoken.screen);
    }
    player.play(spoken.timeline);
  }

  async function draw(shown) {
    const d = device();
    if (!shown || !d.screen) {
      AplScreen.clear(screen);
      return;
    }
    await AplScreen.render(
      screen,
      shown.document,
      shown.datasources,
      d.screen,
      (event) => touch(shown.token, event),
      "back-coach-web-device",
    );
  }

  function touch(token, event) {
    const label = `(touched ${String(event.arguments?.[0] ?? "the screen")})`;
    note("you", label);
    send("/api/touch", { token, arguments: event.arguments, source: event.source, label });
  }

  function layout() {
    const d = device();
    frame.classList.toggle("none", !d.screen);
    frame.classList.toggle("round", d.screen?.shape === "ROUND");
    $("dot").hidden = Boolean(d.screen);
    screen.hidden = !d.screen;
    if (d.screen) {
      // Large screens are drawn at their size in dp and scaled to fit the window.
      const room = Math.max(320, window.innerWidth - 720);
      const scale = Math.min(1, room / d.screen.width);
      screen.style.transform = scale < 1 ? `scale(${scale})` : "";
      frame.style.width = `${Math.round(d.screen.width * scale) + 24}px`;
      frame.style.height = `${Math.round(d.screen.height * scale) + 24}px`;
    } else {
      frame.style.width = "";
      frame.style.height = "";
    }
  }

  $("say").addEventListener("submit", (event) => {
    event.preventDefault();
    const line = $("line").value.trim();
    if (!line) return;
    $("line").value = "";
    note("you", line);
    send("/api/say", { line });
  });

  for (const button of document.querySelectorAll(".clock [data-line]")) {
    button.addEventListener("click", () => {
      note("you", button.dataset.line);
      send("/api/say", { line: button.dataset.line });
    });
  }

  $("interrupt-go").addEventListener("click", () => {
    const line = `/interrupt ${Number($("interrupt").value) || 0}`;
    note("you", line);
    send("/api/say", { line });
  });

  $("mute").addEventListener("change", (event) => {
    player.muted = event.target.checked;
  });

  picker.addEventListener("change", async () => {
    localStorage.setItem(STORED_DEVICE, picker.value);
    layout();
    await draw(device().screen ? lastScreen : undefined);
  });

  window.addEventListener("resize", layout);

  async function start() {
    const response = await fetch("/api/devices");
    const info = await response.json();
    devices = info.devices;
    player.lang = info.locale;
    for (const d of devices) picker.append(new Option(d.name, d.id));
    const stored = localStorage.getItem(STORED_DEVICE);
    picker.value = devices.some((d) => d.id === stored) ? stored : info.defaultDevice;
    layout();
    note(
      "note",
      'Type "open back coach" to begin, or ask for something: "start the back fat blaster".',
    );
    document.body.dataset.ready = "true";
  }

  start();
})();
