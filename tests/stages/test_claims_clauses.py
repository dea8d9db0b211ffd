"""What a verb of saying reports is not who says it (claims_clauses.py, `complementisers`)."""

import datetime as dt

import pytest

import rasd


@pytest.mark.parametrize(("lang", "text"), [
    # regression: the fighters a group said it killed were read as the ones speaking
    ("en", "The separatists claimed to have killed 30 Wagner fighters near Tinzaouatene in July."),
    ("fr", "Les séparatistes ont affirmé avoir tué 30 combattants de Wagner près de Tinzaouatène en "
           "juillet."),
    ("ar", "وأعلن المتمردون أنهم قتلوا 30 من مقاتلي فاغنر قرب تينزاواتين في يوليو."),
    ("ar", "وقالت الجماعة إنها قتلت 30 من مقاتلي فاغنر قرب تينزاواتين في يوليو."),
])
def test_the_name_a_claim_reports_is_not_its_claimant(lang, text):
    doc = rasd.extract(text, published=dt.date(2024, 8, 30), lang=lang)
    assert "wagner" not in {c.claimant for c in doc.claims}
