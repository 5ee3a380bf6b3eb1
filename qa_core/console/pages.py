"""The console's pages: each checks what the signed-in role may do (``roles.can``), then
reads or writes through the same functions the CLI uses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlmodel import Session, select
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..calibration.overrides import overrides, overturn_rates
from ..calibration.sessions import sessions as calibration_sessions
from ..errors import UserError
from ..reporting.scorecards import card_of
from ..reporting.source import (
    Filters,
    ReportedResult,
    newest_pages,
    open_line,
    parse_since,
    verdict_of,
)
from ..store.schema import AuditEntry
from . import accounts, disputes, review
from . import sessions as signed
from .roles import can, reads_transcripts

if TYPE_CHECKING:
    from .app import Console

INDEX_ROWS = 50
AUDIT_ROWS = 200


def _me(request: Request) -> signed.SignedIn:
    return request.scope["signed_in"]


def form_of(request: Request) -> Any:
    """The POST's fields (parsed before the handler's thread starts), or none."""
    return getattr(request, "_form", None) or {}


def _text(form: Any, name: str, limit: int = 4000) -> str:
    value = form.get(name)
    return value[:limit] if isinstance(value, str) else ""


def forbidden(console: Console, request: Request) -> Response:
    return console.render(request, "error.html.j2", 403, message="Your role cannot see this page.")


def _not_found(console: Console, request: Request) -> Response:
    return console.render(request, "error.html.j2", 404, message="No such interaction.")


def nowhere(console: Console, request: Request) -> Response:
    return console.render(request, "error.html.j2", 404, message="No such page.")


# --- signing in and out ------------------------------------------------------------


def login_page(console: Console, request: Request) -> Response:
    if request.scope.get("signed_in"):
        return RedirectResponse("/", status_code=303)
    return console.render(request, "login.html.j2", message=None)


def login(console: Console, request: Request) -> Response:
    form = form_of(request)
    name, password = _text(form, "username", 200), _text(form, "password", 1000)
    try:
        user = accounts.authenticate(console.store, name, password)
    except accounts.TooManyAttempts:
        return console.render(
            request, "login.html.j2", 429, message="Too many attempts: wait a minute."
        )
    if user is None:
        return console.render(request, "login.html.j2", 401, message="Wrong name or password.")
    response = RedirectResponse("/users" if user.role == "admin" else "/", status_code=303)
    signed.end(console.store, request.cookies.get(signed.COOKIE))  # never reuse a session
    response.set_cookie(
        signed.COOKIE,
        signed.start(console.store, user),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


def logout(console: Console, request: Request) -> Response:
    signed.end(console.store, request.cookies.get(signed.COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(signed.COOKIE, path="/")
    return response


# --- scorecards ----------------------------------------------------------------------


def _filters(request: Request, me: signed.SignedIn) -> Filters:
    q = request.query_params
    agent = me.user.agent_id if not can(me.user.role, "read_all") else (q.get("agent") or None)
    try:
        since = parse_since(q.get("since") or None)
    except UserError:
        since = None
    return Filters(
        since=since, agent=agent, team=q.get("team") or None, ruleset=q.get("ruleset") or None
    )


def index(console: Console, request: Request) -> Response:
    me = _me(request)
    if not reads_transcripts(me.user.role):
        return RedirectResponse("/users", status_code=303)
    filters = _filters(request, me)
    after = request.query_params.get("after", "")
    rows: list[dict[str, Any]] = []
    shown: set[str] = set()
    more = None
    for page in newest_pages(console.store, filters, after=after, size=INDEX_ROWS + 1):
        for result, row in page:
            if row.id not in shown and len(shown) == INDEX_ROWS:
                more = rows[-1]["id"]  # a 51st interaction: there is a next page
                break
            shown.add(row.id)
            rows.append(
                {
                    "id": row.id, "agent": row.agent_id, "team": row.team,
                    "channel": row.channel, "started_at": row.started_at,
                    "ruleset": result.ruleset_id, "score": result.score,
                    "verdict": verdict_of(result.passed, result.auto_failed, result.failed),
                }
            )  # fmt: skip
        break  # one page of the store per request, whatever its size
    open_count = disputes.open_count(console.store) if can(me.user.role, "resolve") else None
    return console.render(
        request, "index.html.j2", rows=rows, more=more, filters=filters, open_disputes=open_count
    )


def _newest(console: Console, me: signed.SignedIn, interaction_id: str) -> list | None:
    """The interaction's newest (result, row) pairs, if this user may see them (else
    None: 404); nothing decrypted."""
    pairs = [
        pair
        for page in newest_pages(console.store, Filters(), only=[interaction_id])
        for pair in page
    ]
    if not pairs:
        return None
    if not can(me.user.role, "read_all") and pairs[0][1].agent_id != me.user.agent_id:
        return None
    return pairs


def _may_see(console: Console, me: signed.SignedIn, interaction_id: str) -> bool:
    return _newest(console, me, interaction_id) is not None


def _visible(
    console: Console, me: signed.SignedIn, interaction_id: str
) -> list[ReportedResult] | None:
    """The interaction's newest results, decrypted, if this user may see them."""
    pairs = _newest(console, me, interaction_id)
    if pairs is None:
        return None
    return [
        ReportedResult(row, result, open_line(console.store, row, result)) for result, row in pairs
    ]


def interaction(console: Console, request: Request) -> Response:
    me = _me(request)
    interaction_id = request.path_params["id"]
    if request.query_params.get("unredacted"):
        if not can(me.user.role, "unredacted"):
            return console.render(
                request, "error.html.j2", 403, message="Only an officer may see the original text."
            )
        reason = (request.query_params.get("reason") or "").strip()
        if not reason:
            return console.render(
                request,
                "error.html.j2",
                400,
                message="Say why you need the original text (a reason is required and audited).",
            )
        if not _may_see(console, me, interaction_id):
            return _not_found(console, request)
        original = console.store.get(interaction_id)
        console.store.record(
            "view_unredacted", interaction_id, {"reason": reason[:500], "via": "console"}
        )
        return console.render(request, "unredacted.html.j2", interaction=original, reason=reason)
    if not reads_transcripts(me.user.role):
        return forbidden(console, request)
    results = _visible(console, me, interaction_id)
    if results is None:
        return _not_found(console, request)
    changed = overrides(console.store, interaction_id)
    cards = [card_of(r, console.catalog, changed) for r in results]
    return console.render(
        request,
        "interaction.html.j2",
        interaction=results[0].interaction,
        cards=cards,
        disputes=disputes.disputes(console.store, interaction_id=interaction_id),
        acknowledged=_acknowledged(console, interaction_id),
        may_dispute=can(me.user.role, "dispute"),
        may_unredact=can(me.user.role, "unredacted"),
        window=disputes.window_days(console.store),
    )


def dispute(console: Console, request: Request) -> Response:
    me, interaction_id = _me(request), request.path_params["id"]
    if not _may_see(console, me, interaction_id):
        return _not_found(console, request)
    form = form_of(request)
    try:
        disputes.open_dispute(
            console.store,
            me.user,
            interaction_id,
            _text(form, "criterion", 100),
            _text(form, "comment"),
        )
    except UserError as problem:
        return console.render(request, "error.html.j2", 400, message=problem.message)
    return RedirectResponse(f"/interactions/{interaction_id}", status_code=303)


def acknowledge(console: Console, request: Request) -> Response:
    """The agent has read the scorecard (audited; shown on the page)."""
    interaction_id = request.path_params["id"]
    if not _may_see(console, _me(request), interaction_id):
        return _not_found(console, request)
    console.store.record("scorecard_acknowledged", interaction_id, {})
    return RedirectResponse(f"/interactions/{interaction_id}", status_code=303)


def _acknowledged(console: Console, interaction_id: str) -> list[AuditEntry]:
    with Session(console.store.reader) as session:
        query = select(AuditEntry).where(
            AuditEntry.action == "scorecard_acknowledged", AuditEntry.subject == interaction_id
        )
        found = list(session.exec(query))
        session.expunge_all()
    return found


def dispute_list(console: Console, request: Request) -> Response:
    every = disputes.disputes(console.store)
    return console.render(
        request,
        "disputes.html.j2",
        open=[d for d in every if d.status == "open"],
        resolved=[d for d in reversed(every) if d.status != "open"][:100],
    )


def resolve_dispute(console: Console, request: Request) -> Response:
    me, form = _me(request), form_of(request)
    try:
        disputes.resolve(
            console.store,
            me.user,
            request.path_params["n"],
            _text(form, "decision", 20),
            _text(form, "reason"),
        )
    except UserError as problem:
        return console.render(request, "error.html.j2", 400, message=problem.message)
    return RedirectResponse("/disputes", status_code=303)


def coaching(console: Console, request: Request) -> Response:
    """One agent's coaching from its own results (an agent: its own; evaluators and
    officers: any, with ``?agent=``). Team medians are the coaching report's: this page
    reads one agent's calls, never the whole team's."""
    from ..reporting.coaching import UNKNOWN, Coaching, agent_sections
    from ..reporting.source import reported_results

    me = _me(request)
    if not reads_transcripts(me.user.role):
        return forbidden(console, request)
    agent = (
        me.user.agent_id if not can(me.user.role, "read_all") else request.query_params.get("agent")
    )
    sections: list[dict[str, Any]] = []
    if agent:
        gathered = Coaching()
        for group in reported_results(console.store, Filters(agent=agent)):
            for reported in group:
                if reported.readable:
                    gathered.add(reported)
        if agent in gathered.by_agent:
            sections = agent_sections(gathered, agent, UNKNOWN, {}, console.catalog)
    return console.render(request, "coaching.html.j2", agent=agent, sections=sections)


# --- the officer's, the evaluator's and the admin's pages ----------------------------


def audit(console: Console, request: Request) -> Response:
    with Session(console.store.reader) as session:
        entries = list(
            session.exec(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(AUDIT_ROWS))
        )
        session.expunge_all()
    return console.render(request, "audit.html.j2", entries=entries)


def calibration(console: Console, request: Request) -> Response:
    return console.render(
        request,
        "calibration.html.j2",
        sessions=calibration_sessions(console.store),
        overturns=overturn_rates(console.store),
    )


def user_list(console: Console, request: Request) -> Response:
    return console.render(
        request,
        "users.html.j2",
        users=accounts.users(console.store),
        window=disputes.window_days(console.store),
        share=review.share(console.store),
    )


def settings(console: Console, request: Request) -> Response:
    form = form_of(request)
    try:  # both checked before either is written
        days = int(_text(form, "dispute_window_days", 4) or "0")
        share = float(_text(form, "review_share", 8) or "-1")
    except ValueError:
        days, share = 0, -1.0
    if not (1 <= days <= 365 and 0 <= share <= 1):
        message = "The dispute window is 1 to 365 days; the review share 0 to 1."
        return console.render(request, "error.html.j2", 400, message=message)
    disputes.set_window_days(console.store, days)
    review.set_share(console.store, share)
    return RedirectResponse("/users", status_code=303)


# --- the review queue ----------------------------------------------------------------


def review_queue(console: Console, request: Request) -> Response:
    waiting = review.queue(console.store, after=request.query_params.get("after", ""))
    return console.render(
        request, "review.html.j2", waiting=waiting, share=review.share(console.store)
    )


def review_item(console: Console, request: Request) -> Response:
    me, interaction_id = _me(request), request.path_params["id"]
    results = _visible(console, me, interaction_id)
    if results is None:
        return _not_found(console, request)
    if request.method == "POST":
        form = form_of(request)
        values = {k[len("score:") :]: v for k, v in form.items() if k.startswith("score:")}
        try:
            review.record(console.store, me.user, interaction_id, values)
        except UserError as problem:
            return console.render(request, "error.html.j2", 400, message=problem.message)
        return RedirectResponse("/review", status_code=303)
    cards = [card_of(r, console.catalog, []) for r in results]
    return console.render(
        request, "review_item.html.j2", interaction=results[0].interaction, cards=cards
    )
