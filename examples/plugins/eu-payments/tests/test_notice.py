"""GDPR's notice before bank details: met, not_met, na, with evidence where it happened."""

from qa_core.testing import build_interaction, evidence_texts, run_rule

RULE = "eu_payments.notice_before_bank_details"
IBAN = "DE89 3704 0044 0532 0130 00"


def test_met_when_the_notice_comes_before_the_iban(pm):
    call = build_interaction(
        "agent: We'll use your bank details only to collect the payment. Your IBAN?",
        f"customer: {IBAN}",
    )
    outcome = run_rule(pm, RULE, {}, call)
    assert outcome.result == "met"
    assert evidence_texts(outcome, call) == ["We'll use your bank details"]


def test_not_met_when_the_notice_comes_after_the_iban(pm):
    call = build_interaction(
        "agent: Your IBAN please.",
        f"customer: {IBAN}",
        "agent: See our privacy notice for how we use it.",
    )
    outcome = run_rule(pm, RULE, {}, call)
    assert outcome.result == "not_met"
    assert evidence_texts(outcome, call) == [IBAN]


def test_the_agents_own_words_are_the_notice_not_the_customers(pm):
    call = build_interaction("customer: what about data protection?", f"customer: {IBAN}")
    assert run_rule(pm, RULE, {}, call).result == "not_met"


def test_na_when_no_iban_is_given(pm):
    call = build_interaction("agent: Anything else?", "customer: No, thanks.")
    assert run_rule(pm, RULE, {}, call).result == "na"


def test_an_iban_the_agent_reads_out_does_not_count_as_collected(pm):
    call = build_interaction(f"agent: We pay refunds to {IBAN}.", "customer: ok")
    assert run_rule(pm, RULE, {}, call).result == "na"


def test_a_ruleset_can_name_its_own_notice(pm):
    call = build_interaction("agent: Under our GDPR policy, we store it.", f"customer: {IBAN}")
    assert run_rule(pm, RULE, {"phrases": ["gdpr policy"]}, call).result == "met"
