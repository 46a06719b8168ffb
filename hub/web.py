"""The hub's web interface for the region's analysts: trends of inspections, anomalies,
referrals and suspected fraud by week, state, point of entry, document and failed check, with
drill-down; which workstations are operational and what they run; CSV exports; accounts.

Starlette with server-side Jinja2 templates, chosen over Dash: the pages are reports, not an
application, and every request (sign-in, CSRF token, roles, limits) stays in plain view in one
small module. Plots are drawn by plotly.js served from the plotly package itself (nothing from
a CDN: the hub may run on an air-gapped network).

Privacy: a cell of fewer than ``MIN_CELL`` inspections is hidden in every view and export
(its count is added to a "hidden" line). Security: accounts with scrypt hashes, a signed
session cookie (SameSite strict, HttpOnly), a CSRF token on every form, roles checked on every
route, request bodies bounded, every sign-in, export, upload and account change in the hub's
audit log.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import secrets
import tempfile
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any, Final

import plotly  # type: ignore[import-untyped]
import plotly.graph_objects as go  # type: ignore[import-untyped]
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import case, func, select
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from hub.alerts import (
    ExamplePage,
    Placer,
    feature_region,
    library_templates,
    package_of,
    parse_box,
    publish,
    published,
    revise,
)
from hub.db import AuditEntry, Bundle, Cell, Day, HubDatabase, HubSetting, User, Workstation
from hub.ingest import ingest_file
from hub.pdf import trends_pdf
from verifier.alerts import Alert, AlertError, NumberRange, own_package
from verifier.imaging.loading import ImageError, load_rgb
from verifier.library.package import fingerprint
from verifier.library.template import Template
from verifier.library.units import LIGHTS
from verifier.settings import Settings

MIN_CELL: Final = 5
MAX_BODY: Final = 8 * 1024**2 + 64 * 1024  # one bundle and a form around it
ROLES: Final = ("analyst", "admin")
DIMENSIONS: Final = {
    "state": ("issuing_state", "Issuing state"),
    "place": ("point_of_entry", "Point of entry"),
    "document": ("document_code", "Document type"),
    "template": ("template", "Document design"),
    "check": ("failed_checks", "Failed check"),
    "classification": ("classification", "Expert classification"),
}
UNCLASSIFIED: Final = "(not classified)"  # how a cell without an expert's finding is shown
OPERATIONAL_DAYS: Final = 45  # a workstation that sent a bundle made within this is operational
PLOTLY_JS: Final = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


# -- accounts ----------------------------------------------------------------------------------


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _, salt, _ = stored.split("$")
        return hmac.compare_digest(hash_password(password, bytes.fromhex(salt)), stored)
    except ValueError:
        return False


def add_user(db: HubDatabase, username: str, password: str, role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if not username.isidentifier() or len(username) > 64:
        raise ValueError("a user name is letters, digits and _ (at most 64)")
    if len(password) < 12:
        raise ValueError("a password has at least 12 characters")
    with db.session() as s:
        if s.scalar(select(User.id).where(User.username == username)) is not None:
            raise ValueError(f"{username} exists already")
        s.add(User(username=username, password_hash=hash_password(password), role=role,
                   created_at=_now()))  # fmt: skip
        s.add(AuditEntry(at=_now(), action="user_added", detail={"user": username, "role": role}))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _audit(db: HubDatabase, action: str, detail: dict[str, Any]) -> None:
    with db.session() as s:
        s.add(AuditEntry(at=_now(), action=action, detail=detail))


def session_secret(db: HubDatabase) -> str:
    """The key that signs session cookies: made once, kept in the hub's database."""
    with db.session() as s:
        row = s.get(HubSetting, "session_secret")
        if row is None:
            row = HubSetting(key="session_secret", value=secrets.token_hex(32))
            s.add(row)
        return row.value


# -- what the pages show -----------------------------------------------------------------------


def _filtered(query: Any, filters: dict[str, str]) -> Any:
    for name, value in filters.items():
        column = DIMENSIONS.get(name, (None,))[0]
        if column and column != "failed_checks" and value:
            wanted = "" if column == "classification" and value == UNCLASSIFIED else value
            query = query.where(getattr(Cell, column) == wanted)
    return query


def weekly(db: HubDatabase, filters: dict[str, str]) -> list[dict[str, Any]]:
    """Per week: inspections, anomalies, referrals, suspected fraud (weeks under MIN_CELL
    inspections hidden)."""

    def counted(condition: Any) -> Any:
        return func.sum(case((condition, Cell.inspections), else_=0))

    query = _filtered(
        select(
            Cell.week,
            func.sum(Cell.inspections),
            counted(Cell.verdict == "anomalies"),
            counted(Cell.decision == "referred_to_expert"),
            counted(Cell.decision == "suspected_fraud"),
        ).group_by(Cell.week),
        filters,
    )
    with db.session() as s:
        rows = s.execute(query.order_by(Cell.week)).all()
    return [
        {"week": w, "inspections": int(n), "anomalies": int(a), "referred": int(r),
         "suspected": int(f)}
        for w, n, a, r, f in rows
        if int(n) >= MIN_CELL
    ]  # fmt: skip


def breakdown(
    db: HubDatabase, dimension: str, filters: dict[str, str]
) -> tuple[list[dict[str, Any]], int]:
    """Counts by one dimension, largest first; rows under MIN_CELL inspections hidden (and
    how many inspections they held)."""
    column = DIMENSIONS[dimension][0]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    grouped = Cell.failed_key if column == "failed_checks" else getattr(Cell, column)
    query = _filtered(
        select(grouped, Cell.verdict, Cell.decision, func.sum(Cell.inspections)).group_by(
            grouped, Cell.verdict, Cell.decision
        ),
        filters,
    )
    with db.session() as s:
        rows = s.execute(query).all()
    for key, verdict, decision, n in rows:
        if grouped is Cell.failed_key:
            values = key.split(";") if key else ["(none failed)"]
        else:
            values = [key or UNCLASSIFIED] if column == "classification" else [key]
        for value in values:
            entry = totals[str(value)]
            entry[0] += int(n)
            entry[1] += int(n) if verdict == "anomalies" else 0
            entry[2] += int(n) if decision == "referred_to_expert" else 0
            entry[3] += int(n) if decision == "suspected_fraud" else 0
    shown, hidden = [], 0
    for value, (n, anomalies, referred, suspected) in sorted(
        totals.items(), key=lambda item: -item[1][0]
    ):
        if n < MIN_CELL:
            hidden += n
            continue
        shown.append({"value": value, "inspections": n, "anomalies": anomalies,
                      "rate": round(100 * anomalies / n, 1), "referred": referred,
                      "suspected": suspected})  # fmt: skip
    return shown, hidden


def systems(db: HubDatabase, today: dt.date) -> list[dict[str, Any]]:
    """Each registered workstation: operational or not, its versions, what it sent."""
    with db.session() as s:
        stations = s.scalars(select(Workstation).order_by(Workstation.name)).all()
        out = []
        for ws in stations:
            bundles = s.scalars(
                select(Bundle).where(Bundle.workstation_id == ws.id).order_by(Bundle.seq)
            ).all()
            last = max(bundles, key=lambda b: b.created) if bundles else None
            seqs = {b.seq for b in bundles}
            since = today - dt.timedelta(days=OPERATIONAL_DAYS)
            started = s.scalar(
                select(func.coalesce(func.sum(Day.startups), 0)).where(
                    Day.workstation_id == ws.id, Day.day > since
                )
            )
            out.append({
                "id": ws.id[:16],
                "name": ws.name or ws.id[:16],
                "operational": last is not None
                and (today - last.created).days <= OPERATIONAL_DAYS,
                "last": last.created.isoformat() if last else "—",
                "application": last.application_version if last else "—",
                "library": last.library_version if last else "—",
                "bundles": len(bundles),
                "records": sum(b.records for b in bundles),
                "startups": int(started or 0),
                "gaps": sorted(set(range(1, max(seqs) + 1)) - seqs) if seqs else [],
            })  # fmt: skip
    return out


def _trend_plot(rows: list[dict[str, Any]]) -> str:
    figure = go.Figure()
    weeks = [r["week"] for r in rows]
    for key, name in (("inspections", "Inspections"), ("anomalies", "Anomalies"),
                      ("referred", "Referred"), ("suspected", "Suspected fraud")):  # fmt: skip
        figure.add_trace(go.Scatter(x=weeks, y=[r[key] for r in rows], name=name, mode="lines"))
    figure.update_layout(height=320, margin={"l": 40, "r": 10, "t": 10, "b": 40},
                         legend={"orientation": "h"})  # fmt: skip
    figure.update_xaxes(nticks=26)
    return str(figure.to_html(full_html=False, include_plotlyjs=False))


# -- requests ----------------------------------------------------------------------------------


def _filters(request: Request) -> dict[str, str]:
    return {k: v[:64] for k, v in request.query_params.items() if k in DIMENSIONS and v}


Handler = Callable[[Request], Awaitable[Response]]


def signed_in(roles: Iterable[str] = ROLES) -> Callable[[Handler], Handler]:
    allowed = tuple(roles)

    def wrap(handler: Handler) -> Handler:
        async def checked(request: Request) -> Response:
            role = request.session.get("role")
            if role is None:
                return RedirectResponse("/login", status_code=303)
            if role not in allowed:
                return HTMLResponse("Not for your role.", status_code=403)
            if request.method != "POST":
                return await handler(request)
            form = await request.form()  # parsed once: the handler gets the same
            try:
                token = str(form.get("csrf", ""))
                if not hmac.compare_digest(token, request.session.get("csrf", "")):
                    return HTMLResponse("The form is stale: reload the page.", status_code=403)
                return await handler(request)
            finally:
                await form.close()  # an uploaded file's temporary copy is gone at once

        return checked

    return wrap


def _page(request: Request, name: str, **context: Any) -> Response:
    context |= {
        "user": request.session.get("user"),
        "role": request.session.get("role"),
        "csrf": request.session.get("csrf", ""),
        "min_cell": MIN_CELL,
    }
    return TEMPLATES.TemplateResponse(request, name, context)


class BoundedBody:
    """Refuses a request whose body is (or says it is) larger than ``MAX_BODY``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length", b"0")
            if not length.isdigit() or int(length) > MAX_BODY:
                response = Response("The request is too large.", status_code=413)
                await response(scope, receive, send)
                return
            seen = 0

            async def bounded() -> Any:
                nonlocal seen
                message = await receive()
                seen += len(message.get("body", b""))
                if seen > MAX_BODY:
                    raise ValueError("request body over the limit")
                return message

            await self.app(scope, bounded, send)
            return
        await self.app(scope, receive, send)


def create_app(  # noqa: PLR0915 - the routes, one after another, over one database
    db: HubDatabase,
    *,
    quarantine: Path | None = None,
    secure: bool = False,
    key: Ed25519PrivateKey | None = None,
    library: Path | None = None,
    hub_name: str = "Regional hub",
) -> Starlette:
    """The web application over ``db``. ``secure``: session cookies only over HTTPS (behind a
    TLS proxy in production). ``key``: the hub's Ed25519 key, to publish fraud alerts (without
    it the alerts are listed, not published); ``library``: the reference library whose
    templates alerts concern (default: the one bundled with Verifier)."""
    quarantine = quarantine or Path(tempfile.gettempdir()) / "verifier-hub-quarantine"
    designs = library_templates(library or Settings.from_env().bundled_library)
    placer = Placer(list(designs.values()))  # identifies an example's visible page

    async def login(request: Request) -> Response:
        if request.method == "GET":
            request.session.setdefault("csrf", secrets.token_hex(16))
            return _page(request, "login.html", error=None)
        form = await request.form()
        if not hmac.compare_digest(str(form.get("csrf", "")), request.session.get("csrf", "")):
            return HTMLResponse("The form is stale: reload the page.", status_code=403)
        username, password = str(form.get("username", ""))[:64], str(form.get("password", ""))
        with db.session() as s:
            user = s.scalar(select(User).where(User.username == username))
            ok = (
                user is not None
                and user.failed_logins < 10
                and check_password(password[:256], user.password_hash)
            )
            if user is not None:
                user.failed_logins = 0 if ok else user.failed_logins + 1
            role = user.role if user is not None else None
        _audit(db, "login" if ok else "login_failed", {"user": username})
        if not ok:
            return _page(request, "login.html", error="Wrong user name or password, or the "
                         "account is locked after 10 failed attempts.")  # fmt: skip
        request.session.clear()
        request.session.update({"user": username, "role": role, "csrf": secrets.token_hex(16)})
        return RedirectResponse("/", status_code=303)

    @signed_in()
    async def logout(request: Request) -> Response:
        _audit(db, "logout", {"user": request.session.get("user")})
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    @signed_in()
    async def overview(request: Request) -> Response:
        filters = _filters(request)
        rows = weekly(db, filters)
        dimension = request.query_params.get("by", "state")
        dimension = dimension if dimension in DIMENSIONS else "state"
        table, hidden = breakdown(db, dimension, filters)
        totals = {key: sum(r[key] for r in rows) for key in
                  ("inspections", "anomalies", "referred", "suspected")}  # fmt: skip
        return _page(request, "overview.html", plot=_trend_plot(rows), table=table,
                     hidden=hidden, dimension=dimension, dimensions=DIMENSIONS,
                     filters=filters, totals=totals, weeks=len(rows))  # fmt: skip

    @signed_in()
    async def systems_page(request: Request) -> Response:
        listed = systems(db, dt.date.today())
        return _page(request, "systems.html", systems=listed,
                     operational=sum(1 for s in listed if s["operational"]),
                     days=OPERATIONAL_DAYS)  # fmt: skip

    @signed_in()
    async def export_csv(request: Request) -> Response:
        filters = _filters(request)
        dimension = request.query_params.get("by", "state")
        if dimension == "week":
            rows: list[dict[str, Any]] = weekly(db, filters)
        elif dimension in DIMENSIONS:
            rows, _ = breakdown(db, dimension, filters)
        else:
            return HTMLResponse("Unknown export.", status_code=400)
        buffer = io.StringIO()
        if rows:
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: _safe(v) for k, v in r.items()} for r in rows)
        _audit(db, "export", {"user": request.session.get("user"), "by": dimension,
                              "filters": filters})  # fmt: skip
        return Response(buffer.getvalue(), media_type="text/csv", headers={
            "Content-Disposition": f'attachment; filename="hub-{dimension}.csv"'})  # fmt: skip

    @signed_in()
    async def export_pdf(request: Request) -> Response:
        filters = _filters(request)
        dimension = request.query_params.get("by", "state")
        if dimension not in DIMENSIONS:
            return HTMLResponse("Unknown export.", status_code=400)
        rows = weekly(db, filters)
        table, hidden = breakdown(db, dimension, filters)
        totals = {key: sum(r[key] for r in rows) for key in
                  ("inspections", "anomalies", "referred", "suspected")}  # fmt: skip
        user = str(request.session.get("user"))
        data = trends_pdf(weeks=rows, table=table, hidden=hidden,
                          dimension=DIMENSIONS[dimension][1],
                          filters={k: (DIMENSIONS[k][1], v) for k, v in filters.items()},
                          totals=totals, min_cell=MIN_CELL, user=user)  # fmt: skip
        _audit(db, "export", {"user": user, "by": dimension, "filters": filters, "as": "pdf"})
        return Response(data, media_type="application/pdf", headers={
            "Content-Disposition": f'attachment; filename="hub-{dimension}.pdf"'})  # fmt: skip

    @signed_in(("admin",))
    async def users(request: Request) -> Response:
        message = None
        if request.method == "POST":
            form = await request.form()
            try:
                add_user(db, str(form.get("username", "")), str(form.get("password", "")),
                         str(form.get("role", "")))  # fmt: skip
                message = "Account added."
            except ValueError as exc:
                message = str(exc)
        with db.session() as s:
            listed = s.execute(select(User.username, User.role).order_by(User.username)).all()
        return _page(request, "users.html", users=listed, message=message, roles=ROLES)

    @signed_in(("admin",))
    async def upload(request: Request) -> Response:
        outcome = None
        if request.method == "POST":
            form = await request.form()
            sent = form.get("bundle")
            if sent is None or isinstance(sent, str):
                outcome = {"status": "refused", "reason": "no file was chosen"}
            else:
                name = Path(sent.filename or "upload.vbundle").name[:120]
                with tempfile.TemporaryDirectory() as folder:
                    path = Path(folder) / name
                    path.write_bytes(await sent.read())
                    outcome = ingest_file(db, path, quarantine).as_dict()
                _audit(db, "upload", {"user": request.session.get("user"), "file": name,
                                      "status": outcome["status"]})  # fmt: skip
        return _page(request, "upload.html", outcome=outcome)

    def alerts_page(request: Request, message: str | None = None, ok: bool = False) -> Response:
        return _page(request, "alerts.html", alerts=published(db), today=dt.date.today(),
                     designs=designs, can_publish=key is not None, message=message, ok=ok,
                     lights=LIGHTS, max_examples=WEB_EXAMPLES,
                     key_fingerprint=fingerprint(key.public_key()) if key else None)  # fmt: skip

    @signed_in()
    async def alerts_view(request: Request) -> Response:
        if request.method == "GET":
            return alerts_page(request)
        if key is None:
            return alerts_page(request, "This hub was started without its key (serve --key): "
                               "it cannot sign alerts.")  # fmt: skip
        form = await request.form()
        try:
            alert = await _publish_from(form, db, key, (designs, placer), request, hub_name)
        except AlertError as exc:
            return alerts_page(request, str(exc))
        return alerts_page(request, f"Alert {alert.title!r} published (version {alert.version}): "
                           "download its package for the workstations.", ok=True)  # fmt: skip

    @signed_in()
    async def alert_package(request: Request) -> Response:
        found = package_of(db, request.path_params["alert"])
        if found is None:
            return HTMLResponse("No such alert.", status_code=404)
        row, data = found
        _audit(db, "alert_download", {"user": request.session.get("user"), "alert": row.id})
        name = f"{row.template}-{row.id[:8]}-v{row.version}.alert"
        disposition = f'attachment; filename="{name}"'
        return Response(data, media_type="application/octet-stream",
                        headers={"Content-Disposition": disposition})  # fmt: skip

    @signed_in()
    async def alert_example(request: Request) -> Response:
        found = package_of(db, request.path_params["alert"])
        if found is None:
            return HTMLResponse("No such alert.", status_code=404)
        try:
            image = own_package(found[1])[1][int(request.path_params["n"])]
        except (AlertError, IndexError, ValueError):
            return HTMLResponse("No such example.", status_code=404)
        return Response(image, media_type="image/jpeg")

    @signed_in()
    async def alert_revise(request: Request) -> Response:
        if key is None:
            return alerts_page(request, "This hub was started without its key (serve --key).")
        form = await request.form()
        try:
            expires = str(form.get("expires", ""))
            alert = revise(db, key, request.path_params["alert"],
                           by=str(request.session.get("user")),
                           withdraw=form.get("action") == "withdraw",
                           expires=dt.date.fromisoformat(expires) if expires else None)  # fmt: skip
        except (AlertError, ValueError) as exc:
            return alerts_page(request, str(exc))
        done = "withdrawn" if alert.withdrawn else f"in force until {alert.expires}"
        return alerts_page(request, f"Alert {alert.title!r} {done} (version {alert.version}): "
                           "send its new package to the workstations.", ok=True)  # fmt: skip

    async def plotly_js(_request: Request) -> Response:
        return FileResponse(PLOTLY_JS, media_type="application/javascript")

    secret = session_secret(db)
    return Starlette(
        routes=[
            Route("/login", login, methods=["GET", "POST"]),
            Route("/logout", logout, methods=["POST"]),
            Route("/", overview),
            Route("/systems", systems_page),
            Route("/export.csv", export_csv),
            Route("/export.pdf", export_pdf),
            Route("/users", users, methods=["GET", "POST"]),
            Route("/upload", upload, methods=["GET", "POST"]),
            Route("/alerts", alerts_view, methods=["GET", "POST"]),
            Route("/alerts/{alert:str}.alert", alert_package),
            Route("/alerts/{alert:str}/example/{n:int}.jpg", alert_example),
            Route("/alerts/{alert:str}/revise", alert_revise, methods=["POST"]),
            Route("/static/plotly.min.js", plotly_js),
        ],
        middleware=[
            Middleware(BoundedBody),
            Middleware(
                SessionMiddleware,
                secret_key=secret,
                session_cookie="hub_session",
                max_age=8 * 3600,
                same_site="strict",
                https_only=secure,
            ),
        ],
    )


def _safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula is written as text."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
        return "'" + value
    return value


WEB_EXAMPLES: Final = 3  # example pages per alert from the web form (the body stays bounded)


async def _publish_from(  # noqa: PLR0917 - the form and what the app holds
    form: Any,
    db: HubDatabase,
    key: Ed25519PrivateKey,
    library: tuple[dict[str, Template], Placer],
    request: Request,
    hub_name: str,
) -> Alert:
    """An alert from the web form (AlertError with the reason when it cannot be one)."""
    designs, placer = library
    template = designs.get(str(form.get("template", "")))
    if template is None:
        raise AlertError("choose the document design the alert concerns")
    try:
        expires = dt.date.fromisoformat(str(form.get("expires", "")))
    except ValueError:
        raise AlertError("give the date the alert expires (YYYY-MM-DD)") from None
    pages = []
    for n in range(WEB_EXAMPLES):
        page = await _uploaded(form.get(f"example{n}"), f"example {n + 1}")
        if page is not None:
            pages.append(ExamplePage(str(form.get(f"light{n}", "")),
                                     str(form.get(f"caption{n}", ""))[:200], page))  # fmt: skip
    visible = await _uploaded(form.get("visible"), "the visible capture")
    if not pages:
        raise AlertError("an alert needs at least one example page")
    feature = str(form.get("feature", ""))
    region = feature_region(template, feature) if feature else None
    words = str(form.get("numbers", ""))[:20_000].replace(",", " ").split()
    ranges = [NumberRange.parse(w) for w in words if "-" in w]
    prefixes = [w for w in words if "-" not in w]
    lines = [line for line in str(form.get("masks", ""))[:5_000].splitlines() if line.strip()]
    masks = [parse_box(line) for line in lines]
    return publish(db, key, template, title=str(form.get("title", ""))[:200],
                   look_for=str(form.get("look_for", ""))[:2000], expires=expires,
                   examples=pages, by=str(request.session.get("user")), hub_name=hub_name,
                   region=region, prefixes=prefixes, ranges=ranges, masks=masks,
                   placer=placer, visible=visible)  # fmt: skip


async def _uploaded(sent: Any, what: str) -> Any:
    """An uploaded image as RGB (None when no file was chosen; AlertError when unreadable)."""
    if sent is None or isinstance(sent, str) or not sent.filename:
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page"
        path.write_bytes(await sent.read())
        try:
            return load_rgb(path)
        except ImageError as exc:
            raise AlertError(f"{what}: {exc}") from None
