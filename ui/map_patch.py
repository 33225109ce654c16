"""What a rerun sends to a map already on the screen: only what changed in its SVG.

A filter change redraws the same map with other fills, tooltips, dots, legend, title and frame.
The first time a session shows a map (per component key) it gets the whole SVG; after that it
gets the operations that turn the SVG it holds (``base``, a content hash) into the new one, and
``static/map/pri-map.js`` applies them to the SVG element in place. When the browser does not
hold ``base`` (a reconnect, a lost element) it asks for the whole SVG (``ui.map_component.show``).

Operations (``diff``), addressed by child-element indices from the root in the *old* SVG; the
operations on a node's children come before the operation that reorders those children:
- ``["a", path, {name: value or None}]``: set (or, with None, remove) attributes;
- ``["t", path, text]``: set the text of an element without child elements;
- ``["r", path, markup]``: replace the element;
- ``["c", path, items]``: the new child list, each item an old child's index (kept, moved) or
  the markup of a new element.
Markup is serialised by ElementTree from the server's own SVG (texts escaped there), without the
SVG namespace attribute: the browser parses it inside an ``<svg xmlns=...>`` wrapper.
"""

from __future__ import annotations

import hashlib
import json
import threading
import xml.etree.ElementTree as ET
from collections import OrderedDict

SVG_NS = "http://www.w3.org/2000/svg"
_XMLNS = f' xmlns="{SVG_NS}"'
_KEYS = ("id", "data-pid", "data-fill")
KEEP_DOCS = 128  # SVG documents remembered by content hash, shared by every session


def rev(svg: str) -> str:
    """The content hash a map's SVG is known by, on both sides."""
    return hashlib.sha1(svg.encode("utf-8")).hexdigest()[:16]


class Documents:
    """The last SVG documents sent, by content hash (bounded, thread-safe): the bases patches
    are computed from. Many sessions share the same documents (the unfiltered map)."""

    def __init__(self, size: int = KEEP_DOCS) -> None:
        self.size = size
        self._docs: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, svg: str) -> str:
        key = rev(svg)
        with self._lock:
            self._docs[key] = svg
            self._docs.move_to_end(key)
            while len(self._docs) > self.size:
                self._docs.popitem(last=False)
        return key

    def get(self, key: str) -> str | None:
        with self._lock:
            svg = self._docs.get(key)
            if svg is not None:
                self._docs.move_to_end(key)
            return svg


DOCUMENTS = Documents()


def _markup(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode").replace(_XMLNS, "", 1)


def _keys(parent: ET.Element) -> list[str]:
    """A key per child: its id (or participant, or legend fill), else tag, class and rank."""
    seen: dict[str, int] = {}
    out = []
    for child in parent:
        own = next((f"{a}={child.get(a)}" for a in _KEYS if child.get(a) is not None), None)
        if own is None:
            base = f"{child.tag}.{child.get('class', '')}"
            seen[base] = seen.get(base, 0) + 1
            own = f"{base}:{seen[base]}"
        out.append(f"{child.tag}|{own}")
    return out


def _diff(old: ET.Element, new: ET.Element, path: list[int], ops: list) -> None:
    mixed = (old.text or new.text or "").strip() and (len(old) or len(new))
    if old.tag != new.tag or mixed:
        ops.append(["r", path, _markup(new)])
        return
    changed: dict[str, str | None] = {
        k: v for k, v in new.attrib.items() if old.attrib.get(k) != v
    }
    changed.update({k: None for k in old.attrib if k not in new.attrib})
    if changed:
        ops.append(["a", path, changed])
    if not len(new) and not len(old):
        if (old.text or "") != (new.text or ""):
            ops.append(["t", path, new.text or ""])
        return
    old_keys, new_keys = _keys(old), _keys(new)
    if old_keys == new_keys:
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            _diff(a, b, [*path, i], ops)
        return
    where = {k: i for i, k in enumerate(old_keys)}
    used: set[int] = set()
    items: list[int | str] = []
    for key, child in zip(new_keys, new, strict=True):
        i = where.get(key)
        if i is None or i in used:
            items.append(_markup(child))
            continue
        used.add(i)
        _diff(old[i], child, [*path, i], ops)
        items.append(i)
    ops.append(["c", path, items])


def diff(old_svg: str, new_svg: str) -> list:
    """The operations that turn ``old_svg`` into ``new_svg`` (see the module docstring)."""
    ET.register_namespace("", SVG_NS)
    ops: list = []
    _diff(ET.fromstring(old_svg), ET.fromstring(new_svg), [], ops)
    return ops


def payload(svg: str, base: str | None) -> dict:
    """What the component gets for ``svg`` when the browser holds ``base`` (None: nothing): the
    whole SVG, or the operations from ``base``. Remembers ``svg`` as a future base."""
    new = DOCUMENTS.put(svg)
    old_svg = DOCUMENTS.get(base) if base else None
    if old_svg is None:
        return {"rev": new, "svg": svg}
    ops = [] if base == new else diff(old_svg, svg)
    if ops and len(json.dumps(ops)) >= len(svg):  # e.g. back to every participant
        return {"rev": new, "svg": svg}
    return {"rev": new, "base": base, "patch": ops}


def svg_for(data: dict) -> str | None:
    """The whole SVG a payload stands for (tests read the map this way)."""
    return data.get("svg") or DOCUMENTS.get(data["rev"])
