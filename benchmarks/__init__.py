"""Benchmarks of issue 6: python -m benchmarks.run (make bench)."""
