"""NUTS 2021 geometry only: no participant data, no figures, no Streamlit.

The public surface is the modules below, imported by name (``from geo import neighbours``,
``from geo.nuts import load_nuts``): ``nuts`` (the validated NUTS 2021 frames, names, levels,
attribution), ``lookup`` (what the app needs of the 1:10 million shapes: names, levels, bounds,
locator paths, inset placements; written at build time), ``projection`` (the EU map frame, its
insets, points on the map), ``shapes`` (the simplified shapes served to the browser),
``versions`` (NUTS 2003-2016 codes -> NUTS 2021) and ``neighbours`` (the countries outside the
EU). ``build`` is the offline command ``python -m geo.build``, not an import.
"""

__all__ = ["lookup", "neighbours", "nuts", "projection", "shapes", "versions"]
