"""Tolls told for several incidents together: shared, split into their parts, or completed."""

import datetime as dt

import pytest

import rasd

PUBLISHED = dt.date(2025, 3, 11)


def _main(text: str) -> list:
    return [e for e in rasd.extract(text, published=PUBLISHED).events if e.role == "main"]


@pytest.mark.parametrize("text,tolls", [
    # regression: the headline's "dozens" beside the body's "several" made the first place
    # keep the whole toll instead of sharing it with the place listed beside it
    ("Army claims dozens of terrorists killed\n\nOn Tuesday the army shelled hideouts at Kaya "
     "and at Barsalogho, neutralising several terrorists.", [2, 1]),
    ("L'armée revendique des dizaines de terroristes tués\n\nMardi, l'armée a bombardé des "
     "caches à Kaya et à Barsalogho, neutralisant plusieurs terroristes.", [2, 1]),
    ("الجيش يعلن مقتل عشرات الإرهابيين\n\nقصف الجيش يوم الثلاثاء مخابئ في كايا وفي بارسالوغو، "
     "مما أدى إلى تحييد عدد من الإرهابيين.", [2, 1]),
])
def test_a_toll_outweighing_a_headline_is_still_shared(text, tolls):
    assert [e.fatalities_best for e in _main(text)] == tolls
