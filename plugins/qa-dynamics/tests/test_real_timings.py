"""The dynamics on real vendor timings, against figures worked out by hand from the files.

The samples are Amazon's own documentation examples (Contact Lens voice output, Amazon
Transcribe batch output with speaker labels and with channels), in
``../shared/datasets/transcription-format-samples`` (or ``$QA_SHARED_DATASETS``): read
from there, never copied here, and skipped where that folder is absent (a fresh clone).

Worked by hand from ``call-analyzed-original.json`` (Begin/EndOffsetMillis per turn):
agent speech 90 + 1970 + 3990 + 3510 + 5590 = 15150 ms; customer 4480 + 3820 + 2280 +
1530 + 1530 = 13640 ms; agent share 15150 / 28790 = 0.5262; nobody talking 0-based gaps
90→160, 6610→7370, 11190→11220, 15210→15840, 18120→18310, 21820→22610, 29710→30580
(4640 is shared, no gap); one overlap, the agent starting at 24120 while the customer
talks until 24140 (20 ms). Contact Lens's own TalkTime (15079 / 13619 ms) is computed
from words, not turns, and is not what these rules measure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from qa_dynamics.timeline import gaps, speech

from qa_core.testing import plugin_manager_with, read_input

ROOT = Path(__file__).resolve().parents[3]
SHARED = Path(os.environ.get("QA_SHARED_DATASETS", ROOT.parent / "shared" / "datasets"))
SAMPLES = SHARED / "transcription-format-samples"

pytestmark = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"the vendor samples are not in {SAMPLES}"
)


@pytest.fixture(scope="module")
def pm():
    return plugin_manager_with("json", "importers", "dynamics")


def one(pm, name: str, fmt: str):
    (interaction,) = read_input(SAMPLES / name, fmt, pm)
    return interaction


@pytest.fixture(scope="module")
def lens(pm):
    return one(pm, "amazon-connect-contact-lens/call-analyzed-original.json", "contact-lens")


def test_contact_lens_silences_talk_and_overlap_by_hand(lens):
    found = [(round(g.start, 3), round(g.end, 3)) for g in gaps(lens)]
    assert found == [
        (0.09, 0.16), (6.61, 7.37), (11.19, 11.22), (15.21, 15.84),
        (18.12, 18.31), (21.82, 22.61), (29.71, 30.58),
    ]  # fmt: skip
    assert sum(g.seconds for g in gaps(lens)) == pytest.approx(3.34)
    spoken = speech(lens)
    talk = {
        who: sum(s.seconds for s in spoken if s.speaker == who) for who in ("agent", "customer")
    }
    assert talk == {"agent": pytest.approx(15.15), "customer": pytest.approx(13.64)}
    overlaps = [
        (a.turn, round(c.end - a.start, 3))
        for a in spoken
        for c in spoken
        if a.speaker != c.speaker and c.start < a.start < c.end
    ]
    assert overlaps == [(8, 0.02)]


@pytest.mark.parametrize(
    ("rule", "params", "result", "evidence_turns"),
    [
        # the longest silence is 0.87 s (before the customer's goodbye, turn 9)
        ("dynamics.silence", {"max_seconds": 0.8}, "not_met", [9]),
        ("dynamics.silence", {"max_seconds": 0.9}, "met", []),
        ("dynamics.silence", {"max_seconds": 0.7, "max_count": 2}, "not_met", [3, 7, 9]),
        # the agent talks 52.6 % of the time
        ("dynamics.talk_share", {"max": 0.52}, "not_met", [8, 4, 6]),
        ("dynamics.talk_share", {"max": 0.53}, "met", []),
        # a 20 ms overlap is no interruption at the default half second; at 10 ms it is
        ("dynamics.interruptions", {}, "met", []),
        ("dynamics.interruptions", {"min_overlap_s": 0.01}, "not_met", [8]),
        # no hold: nothing near 30 s of silence
        ("dynamics.holds", {}, "met", []),
    ],
)
def test_the_rules_on_contact_lens_timings(pm, lens, rule, params, result, evidence_turns):
    from qa_core.testing import run_rule

    outcome = run_rule(pm, rule, params, lens)
    assert outcome.result == result
    assert [e.turn for e in outcome.evidence] == evidence_turns


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        # word times: the first speaker's words run 4.87-6.88, the second's 8.49-9.24
        ("batch-diarization-output.json", (4.87, 6.88), (8.49, 9.24)),
        # the same call by channel: 4.86-6.87 and 8.50-9.25
        ("batch-channel-identification-output.json", (4.86, 6.87), (8.50, 9.25)),
    ],
)
def test_transcribe_word_times_by_hand(pm, name, first, second):
    interaction = one(pm, f"amazon-transcribe/{name}", "aws-transcribe")
    spoken = speech(interaction)
    assert [(s.start, s.end) for s in spoken] == [first, second]
    (gap,) = gaps(interaction)
    assert gap.seconds == pytest.approx(second[0] - first[1])
    talk = [s.seconds for s in spoken]
    assert talk == [pytest.approx(first[1] - first[0]), pytest.approx(second[1] - second[0])]
