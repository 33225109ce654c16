"""Kept so ``python -m pri_data.build_indicators`` works: see ``pri_data.indicators.build``."""

from pri_data.indicators.build import main

if __name__ == "__main__":
    raise SystemExit(main())
