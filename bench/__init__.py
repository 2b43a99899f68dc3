"""Benchmarks: `python -m bench` prints one JSON line per metric.

Each scenario module in SCENARIOS has ``run(quick: bool) -> list[Metric]``.
Ratios are measured side by side in one run, because shared machines are noisy.
"""
