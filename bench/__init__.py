"""Browser benchmark of the dashboard against a plain baseline (``python -m bench``); not tests."""
