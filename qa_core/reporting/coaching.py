"""``qa report coaching``: per agent and team, what to coach, with examples and guidance.

For each agent and ruleset: the score trend by week, each criterion's met rate beside
the team's median (the median of the team's agents' rates), criteria ranked weakest
first, up to ``EXAMPLES`` redacted moments for each weak one, strengths, and the
ruleset's ``coaching:`` text. One pass over the store; what is kept grows with agents ×
criteria × weeks, never with interactions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..store.store import Store
from .figures import ScoreTally, Tally, median
from .output import RowFiles, write_json
from .render import Renderer
from .rulesets import RulesetCatalog
from .scorecards import filters_json, page_name
from .snippets import evidence_snippets
from .source import Filters, ReportedResult, aware, reported_results

EXAMPLES = 3
WEAK_BELOW = 0.8  # a criterion met less often than this is worth coaching even at the median
COLUMNS = (
    "agent", "team", "ruleset", "criterion", "title", "met", "not_met", "na",
    "met_rate", "team_median", "versus_team", "rank",
)  # fmt: skip
UNKNOWN = "(none)"


@dataclass
class AgentRuleset:
    """One agent's results under one ruleset."""

    scores: ScoreTally = field(default_factory=ScoreTally)
    weeks: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    criteria: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    sha: dict[str, str] = field(default_factory=dict)
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))


def week_of(moment: datetime | None) -> str:
    if moment is None:
        return "undated"
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


class Coaching:
    """Everything the report needs, gathered in one pass."""

    def __init__(self) -> None:
        self.by_agent: dict[str, dict[str, AgentRuleset]] = defaultdict(dict)
        self.teams: dict[str, Counter] = defaultdict(Counter)

    def add(self, reported: ReportedResult) -> None:
        i, r, line = reported.interaction, reported.result, reported.line
        agent = i.agent_id or UNKNOWN
        self.teams[agent][i.team or UNKNOWN] += 1
        stats = self.by_agent[agent].setdefault(r.ruleset_id, AgentRuleset())
        stats.scores.add(r.score, reported.verdict)
        stats.sha.setdefault("sha", r.ruleset_sha256)
        if r.score is not None:
            stats.weeks[week_of(aware(i.started_at) or aware(r.scanned_at))].append(r.score)
        for criterion in line.get("criteria", []):
            stats.criteria[criterion["id"]].add(criterion["result"])
            examples = stats.examples[criterion["id"]]
            if criterion["result"] == "not_met" and len(examples) < EXAMPLES:
                examples.append(
                    {
                        "interaction": i.id,
                        "page": page_name(i.id),
                        "snippets": evidence_snippets(line, criterion.get("evidence", [])),
                    }
                )

    def team_of(self, agent: str) -> str:
        return self.teams[agent].most_common(1)[0][0]

    def team_medians(self) -> dict[tuple[str, str, str], float | None]:
        """(team, ruleset, criterion) → the median of its agents' met rates."""
        rates: dict[tuple[str, str, str], list[float]] = defaultdict(list)
        for agent, rulesets in self.by_agent.items():
            for ruleset_id, stats in rulesets.items():
                for criterion, tally in stats.criteria.items():
                    if tally.met_rate is not None:
                        rates[(self.team_of(agent), ruleset_id, criterion)].append(tally.met_rate)
        return {key: median(values) for key, values in rates.items()}


def _criteria(agent_stats: AgentRuleset, team: str, ruleset_id: str, medians, catalog) -> list:
    """The agent's criteria under one ruleset, weakest against the team first."""
    rows = []
    for criterion, tally in agent_stats.criteria.items():
        if tally.met_rate is None:
            continue  # never applied: nothing to coach
        team_median = medians.get((team, ruleset_id, criterion))
        info = catalog.criterion(agent_stats.sha["sha"], ruleset_id, criterion)
        versus = None if team_median is None else tally.met_rate - team_median
        rows.append(
            {
                "criterion": criterion,
                "title": info.title,
                "coaching": info.coaching,
                "critical": info.critical,
                "tally": tally,
                "met_rate": tally.met_rate,
                "team_median": team_median,
                "versus_team": versus,
                "examples": agent_stats.examples.get(criterion, []),
            }
        )
    rows.sort(key=lambda r: (r["versus_team"] or 0.0, r["met_rate"], r["criterion"]))
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
        below_team = row["versus_team"] is not None and row["versus_team"] < 0
        row["weak"] = below_team or row["met_rate"] < WEAK_BELOW
    return rows


def agent_sections(
    coaching: Coaching, agent: str, team: str, medians: dict, catalog: RulesetCatalog
) -> list[dict[str, Any]]:
    """One agent's coaching, a section per ruleset: scores, trend, weak and strong
    criteria (also the console's coaching page)."""
    sections = []
    for ruleset_id, stats in sorted(coaching.by_agent[agent].items()):
        criteria = _criteria(stats, team, ruleset_id, medians, catalog)
        sections.append(
            {
                "ruleset": ruleset_id,
                "title": catalog.title(stats.sha["sha"], ruleset_id),
                "scores": stats.scores,
                "trend": sorted((w, sum(s) / len(s)) for w, s in stats.weeks.items()),
                "weak": [r for r in criteria if r["weak"]],
                "strengths": sorted(
                    (r for r in criteria if not r["weak"] and r["met_rate"] >= WEAK_BELOW),
                    key=lambda r: (-r["met_rate"], -(r["versus_team"] or 0)),
                )[:3],
                "criteria": criteria,
                "bars": [(r["title"], r["met_rate"], r["weak"]) for r in criteria],
            }
        )
    return sections


def write_coaching(
    store: Store, renderer: Renderer, catalog: RulesetCatalog, filters: Filters, out: Path
) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    coaching = Coaching()
    for group in reported_results(store, filters):
        for reported in group:
            if reported.readable:
                coaching.add(reported)
    medians = coaching.team_medians()
    generated = datetime.now(UTC)
    head = {
        "report": "coaching",
        "generated_at": generated,
        "store_id": store.store_id,
        "filters": filters_json(filters),
    }
    agents: list[dict[str, Any]] = []
    with RowFiles(out, "coaching", head, "criteria", COLUMNS) as table:
        for agent in sorted(coaching.by_agent):
            team = coaching.team_of(agent)
            sections = agent_sections(coaching, agent, team, medians, catalog)
            for section in sections:
                for row in section["criteria"]:
                    table.add(
                        {
                            "agent": agent,
                            "team": team,
                            "ruleset": section["ruleset"],
                            "criterion": row["criterion"],
                            "title": row["title"],
                            "met": row["tally"].met,
                            "not_met": row["tally"].not_met,
                            "na": row["tally"].na,
                            "met_rate": row["met_rate"],
                            "team_median": row["team_median"],
                            "versus_team": row["versus_team"],
                            "rank": row["rank"],
                        }
                    )
            agents.append(
                {
                    "agent": agent,
                    "team": team,
                    "sections": sections,
                    "page": f"agents/{page_name(agent)}",
                }
            )
    common = {"generated": generated, "filters": filters_json(filters), "store_id": store.store_id}
    for agent in agents:
        renderer.page("html/coaching/agent.html.j2", out / agent["page"], agent=agent, **common)
    teams = _teams(agents)
    renderer.page("html/coaching/index.html.j2", out / "index.html", teams=teams, **common)
    write_json(out / "coaching-summary.json", {**head, "teams": _teams_json(teams)})
    return {"agents": len(agents), "teams": len(teams), "index": out / "index.html"}


def _teams(agents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_team: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for agent in agents:
        by_team[agent["team"]].append(agent)
    teams = []
    for team, members in sorted(by_team.items()):
        rulesets: dict[str, dict[str, Any]] = {}
        for member in members:
            for section in member["sections"]:
                entry = rulesets.setdefault(
                    section["ruleset"],
                    {
                        "title": section["title"],
                        "scores": ScoreTally(),
                        "weeks": defaultdict(list),
                        "agents": [],
                    },
                )
                for score in section["scores"].scores:
                    entry["scores"].scores.append(score)
                for verdict, n in section["scores"].verdicts.items():
                    entry["scores"].verdicts[verdict] = entry["scores"].verdicts.get(verdict, 0) + n
                for week, mean_score in section["trend"]:
                    entry["weeks"][week].append(mean_score)
                entry["agents"].append(
                    {
                        "agent": member["agent"],
                        "page": member["page"],
                        "scores": section["scores"],
                        "weakest": [r["title"] for r in section["weak"][:3]],
                    }
                )
        for entry in rulesets.values():
            entry["trend"] = sorted((w, sum(v) / len(v)) for w, v in entry["weeks"].items())
        teams.append({"team": team, "rulesets": dict(sorted(rulesets.items()))})
    return teams


def _teams_json(teams: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "team": t["team"],
            "rulesets": {
                rid: {
                    "results": e["scores"].total,
                    "pass_rate": e["scores"].pass_rate,
                    "median_score": e["scores"].median,
                    "agents": {
                        a["agent"]: {
                            "results": a["scores"].total,
                            "median_score": a["scores"].median,
                            "pass_rate": a["scores"].pass_rate,
                        }
                        for a in e["agents"]
                    },
                }
                for rid, e in t["rulesets"].items()
            },
        }
        for t in teams
    ]
