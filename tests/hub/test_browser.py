"""The dashboard in a real browser (issue 19 §4): headless Chromium (Debian's package) loads
every page as an analyst and an administrator get it, with no network: the trend plot is drawn
by the plotly.js the hub serves itself, and nothing is fetched from elsewhere."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from hub.web import PLOTLY_JS
from tests.hub.test_web import PASSWORD, hub  # noqa: F401 - the fixture

PAGES = {"trends": "/?by=state", "drill-down": "/?state=UTO&by=check", "systems": "/systems",
         "upload": "/upload", "users": "/users"}  # fmt: skip


def test_every_page_loads_in_headless_chromium(
    hub: tuple[object, TestClient, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed (Debian: apt install chromium)")
    _, client, _ = hub
    page = client.get("/login").text
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert token
    client.post("/login", data={"username": "chief", "password": PASSWORD,
                                "csrf": token.group(1)})  # fmt: skip
    for name, path in PAGES.items():
        html = client.get(path).text
        assert not re.search(r"""(src|href)=["']https?://""", html), name  # nothing from afar
        saved = tmp_path / f"{name}.html"
        saved.write_text(html.replace("/static/plotly.min.js", PLOTLY_JS.as_uri()), "utf-8")
        shown = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
             "--dump-dom", saved.as_uri()],
            capture_output=True, text=True, timeout=120, check=True,
        ).stdout  # fmt: skip
        assert "Verifier — regional hub" in shown, name
        if name in ("trends", "drill-down"):
            assert 'class="main-svg"' in shown, name  # plotly.js ran and drew the plot
