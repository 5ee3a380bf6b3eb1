"""From findings' times to sample ranges: padded, clipped, rounded outwards, merged."""

from qa_core.analysis.findings import Finding
from qa_core.audio.intervals import frame_ranges, in_seconds, merge, to_frames, untimed


def _f(start_s, end_s, turn=0):
    return Finding(turn, 0, 1, "CREDIT_CARD", 0.9, start_s=start_s, end_s=end_s)


def test_pad_widens_clips_and_rounds_outwards():
    # 8 kHz: 1.00001 s is sample 8000.08, so the range starts at 8000 and ends past it
    assert frame_ranges([_f(1.00001, 1.5)], 0.0, 8000, 100_000) == [(8000, 12000)]
    assert frame_ranges([_f(0.1, 0.2)], 0.5, 8000, 100_000) == [(0, 5600)]
    assert frame_ranges([_f(12.0, 13.0)], 0.2, 8000, 100_000) == [(94400, 100_000)]
    assert frame_ranges([_f(20.0, 21.0)], 0.2, 8000, 100_000) == []  # past the end


def test_overlapping_and_touching_ranges_merge_in_order():
    found = [_f(3.0, 4.0), _f(1.0, 2.0), _f(1.9, 2.5), _f(2.7, 2.8)]
    assert merge([(5, 9), (0, 3), (3, 4), (8, 12)]) == [(0, 4), (5, 12)]
    assert frame_ranges(found, 0.1, 10, 1000) == [(9, 41)]


def test_seconds_round_trip_to_the_same_samples():
    for rate in (8000, 16000, 22050, 44100, 48000):
        ranges = [(1, 7), (12345, 67891), (100_003, 7_200_001)]
        assert to_frames(in_seconds(ranges, rate), rate) == ranges


def test_findings_without_times_are_named():
    timed, bare = _f(1.0, 2.0), _f(None, None, turn=3)
    assert untimed([timed, bare]) == [bare]
    assert frame_ranges([timed, bare], 0.0, 10, 100) == [(10, 20)]
