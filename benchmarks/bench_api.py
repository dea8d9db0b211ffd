"""Load test of `rasd serve`: 50 concurrent clients on GET /api/incidents over 100,000 reports.

    python benchmarks/bench_api.py [--reports 100000] [--documents 3000] [--clients 50]
                                   [--seconds 30] [--port 0]

Fills a fresh SQLite store in bulk (synthetic, seeded report rows inserted straight into the
store's tables, then incidents of 1-4 reports reconciled with `incident_values`: the
extractor and the clustering are not what this measures), starts `rasd serve` (uvicorn, one
process) on loopback, runs `--clients` concurrent keep-alive clients (bare asyncio HTTP/1.1,
light enough not to starve the server of the two cores they share) for `--seconds` on
`GET /api/incidents?limit=50` with a rotating mix of filters and offsets (after a 3 s warm-up
that is not counted), and writes requests/s, p50/p90/p99 latency, errors and the server's CPU
share to benchmarks/results/api.json. The clients run on the same machine as the server (2
shared cores), so the figures are a floor, not a capacity.

With `--ingest N` (say `--clients 16 --reports 20000 --ingest 1500`), a `rasd ingest` of N
generated documents writes to the same store while the clients read (it starts before the
warm-up; the figures say whether it was still writing when the measurement ended), and
any 'database is locked' in the server's or the ingest's output counts as an error; the
figures go to benchmarks/results/api-ingest.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from rasd import __version__
from rasd.config import load_config
from rasd.store import open_store, schema
from rasd.store.incidents import incident_values

RESULTS = Path(__file__).resolve().parent / "results" / "api.json"
COUNTRIES = {"Mali": ["Mopti", "Gao", "Tombouctou", "Segou", "Kidal", "Menaka"],
             "Burkina Faso": ["Sahel", "Nord", "Est", "Centre-Nord", "Boucle du Mouhoun"],
             "Niger": ["Tillaberi", "Tahoua", "Diffa", "Maradi"]}
KINDS = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Protests", "Peaceful protest"),
         ("Strategic developments", "Looting/property destruction")]
ACTORS = ["Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims",
          "Islamic State (Sahel)", "Military Forces of Burkina Faso (2022-)",
          "Military Forces of Niger (2023-)", "Wagner Group", "Civilians (Mali)",
          "Civilians (Burkina Faso)", "Civilians (Niger)", "VDP: Volunteers for the Defense of the Homeland"]
CLAIMANTS = [("government", "army", True), ("perpetrator", "JNIM", True),
             ("local_source", "local official", False), ("independent_media", "RFI", False),
             ("international_organisation", "OCHA", False)]
QUERIES = ["", "country=Mali", "country=Burkina%20Faso&from=2024-06-01", "country=Niger&to=2024-03-31",
           "event_type=Battles", "sub_event_type=Attack&country=Mali", "actor=jnim",
           "partisan=true", "claimant=ocha", "admin1=Mopti", "from=2024-01-01&to=2024-02-29",
           "actor=wagner&country=Mali"]


def _report(rng: random.Random, n: int, document_id: int, day: dt.date) -> dict[str, Any]:
    country = rng.choice(list(COUNTRIES))
    event_type, sub = rng.choice(KINDS)
    killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20, 40])
    claim = rng.choice(CLAIMANTS)
    claims = [{"claimant": claim[1], "claimant_role": claim[0], "fields": ["fatalities"],
               "partisan": claim[2], "span": [0, 10]}] if rng.random() < 0.6 else []
    return {
        "event_id": f"bench{n:08d}", "document_id": document_id, "pipeline_version": __version__,
        "role": "main", "event_date": day, "time_precision": 1, "event_type": event_type,
        "sub_event_type": sub, "actor1": rng.choice(ACTORS), "actor2": rng.choice(ACTORS),
        "country": country, "admin1": rng.choice(COUNTRIES[country]), "location": f"Place {n % 997}",
        "latitude": 10 + rng.random() * 10, "longitude": -5 + rng.random() * 10, "geo_precision": 2,
        "fatalities": killed, "fatalities_low": killed, "fatalities_best": killed,
        "fatalities_high": killed, "partisan": bool(claims and claim[2]),
        "claimants": f"{claim[0]}:{claim[1]}" if claims else None,
        "materiel": [], "claims": claims, "framing": [], "confidence": {},
    }


def fill(db: str, *, reports: int, documents: int, seed: int = 7) -> dict[str, float]:
    """A store of `reports` synthetic reports over `documents` documents, with incidents."""
    rng = random.Random(seed)
    started = time.perf_counter()
    with open_store(db) as store:
        run = store.start_run(load_config(), command="bench")
        with store.engine.begin() as conn:
            conn.execute(sa.insert(schema.documents), [_document(i, run) for i in range(documents)])
            days = [dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(730)) for _ in range(reports)]
            rows = [_report(rng, n, 1 + n % documents, days[n]) for n in range(reports)]
            for start in range(0, reports, 5000):
                conn.execute(sa.insert(schema.reports), rows[start:start + 5000])
            evidence = [{"report_id": n + 1, "field": f, "start": 0, "end": 10}
                        for n in range(reports) for f in ("fatalities", "location")]
            conn.execute(sa.insert(schema.evidence), evidence)
        loaded = time.perf_counter() - started
        incidents = _incidents(store, rows, rng)
    return {"load_s": round(loaded, 1), "incidents_s": round(time.perf_counter() - started - loaded, 1),
            "incidents": incidents}


def _document(i: int, run: int) -> dict[str, Any]:
    text = f"Synthetic report {i}: gunmen attacked a village, killing several people."
    return {"content_hash": f"{i:020x}", "run_id": run, "origin": "bench", "lang": "en",
            "published": dt.date(2024, 1, 1) + dt.timedelta(days=i % 730), "source": f"Source {i % 40}",
            "url": None, "title": None, "text": text, "chars": len(text), "stance": None,
            "warnings": []}


def _incidents(store: Any, rows: list[dict[str, Any]], rng: random.Random) -> int:
    """Incidents of 1-4 consecutive reports, reconciled as the store would."""
    order = sorted(range(len(rows)), key=lambda n: (rows[n]["country"], rows[n]["event_date"]))
    groups, at = [], 0
    while at < len(order):
        size = rng.choice([1, 1, 2, 3, 4])
        groups.append(order[at:at + size])
        at += size
    values, members = [], []
    for incident_id, group in enumerate(groups, 1):
        dicts = [{**rows[n], "report_id": n + 1, "doc_source": f"Source {n % 40}",
                  "event_date": rows[n]["event_date"].isoformat()} for n in group]
        values.append({**incident_values(dicts), "id": incident_id, "locked": False})
        members += [{"incident_id": incident_id, "report_id": n + 1} for n in group]
    with store.engine.begin() as conn:
        for start in range(0, len(values), 5000):
            conn.execute(sa.insert(schema.incidents), values[start:start + 5000])
        conn.execute(sa.insert(schema.incident_reports), members)
    return len(groups)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _cpu_seconds(pid: int, workers: int = 1) -> float:
    """CPU of the server: the process, and with `--workers` its worker processes (its
    children then); the analysing children (the single process's own, the workers'
    children) are not counted."""
    pids = [pid]
    for entry in Path("/proc").iterdir() if workers > 1 else ():
        if entry.name.isdigit():
            try:
                if int(_stat(int(entry.name))[1]) == pid:
                    pids.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    total = 0
    for one in pids:
        try:
            fields = _stat(one)
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


class _Connection:
    """A bare HTTP/1.1 keep-alive connection for the load: an httpx client costs about
    3 ms of CPU per request on this machine, more than the server it measures, and the
    clients share the server's two cores; this one costs a tenth of that (as wrk's C
    clients do, it parses no more than the status and the body's length)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
        status = int(head.split(" ", 2)[1])
        if "transfer-encoding: chunked" in head:
            while size := int((await self.reader.readuntil(b"\r\n"))[:-2], 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readuntil(b"\r\n")
        else:
            length = head.split("content-length:", 1)[1].split("\r\n", 1)[0]
            await self.reader.readexactly(int(length))
        if "connection: close" in head:
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def _client(http: _Connection, rng: random.Random, until: float, count_after: float,
                  latencies: list[float], errors: list[str], sent: list[int]) -> None:
    while (now := time.perf_counter()) < until:
        query = rng.choice(QUERIES)
        offset = rng.choice([0, 0, 0, 50, 100, 500, 2000])
        url = f"/api/incidents?limit=50&offset={offset}" + (f"&{query}" if query else "")
        try:
            code = await http.get(url)
            failure = None if code == 200 else f"HTTP {code}"
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
            failure = type(exc).__name__
            await http.close()
        sent[0] += 1
        if now >= count_after:
            latencies.append(time.perf_counter() - now)
            if failure:
                errors.append(failure)


async def load(host: str, port: int, *, clients: int, seconds: float,
               warmup: float = 3.0) -> dict[str, Any]:
    """Run the clients, one connection each; latencies of requests started after the warm-up."""
    latencies: list[float] = []
    errors: list[str] = []
    sent = [0]  # every request, the warm-up's included
    connections = [_Connection(host, port) for _ in range(clients)]
    start = time.perf_counter()
    try:
        await asyncio.gather(*(_client(connections[i], random.Random(i), start + warmup + seconds,
                                       start + warmup, latencies, errors, sent) for i in range(clients)))
    finally:
        for connection in connections:
            await connection.close()
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)

    return {"requests": len(latencies), "requests_per_s": round(len(latencies) / seconds, 1),
            "p50_ms": pct(0.5), "p90_ms": pct(0.9), "p99_ms": pct(0.99),
            "max_ms": round(1000 * latencies[-1], 1), "errors": len(errors),
            "error_kinds": sorted(set(errors)), "sent": sent[0]}


def _start_ingest(folder: Path, db: str, documents: int) -> subprocess.Popen:
    """A `rasd ingest` of `documents` generated reports into `db`, in the background."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from kill_resume import write_corpus

    corpus = folder / "ingest.jsonl"
    write_corpus(corpus, documents, random.Random(11))
    command = [sys.executable, "-m", "rasd.cli.main", "ingest", str(corpus), "--db", db,
               "--batch", "20", "--no-progress"]
    log = (folder / "ingest.log").open("w")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)


def _serve(db: str, port: int, log: Path | None = None, workers: int = 1) -> subprocess.Popen:
    command = [sys.executable, "-m", "rasd.cli.main", "serve", "--db", db, "--port", str(port),
               "--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL if log is None else log.open("w"))
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("rasd serve did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--ingest", type=int, default=0,
                        help="documents a concurrent `rasd ingest` writes to the store (0: none)")
    parser.add_argument("--workers", type=int, default=1, help="rasd serve --workers")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    writer: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        filled = fill(db, reports=args.reports, documents=args.documents)
        port = _free_port()
        load_before = os.getloadavg()[0]
        server_log = Path(folder) / "server.log"
        server = _serve(db, port, server_log, args.workers)
        ingest = None
        try:
            if args.ingest:
                writer["_started"] = time.perf_counter()
                ingest = _start_ingest(Path(folder), db, args.ingest)
            cpu0, wall0 = _cpu_seconds(server.pid, args.workers), time.perf_counter()
            figures = asyncio.run(load("127.0.0.1", port, clients=args.clients,
                                       seconds=args.seconds))
            server_cpu = _cpu_seconds(server.pid, args.workers) - cpu0
            wall = time.perf_counter() - wall0
            if ingest is not None:
                writer["ingest_still_writing_at_end"] = ingest.poll() is None
                writer["ingest_exit"] = ingest.wait()
                writer["ingest_seconds"] = round(time.perf_counter() - writer.pop("_started", wall0), 1)
        finally:
            if ingest is not None and ingest.poll() is None:
                ingest.kill()
            server.terminate()
            server.wait(timeout=30)
        logs = server_log.read_text(errors="replace")
        if ingest is not None:
            ingest_log = (Path(folder) / "ingest.log").read_text(errors="replace")
            writer["ingest_summary"] = [line for line in ingest_log.splitlines()
                                        if line.startswith(("run ", "incidents:"))]
            logs += ingest_log
            if writer.get("ingest_exit"):
                writer["ingest_log_tail"] = ingest_log.strip().splitlines()[-6:]
            with open_store(db) as store:
                writer["documents_ingested"] = store.counts()["documents"] - args.documents
        locked = logs.count("database is locked")
        figures["database_is_locked"] = locked
        figures["errors"] += locked
        figures["server_5xx_logged"] = sum(1 for line in logs.splitlines() if '" 5' in line)
    result = {
        "date": dt.date.today().isoformat(), "version": __version__,
        "python": platform.python_version(), "cpu_count": os.cpu_count(), "backend": "sqlite",
        "reports": args.reports, "documents": args.documents, **filled,
        "endpoint": "GET /api/incidents?limit=50 (mixed filters and offsets)",
        "clients": args.clients, "seconds": args.seconds, "server_processes": args.workers, **figures,
        "server_cpu_share": round(server_cpu / wall, 2),
        # what one request costs the server, whoever else uses the cores: its capacity is
        # about 1000 / this many requests per second per core
        "server_cpu_ms_per_request": round(1000 * server_cpu / max(1, figures.pop("sent")), 2),
        "load_avg_1m_before": round(load_before, 2), "load_avg_1m_after": round(os.getloadavg()[0], 2),
        "note": "clients and server share the machine's 2 cores with other work",
    }
    if args.ingest:
        result["endpoint"] += f"; a rasd ingest of {args.ingest} documents writes meanwhile"
        result["ingest"] = writer
        result["note"] += " (the ingest included)"
    out = args.out or (RESULTS.with_name("api-ingest.json") if args.ingest else RESULTS)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
