// The PRI map component (st.components.v2, loaded by ui/map_component.py). The server sends an
// SVG document without geometry (figures/svg_map.py); this fills each path's `d` from the NUTS
// geometry files, fetched once per page and kept by the browser (their URLs carry a content hash).
// Data strings only ever reach the page as text nodes or attributes, never as HTML.

const GEO = (globalThis.__priMapGeo ??= new Map());

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

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  const host = parentElement.querySelector(".pri-map") || setup(parentElement);
  host._open = (pid) => setTriggerValue("clicked", pid);
  if (!data || host.dataset.rev === data.rev) return;
  const rev = data.rev;
  host.dataset.rev = rev;
  host.dataset.state = "loading";
  host.dataset.filename = data.filename;
  host.style.setProperty("--pri-map-max-height", data.maxHeight || "none");
  host.querySelectorAll(".pri-map-download").forEach((b) => {
    b.textContent = data.labels[b.dataset.kind];
  });
  const doc = new DOMParser().parseFromString(data.svg, "image/svg+xml");
  const svg = document.importNode(doc.documentElement, true);
  const [, , w, h] = svg.getAttribute("viewBox").split(" ").map(Number);
  svg.setAttribute("data-full-viewbox", `0 0 ${w} ${h}`);
  if (data.hideTitle) {
    const top = Number(svg.getAttribute("data-title-height"));
    svg.setAttribute("viewBox", `0 ${top} ${w} ${h - top}`);
  }
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  const missing = [...svg.querySelectorAll("path[data-nuts]:not([d])")];
  const levels = [...new Set(missing.map((p) => p.getAttribute("data-l")))];
  Promise.all(levels.map((l) => geometry(data.geo[l]).then((paths) => [l, paths])))
    .then((loaded) => {
      if (host.dataset.rev !== rev) return; // a newer render is under way
      const byLevel = Object.fromEntries(loaded);
      for (const p of missing) {
        const d = byLevel[p.getAttribute("data-l")][p.getAttribute("data-nuts")];
        if (d) p.setAttribute("d", d);
      }
      host.querySelector(".pri-map-canvas").replaceChildren(svg);
      host.dataset.state = "drawn";
      host.dataset.drawnAt = String(performance.now());
    })
    .catch((error) => {
      host.dataset.state = "error";
      const canvas = host.querySelector(".pri-map-canvas");
      const message = el("p", "pri-map-error");
      message.textContent = `${data.labels.error} (${error.message})`;
      canvas.replaceChildren(message);
    });
}
