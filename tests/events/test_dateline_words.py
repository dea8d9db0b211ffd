"""A dateline is a short line: the test that stops at its ninth word counts as a list of
every word of the line would (event_dates._on_a_dateline)."""

import pytest

from rasd.events.event_dates import _MORE_WORDS, _WORD, DATELINE_WORDS


@pytest.mark.parametrize("line", [
    "Bamako, le 12 mars 2025",
    "Niamey, Saturday 18 October 2025 - 21:41",
    "نيامي، السبت 18 أكتوبر 2025",
    "Gao (Mali), 3 mai 2025, 10 h 15",
    "l'armée a dit qu'aujourd'hui le poste de l'est a été visé",
    "The army said on Monday that the post near Gao had come under fire twice.",
    "قال الجيش يوم الاثنين إن مسلحين هاجموا موقعا قرب غاو وقتلوا خمسة جنود",
    "",
    "--- 2025 ---",
    "one two three four five six seven eight",
    "one two three four five six seven eight nine",
])
def test_more_than_a_datelines_words_as_counted_one_by_one(line):
    assert bool(_MORE_WORDS.search(line)) == (len(_WORD.findall(line)) > DATELINE_WORDS)
