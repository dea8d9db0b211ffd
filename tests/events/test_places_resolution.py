"""Places of events resolved in the gazetteer, constrained by what the text names."""

import datetime as dt

import pytest

import rasd


@pytest.mark.parametrize("text,location,country", [
    # the region in parentheses keeps a Malian village in Mali (it is also in Burkina Faso)
    ("Dozo militiamen killed a man at a checkpoint near Dounde (Bankass, Mopti) on Monday.",
     "Dounde", "Mali"),
    # a region named in the sentence tells the country
    ("Gunmen killed three villagers in Dala, in the Mopti region, on Monday.", "Dala", "Mali"),
    # an Arabic name after a preposition, known to the gazetteer
    ("قتل خمسة مدنيين في جيبو يوم الاثنين.", "Djibo", "Burkina Faso"),
])
def test_event_place_is_resolved_where_the_text_says(text, location, country):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert (event.location, event.country) == (location, country)
    assert event.latitude is not None and event.admin1 is not None


def test_between_two_places_is_the_midpoint():
    doc = rasd.extract("Gunmen ambushed an army convoy between Gao and Ansongo on Monday, "
                       "killing four soldiers.", published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert event.geo_precision == 2 and event.location == "Gao"
    assert 15.4 < event.latitude < 16.3  # between Gao (16.27) and Ansongo (15.66)


def test_a_town_is_not_taken_for_a_hamlet_of_the_same_name_in_the_first_focus_country():
    """Regression: with no country in the text, Dori (a town in Burkina Faso) was placed at a
    Malian hamlet because Mali was searched first; the best place across the Sahel wins."""
    doc = rasd.extract("Des hommes armés ont tué six civils lundi près de Dori, selon des "
                       "sources locales.", published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert (event.location, event.country) == ("Dori", "Burkina Faso")
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"
