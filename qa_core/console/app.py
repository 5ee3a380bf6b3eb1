"""``qa serve``: the console as a Starlette app over one store, pages rendered with the
reports' Jinja2 environment (a user's template folder overrides them as it does reports).

Every path but ``/login`` needs a session (else 303 to ``/login``); every POST but the
sign-in needs the session's CSRF token (else 403). Pages carry no script at all, a CSP
that forbids any, and no-store caching; they are read the same with JS off.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..plugins import QAPluginManager
from ..reporting.render import Renderer
from ..reporting.rulesets import RulesetCatalog
from ..store.audit import acting_as
from ..store.store import Store
from . import pages, sessions
from .roles import can

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class Console:
    """What every page needs: the store, the templates, the rulesets' titles."""

    def __init__(self, store: Store, pm: QAPluginManager, templates: Path | None = None) -> None:
        self.store = store
        self.pm = pm
        self.renderer = Renderer(pm, templates)
        self.catalog = RulesetCatalog(pm)

    def render(
        self, request: Request, template: str, status: int = 200, **context: Any
    ) -> Response:
        signed_in = request.scope.get("signed_in")
        html = self.renderer.env.get_template(f"html/console/{template}").render(
            assets=self.renderer.assets,
            me=signed_in.user if signed_in else None,
            csrf=signed_in.csrf if signed_in else "",
            **context,
        )
        return HTMLResponse(html, status_code=status)


Handler = Callable[[Console, Request], Response]


def create_app(store: Store, pm: QAPluginManager, templates: Path | None = None) -> Starlette:
    console = Console(store, pm, templates)

    def route(
        path: str,
        handler: Handler,
        methods: list[str],
        *,
        public: bool = False,
        needs: str | None = None,
    ) -> Route:
        """``needs``: what the role must be able to do (``roles.can``), else 403."""

        def endpoint(request: Request) -> Response:  # sync: Starlette runs it in a thread
            return _guarded(console, request, handler, public, needs)

        return Route(path, _in_thread(endpoint), methods=methods)

    routes = [
        route("/login", pages.login_page, ["GET"], public=True),
        route("/login", pages.login, ["POST"], public=True),
        route("/logout", pages.logout, ["POST"]),
        route("/", pages.index, ["GET"]),
        route("/interactions/{id:path}/disputes", pages.dispute, ["POST"], needs="dispute"),
        route("/interactions/{id:path}/acknowledge", pages.acknowledge, ["POST"], needs="dispute"),
        route("/interactions/{id:path}", pages.interaction, ["GET"]),
        route("/coaching", pages.coaching, ["GET"]),
        route("/disputes", pages.dispute_list, ["GET"], needs="resolve"),
        route("/disputes/{n:int}/resolve", pages.resolve_dispute, ["POST"], needs="resolve"),
        route("/audit", pages.audit, ["GET"], needs="audit"),
        route("/calibration", pages.calibration, ["GET"], needs="calibration"),
        route("/review", pages.review_queue, ["GET"], needs="review"),
        route("/review/{id:path}", pages.review_item, ["GET", "POST"], needs="review"),
        route("/users", pages.user_list, ["GET"], needs="users"),
        route("/settings", pages.settings, ["POST"], needs="users"),
        # anything else: sign in first, then a plain 404 (no path is public by accident)
        route("/{rest:path}", pages.nowhere, ["GET", "POST"]),
    ]
    return Starlette(routes=routes)


def app_from_environment() -> Starlette:
    """The app for each of ``qa serve --workers N``'s processes: the store in QA_HOME
    (or QA_DB_URL), the templates in QA_CONSOLE_TEMPLATES, every plugin enabled as
    configured."""
    import os

    from ..config import qa_home
    from ..plugins import make_plugin_manager

    pm = make_plugin_manager()
    store = Store.open(qa_home(), os.environ.get("QA_DB_URL") or None, pm)
    folder = os.environ.get("QA_CONSOLE_TEMPLATES")
    return create_app(store, pm, Path(folder) if folder else None)


def _in_thread(endpoint: Callable[[Request], Response]) -> Callable[[Request], Awaitable[Response]]:
    from starlette.concurrency import run_in_threadpool

    async def run(request: Request) -> Response:
        if request.method == "POST":
            await request.form(max_files=0, max_fields=20, max_part_size=64 * 1024)
        return await run_in_threadpool(endpoint, request)

    return run


def _guarded(
    console: Console, request: Request, handler: Handler, public: bool, needs: str | None
) -> Response:
    signed_in = sessions.resume(console.store, request.cookies.get(sessions.COOKIE))
    request.scope["signed_in"] = signed_in
    if public:
        return _secured(handler(console, request))
    if signed_in is None:
        return _secured(RedirectResponse("/login", status_code=303))
    if request.method == "POST" and not sessions.csrf_ok(
        signed_in, pages.form_of(request).get("csrf_token")
    ):
        message = "This form has expired: reload the page and try again."
        return _secured(console.render(request, "error.html.j2", 403, message=message))
    if needs is not None and not can(signed_in.user.role, needs):
        return _secured(pages.forbidden(console, request))
    with acting_as(signed_in.user.name):
        return _secured(handler(console, request))


def _secured(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
