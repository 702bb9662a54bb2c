"""`make load`'s figures (bench/load.py) come from every sample a step gathered: the counts are
exact, the percentiles leave out what was sent while people were arriving, and they are samples
that bound the share of the others they should."""

import math
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.ops.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))

import load as load_bench  # noqa: E402  (bench/load.py)

ENDPOINTS = ["home", "search page", "forum reply"]
# (endpoint, milliseconds, failed, seconds into its run when it was sent)
sample = st.tuples(
    st.sampled_from(ENDPOINTS), st.floats(0.5, 30_000, allow_nan=False), st.booleans(), st.floats(0, 120)
)


@settings(max_examples=100, deadline=None)
@given(samples=st.lists(sample, min_size=1, max_size=300), seconds=st.floats(1, 600), settle=st.sampled_from([0, 10]))
def test_each_endpoint_is_counted_from_every_sample(tmp_path_factory, samples, seconds, settle):
    # Split over two files, as the samples of two kinds of person are.
    folder = tmp_path_factory.mktemp("load")
    paths = [folder / "users-1-Reader.samples", folder / "users-1-Member.samples"]
    for path, part in zip(paths, [samples[::2], samples[1::2]], strict=True):
        path.write_text("".join(f"{name}\t{ms:.2f}\t{int(failed)}\t{sent:.2f}\n" for name, ms, failed, sent in part))
    stats = load_bench.endpoint_stats(paths, seconds, settle)
    assert set(stats) == {name for name, _ms, _failed, _sent in samples}
    for name, row in stats.items():
        sent = [sample for sample in samples if sample[0] == name]
        # Errors and rates count every request; times only those sent once people had arrived.
        assert row["requests"] == len(sent)
        assert row["failures"] == sum(failed for _name, _ms, failed, _sent in sent)
        assert math.isclose(row["rps"], len(sent) / seconds)
        times = sorted(round(ms, 2) for _name, ms, _failed, at in sent if round(at, 2) >= settle)
        assert row["timed"] == len(times)
        if not times:
            assert row["p50"] is None and row["p95"] is None
            continue
        for fraction, key in [(0.5, "p50"), (0.95, "p95")]:
            # The nearest rank: a sample at least `fraction` of the samples do not exceed, and
            # the smallest such.
            assert row[key] in times
            assert sum(time <= row[key] for time in times) >= fraction * len(times)
            assert sum(time < row[key] for time in times) < fraction * len(times)


def test_an_endpoint_timed_only_while_people_arrived_has_no_ratio():
    one = {"home": {"p95": 6.0}, "sign in": {"p95": 300.0}}
    many = {"home": {"p95": 12.0}, "sign in": {"p95": None}}
    assert load_bench.p95_ratios({1: one, 20: many}) == {"home": 2.0}
