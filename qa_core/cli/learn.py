"""``qa learn``: fit a rule type's verdict to people's labels; ``qa learn export``: those
labels, from the store's calibration sessions and overrides."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import plugin_manager
from .store import DB_OPTION, open_store


class LearnGroup(click.Group):
    """``qa learn RULE_TYPE EXAMPLES --out MODEL`` trains; a known subcommand (``export``)
    runs instead when it is the first word."""

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if args and args[0] in self.commands:
            return super().resolve_command(ctx, args)
        return "train", train, args

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "RULE_TYPE EXAMPLES.jsonl --out MODEL [--json]")
        formatter.write_usage(ctx.command_path, "export --criterion ID --out FILE [OPTIONS]")


@click.group(cls=LearnGroup, invoke_without_command=False)
def learn() -> None:
    """Learn a rule type's verdict from people's labels (a model a ruleset can name)."""


@click.command("train")
@click.argument("rule_type")
@click.argument("examples", metavar="EXAMPLES.jsonl", type=click.Path(path_type=Path))
@click.option(
    "--out", "out", required=True, type=click.Path(path_type=Path), metavar="MODEL",
    help="The model file to write (whole or not at all).",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def train(ctx: click.Context, rule_type: str, examples: Path, out: Path, as_json: bool) -> None:
    """Fit RULE_TYPE's verdict on EXAMPLES.jsonl ({"interaction": ..., "met": bool} a line)."""
    from ..learning.learn import learn as fit_model

    figures = fit_model(plugin_manager(ctx), rule_type, examples, out)
    if as_json:
        click.echo(json.dumps(figures, sort_keys=True))
        return
    cv, classes = figures["cv"], figures["classes"]
    click.echo(figures["sha256"])
    click.echo(
        f"{out}: {figures['n']} examples ({classes['met']} met, {classes['not_met']} not_met); "
        f"5-fold cross-validation F1 {cv['f1']:.3f}, precision {cv['precision']:.3f}, "
        f"recall {cv['recall']:.3f}",
        err=True,
    )


@learn.command("export")
@click.option("--criterion", "criterion", required=True, metavar="ID", help="The criterion.")
@click.option(
    "--ruleset", "ruleset_ref", metavar="R",
    help="Only this ruleset's overrides; its redaction policy applies [default].",
)  # fmt: skip
@click.option(
    "--out", "out", required=True, type=click.Path(path_type=Path), metavar="FILE",
    help="The EXAMPLES.jsonl to write (mode 0600, whole or not at all).",
)  # fmt: skip
@click.option("--unredacted", is_flag=True, help="Write the original text (audited).")
@click.option("--reason", help="Why the original text is needed (required with --unredacted).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@DB_OPTION
@click.pass_context
def export(
    ctx: click.Context,
    criterion: str,
    ruleset_ref: str | None,
    out: Path,
    unredacted: bool,
    reason: str | None,
    as_json: bool,
    db_url: str | None,
) -> None:
    """Write people's verdicts on a criterion (calibration ratings, overrides) as examples."""
    from ..errors import UserError
    from ..learning.export import export_examples
    from ..ruleset.catalog import resolve_ruleset

    if unredacted and not (reason and reason.strip()):
        raise UserError(
            '--unredacted needs --reason "..." (it is written to the audit trail)', where="--reason"
        )
    pm = plugin_manager(ctx)
    ruleset = resolve_ruleset(ruleset_ref or "default", pm)
    store = open_store(ctx, db_url)
    done = export_examples(
        store,
        pm,
        ruleset,
        criterion,
        out,
        ruleset_filter=ruleset.id if ruleset_ref else None,
        reason=reason.strip() if unredacted and reason else None,
    )
    if as_json:
        click.echo(json.dumps(done.to_json(), sort_keys=True))
        return
    click.echo(
        f"{out}: {done.written} examples ({done.met} met, {done.not_met} not_met) from "
        f"{done.verdicts} verdicts; {done.ties} tied interactions left out"
    )
