"""The benchmark's page-side code, run in the browser: the probe installed in every page (input,
script-state and websocket log, the still picture's load, the empty page's text, the paint time of
either, Plotly's afterplot), the idle test after an input and the map component's last drawing
time. What the signals mean: ``bench/harness.py`` and bench/README.md."""

PROBE_JS = """
(() => {
  const b = window.__bench = {
    states: [], inputs: [], afterplots: [], textAt: null, pictureAt: null, shown: {}};
  const now = () => performance.now();
  // The map's still picture's box (ui/map_preview.py, KEY + "_" + the map's key) and the
  // empty page's text.
  const PICTURE = '[class*="st-key-pri_map_picture_"]';
  const TEXT = '[data-testid="stMarkdownContainer"]';
  // The map's still picture (ui/map_preview.py) has loaded (a frame shows it soon after).
  document.addEventListener('load', (e) => {
    if (b.pictureAt === null && e.target.closest?.(PICTURE))
      b.pictureAt = now();
  }, true);
  // When the picture or the text was on the screen: the browser's own paint timing (Largest
  // Contentful Paint entries carry the time of the frame that first showed an element). The load
  // event above and the text's insertion come before that frame; a canvas (the baseline's
  // MapLibre map) has no entry.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element, t = e.renderTime || e.startTime;
      if (!el || !el.closest) continue;
      if (el.closest(PICTURE)) b.shown.picture ??= t;
      else if (el.closest(TEXT)) b.shown.text ??= t;
    }
  }).observe({type: 'largest-contentful-paint', buffered: true});
  for (const type of ['pointerdown', 'keydown'])
    window.addEventListener(type, () => b.inputs.push(now()), true);
  let last = null;
  const watch = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    const state = app ? app.getAttribute('data-test-script-state') : null;
    if (state !== last) { last = state; b.states.push([now(), state]); }
    if (b.textAt === null && document.querySelector(TEXT))
      b.textAt = now();
    for (const gd of document.querySelectorAll('.js-plotly-plot')) {
      if (!gd.__benchHooked && typeof gd.on === 'function') {
        gd.__benchHooked = true;
        gd.on('plotly_afterplot', () => b.afterplots.push(now()));
      }
    }
  };
  new MutationObserver(watch).observe(document, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-test-script-state'],
  });
  // Websocket log [time, 'in'|'out', message type, bytes]: the type is the number of the first
  // top-level protobuf field after ForwardMsg's hash (1) and metadata (2), i.e. its oneof:
  // 4 new_session (a run began), 5 delta, 6 script_finished; sent BackMsg 11 rerun_script.
  b.ws = [];
  const kind = (data) => {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data)
      : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : null;
    if (!bytes) return [null, 0];
    let i = 0;
    const varint = () => { let v = 0, m = 1, c;
      do { c = bytes[i++]; v += (c & 127) * m; m *= 128; } while (c & 128 && i < bytes.length);
      return v; };
    while (i < bytes.length) {
      const key = varint(), field = Math.floor(key / 8), wire = key & 7;
      if (field > 2) return [field, bytes.length];
      if (wire === 0) varint(); else if (wire === 2) { const n = varint(); i += n; }
      else if (wire === 1) i += 8; else if (wire === 5) i += 4; else break;
    }
    return [null, bytes.length];
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => b.ws.push([now(), 'in', ...kind(e.data)]));
    }
    send(data) { b.ws.push([now(), 'out', ...kind(data)]); return super.send(data); }
  };
})();
"""

# Message types in the probe's websocket log (streamlit/proto/ForwardMsg.proto, BackMsg.proto).
NEW_SESSION, SCRIPT_FINISHED, RERUN_SCRIPT = 4, 6, 11

# Idle after an input at t0: the app shows notRunning (and no spinner), and a run happened after
# t0: a non-idle state seen at or after t0, or a script_finished message received at or after t0
# (a run shorter than one render shows no "running" at all). The time is the later of the last
# entry into notRunning and the last script_finished received.
IDLE_AFTER_JS = """([t0, selector]) => {
  const b = window.__bench, s = b.states, last = s[s.length - 1];
  if (!last || last[1] !== 'notRunning' || !document.querySelector(selector)) return false;
  if (document.querySelector('[data-testid="stSpinner"]')) return false;
  const busy = s.some(([t, st]) => t >= t0 && st !== 'notRunning');
  const finished = b.ws.filter(([t, dir, type]) => t >= t0 && dir === 'in' && type === FINISHED);
  if (!busy && !finished.length) return false;
  return Math.max(last[0], ...finished.map((f) => f[0]));
}""".replace("FINISHED", str(SCRIPT_FINISHED))



# The SVG map component's own clock reading when it last drew (static/map/pri-map.js).
DRAWN_AT_JS = """() => {
  const host = document.querySelector('.pri-map[data-state="drawn"]');
  return host ? Number(host.dataset.drawnAt) : -1;
}"""
