"""Tokens and their normalised keys: what counts as the same word."""

from __future__ import annotations

import pytest

from tui.engine.tokens import concept, fold, normalise_word, tokenize


def norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


@pytest.mark.parametrize("a, b", [
    ("CALDER", "calder"),
    ("Harbour", "harbour"),
    ("“Northern Star”", '"Northern Star"'),
    ("Calder’s harbour", "Calder's harbour"),
    ("didn’t", "didn't"),
    ("Café", "cafe"),
    ("Zürich", "Zurich"),
    ("Defence", "Defense"),
    ("defence ministry", "defense ministry"),
    ("organise", "organize"),
    ("organised", "organized"),
    ("organisation", "organization"),
    ("colour", "color"),
    ("labour", "labor"),
    ("centre", "center"),
    ("programme", "program"),
    ("travelled", "traveled"),
    ("analyse", "analyze"),
    ("1,000", "1000"),
    ("1,000", "a thousand"),
    ("1000", "a thousand"),
    ("2,500,000", "2.5 million"),
    ("twenty-five", "25"),
    ("cease-fire", "ceasefire"),
    ("cease‐fire", "ceasefire"),  # U+2010 HYPHEN
    ("U.S.", "US"),
    ("U.K.", "UK"),
])
def test_same_norm(a, b):
    assert norms(a) == norms(b)


@pytest.mark.parametrize("a, b", [
    ("120", "150"),
    ("1,000", "10,000"),
    ("Austria", "Australia"),
    ("promise", "promize"),
    ("two", "three"),
    ("deputy", "first deputy"),
])
def test_different_norm(a, b):
    assert norms(a) != norms(b)


def test_dashes_and_quotes_fold_to_ascii():
    assert fold("—") == fold("–") == fold("-") == "-"
    assert fold("‘’“”") == "''\"\""
    assert fold("ÉCOLE") == "ecole"


def test_ise_exceptions_are_not_americanised():
    assert normalise_word("promise") == "promise"
    assert normalise_word("advise") == "advise"
    assert normalise_word("surprise") == "surprise"


def test_non_breaking_hyphen_is_a_hyphen():
    assert norms("cease\u2011fire") == norms("cease-fire") == ["ceasefire"]


@pytest.mark.parametrize("phrase, value", [
    ("two hundred thousand", "200000"),
    ("a thousand", "1000"),
    ("an hundred", "100"),
    ("one hundred and five", "105"),
    ("twenty-five", "25"),
    ("1.5 million", "1500000"),
    ("three million", "3000000"),
    ("twelve", "12"),
])
def test_number_phrases_become_one_token(phrase, value):
    text = f"The storm left {phrase} people homeless."
    toks = tokenize(text)
    merged = [t for t in toks if t.norm == value]
    assert len(merged) == 1
    t = merged[0]
    assert t.text == phrase and text[t.start:t.end] == phrase
    assert [x.norm for x in toks] == ["the", "storm", "left", value, "people", "homeless"]


def test_token_offsets_index_the_text():
    text = "  The U.S. envoy said 1,500 people — “nearly two thousand” — fled Calder’s harbour.\n"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["The", "U.S.", "envoy", "said", "1,500", "people", "nearly",
                                      "two thousand", "fled", "Calder’s", "harbour"]
    for t in toks:
        assert text[t.start:t.end] == t.text
    assert [t.start for t in toks] == sorted(t.start for t in toks)


def test_token_range_stays_inside_the_bounds():
    text = "The dam burst. Two hundred people fled."
    toks = tokenize(text, 15, len(text))
    assert [t.norm for t in toks] == ["200", "people", "fled"]
    assert all(t.start >= 15 for t in toks)


def test_stopwords_and_the_country_us():
    toks = {t.text: t for t in tokenize("They told us the US envoy and the U.S. navy would help.")}
    assert toks["us"].stop
    assert toks["the"].stop
    assert not toks["US"].stop
    assert not toks["U.S."].stop
    assert not toks["envoy"].stop


def test_concepts_fold_synonyms_demonyms_and_aliases():
    assert concept(normalise_word("headed")) == concept(normalise_word("led"))
    assert concept(normalise_word("Ukrainian")) == concept(normalise_word("Ukraine"))
    assert concept(normalise_word("Kiev")) == concept(normalise_word("Kyiv"))
    assert concept(normalise_word("soldiers")) == concept(normalise_word("troops"))
    assert concept(normalise_word("earthquakes")) == concept(normalise_word("earthquake"))
    assert concept(normalise_word("ferry")) != concept(normalise_word("harbour"))


@pytest.mark.parametrize(("phrase", "key"), [
    ("4.1 billion", "4100000000"),  # 4.1 * 1e9 is 4099999999.9999995 as a float
    ("7.4 billion", "7400000000"),
    ("2.3 million", "2300000"),
    ("0.3 million", "300000"),
    ("twenty-five", "25"),
])
def test_a_number_phrase_is_keyed_in_plain_digits(phrase, key):
    assert [t.norm for t in tokenize(phrase)] == [key]


def test_a_decimal_figure_with_a_scale_is_a_claim(run):
    c = run("Exports from the Varna terminal will reach $4.1 billion this year, the port said.",
            "Exports from the Varna terminal will reach $2.3 billion this year, the port said.")
    assert [(f.left_text, f.right_text) for f in c.findings if f.type == "number"] == [
        ("4.1 billion", "2.3 billion")]


def test_a_decimal_written_with_trailing_zeros_is_the_same_number():
    assert normalise_word("412.30") == normalise_word("412.3") == "412.3"
    assert normalise_word("5.50") == "5.5"
    assert normalise_word("2.0") == normalise_word("2") == "2"
    assert normalise_word("1,000.50") == "1000.5"
    assert normalise_word("1.05") == "1.05"  # (a zero inside the decimals stays)
    assert normalise_word("100") == "100" and normalise_word("2030") == "2030"



def test_a_scale_written_onto_a_figure_is_its_value():
    def norms(text):
        return [t.norm for t in tokenize(text)]

    assert norms("$4.5m ransom") == norms("$4.5 million ransom") == ["4500000", "ransom"]
    assert norms("a €3bn deal")[1] == norms("a 3 billion euro deal")[1] == "3000000000"
    assert norms("3.5tn")[0] == "3500000000000"
    assert norms("the 100m final")[1] == "100m"  # "m" and "k" only after a currency sign
    assert norms("a 5k run")[1] == "5k" and norms("a $5k prize")[1] == "5000"


def test_a_sentence_told_with_4_5m_and_4_5_million_is_one_verbatim_passage():
    from tui.engine import article_from_text, compare

    left = article_from_text("Harbourline paid $4.5m for the disused quay in March, the port authority said.\n",
                             "l.txt")
    right = article_from_text("Harbourline paid $4.5 million for the disused quay in March, the port authority said.\n",
                              "r.txt")
    overlaps = [f for f in compare(left, right).findings if f.kind == "overlap"]
    assert [f.left_text for f in overlaps] == ["Harbourline paid $4.5m for the disused quay in March, the port "
                                              "authority said"]
