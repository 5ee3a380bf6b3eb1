"""Script adherence on ABCD's sample chats: did the agent verify the customer's identity?

Reads (never copies) ``../shared/datasets/abcd-sample-guidelines/abcd_sample.json``
when present. The truth is ABCD's own action annotations (the system lines written
when the agent pressed "pull up account", "verify identity" or "validate purchase");
the prediction is ``benchmarks/abcd_identity.yaml``'s ``asks_identity`` criterion,
written from ABCD's guidelines, scored on the chat's agent and customer lines alone.
Three chats are a sanity check, not a measurement.

    .venv/bin/python benchmarks/abcd_adherence.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "datasets" / "abcd-sample-guidelines" / "abcd_sample.json"
VERIFYING = ("has been pulled up", "identity verification", "purchase validation")


def main() -> None:
    from qa_core.evaluation import Evaluator
    from qa_core.model import Interaction
    from qa_core.plugins import make_plugin_manager
    from qa_core.ruleset.loader import load_ruleset

    if not SAMPLE.is_file():
        print(f"skipped: {SAMPLE} is not present")
        return
    pm = make_plugin_manager(disabled=())
    evaluator = Evaluator(load_ruleset(Path(__file__).with_name("abcd_identity.yaml"), pm), pm)
    agree = 0
    chats = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for chat in chats:
        lines = chat["original"]
        truth = any(s == "action" and any(v in t.lower() for v in VERIFYING) for s, t in lines)
        interaction = Interaction.model_validate(
            {
                "id": f"abcd-{chat['convo_id']}",
                "channel": "chat",
                "turns": [{"speaker": s, "text": t} for s, t in lines if s != "action" and t],
            }
        )
        predicted = evaluator.evaluate(interaction).result_of("asks_identity") == "met"
        agree += predicted == truth
        flow = f"{chat['scenario']['flow']}/{chat['scenario']['subflow']}"
        print(f"  {interaction.id} {flow:<32} verified={truth!s:<5} asked={predicted}")
    print(f"ABCD sample: {agree}/{len(chats)} chats where the ruleset agrees with the actions")


if __name__ == "__main__":
    main()
