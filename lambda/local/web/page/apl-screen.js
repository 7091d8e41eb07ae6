// Draws an APL document with apl-viewhost-web (loaded before this file as the global
// AplRenderer), for the web device and the screen tests alike: the same start-up, the same
// viewport, the same events.

(() => {
  // Started at once: the runtime's ready signal is missed if the engine starts later.
  const engine = AplRenderer.initEngine();
  let current;

  /**
   * Shows `doc` with its datasources at a viewport ({ width, height, shape, mode } in dp) inside
   * `container`, replacing what was there; `onSendEvent` receives each SendEvent command (a
   * touch button's arguments and source). Resolves once the document is drawn.
   */
  async function render(container, doc, data, vp, onSendEvent, agentName) {
    await engine;
    if (current) current.destroy();
    current = undefined;
    // A fresh element each time: a renderer leaves its listeners on the view it was given.
    const view = document.createElement("div");
    view.style.position = "relative";
    view.style.width = `${vp.width}px`;
    view.style.height = `${vp.height}px`;
    container.replaceChildren(view);
    const content = AplRenderer.Content.create(JSON.stringify(doc));
    // The ASK convention: a parameter named payload gets the whole datasources object.
    for (const name of doc.mainTemplate.parameters || []) {
      content.addData(name, JSON.stringify(name === "payload" ? data : data[name]));
    }
    const renderer = AplRenderer.default.create({
      content,
      view,
      viewport: {
        width: vp.width,
        height: vp.height,
        dpi: 160,
        shape: vp.shape,
        isRound: vp.shape === "ROUND",
      },
      mode: vp.mode,
      theme: "dark",
      environment: { agentName, agentVersion: "1.0", allowOpenUrl: false, disallowVideo: true },
      utcTime: Date.now(),
      localTimeAdjustment: -new Date().getTimezoneOffset() * 60_000,
      onSendEvent: (event) => onSendEvent({ arguments: event.arguments, source: event.source }),
    });
    current = renderer;
    await renderer.init();
    return renderer;
  }

  /** Takes the document off the screen (a device with nothing to show). */
  function clear(container) {
    if (current) current.destroy();
    current = undefined;
    container.replaceChildren();
  }

  globalThis.AplScreen = { engine, render, clear, current: () => current };
})();
