"""NUTS 2021 geometry only: no participant data, no figures, no Streamlit.

The public surface is the modules below, imported by name (``from geo import neighbours``,
``from geo.nuts import load_nuts``): ``nuts`` (the validated NUTS 2021 frames, names, levels,
attribution), ``projection`` (the EU map frame, its insets, points on the map), ``shapes`` (the
simplified shapes served to the browser), ``versions`` (NUTS 2003-2016 codes -> NUTS 2021) and
``neighbours`` (the countries outside the EU). ``build`` is the offline command
``python -m geo.build``, not an import.
"""

__all__ = ["neighbours", "nuts", "projection", "shapes", "versions"]
