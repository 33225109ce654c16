"""Kept so ``python -m pri_data.refresh`` still works: see ``pri_data.indicators.refresh``."""

from pri_data.indicators.refresh import main

if __name__ == "__main__":
    raise SystemExit(main())
