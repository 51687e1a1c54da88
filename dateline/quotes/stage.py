"""The quotes stage: quotation marks and reporting cues joined into attributed quotes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from dateline.config import Settings
from dateline.models import Place, Quote, Result
from dateline.quotes import appearances, labels, lexicon, marks, nouns, stances
from dateline.quotes.cues import Cue, find, split
from dateline.quotes.marks import Paragraphs
from dateline.quotes.speakers import Found, Resolver

MIN_QUOTE_WORDS = 4
_WORDLESS = ",;:.!?…—–-\"'“”‘’«»„ \n"


@dataclass(slots=True)
class Attribution:
    """One reported utterance: its quoted pieces, cue and speaker (``found`` None if unnamed)."""

    pieces: list[tuple[int, int]]
    kind: str
    cue: Cue | None
    found: Found | None
    paragraph: int
    marked: list[marks.Marked] = field(default_factory=list)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _words(text: str) -> int:
    return len(text.split())


class QuoteStage:
    """Direct, mixed and indirect quotes with speaker, speech verb and outlet."""

    layer = "quotes"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lexicon = lexicon.load()

    def __call__(self, result: Result, doc: Doc) -> list[Quote]:
        text = result.article.text
        return [quote for a in self.attribute(result, doc) for quote in self.quotes(text, a)]

    def attribute(self, result: Result, doc: Doc) -> list[Attribution]:
        """Every attribution in the article, in text order."""
        text = result.article.text
        paragraphs = marks.paragraphs(text)
        quoted = marks.quoted(text, paragraphs)
        layout = Paragraphs(paragraphs, [(m.start, m.end) for m in quoted])
        cues = self._cues(doc, layout, quoted, result.places)
        taken: set[int] = set()
        out = [self._from_cue(text, cue, quoted, taken, layout) for cue in cues]
        for index, mark in enumerate(quoted):
            if index not in taken:
                self._place(out, mark, layout, text)
        out = sorted((a for a in out if a.pieces), key=lambda a: min(p[0] for p in a.pieces))
        resolver = Resolver(
            doc,
            text,
            layout,
            self.lexicon,
            result.actors,
            self._reported(out),
            result.article.author,
        )
        for index, attribution in enumerate(out):
            if attribution.cue is not None:
                attribution.found = resolver.resolve(attribution.cue.source)
            elif index and self._continues(attribution, out[index - 1], layout):
                attribution.cue = out[index - 1].cue
                attribution.found = out[index - 1].found
        return out

    def _place(
        self, out: list[Attribution], mark: marks.Marked, layout: Paragraphs, text: str
    ) -> None:
        """Give a quotation no cue's content holds to a cue beside it, or to nobody."""
        piece = (mark.start, mark.end)
        para = layout.index(mark.start)
        if _words(text[mark.start : mark.end]) < MIN_QUOTE_WORDS:
            return
        home = self._adjacent(out, mark, para)
        if home is not None and not (home.kind == "indirect" and home.pieces):
            home.pieces.append(piece)
            home.marked.append(mark)
            home.kind = "direct" if home.kind == "indirect" else home.kind
        else:
            cue = home.cue if home is not None else None
            out.append(Attribution([piece], "direct", cue, None, para, [mark]))

    def _cues(
        self, doc: Doc, layout: Paragraphs, quoted: list[marks.Marked], places: list[Place]
    ) -> list[Cue]:
        """Cues outside quotation marks and outside any other cue's content.

        A cue whose clause closes another cue's content ('said ..., citing ...') cuts
        that content short instead: each token is reported by one cue only.
        """
        found = find(doc, self.lexicon, layout) + nouns.find(doc, self.lexicon)
        found += stances.find(doc, self.lexicon) + appearances.find(doc, self.lexicon)
        found += labels.find(doc, layout, places)
        outside = [c for c in found if not self._inside(c, quoted)]
        outside = [c for c in outside if not self._hides(c, outside)]
        kept = []
        for cue in outside:
            nested = False
            for other in outside:
                if other is cue or other.content is None:
                    continue
                if not other.content[0] <= cue.start < other.content[1]:
                    continue
                if cue.content and cue.content[0] <= other.start < cue.content[1]:
                    continue
                nested = nested or not split(other, cue)
            if not nested:
                kept.append(cue)
        return kept

    @staticmethod
    def _hides(cue: Cue, cues: list[Cue]) -> bool:
        """Whether a cue without a source holds one with a source in its content.

        'is expected to change after the mayor said ...' reports the mayor only.
        """
        if cue.source is not None or cue.content is None:
            return False
        start, end = cue.content
        return any(o.source is not None and start <= o.start < end for o in cues)

    @staticmethod
    def _inside(cue: Cue, quoted: list[marks.Marked]) -> bool:
        return any(m.start < cue.start and cue.end <= m.end for m in quoted)

    def _from_cue(
        self,
        text: str,
        cue: Cue,
        quoted: list[marks.Marked],
        taken: set[int],
        layout: Paragraphs,
    ) -> Attribution:
        """An attribution from a cue; quotation marks overlapping its content join it."""
        para = layout.index(cue.start)
        if cue.content is None:
            return Attribution([], "indirect", cue, None, para)
        start, end = cue.content
        inside = [
            (i, m)
            for i, m in enumerate(quoted)
            if i not in taken and _overlaps((m.start, m.end), cue.content)
        ]
        for i, _ in inside:
            taken.add(i)
        marked = [m for _, m in inside]
        if not marked:
            return Attribution([cue.content], "indirect", cue, None, para)
        start, end = min([start] + [m.start for m in marked]), max([end] + [m.end for m in marked])
        rest = text[start:end]
        for m in marked:
            rest = rest.replace(text[m.start : m.end], " ")
        if _words(rest.strip(_WORDLESS).removeprefix("that")) <= 1:
            pieces = [(m.start, m.end) for m in marked]
            return Attribution(pieces, "direct", cue, None, para, marked)
        return Attribution([(start, end)], "mixed", cue, None, para, marked)

    @staticmethod
    def _adjacent(out: list[Attribution], mark: marks.Marked, para: int) -> Attribution | None:
        """The cue a free-standing quotation belongs to within its own paragraph."""
        same = [a for a in out if a.paragraph == para and a.cue is not None]
        before = [a for a in same if a.cue.start < mark.start and not a.cue.signature]
        if before:
            return before[-1]
        after = [a for a in same if a.cue.start >= mark.end and a.kind != "indirect"]
        empty = [a for a in same if a.cue.start >= mark.end and not a.pieces]
        return (empty or after or [None])[0]

    @staticmethod
    def _continues(attribution: Attribution, previous: Attribution, layout: Paragraphs) -> bool:
        """Whether a cue-less quote opening a paragraph continues the previous paragraph's."""
        start = attribution.pieces[0][0]
        if start != layout.spans[attribution.paragraph][0]:
            return False
        if attribution.paragraph - previous.paragraph != 1:
            return False
        return previous.cue is not None or bool(previous.marked and not previous.marked[-1].closed)

    @staticmethod
    def _reported(out: list[Attribution]) -> list[range]:
        return [range(s, e) for a in out for s, e in a.pieces]

    def quotes(self, text: str, attribution: Attribution) -> list[Quote]:
        """The public records of one attribution: one quote per piece."""
        cue = attribution.cue
        found = attribution.found
        verb = cue.text if cue is not None and not cue.signature else None
        out = []
        for start, end in sorted(attribution.pieces):
            speaker = replace(found.speaker) if found is not None else None
            out.append(
                Quote(
                    text=text[start:end],
                    start=start,
                    end=end,
                    kind=attribution.kind,
                    speaker=speaker,
                    verb=verb,
                    outlet=cue.outlet if cue is not None else None,
                )
            )
        return out
