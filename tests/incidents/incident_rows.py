"""Hand-built report rows for the incidents tests: the contract's full shape, few values."""

from __future__ import annotations

from rasd.records import EventRecord

# towns with real coordinates: Boni and Douentza are 85 km apart, Gao and Boni 240 km
BONI = {"iso": 466, "country": "Mali", "admin1": "Douentza", "location": "Boni", "latitude": 15.0766,
            "longitude": -2.2198, "geo_precision": 1}
BONI_NEAR = dict(BONI, latitude=15.10, longitude=-2.25, geo_precision=2)
GAO = {"iso": 466, "country": "Mali", "admin1": "Gao", "location": "Gao", "latitude": 16.2717,
           "longitude": -0.0447, "geo_precision": 1}
DJIBO = {"iso": 854, "country": "Burkina Faso", "admin1": "Soum", "location": "Djibo", "latitude": 14.0994,
             "longitude": -1.6255, "geo_precision": 1}
ATTACK = {"event_type": "Battles", "sub_event_type": "Armed clash",
              "actor1": "JNIM: Group for Support of Islam and Muslims",
              "actor2": "Military Forces of Mali (2021-)"}


def claim(claimant: str, role: str, *, partisan: bool = False,
          fields: tuple[str, ...] = ("fatalities",)) -> dict:
    return {"claimant": claimant, "claimant_role": role, "fields": list(fields),
            "partisan": partisan, "span": None}


def row(report_id: int, *, lang: str = "fr", source: str = "Outlet", date: str | None = None,
        published: str | None = "2024-03-13", **fields) -> dict:
    """A report row as the store gives it: every EventRecord field plus the doc_* fields."""
    claims = fields.pop("claims", ())
    record = EventRecord(event_id=f"e{report_id}", doc_id=f"d{report_id}", pipeline_version="t",
                         event_date=date, **fields).model_dump(mode="json")
    record["claims"] = list(claims)
    return {**record, "report_id": report_id, "doc_lang": lang, "doc_published": published,
            "doc_source": source, "doc_url": f"https://example.org/{report_id}"}
