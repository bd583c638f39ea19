"""Reading a query: filler words, editors' synonyms and spelling (services.query)."""

from services.query import (
    Concept,
    SynonymGroup,
    checkable_words,
    clean,
    closest_word,
    corrected,
    phrase_of,
    understand,
)

EHCP = SynonymGroup((("ehcp",), ("ehc", "plan"), ("education", "health", "and", "care", "plan")))
OT = SynonymGroup((("ot",), ("occupational", "therapy")))


def texts(query) -> list[str]:
    return [concept.text for concept in query.concepts]


def test_filler_words_are_set_aside_but_kept_for_ranking():
    query = understand("My child can't sleep, please help!")
    assert texts(query) == ["sleep"]
    assert {"my", "child", "can't", "help"} <= set(query.filler)


def test_a_query_of_filler_alone_still_searches_for_its_words():
    assert texts(understand("help")) == ["help"]


def test_a_synonym_widens_a_word_to_every_phrase_that_means_the_same():
    (concept,) = understand("OT", [OT]).concepts
    assert concept.text == "ot"
    assert set(concept.phrases) == {("ot",), ("occupational", "therapy")}


def test_a_synonym_phrase_is_matched_whole_before_filler_is_removed():
    query = understand("how do I get an education health and care plan", [EHCP])
    assert texts(query) == ["education health and care plan"]
    assert ("ehcp",) in query.concepts[0].phrases


def test_a_plural_matches_a_singular_synonym():
    (concept,) = understand("EHCPs", [EHCP]).concepts
    assert ("ehc", "plan") in concept.phrases


def test_groups_sharing_a_phrase_are_joined():
    dla = SynonymGroup((("dla",), ("benefits",)))
    pip = SynonymGroup((("pip",), ("benefits",)))
    (concept,) = understand("benefits", [dla, pip]).concepts
    assert {("dla",), ("pip",), ("benefits",)} <= set(concept.phrases)


def test_a_one_way_synonym_widens_only_its_own_word():
    talking = SynonymGroup((("talking",), ("speech",)), both_ways=False)
    assert understand("talking", [talking]).concepts[0].phrases == (("talking",), ("speech",))
    assert understand("speech", [talking]).concepts[0].phrases == (("speech",),)


def test_hostile_input_is_cleaned_to_plain_words():
    assert clean("speech\x00 therapy\u202e" + " x" * 300).startswith("speech therapy")
    assert len(clean("a" * 5000)) == 200
    assert texts(understand("\"'&|!():* <script>")) == ["script"]
    assert understand("&|!():*").concepts == ()


def test_spelling_is_checked_for_typed_words_not_synonyms_or_short_words():
    query = understand("speach OT autsim in 2024 sen", [OT])
    assert checkable_words(query) == ["speach", "autsim"]


def test_closest_word_and_the_corrected_query():
    assert closest_word("speach", ["speech", "space", "peach"]) == "speech"
    assert closest_word("zzzz", ["speech"]) is None
    query = understand("speach therapy")
    assert corrected(query, {"speach": "speech"}) == "speech therapy"
    assert corrected(query, {}) is None


def test_concept_words_and_phrase_of():
    assert phrase_of("Children’s  O.T.") == ("children's", "o", "t")
    assert Concept("ot", OT.phrases).words == ("ot", "occupational", "therapy")
