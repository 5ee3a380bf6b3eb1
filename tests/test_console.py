"""The review console over HTTP (contract section 8): a real server, a real store.

Sign-in, the session cookie, the five-a-minute limit, CSRF on every form, the role
matrix over every route, the officer's audited unredacted view, and a dispute from the
agent's page to an override ``qa override --list`` shows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from console_server import HOSTILE, PASSWORDS, ROOT, XSS, prepare, serving

pytestmark = pytest.mark.slow  # a server process and a scanned store


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("console") / "qa-home"
    prepare(home)
    with serving(home) as running:
        yield running


OPEN: list[httpx.Client] = []


@pytest.fixture(autouse=True)
def _close_clients():
    yield
    while OPEN:
        OPEN.pop().close()


def client(server) -> httpx.Client:
    c = httpx.Client(base_url=server.url, follow_redirects=False, timeout=30)
    OPEN.append(c)
    return c


def signed_in(server, name: str) -> httpx.Client:
    c = client(server)
    done = c.post("/login", data={"username": name, "password": PASSWORDS[name]})
    assert done.status_code == 303, done.text
    return c


def csrf(c: httpx.Client, path: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', c.get(path).text)
    assert found, path
    return found.group(1)


def test_signing_in_sets_a_strict_httponly_cookie(server):
    c = client(server)
    done = c.post("/login", data={"username": "eva", "password": PASSWORDS["eva"]})
    assert done.status_code == 303
    cookie = done.headers["set-cookie"]
    assert "HttpOnly" in cookie and re.search(r"SameSite=(Strict|Lax)", cookie, re.I)
    assert "Secure" not in cookie  # plain http on loopback; set under https
    assert c.get("/").status_code == 200
    assert (
        client(server).post("/login", data={"username": "eva", "password": "x"}).status_code == 401
    )
    assert (
        client(server).post("/login", data={"username": "nobody", "password": "x"}).status_code
        == 401
    )


def test_five_failures_a_minute_for_one_name_answer_429(server):
    c = client(server)
    codes = [
        c.post("/login", data={"username": "bo", "password": f"wrong {n}"}).status_code
        for n in range(6)
    ]
    assert codes == [401] * 5 + [429]
    # even the right password waits out the minute; another name is not affected
    assert c.post("/login", data={"username": "bo", "password": PASSWORDS["bo"]}).status_code == 429
    assert (
        client(server)
        .post("/login", data={"username": "eva", "password": PASSWORDS["eva"]})
        .status_code
        == 303
    )


@pytest.mark.parametrize(
    "path",
    ["/", "/interactions/call-d01", "/disputes", "/audit", "/users", "/calibration", "/nowhere"],
)
def test_without_a_session_every_page_sends_you_to_sign_in(server, path):
    done = client(server).get(path)
    assert done.status_code == 303 and done.headers["location"].endswith("/login")


# who may open what: 200, 303 (sent on), 403, 404 (an agent never learns another's ids)
MATRIX = {
    "/": {"ana": 200, "eva": 200, "olivia": 200, "root": 303},
    "/interactions/call-d01": {"ana": 200, "eva": 200, "olivia": 200, "root": 403},
    "/interactions/call-d03": {"ana": 404, "eva": 200, "olivia": 200, "root": 403},
    "/interactions/nope": {"ana": 404, "eva": 404, "olivia": 404, "root": 403},
    "/interactions/call-d01?unredacted=1&reason=audit": {
        "ana": 403,
        "eva": 403,
        "olivia": 200,
        "root": 403,
    },
    "/interactions/call-d01?unredacted=1": {"ana": 403, "eva": 403, "olivia": 400, "root": 403},
    "/disputes": {"ana": 403, "eva": 200, "olivia": 200, "root": 403},
    "/audit": {"ana": 403, "eva": 403, "olivia": 200, "root": 403},
    "/calibration": {"ana": 403, "eva": 200, "olivia": 403, "root": 403},
    "/coaching": {"ana": 200, "eva": 200, "olivia": 200, "root": 403},
    "/coaching?agent=a-13": {"ana": 200, "eva": 200, "olivia": 200, "root": 403},
    "/review": {"ana": 403, "eva": 200, "olivia": 403, "root": 403},
    "/review/call-d01": {"ana": 403, "eva": 200, "olivia": 403, "root": 403},
    "/users": {"ana": 403, "eva": 403, "olivia": 403, "root": 200},
    "/nowhere": {"ana": 404, "eva": 404, "olivia": 404, "root": 404},
}


@pytest.mark.parametrize("name", ["ana", "eva", "olivia", "root"])
def test_the_role_matrix(server, name):
    c = signed_in(server, name)
    for path, expected in MATRIX.items():
        done = c.get(path)
        assert done.status_code == expected[name], (name, path, done.status_code)
        assert done.headers["x-frame-options"] == "DENY"
        assert "script-src" not in done.headers["content-security-policy"]  # none at all
        assert "default-src 'none'" in done.headers["content-security-policy"]


def test_an_agent_sees_only_its_own_interactions_redacted(server):
    page = signed_in(server, "ana").get("/").text
    ids = set(re.findall(r'data-id="([^"]+)"', page))
    examples = (ROOT / "examples" / "interactions" / "default").glob("*.json")
    own = {
        d["id"] for d in map(json.loads, map(Path.read_text, examples)) if d["agent_id"] == "a-11"
    }
    assert ids == own | {"xss-1"} and "call-d03" not in ids  # agent a-11's, nobody else's
    hostile = signed_in(server, "ana").get("/interactions/xss-1").text
    assert "4111 1111 1111 1111" not in hostile and "[CREDIT_CARD]" in hostile
    assert "<script>" not in hostile and "&lt;script&gt;" in hostile  # inert, shown as text


def test_any_post_without_the_csrf_token_is_403(server):
    ana = signed_in(server, "ana")
    for data in ({}, {"csrf_token": "forged"}):
        done = ana.post(
            "/interactions/call-d01/disputes",
            data={"criterion": "greeting", "comment": "x", **data},
        )
        assert done.status_code == 403
    eva = signed_in(server, "eva")
    assert (
        eva.post("/disputes/1/resolve", data={"decision": "uphold", "reason": "x"}).status_code
        == 403
    )
    assert eva.post("/logout", data={}).status_code == 403


def test_the_officers_unredacted_view_is_audited_with_user_and_reason(server):
    olivia = signed_in(server, "olivia")
    page = olivia.get("/interactions/xss-1", params={"unredacted": "1", "reason": "complaint CX-7"})
    assert page.status_code == 200 and "4111 1111 1111 1111" in page.text
    assert "<script>" not in page.text
    audit = olivia.get("/audit").text
    assert re.search(
        r"olivia</td><td>view_unredacted</td><td>xss-1</td><td><code>[^<]*complaint CX-7", audit
    )
    report = server.home.parent / "audit-report"
    assert server.qa("report", "audit", "--out", str(report)).returncode == 0
    assert (
        "complaint CX-7"
        in (report / "index.html").read_text() + (report / "audit.json").read_text()
    )


def test_a_dispute_from_the_agent_to_an_override(server):
    ana = signed_in(server, "ana")
    token = csrf(ana, "/interactions/call-d01")
    done = ana.post(
        "/interactions/call-d01/disputes",
        data={"criterion": "greeting", "comment": "I greeted at 0:02", "csrf_token": token},
    )
    assert done.status_code == 303
    eva = signed_in(server, "eva")
    listing = eva.get("/disputes").text
    number = re.findall(r'data-dispute="(\d+)"', listing)[0]
    assert "I greeted at 0:02" in listing
    done = eva.post(
        f"/disputes/{number}/resolve",
        data={
            "decision": "overturn",
            "reason": "greeting heard at 0:02",
            "csrf_token": csrf(eva, "/disputes"),
        },
    )
    assert done.status_code == 303
    listed = server.qa("override", "--list", "--json")
    (override,) = [json.loads(x) for x in listed.stdout.splitlines() if '"call-d01"' in x]
    assert override["actor"] == "eva" and override["criterion_id"] == "greeting"
    assert f"dispute {number} overturned" in override["reason"]
    token = csrf(ana, "/interactions/call-d01")
    assert (
        ana.post("/interactions/call-d01/acknowledge", data={"csrf_token": token}).status_code
        == 303
    )
    page = ana.get("/interactions/call-d01").text  # the agent sees the outcome
    assert 'data-acknowledged="ana"' in page
    assert f'data-dispute="{number}" data-status="overturned"' in page
    assert "greeting heard at 0:02" in page
    assert eva.get("/calibration").text.count('data-criterion="greeting"') == 1


def test_the_hostile_record_stays_text_everywhere(server):
    pages = [
        signed_in(server, "ana").get("/").text,
        signed_in(server, "eva").get("/").text,
        signed_in(server, "eva").get("/interactions/xss-1").text,
        signed_in(server, "olivia").get("/interactions/xss-1?unredacted=1&reason=r").text,
        signed_in(server, "olivia").get("/audit").text,
    ]
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page
    assert HOSTILE["team"] not in pages[1] and "&lt;script&gt;alert(2)" in pages[1]
    assert XSS not in pages[3] and "&lt;img src=x onerror=alert(1)&gt;" in pages[3]


def test_the_review_queue_lands_as_calibration_ratings(server):
    """Every critical failure is queued; an evaluator's scores become this month's
    review session, and the interaction leaves the queue."""
    results = [json.loads(x) for x in server.qa("results", "--json").stdout.splitlines()]
    critical = {r["id"] for r in results if r["auto_failed"]}
    assert critical  # the examples include calls failed on a critical criterion
    eva = signed_in(server, "eva")
    queued = set(re.findall(r'data-review="([^"]+)"', eva.get("/review").text))
    assert critical <= queued
    chosen = sorted(critical)[0]
    form = eva.get(f"/review/{chosen}").text
    criteria = sorted(set(re.findall(r'name="score:([^"]+)"', form)))
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    scores = {f"score:{c}": "met" for c in criteria}
    done = eva.post(f"/review/{chosen}", data={**scores, "csrf_token": token})
    assert done.status_code == 303
    assert chosen not in eva.get("/review").text
    listed = server.qa("calibrate", "sessions", "--json").stdout
    assert '"review-' in listed and "review queue" in listed


def test_coaching_shows_an_agent_its_own_weak_criteria_only(server):
    own = signed_in(server, "ana").get("/coaching?agent=a-13").text  # ?agent is ignored
    assert "Coaching: a-11" in own and "a-13" not in own and 'data-criterion="' in own
    other = signed_in(server, "eva").get("/coaching?agent=a-13").text
    assert "Coaching: a-13" in other and 'data-criterion="' in other


def test_the_console_over_postgresql(pg_url, tmp_path):
    """The same console over a PostgreSQL store: sign in, a page, a dispute, the 429."""
    from console_server import Server

    home = tmp_path / "qa-home"
    prepare(home, pg_url)
    with serving(home, pg_url) as running:
        pg = Server(running.url, home)
        ana = signed_in(pg, "ana")
        assert ana.get("/interactions/call-d01").status_code == 200
        assert ana.get("/interactions/call-d03").status_code == 404
        token = csrf(ana, "/interactions/call-d01")
        done = ana.post(
            "/interactions/call-d01/disputes",
            data={"criterion": "greeting", "comment": "over postgres", "csrf_token": token},
        )
        assert done.status_code == 303
        assert "over postgres" in signed_in(pg, "eva").get("/disputes").text
        c = client(pg)
        codes = [
            c.post("/login", data={"username": "bo", "password": "x"}).status_code for _ in range(6)
        ]
        assert codes[-1] == 429


@pytest.mark.parametrize(
    ("password", "why"),
    [("short1!", "at least 10"), ("password123", "common"), ("aaaaaaaaaaaa", "repeats")],
)
def test_weak_passwords_and_duplicate_names_exit_2(run_qa, password, why):
    assert run_qa("init").returncode == 0
    done = run_qa("user", "add", "kim", "--role", "evaluator", "--password-stdin", stdin=password)
    assert done.returncode == 2 and why in done.stderr and password not in done.stderr
    good = "a long enough secret"
    assert (
        run_qa("user", "add", "kim", "--role", "agent", "--password-stdin", stdin=good).returncode
        == 0
    )
    again = run_qa("user", "add", "kim", "--role", "agent", "--password-stdin", stdin=good)
    assert again.returncode == 2 and "exists" in again.stderr
    listed = run_qa("user", "list", "--json").stdout
    assert '"agent_id": "kim"' in listed  # an agent without --agent-id is its own name


def test_the_admin_sets_the_dispute_window_and_the_review_share(server):
    root = signed_in(server, "root")
    token = csrf(root, "/users")
    done = root.post(
        "/settings", data={"dispute_window_days": "21", "review_share": "0.2", "csrf_token": token}
    )
    assert done.status_code == 303
    page = root.get("/users").text
    assert 'value="21"' in page and 'value="0.2"' in page
    bad = root.post(
        "/settings", data={"dispute_window_days": "21", "review_share": "2", "csrf_token": token}
    )
    assert bad.status_code == 400
    assert signed_in(server, "eva").get("/review").text.count("20 %") == 1
    page = root.get("/users").text  # nothing half-written
    assert 'value="21"' in page and 'value="0.2"' in page
