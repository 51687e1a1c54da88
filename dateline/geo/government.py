"""Capitals used for their government ("a dispute between Baghdad and Kurdish authorities")."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.geo.rank import Choice

AUTHORITY_NOUNS = frozenset(
    {
        "authorities",
        "government",
        "officials",
        "leaders",
        "regime",
        "administration",
        "ministry",
        "parliament",
        "cabinet",
        "leadership",
        "forces",
        "government's",
    }
)
POLITICAL_VERBS = frozenset(
    {
        "say",
        "announce",
        "warn",
        "demand",
        "accuse",
        "reject",
        "deny",
        "urge",
        "claim",
        "insist",
        "agree",
        "refuse",
        "threaten",
        "respond",
        "sanction",
        "condemn",
        "vow",
        "approve",
        "oppose",
        "order",
        "impose",
        "negotiate",
        "recognize",
        "recognise",
        "support",
        "back",
        "criticize",
        "criticise",
        "blame",
        "protest",
        "declare",
        "seek",
    }
)


def is_government(doc: Doc, choice: Choice) -> bool:
    """Whether a capital (or country) mention stands for its government in this sentence."""
    cand = choice.candidate
    if cand is None or cand.feature_code != "PPLC":
        return False
    span = doc.char_span(choice.mention.start, choice.mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in POLITICAL_VERBS:
        return True
    if root.dep_ == "poss" and root.head.lower_ in AUTHORITY_NOUNS | {"decision", "position"}:
        return True
    partners = [*root.conjuncts, root.head] if root.dep_ == "conj" else list(root.conjuncts)
    if any(t.lower_ in AUTHORITY_NOUNS for p in partners for t in p.subtree):
        return True
    sentence = span.sent
    between = any(t.lower_ == "between" for t in sentence[: span.start - sentence.start])
    return between and any(
        t.lower_ in AUTHORITY_NOUNS for t in sentence[span.end - sentence.start :]
    )
