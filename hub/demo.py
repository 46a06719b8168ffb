"""``make hub-demo``: the hub on generated data for a region — six states, sixty points of
entry (one workstation each), two years of fortnightly bundles, one fraud alert (its key in
the demo folder) — then its web interface.

The bundles are made, signed and taken in exactly as real ones are (each workstation has its
own key; every bundle goes through ``ingest``); only the inspections they count are invented,
with a few seasonal and fraud-wave patterns for the trends to show. Reproducible (a fixed
seed). The demonstration account is printed: it exists only in the demo database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from numpy.typing import NDArray

from hub.alerts import ExamplePage, library_templates, publish
from hub.db import HubDatabase
from hub.ingest import ingest, register_workstation
from hub.web import add_user
from verifier.alerts import Alert
from verifier.files import write_atomic
from verifier.imaging.loading import load_rgb
from verifier.library.template import Template
from verifier.settings import Settings
from verifier.share import SUFFIX, Key, canonical, encode, generalise

STATES = ("SRB", "ALB", "MKD", "BIH", "MNE", "RKS")
TRAVELLERS = ("SRB", "ALB", "MKD", "BIH", "MNE", "RKS", "DEU", "TUR", "ITA", "AUT", "CHE")
DOCUMENTS = (("P", "{s}-P-2019"), ("P", "{s}-P-2011"), ("I", "{s}-ID-2021"), ("A", "{s}-RP-2018"))
CHECKS = ("uv.features", "uv.dull_paper", "ir.mrz_b900", "visible.features", "mrz.check_digits",
          "viz.mrz_consistency", "face.match", "doc.expired", "barcode.signature")  # fmt: skip
WEEKS = 104
PASSWORD = "demo analyst 2026"  # the demo database's account only


def _key(label: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(label.encode()).digest())


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _cells(
    rng: random.Random, place: str, start: dt.date, days: int, wave: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A fortnight's cells and days (inspections and the application's start-ups)."""
    counted: dict[Key, int] = {}
    daily = []
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        summer = 1.6 if day.month in (7, 8) else 1.0
        inspections = max(0, int(rng.gauss(9, 3) * summer))
        daily.append({"day": day.isoformat(), "inspections": inspections,
                      "startups": rng.choice((1, 1, 1, 2))})  # fmt: skip
        for _ in range(inspections):
            state = rng.choice(TRAVELLERS)
            code, design = rng.choice(DOCUMENTS)
            forged = rng.random() < (0.10 if wave and design.endswith("2011") else 0.035)
            failed = tuple(sorted(rng.sample(CHECKS, rng.randint(1, 2)))) if forged else ()
            verdict = (
                "anomalies" if failed else rng.choice(["no_anomalies"] * 12 + ["inconclusive"])
            )
            decision = (rng.choice(["referred_to_expert", "suspected_fraud"]) if failed
                        else "released")  # fmt: skip
            classified = (  # an expert's finding on most referred documents
                rng.choice(("counterfeit", "forgery", "forgery", "impostor", "genuine"))
                if failed and rng.random() < 0.7
                else ""
            )
            cell: Key = (
                _week(day),
                place,
                state,
                code,
                design.format(s=state),
                failed,
                verdict,
                decision,
                classified,
            )
            counted[cell] = counted.get(cell, 0) + 1
    return generalise(counted), daily


def generate(folder: Path, db: HubDatabase, today: dt.date) -> int:
    """Register sixty workstations and take their bundles in; the bundles taken in."""
    rng = random.Random(20261201)
    drop = folder / "drop"
    drop.mkdir(parents=True, exist_ok=True)
    first = today - dt.timedelta(weeks=WEEKS)
    for n in range(60):
        state = STATES[n % 6]
        place = f"{state} crossing {n // 6 + 1:02d}"
        key = _key(f"demo workstation {n}")
        raw = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        keyfile = folder / f"ws{n:02d}.key"
        keyfile.write_text(f'{{"key": "{raw.hex()}", "workstation": "{place}"}}')
        register_workstation(db, keyfile)
        fingerprint = hashlib.sha256(raw).hexdigest()
        silent = n % 17 == 5  # a few stopped sending months ago: not operational
        position, seq = 0, 0
        for fortnight in range(WEEKS // 2):
            start = first + dt.timedelta(weeks=2 * fortnight)
            if silent and start > today - dt.timedelta(days=120):
                break
            wave = state in ("MKD", "ALB") and 40 <= fortnight <= 46
            cells, days = _cells(rng, place, start, 14, wave)
            count = sum(int(str(c["inspections"])) for c in cells)
            seq += 1
            if n % 23 == 7 and fortnight == 30:  # a lost USB stick: a gap the hub shows
                position += count
                continue
            body = {
                "workstation": fingerprint,
                "seq": seq,
                "reports": {"from": position + 1, "to": position + count, "count": count},
                "created": (start + dt.timedelta(days=14)).isoformat(),
                "application_version": "0.1.0" if fortnight < 40 else "0.2.0",
                "library_version": f"library-2026.{1 + fortnight // 13}",
                "cells": cells,
                "corrections": [],
                "days": [d for d in days if d["inspections"] or d["startups"]],
            }
            position += count
            signature = key.sign(canonical(body))
            (drop / f"{fingerprint[:16]}-{seq:06d}{SUFFIX}").write_bytes(
                encode(body, raw, signature)
            )
    return sum(1 for o in ingest(db, [drop], folder / "quarantine") if o.status == "ingested")


def forged_page(template: Template) -> NDArray[np.uint8]:
    """The design's UV page with its emblem printed instead of fluorescent (dark): the
    example of a demo alert."""
    page = load_rgb(template.images["uv"]).copy()
    k = page.shape[1] / template.width_mm
    box = template.zones["uv_emblem"]
    top, left = int(box.y * k), int(box.x * k)
    emblem = page[top : int((box.y + box.h) * k), left : int((box.x + box.w) * k)]
    emblem[:] = emblem // 4
    return page


def demo_alert(db: HubDatabase, key: Ed25519PrivateKey, today: dt.date) -> Alert:
    """One fraud alert on the sample passport's design, published as an analyst would."""
    template = library_templates(Settings.from_env().bundled_library)["UTO-P-2020"]
    return publish(
        db, key, template, title="Counterfeit data pages, 2020 series",
        look_for="The UV emblem is printed in ordinary ink: it stays dark under UV 365 nm, "
        "where the genuine emblem glows blue.", expires=today + dt.timedelta(days=90),
        examples=[ExamplePage("uv", "seized forgery", forged_page(template))], by="analyst",
        hub_name="Regional hub (demo)", region=template.zones["uv_emblem"], prefixes=["U27"],
        today=today, visible=load_rgb(template.images["visible"]),
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hub.demo")
    parser.add_argument("--folder", type=Path, default=Path("build/hub-demo"))
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--no-serve", action="store_true", help="generate only")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    database = args.folder / "hub.sqlite"
    url = f"sqlite:///{database}"
    hub_key = args.folder / "hub-key.pem"
    if not database.exists():
        db = HubDatabase(url)
        taken = generate(args.folder, db, dt.date.today())
        add_user(db, "analyst", PASSWORD, "analyst")
        key = _key("demo hub")
        write_atomic(hub_key, key.private_bytes(serialization.Encoding.PEM,
                     serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))  # fmt: skip
        demo_alert(db, key, dt.date.today())
        print(f"hub-demo: {taken} bundles of 60 workstations taken in ({database})")
        db.close()
    print(f"hub-demo: sign in as 'analyst' with the password '{PASSWORD}'")
    if args.no_serve:
        return 0
    from hub.cli import main as hub

    return hub(["serve", "--db", url, "--port", str(args.port), "--key", str(hub_key)])


if __name__ == "__main__":
    sys.exit(main())
