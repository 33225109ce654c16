// The PRI map component (st.components.v2, loaded by ui/map_component.py). The server sends an
// SVG document without geometry (figures/svg_map.py) the first time, then only what changed
// (ui/map_patch.py), applied here to the SVG already in the page. Each path's `d` comes from the
// NUTS geometry files, fetched once per page and kept by the browser (their URLs carry a content
// hash). Data strings only ever reach the page as text nodes or attributes, never as HTML.

const GEO = (globalThis.__priMapGeo ??= new Map());
performance.mark("pri-map:module");

// The component's styles, once per page (not with every rerun).
const CSS = `
.pri-map { position: relative; }
.pri-map svg.pri-svg { display: block; width: 100%; height: auto;
  max-height: var(--pri-map-max-height, none); }
.pri-map [data-pid] { cursor: pointer; }
.pri-map path[data-pid]:hover { stroke: #000; stroke-width: 1.6px; }
.pri-map [data-pid]:focus { outline: none; stroke: #000; stroke-width: 3px; }
.pri-map-tip { position: absolute; z-index: 5; pointer-events: none; background: #fff;
  color: #1a1a1a; border: 1px solid #9e9e9e; border-radius: 4px; padding: 6px 9px;
  font-size: 0.85rem; line-height: 1.35; max-width: 22rem;
  box-shadow: 0 2px 6px rgba(0, 0, 0, 0.18); }
.pri-map-tip-head { font-weight: 600; }
.pri-map-downloads { display: flex; gap: 0.5rem; justify-content: flex-end; margin-top: 0.2rem; }
.pri-map-download { font-size: 0.8rem; padding: 0.15rem 0.6rem; border: 1px solid #bdbdbd;
  border-radius: 4px; background: #fff; color: #1a1a1a; cursor: pointer; }
.pri-map-download:focus-visible { outline: 2px solid #0e4c92; }
`;
if (!document.getElementById("pri-map-css")) {
  const style = document.createElement("style");
  style.id = "pri-map-css";
  style.textContent = CSS;
  document.head.appendChild(style);
}

function geometry(url) {
  if (!GEO.has(url)) {
    const request = fetch(new URL(url, document.baseURI)).then((r) => {
      if (!r.ok) throw new Error(`map geometry ${url}: HTTP ${r.status}`);
      return r.json();
    });
    request.catch(() => GEO.delete(url));
    GEO.set(url, request);
  }
  return GEO.get(url);
}

function el(tag, className, parent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (parent) parent.appendChild(node);
  return node;
}

function showTip(host, target, x, y) {
  const tip = host.querySelector(".pri-map-tip");
  tip.replaceChildren();
  target.getAttribute("data-tip").split("\n").forEach((line, i) => {
    const row = el("div", i === 0 ? "pri-map-tip-head" : "", tip);
    row.textContent = line;
  });
  tip.hidden = false;
  const box = host.getBoundingClientRect();
  const left = Math.min(x - box.left + 14, box.width - tip.offsetWidth - 4);
  const top = y - box.top + 14 + tip.offsetHeight > box.height
    ? y - box.top - tip.offsetHeight - 10 : y - box.top + 14;
  tip.style.left = `${Math.max(0, left)}px`;
  tip.style.top = `${Math.max(0, top)}px`;
}

function hideTip(host) {
  host.querySelector(".pri-map-tip").hidden = true;
}

function standalone(host) {
  const svg = host.querySelector("svg.pri-svg").cloneNode(true);
  const full = svg.getAttribute("data-full-viewbox");
  if (full) svg.setAttribute("viewBox", full);
  svg.removeAttribute("style");
  svg.querySelectorAll("[tabindex]").forEach((n) => n.removeAttribute("tabindex"));
  svg.querySelectorAll(".pri-narrow").forEach((n) => n.remove()); // the page's narrow layout
  svg.classList.remove("pri-untitled");
  return svg;
}

function save(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function download(host, kind) {
  const svg = standalone(host);
  const text = new XMLSerializer().serializeToString(svg);
  const name = host.dataset.filename || "pri-map";
  const blob = new Blob([text], { type: "image/svg+xml" });
  if (kind === "svg") return save(blob, `${name}.svg`);
  const [, , w, h] = svg.getAttribute("viewBox").split(" ").map(Number);
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(w * 2);
    canvas.height = Math.round(h * 2);
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(img.src);
    canvas.toBlob((png) => save(png, `${name}.png`), "image/png");
  };
  img.src = URL.createObjectURL(blob);
}

function setup(parentElement) {
  const host = el("div", "pri-map", parentElement);
  el("div", "pri-map-canvas", host);
  const tip = el("div", "pri-map-tip", host);
  tip.hidden = true;
  tip.setAttribute("role", "tooltip");
  const bar = el("div", "pri-map-downloads", host);
  for (const kind of ["svg", "png"]) {
    const button = el("button", "pri-map-download", bar);
    button.type = "button";
    button.dataset.kind = kind;
    button.addEventListener("click", () => download(host, kind));
  }
  host.addEventListener("pointermove", (e) => {
    const target = e.target.closest?.("[data-tip]");
    if (target && host.contains(target)) showTip(host, target, e.clientX, e.clientY);
    else hideTip(host);
  });
  host.addEventListener("pointerleave", () => hideTip(host));
  host.addEventListener("click", (e) => {
    const target = e.target.closest?.("[data-pid]");
    if (target && host.contains(target)) host._open(target.getAttribute("data-pid"));
  });
  host.addEventListener("keydown", (e) => {
    const target = e.target.closest?.("[data-pid]");
    if (target && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      host._open(target.getAttribute("data-pid"));
    }
  });
  host.addEventListener("focusin", (e) => {
    const target = e.target.closest?.("[data-tip]");
    if (!target) return;
    const r = target.getBoundingClientRect();
    showTip(host, target, r.left + r.width / 2, r.top + r.height / 2);
  });
  host.addEventListener("focusout", () => hideTip(host));
  return host;
}

const SVG_NS = "http://www.w3.org/2000/svg";
// The last SVG element drawn per map key: a map mounted again (back from another page) patches it.
const DRAWN = (globalThis.__priMapDrawn ??= new Map());

function parseSvg(markup) {
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  if (doc.querySelector("parsererror")) throw new Error("map SVG does not parse");
  return document.importNode(doc.documentElement, true);
}

function fragments(markups) {
  const wrap = parseSvg(`<svg xmlns="${SVG_NS}">${markups.join("")}</svg>`);
  return [...wrap.children];
}

function nodeAt(root, path) {
  let node = root;
  for (const i of path) node = node.children[i];
  if (!node) throw new Error("map patch does not fit");
  return node;
}

// ui/map_patch.py's operations, in order, on the SVG element in the page.
function applyPatch(svg, ops) {
  for (const [kind, path, arg] of ops) {
    const node = nodeAt(svg, path);
    if (kind === "a") {
      for (let [name, value] of Object.entries(arg)) {
        if (node === svg && name === "viewBox") name = "data-full-viewbox";
        if ((name === "data-nuts" || name === "data-l") && !("d" in arg)) node.removeAttribute("d");
        if (value === null) node.removeAttribute(name);
        else node.setAttribute(name, value);
      }
    } else if (kind === "t") {
      node.textContent = arg;
    } else if (kind === "r") {
      node.replaceWith(fragments([arg])[0]);
    } else if (kind === "c") {
      const old = [...node.children];
      const fresh = fragments(arg.filter((item) => typeof item === "string"));
      node.replaceChildren(...arg.map((item) => (typeof item === "string" ? fresh.shift() : old[item])));
    }
  }
}

// The root as shown: no fixed size, the title cropped when presenting (its narrow layout then
// shows no title either: figures/svg_narrow.py).
function frameRoot(svg, hideTitle) {
  svg.classList.toggle("pri-untitled", Boolean(hideTitle));
  const [, , w, h] = svg.getAttribute("data-full-viewbox").split(" ").map(Number);
  const top = hideTitle ? Number(svg.getAttribute("data-title-height")) : 0;
  svg.setAttribute("viewBox", `0 ${top} ${w} ${h - top}`);
  svg.removeAttribute("width");
  svg.removeAttribute("height");
}

function fail(host, data, error) {
  host.dataset.state = "error";
  const message = el("p", "pri-map-error");
  message.textContent = `${data.labels.error} (${error.message})`;
  host.querySelector(".pri-map-canvas").replaceChildren(message);
}

// The still picture shown until this map was drawn (ui/map_preview.py; its box's class is
// data.picture): it goes, with the wrapper that holds its place in the page.
function hidePicture(className) {
  for (const box of document.getElementsByClassName(className)) {
    (box.closest('[data-testid="stLayoutWrapper"]') || box).style.display = "none";
  }
}

// Fill every path still without geometry, then show the SVG (if no newer render began).
function finish(host, svg, data) {
  const missing = [...svg.querySelectorAll("path[data-nuts]:not([d])")];
  const levels = [...new Set(missing.map((p) => p.getAttribute("data-l")))];
  return Promise.all(levels.map((l) => geometry(data.geo[l]).then((paths) => [l, paths])))
    .then((loaded) => {
      performance.mark("pri-map:geometry");
      if (host.dataset.rev !== data.rev) return; // a newer render is under way
      const byLevel = Object.fromEntries(loaded);
      for (const p of missing) {
        const d = byLevel[p.getAttribute("data-l")][p.getAttribute("data-nuts")];
        if (d) p.setAttribute("d", d);
      }
      const canvas = host.querySelector(".pri-map-canvas");
      if (svg.parentNode !== canvas) canvas.replaceChildren(svg);
      host.dataset.state = "drawn";
      if (data.picture) hidePicture(data.picture);
      performance.mark("pri-map:drawn");
      host.dataset.drawnAt = String(performance.now());
    });
}

export default function (component) {
  performance.mark("pri-map:call");
  const { data, parentElement, setTriggerValue } = component;
  if (!data?.rev) return; // the preload instance (ui/map_component.preload): code and geometry only
  const host = parentElement.querySelector(".pri-map") || setup(parentElement);
  host._open = (pid) => setTriggerValue("clicked", pid);
  if (host.dataset.rev === data.rev) return;
  let svg;
  try {
    if (data.patch) {
      const kept = DRAWN.get(data.id);
      svg = host.dataset.rev === data.base ? host._svg : kept?.rev === data.base ? kept.svg : null;
      if (!svg) {
        setTriggerValue("stale", data.rev); // this browser lacks the base: the server sends it all
        return;
      }
      applyPatch(svg, data.patch);
    } else {
      svg = parseSvg(data.svg);
      svg.setAttribute("data-full-viewbox", svg.getAttribute("viewBox"));
    }
  } catch (error) {
    host.dataset.rev = "";
    DRAWN.delete(data.id);
    if (data.patch) return setTriggerValue("stale", data.rev); // the whole SVG comes next
    return fail(host, data, error);
  }
  host.dataset.rev = data.rev;
  host.dataset.state = "loading";
  host.dataset.filename = data.filename;
  host.style.setProperty("--pri-map-max-height", data.maxHeight || "none");
  host.querySelectorAll(".pri-map-download").forEach((b) => {
    b.textContent = data.labels[b.dataset.kind];
  });
  frameRoot(svg, data.hideTitle);
  host._svg = svg;
  DRAWN.set(data.id, { rev: data.rev, svg });
  finish(host, svg, data).catch((error) => fail(host, data, error));
}
