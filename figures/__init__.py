"""Every figure of the app: the SVG map (``map_specs``: what each map draws; ``map_figure``: the
figure and its frame; ``svg_map``, ``map_legend``, ``svg_text``: the markup), the Plotly chart
builders (``charts``, ``plotly_config``), the palette, fonts and source lines. Pure functions: data
in, figure out; no Streamlit. Built on ``geo`` (shapes) and ``pri_data`` (frames)."""
