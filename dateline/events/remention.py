"""Words that tell of a happening already recorded: its harm ("the death", "a gunshot
wound", "found dead") and the nouns news uses to point back at it ("the incident").

They make no record of their own. A word in a sentence that tells one harmful happening
(an attack, a disaster) is a mention of it; elsewhere, a word that points back ("the
incident", "his death") is a mention of the last harmful happening told before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.models import Event, Mention
from dateline.parses import sentence_of

POINTERS = ("det", "poss")
DEFINITE = ("the", "this", "that", "his", "her", "their", "its")


def attach(
    events: list[Event],
    doc: Doc,
    index: dict[int, int],
    words: frozenset[str],
    harmful: frozenset[str],
) -> None:
    """Add, in place, each re-mention word of ``doc`` to the mentions of the harmful event
    (of a type in ``harmful``) it tells of."""
    harms = [e for e in events if e.type in harmful and e.status == "asserted" and e.mentions]
    if not harms:
        return
    taken = {(m.start, m.end) for e in events for m in e.mentions}
    for token in doc:
        if token.lemma_.lower() not in words and token.lower_ not in words:
            continue
        span = (token.idx, token.idx + len(token))
        if span in taken:
            continue
        sentence = index[sentence_of(token).start]
        target = _told_in(harms, sentence) or _told_before(harms, token)
        if target is not None:
            target.mentions.append(Mention(span[0], span[1], sentence=sentence))
            taken.add(span)
    for event in harms:
        event.mentions.sort(key=lambda m: m.start)


def _told_in(harms: list[Event], sentence: int) -> Event | None:
    """The one harmful happening a sentence tells, if it tells exactly one."""
    found = [e for e in harms if any(m.sentence == sentence for m in e.mentions)]
    return found[0] if len(found) == 1 else None


def _told_before(harms: list[Event], token: Token) -> Event | None:
    """The harmful happening last told before a token that points back at it."""
    if not _definite(token):
        return None
    told = [
        (max(m.start for m in e.mentions if m.start < token.idx), i)
        for i, e in enumerate(harms)
        if any(m.start < token.idx for m in e.mentions)
    ]
    return harms[max(told)[1]] if told else None


def _definite(token: Token) -> bool:
    """A noun pointing back ("the incident", "his death")."""
    return any(c.dep_ in POINTERS and c.lower_ in DEFINITE for c in token.children)
