// The copy button (st.components.v2, loaded by ui/copy.py): a sentence arrives as data and is
// put on the clipboard as text. This file is imported once per page; a rerun sends only the
// data. The button's label, help and sentence are only ever set as text, never as HTML.

const CSS = `
.pri-copy {
  font: inherit; font-size: 0.95rem; padding: 0.3rem 0.9rem; cursor: pointer;
  border: 1px solid rgba(49, 51, 63, 0.35); border-radius: 0.5rem; background: #fff;
  color: #31333f; white-space: nowrap;
}
.pri-copy:hover { border-color: #ff4b4b; color: #ff4b4b; }
.pri-copy:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
`;
let sheet = null;

// The styles, once: in the component's shadow root, or in the page when it has none.
function addStyles(root) {
  if (root instanceof ShadowRoot) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  } else if (!document.getElementById("pri-copy-css")) {
    const style = document.createElement("style");
    style.id = "pri-copy-css";
    style.textContent = CSS;
    document.head.appendChild(style);
  }
}

function copyWithoutClipboardApi(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

export default function (component) {
  const { parentElement, data } = component;
  let button = parentElement.querySelector("button.pri-copy");
  if (!button) {
    addStyles(parentElement);
    button = document.createElement("button");
    button.type = "button";
    button.className = "pri-copy";
    button.setAttribute("aria-live", "polite");
    parentElement.appendChild(button);
  }
  button.textContent = data.label;
  button.title = data.help;
  button.onclick = async () => {
    try {
      await navigator.clipboard.writeText(data.text);
    } catch (error) {
      copyWithoutClipboardApi(data.text);
    }
    button.textContent = data.done;
    setTimeout(() => { button.textContent = data.label; }, 2000);
  };
}
