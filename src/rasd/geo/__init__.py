"""Geography: the offline gazetteer and the transliteration keys it matches names with."""

from rasd.geo.gazetteer import Admin1, Admin2, Candidate, Country, Gazetteer, Place

__all__ = ["Admin1", "Admin2", "Candidate", "Country", "Gazetteer", "Place"]
