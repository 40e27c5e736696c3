"""nato_reader's benchmarks: ``python benchmarks/run.py`` (or ``./dev bench``)."""
