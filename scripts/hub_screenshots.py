"""The hub's pages on the generated region (``hub.demo``), rendered by headless Chromium
(Debian's package) into ``docs/screenshots/hub-*.png``.

    make hub-screenshots

Each page is fetched signed in (Starlette's test client, in process: nothing listens on a
port), saved with its plotly.js pointing at the copy inside the plotly package, and loaded by
Chromium from the file: the page as the analyst gets it, drawn with no network.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from hub.db import HubDatabase  # noqa: E402
from hub.demo import PASSWORD, demo_alert, generate  # noqa: E402
from hub.web import PLOTLY_JS, add_user, create_app  # noqa: E402

BUILD = ROOT / "build" / "hub-shots"
OUT = ROOT / "docs" / "screenshots"
PAGES = {  # file name -> (account, path)
    "hub-1-trends": ("analyst", "/?by=state"),
    "hub-2-drill-down": ("analyst", "/?state=MKD&by=template"),
    "hub-3-failed-checks": ("analyst", "/?by=check"),
    "hub-4-workstations": ("analyst", "/systems"),
    "hub-5-upload": ("admin", "/upload"),
    "hub-6-sign-in": ("", "/login"),
    "hub-7-fraud-alerts": ("analyst", "/alerts"),
}


def browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        sys.exit("hub-screenshots: Chromium is not installed (apt install chromium)")
    return found


def signed_in(client: TestClient, user: str) -> None:
    page = client.get("/login").text
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert token is not None
    client.post("/login", data={"username": user, "password": PASSWORD, "csrf": token.group(1)})


def main() -> int:
    chromium = browser()
    BUILD.mkdir(parents=True, exist_ok=True)
    database = BUILD / "hub.sqlite"
    fresh = not database.exists()
    db = HubDatabase(f"sqlite:///{database}")
    key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"hub screenshots").digest())
    if fresh:
        generate(BUILD, db, dt.date(2026, 11, 30))
        add_user(db, "analyst", PASSWORD, "analyst")
        add_user(db, "admin", PASSWORD, "admin")
        demo_alert(db, key, dt.date(2026, 11, 30))
    for name, (user, path) in PAGES.items():
        with TestClient(create_app(db, key=key)) as client:
            if user:
                signed_in(client, user)
            html = client.get(path).text
            for image in set(re.findall(r'src="(/alerts/[0-9a-f]{32}/example/\d+\.jpg)"', html)):
                inline = base64.b64encode(client.get(image).content).decode("ascii")
                html = html.replace(f'src="{image}"', f'src="data:image/jpeg;base64,{inline}"')
        page = BUILD / f"{name}.html"
        page.write_text(html.replace("/static/plotly.min.js", PLOTLY_JS.as_uri()), "utf-8")
        target = OUT / f"{name}.png"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--window-size=1366,900", "--virtual-time-budget=5000",
             f"--screenshot={target}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        print(target.relative_to(ROOT))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
