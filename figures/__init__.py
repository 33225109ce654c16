"""Every figure of the app: the SVG map builder (``svg_map``, ``map_specs``), the Plotly chart
builders (``charts``, ``plotly_config``), the palette, fonts and source lines. Pure functions: data
in, figure out; no Streamlit. Built on ``geo`` (shapes) and ``pri_data`` (frames)."""
