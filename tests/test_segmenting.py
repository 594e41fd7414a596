"""Segmenting: sentences, headings and datelines, with offsets into the text."""

from __future__ import annotations

import pytest

from tui.engine.segmenting import MAX_SEGMENT_TOKENS, segment
from tui.engine.tokens import tokenize


def pieces(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in segment(text)]


@pytest.mark.parametrize("sentence", [
    "U.S. President John Harlan visited the flooded town of Calder on Monday.",
    "Lt. Gen. Mark Olsen said the army would stay in Calder until the water receded.",
    "The first tremor struck at 3:20 PM local time, officials said.",
    "The shelter opened at 5 p.m. on Friday, the mayor said.",
    "Author J. K. Rowling donated money to the rebuilding fund.",
    "Dr. Ana Ruiz treated the injured at the field hospital.",
    "Mr. and Mrs. Olsen left the town hall at 9 a.m. on Monday.",
    "Prices at the harbour market rose 3.5 per cent after the storm.",
    "The U.K. government sent two rescue ships.",
])
def test_abbreviations_initials_and_times_do_not_end_a_sentence(sentence):
    assert pieces(sentence) == [("sentence", sentence)]


@pytest.mark.parametrize("text, expected", [
    ('"We will rebuild every school." The mayor left the hall.',
     ['"We will rebuild every school."', "The mayor left the hall."]),
    ("“We will rebuild every school.” The mayor left the hall.",
     ["“We will rebuild every school.”", "The mayor left the hall."]),
    ("The shelter opened at 5 p.m. The rain stopped an hour later.",
     ["The shelter opened at 5 p.m.", "The rain stopped an hour later."]),
    ("What happens now? Nobody knows. The court will decide.",
     ["What happens now?", "Nobody knows.", "The court will decide."]),
    ("The jury returned at noon. 12 jurors voted to convict.",
     ["The jury returned at noon.", "12 jurors voted to convict."]),
])
def test_sentences_end_after_closing_quotes_and_before_capitals(text, expected):
    assert [t for _, t in pieces(text)] == expected
    assert {k for k, _ in pieces(text)} == {"sentence"}


def test_headline_and_datelines_are_their_own_segments():
    text = ("Quake Hits Coastal Town\n"
            "ISTANBUL\n"
            "16/05/2025\n"
            "The first tremor struck at dawn. Rescuers arrived an hour later.\n")
    assert pieces(text) == [
        ("heading", "Quake Hits Coastal Town"),
        ("dateline", "ISTANBUL"),
        ("dateline", "16/05/2025"),
        ("sentence", "The first tremor struck at dawn."),
        ("sentence", "Rescuers arrived an hour later."),
    ]


@pytest.mark.parametrize("line", ["KYIV, Ukraine —", "MARVEL BAY", "2025-05-16", "By Anna Reed",
                                  "Photo: Coastal Herald"])
def test_dateline_forms(line):
    text = f"{line}\nThe dam burst on Monday, officials said.\n"
    assert pieces(text) == [("dateline", line), ("sentence", "The dam burst on Monday, officials said.")]


def test_section_heading_is_a_heading():
    text = "The court fined the operator.\n\nBackground and Context\n\nThe ferry sank in 2019.\n"
    assert [k for k, _ in pieces(text)] == ["sentence", "heading", "sentence"]


def test_every_line_is_a_paragraph():
    text = "The dam burst. Water rose.\n\nThe town was evacuated.\n"
    assert [(s.paragraph, text[s.start:s.end]) for s in segment(text)] == [
        (0, "The dam burst."), (0, "Water rose."), (1, "The town was evacuated.")]


TEXT = ("  Ferry Fire Kills Twelve  \n"
        "MARVEL BAY\n\n"
        "   A fire broke out on the ferry \"Northern Star\" at 3:20 PM on Tuesday.  Twelve people died.\n"
        "\t“We did everything we could,” Capt. Ivar Dahl said.   The U.S. Coast Guard helped.\n")


def test_segment_offsets_slice_the_stripped_text():
    segs = segment(TEXT)
    assert len(segs) == 6
    previous_end = 0
    for k, s in enumerate(segs):
        piece = TEXT[s.start:s.end]
        assert s.index == k
        assert piece and piece == piece.strip()
        assert s.start >= previous_end
        previous_end = s.end
        for t in s.tokens:
            assert s.start <= t.start < t.end <= s.end
            assert TEXT[t.start:t.end] == t.text


def test_segments_cover_every_word():
    covered = {t.start for s in segment(TEXT) for t in s.tokens}
    assert covered == {t.start for t in tokenize(TEXT)}


WORDS = "rescuers searched the rubble for survivors near the harbour while volunteers carried water".split()


@pytest.mark.parametrize("comma_every", [37, 0], ids=["clauses", "no-punctuation"])
def test_very_long_sentences_are_cut(comma_every):
    words = [WORDS[i % len(WORDS)] + ("," if comma_every and i % comma_every == comma_every - 1 else "")
             for i in range(400)]
    text = " ".join(words) + "."
    segs = segment(text)
    assert len(segs) >= 4
    assert all(len(s.tokens) <= MAX_SEGMENT_TOKENS for s in segs)
    assert all(s.kind == "sentence" for s in segs)
    # nothing lost, nothing repeated
    assert [t.start for s in segs for t in s.tokens] == [t.start for t in tokenize(text)]
    for s in segs:
        assert text[s.start:s.end] == text[s.start:s.end].strip()


def test_a_sentence_at_the_limit_is_not_cut():
    text = " ".join(WORDS[i % len(WORDS)] for i in range(MAX_SEGMENT_TOKENS)) + "."
    assert len(segment(text)) == 1


def test_empty_and_blank_text_have_no_segments():
    assert segment("") == []
    assert segment(" \n\n\t \n") == []


def test_a_subheading_in_capitals_is_a_heading_and_a_place_in_capitals_a_dateline():
    text = ("Ferry sinks off Tarn\n\nTARVIK\n\nA ferry sank off Tarn on Monday and rescuers were deployed at once.\n\n"
            "RESCUERS DEPLOYED\n\nTwo ferries and a tug joined the search.\n\nINQUIRY\n\n"
            "The coastguard opened an inquiry.\n")
    kinds = {text[s.start:s.end]: s.kind for s in segment(text)}
    assert kinds["TARVIK"] == "dateline"  # a word the article never writes in lower case
    assert kinds["RESCUERS DEPLOYED"] == "heading"  # the article's own words ("rescuers", "deployed")
    assert kinds["INQUIRY"] == "heading"


def test_a_subheading_in_capitals_names_nothing(make_article):
    from tui.engine.entities import extract

    article = make_article("Ferry sinks off Tarn\n\nA ferry sank off Tarn on Monday; tugs were sent.\n\n"
                           "TUGS SENT\n\nTwo tugs joined the search, the Tarn coastguard said.\n")
    names = extract(article, segment(article.text)).names
    assert not [k for k in names if "tugs" in k or "sent" in k], names


def test_a_subheading_with_a_known_organisation_is_a_heading(make_article):
    from tui.engine.entities import extract

    article = make_article("Leaders meet in Tarsa\n\nTARSA, Nov 30 (Kestrel Wire) - Leaders met on Sunday.\n\n"
                           "NATO SUMMIT\n\nThe alliance's next summit will be held in Velmora, officials said.\n")
    kinds = {article.text[s.start:s.end]: s.kind for s in segment(article.text)}
    assert kinds["NATO SUMMIT"] == "heading"  # an organisation and a word the article writes in lower case
    names = extract(article, segment(article.text)).names
    assert not [k for k in names if "summit" in k], names


def test_a_subheading_of_another_form_of_the_articles_words(make_article):
    from tui.engine.entities import extract

    article = make_article("VELMO, Kestria, Nov 28 (Kestrel Wire) - An avalanche hit a ski run near Velmo on "
                           "Saturday, police said.\n\nSEASON OPENER\n\nThe ski season on the glacier opened in "
                           "mid-October.\n")
    kinds = {article.text[s.start:s.end]: s.kind for s in segment(article.text)}
    assert kinds["SEASON OPENER"] == "heading"  # "opener": a form of "opened"
    names = extract(article, segment(article.text)).names
    assert not [k for k in names if "opener" in k or "season" in k], names


def test_a_place_alone_in_capitals_stays_a_dateline(make_article):
    article = make_article("ISTANBUL\n\nDelegations met in Istanbul on Friday, officials said.\n")
    kinds = {article.text[s.start:s.end]: s.kind for s in segment(article.text)}
    assert kinds["ISTANBUL"] == "dateline"
