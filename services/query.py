"""What people type, understood: one place for every search on the site.

``/search/``, the directory's ``q``, the professionals' finder and the Open
Referral API's ``search`` all read a query through ``understand``, so they
agree on what it means:

- Words that carry no meaning here ("my", "child", "can't", "help with",
  "near me") are *filler*: they may lift a result's rank but never stop a
  search from finding anything.
- Editors' synonyms (``SearchSynonym``) widen a word or phrase to everything
  that means the same here: "OT" is also "occupational therapy", and a short
  abbreviation matches only as a whole word, never inside "other".
- ``suggest`` offers the closest known words for words the site has never
  used ("speach" → "speech").

Nothing here touches the database: callers pass in the synonyms and the
vocabulary (``services.selectors``), and ``services.search`` turns a ``Query``
into database conditions.
"""

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MAX_LENGTH = 200
MAX_WORDS = 12
# A word that is this short or shorter matches only as a whole word: "ot" must
# not find "other", "sen" must not find "sensory".
SHORT_WORD = 3
WORD = re.compile(r"[0-9a-z]+(?:'[a-z]+)*")

# Words that carry no meaning in a search of a SEND Local Offer. Common English
# function words, and the everyday words parents wrap a question in.
FILLER_WORDS = frozenset(
    """
    a about above after again all also am an and any anyone anything are as at be because
    been being before below between both but by can can't cannot cant could couldn't do does
    doesn't doing don't dont down during each few for from further get gets getting give
    got had has have having he her here hers herself him himself his how i i'd i'm im i've
    if in into is isn't it it's its itself just kind let like me might more most much must
    my myself need needs no nor not now of off on once one only or other our ours out over
    own please really same she should so some someone something such than that the their
    them then there these they this those through to too under until up us very want wants
    was we were what when where which while who whom why will with won't would you your
    yours yourself
    child child's children children's kid kid's kids son son's daughter daughter's boy girl
    parent parents carer carers family families people person
    help helps helping support supports supported service services find finding looking
    near nearby local around area available info information
    think thinks thought worried worry worries concerned concern know tell say says said
    maybe perhaps possibly suspect sure yet still ok okay what's whats where's hes he's
    shes she's they're theyre we're were
    """.split()  # noqa: SIM905 - a list of words reads best as words
)

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class SynonymGroup:
    """Phrases that mean the same here. The first is the editor's word or
    phrase; unless ``both_ways``, only it finds what the others would."""

    phrases: tuple[Phrase, ...]
    both_ways: bool = True

    @property
    def keys(self) -> tuple[Phrase, ...]:
        return self.phrases if self.both_ways else self.phrases[:1]


def clean(text: str) -> str:
    """The query as typed, made safe to show and to search: no control
    characters (NUL included), spaces collapsed, at most ``MAX_LENGTH``."""
    text = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in text or ""
    )
    return " ".join(text.split())[:MAX_LENGTH]


def words_of(text: str) -> list[str]:
    """Lower-case words and numbers, apostrophes kept inside words ("can't")."""
    text = unicodedata.normalize("NFKD", text.lower()).replace("\u2019", "'")
    text = "".join(char for char in text if not unicodedata.combining(char))
    return WORD.findall(text)


def phrase_of(text: str) -> Phrase:
    return tuple(words_of(text))


def singular(word: str) -> str:
    """A crude singular, enough to match "plans" to a synonym "plan"."""
    if len(word) > SHORT_WORD + 1 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Concept:
    """One meaningful part of a query: what was typed, and every phrase that
    means the same here (the typed one first)."""

    text: str
    phrases: tuple[Phrase, ...]

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(word for phrase in self.phrases for word in phrase)


@dataclass(frozen=True)
class Query:
    """A query understood: its meaningful concepts and the filler around them."""

    text: str
    concepts: tuple[Concept, ...]
    filler: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.concepts)

    @property
    def typed_words(self) -> list[str]:
        return [word for concept in self.concepts for word in phrase_of(concept.text)]


def understand(text: str, synonyms: Iterable[SynonymGroup] = ()) -> Query:
    """Read ``text`` into concepts, applying the synonym groups.

    A synonym phrase is matched where the words stand in the query, longest
    first, before filler is set aside, so "education health and care plan" is
    one concept. A query of filler words alone ("help") still searches for them.
    """
    text = clean(text)
    words = words_of(text)[: MAX_WORDS * 2]
    groups_by_phrase: dict[Phrase, list[SynonymGroup]] = {}
    for group in synonyms:
        for phrase in group.keys:
            if phrase:
                groups_by_phrase.setdefault(phrase, []).append(group)
    longest = max((len(phrase) for phrase in groups_by_phrase), default=0)

    concepts: list[Concept] = []
    filler: list[str] = []
    position = 0
    while position < len(words):
        match = None
        for size in range(min(longest, len(words) - position), 0, -1):
            typed = tuple(words[position : position + size])
            for candidate in (typed, tuple(singular(word) for word in typed)):
                if candidate in groups_by_phrase:
                    match = (typed, candidate)
                    break
            if match:
                break
        if match:
            typed, phrase = match
            alternatives = [typed, phrase]
            for group in groups_by_phrase[phrase]:
                alternatives.extend(group.phrases)
            concepts.append(Concept(" ".join(typed), tuple(dict.fromkeys(alternatives))))
            position += len(typed)
            continue
        word = words[position]
        if word in FILLER_WORDS:
            filler.append(word)
        else:
            concepts.append(Concept(word, ((word,),)))
        position += 1

    if not concepts and filler:
        concepts = [Concept(word, ((word,),)) for word in dict.fromkeys(filler)]
        filler = []
    return Query(text, tuple(concepts[:MAX_WORDS]), tuple(dict.fromkeys(filler)))


def checkable_words(query: Query) -> list[str]:
    """Typed words whose spelling is worth checking: not synonyms, not short."""
    return [
        concept.text
        for concept in query.concepts
        if len(concept.phrases) == 1 and len(concept.text) > SHORT_WORD and concept.text.isalpha()
    ]


def closest_word(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to ``word`` in spelling, if any is close enough.

    People rarely get a word's first letter wrong, so a candidate that shares it
    is preferred; among equals, the earlier (more used) candidate wins.
    """
    best, best_score = None, 0.75
    for candidate in candidates:
        score = difflib.SequenceMatcher(None, word, candidate).ratio()
        if score < 0.75:
            continue
        score += 0.1 * (candidate[:1] == word[:1])
        if score > best_score:
            best, best_score = candidate, score
    return best


def corrected(query: Query, corrections: dict[str, str]) -> str | None:
    """The query's text with misspelt words replaced, or None if none was."""
    if not corrections:
        return None
    words = words_of(query.text)
    fixed = [corrections.get(word, word) for word in words]
    return " ".join(fixed) if fixed != words else None
