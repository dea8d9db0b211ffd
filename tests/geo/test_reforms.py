"""Both sides of the reforms (rasd.geo.reforms, the `reforms` tables of regions.yaml)."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources
from pathlib import Path

import pytest
import yaml

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.geo.reforms import admin1_aliases, former_admin1
from rasd.normalize import fold
from rasd.pipeline import Pipeline
from rasd.records import document_out
from rasd.store import ReportFilter, open_store

DATA = Path(__file__).resolve().parents[2] / "data" / "geo"
TABLES = yaml.safe_load(resources.files("rasd.resources").joinpath(
    "taxonomy", "regions.yaml").read_text("utf-8"))["reforms"]


@pytest.mark.parametrize(("admin1", "country", "former"), [
    ("Bandiagara", "MLI", "Mopti"), ("Douentza", "MLI", "Mopti"), ("Kita", "MLI", "Kayes"),
    ("San", "MLI", "Ségou"), ("Taoudénit", "MLI", "Tombouctou"), ("Nara", "MLI", "Koulikoro"),
    ("Mopti", "MLI", None), ("Gao", "MLI", None), ("Ménaka", "MLI", None),  # unchanged
    ("Liptako", "BFA", "Sahel"), ("Soum", "BFA", "Sahel"), ("Kuilsé", "BFA", "Centre-Nord"),
    ("Guiriko", "BFA", "Hauts-Bassins"), ("Sirba", "BFA", "Est"),
    ("Tillabéri", "NER", None), (None, "MLI", None),  # no reform, no region
    ("bandiagara", None, "Mopti"),  # any case; the country may be unknown
])
def test_former_admin1(admin1, country, former):
    assert former_admin1(admin1, country) == former


@pytest.mark.parametrize(("name", "expected"), [
    ("Mopti", {"mopti", "bandiagara", "douentza"}),  # a former region finds its successors
    ("Sahel", {"sahel", "liptako", "soum"}),
    ("Segou", {"segou", "ségou", "san"}),  # typed without the accent
    ("Bandiagara", {"bandiagara"}),  # today's name finds only itself
    ("Tillabéri", {"tillabéri"}),
])
def test_admin1_aliases(name, expected):
    assert admin1_aliases(name) == expected


@pytest.mark.parametrize(("table", "unit", "region"), [
    ("ml_cercles.csv", "cercle", "region"), ("bf_provinces.csv", "current_name", "region"),
])
def test_every_unit_of_the_curated_tables_has_both_regions(table, unit, region):
    country = "MLI" if table.startswith("ml") else "BFA"
    units = TABLES[country]["units"]
    with (DATA / table).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(units) == len(rows)
    for row in rows:
        today, before = units[row[unit]]
        assert today == row[region]
        assert TABLES[country]["regions"][today] == before  # a new region lies in one former


def test_every_region_today_names_its_former_one():
    for country, table in TABLES.items():
        todays = {today for today, _ in table["units"].values()}
        assert todays <= set(table["regions"]), country
        assert all(fold(b) for b in table["regions"].values())


SENTENCES = [
    ("en", "Gunmen killed four civilians in the village of Sobane Da in Mali on Monday."),
    ("fr", "Des hommes armés ont tué quatre civils à Sobane Da, au Mali, lundi."),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_a_record_carries_both_names(lang, text):
    doc = Pipeline.from_config(load_config())(
        ArticleDoc.from_text(text, published=dt.date(2021, 6, 9), lang=lang))
    [event] = [e for e in doc.events if e.role == "main"]
    assert (event.admin1, event.admin1_former) == ("Bandiagara", "Mopti")


def test_store_filters_accept_either_name(tmp_path):
    pipeline = Pipeline.from_config(load_config())
    docs = [document_out(pipeline(ArticleDoc.from_text(text, published=dt.date(2021, 6, 9),
                                                       lang=lang)),
                         include_text=True).model_dump(mode="json") for lang, text in SENTENCES]
    with open_store(str(tmp_path / "rasd.db")) as store:
        store.add_documents(docs, run_id=store.start_run(load_config(), command="test"))
        assert store.count_reports(ReportFilter(admin1="Bandiagara")) == 2
        assert store.count_reports(ReportFilter(admin1="Mopti")) == 2  # the former region
        assert store.count_reports(ReportFilter(admin1="Gao")) == 0
