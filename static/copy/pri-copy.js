// The copy button (st.components.v2, loaded by ui/copy.py): it puts the text shown in its row
// (Streamlit's text element beside it) on the clipboard, as text. This file is imported once per
// page; a rerun sends only the labels. They and the sentence are only ever set as text.

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

// The sentence shown beside the button, as the page has it at the click (after any rerun).
function shownText(parentElement) {
  const host = parentElement instanceof ShadowRoot ? parentElement.host : parentElement;
  const row = host.closest('[data-testid="stHorizontalBlock"]');
  return row?.querySelector('[data-testid="stText"]')?.innerText ?? "";
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
    const text = shownText(parentElement);
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {
      copyWithoutClipboardApi(text);
    }
    button.textContent = data.done;
    setTimeout(() => { button.textContent = data.label; }, 2000);
  };
}
