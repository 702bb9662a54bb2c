"""`make load`'s figures (bench/load.py) come from every sample a step gathered: the counts are
exact and the percentiles are samples that bound the share of the others they should."""

import math
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.ops.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))

import load as load_bench  # noqa: E402  (bench/load.py)

ENDPOINTS = ["home", "search page", "forum reply"]
sample = st.tuples(st.sampled_from(ENDPOINTS), st.floats(0.5, 30_000, allow_nan=False), st.booleans())


@settings(max_examples=100, deadline=None)
@given(samples=st.lists(sample, min_size=1, max_size=300), seconds=st.floats(1, 600))
def test_each_endpoint_is_counted_from_every_sample(tmp_path_factory, samples, seconds):
    # Split over two files, as the samples of two kinds of person are.
    folder = tmp_path_factory.mktemp("load")
    paths = [folder / "users-1-Reader.samples", folder / "users-1-Member.samples"]
    for path, part in zip(paths, [samples[::2], samples[1::2]], strict=True):
        path.write_text("".join(f"{name}\t{ms:.2f}\t{int(failed)}\n" for name, ms, failed in part))
    stats = load_bench.endpoint_stats(paths, seconds)
    assert set(stats) == {name for name, _ms, _failed in samples}
    for name, row in stats.items():
        times = sorted(round(ms, 2) for endpoint, ms, _failed in samples if endpoint == name)
        assert row["requests"] == len(times)
        assert row["failures"] == sum(failed for endpoint, _ms, failed in samples if endpoint == name)
        assert math.isclose(row["rps"], len(times) / seconds)
        for fraction, key in [(0.5, "p50"), (0.95, "p95")]:
            # The nearest rank: a sample at least `fraction` of the samples do not exceed, and
            # the smallest such.
            assert row[key] in times
            assert sum(time <= row[key] for time in times) >= fraction * len(times)
            assert sum(time < row[key] for time in times) < fraction * len(times)
