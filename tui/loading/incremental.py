"""The corpus-wide step of a live folder, kept between updates: when a few articles come, change
or go, only what they touch is done again, and the store is the one ``assemble`` makes of the
same articles (equal, ids and all).

``assemble`` resolves every mention against the corpus, makes every document's tellings, merges
them all and sorts and indexes every event: ~6 s at 10k articles. ``LiveAssembly`` keeps each
stage's result in terms that do not move when the corpus changes (a document by a handle, an
actor by its group's handle: ids and positions are given at the end) and, for an update:

    resolution  the corpus-wide structures (company cores, initials, acronyms, surname owners,
                long forms, strong names: functions of the distinct mentions of the corpus, and
                the cores of their counts) made again from the mentions' counts; the changed
                documents resolved (``resolve``'s own functions, one document at a time), and
                where a structure changed (a name new to the corpus) the documents that look the
                changed entries up; the tally of the groups they name summed again over the
                documents naming them, in corpus order (every group's when the main language
                changes: their names)
    actors      every group ranked as ``resolve_actors`` ranks them (kind, mentions, name, the
                first met), affiliations linked (``link_actors``, over the documents with
                relations)
    tellings    made again for the changed documents, and those naming an actor whose kind changed
    merging     the tellings a change can reach (joined within an article, or compared across
                articles in a (kind, actor, month) block, or of the same sentence), and the
                events they make, merged again with ``merge``'s own steps in the order a whole
                merge takes them; the other events stay
    store       the events kept in date order (the new ones put in place), their columns and
                indexes made from them with ids and positions mapped

A change that reaches too far (many documents, a name new to the corpus that many documents
look up, a large merge block) makes the whole again through the same stages: as slow as ``assemble``.

The stages are ``resolve``'s and ``merge``'s own functions (private ones among them), chained as
``resolve_actors`` and ``merge_tellings`` chain them: a change of that chaining is to be made
here too. The tests compare every update with a fresh load; and a watcher whose stages make
another store than the load it watches (``LiveCorpus.shows``) assembles the whole from then on.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain, repeat

from tui.corpus.document import Document, Problem, main_language
from tui.extract import merge as merging
from tui.extract import resolve
from tui.extract.affiliations import link_actors
from tui.extract.events import DocExtraction, article_when, extract_document, tellings_of
from tui.extract.gazetteer import Gazetteer, is_acronym
from tui.extract.model import Actor, Mention, ResolvedMention, When
from tui.loading.assemble import _draft
from tui.store.store import EventTable, EvidenceTable, MentionTable, Store, _Index

GroupKey = tuple[str, str]
Ref = tuple[int, int]  # a telling: (its document's handle, its position among the document's)
MAX_DIRTY_SHARE = 0.05  # past this share of the documents changed, everything is made again
MIN_DIRTY = 64


class Reassemble(Exception):
    """The change reaches too far for an update: the whole is made again."""


@dataclass(frozen=True, slots=True)
class Structures:
    """What ``resolve_actors`` finds over the whole corpus before resolving any document."""

    moves: dict[GroupKey, GroupKey]
    owners: dict[str, set[GroupKey]]
    companies: frozenset[GroupKey]
    spelled: dict[str, set[GroupKey]]
    strong: frozenset[GroupKey]

    @classmethod
    def of(cls, signatures: Counter, gazetteer: Gazetteer) -> Structures:
        """The structures of a corpus whose mentions (positions aside) are counted in ``signatures``:
        as ``resolve_actors`` makes them, every function given one document of the distinct
        mentions (they are sets of what is met), but the company cores (counts)."""
        distinct = [Mention(0, 0, *signature) for signature in signatures]
        counted = [m for m, n in zip(distinct, signatures.values()) for _ in range(n)]
        cores = resolve.corpus_cores([distinct], [counted])
        moves = resolve.corpus_moves([distinct], cores)
        owners = resolve._surname_owners([distinct], gazetteer, moves)
        spelled = resolve._corpus_long_forms([distinct], moves)
        strong = frozenset(resolve._group(m) for m in distinct if not m.weak)
        return cls(moves, dict(owners), frozenset(cores.values()), dict(spelled), strong)


def _signatures(mentions: Sequence[Mention]) -> Counter:
    return Counter((m.surface, m.key, m.entry, m.kind, m.weak, m.expands_to, m.weight) for m in mentions)


@dataclass(slots=True)
class _Doc:
    """One document's share of the corpus-wide step."""

    handle: int
    path: object
    document: Document  # as extracted (ids and names are given per store)
    extraction: DocExtraction  # maybe ``slim``: then the cache has the whole of it
    targets: tuple[GroupKey | None, ...] = ()  # each mention's group (None: dropped)
    # Each group its mentions resolve to (in the order met): its first mention here, and this
    # document's share of ``resolve._tally``'s counts (surfaces, kinds, weights) as pairs.
    groups: dict[GroupKey, tuple[int, tuple, tuple, tuple]] | None = None
    tellings: list[merging.Telling] | None = None  # doc: the handle; actors: group handles
    triples: array | None = None  # (start, end, group handle) of each resolved mention
    shown: Document | None = None  # the document as the last store numbered and named it


@dataclass(slots=True)
class _Group:
    """One resolved group (an actor) and what ranks it."""

    handle: int
    name: str
    kind: object
    count: int
    surfaces: Counter
    first_doc: int  # the handle of the document it is first met in
    first_mention: int


@dataclass(slots=True)
class _Record:
    """One event: where the store's order puts it, and its tellings. Its draft and evidence rows
    (in handles) are kept until its columns are made (``_Events``), then let go."""

    draft: object  # DatedSentence (doc: a handle, actors: group handles), or None once in the columns
    rows: tuple[tuple, ...]  # evidence rows (doc handle, start, end, timex_start, timex_end, rule, clause_start, clause_end)
    place: tuple[int, int, int]  # its document's handle, its sentence's start, its date phrase's start
    tie: Ref  # its first telling in corpus order: events sorted alike keep this order
    when: int  # handles into LiveAssembly.whens
    docs: tuple[int, ...]  # the documents of its evidence, each once


class _Resolved(Sequence):
    """A document's mentions as ``link_actors`` reads them: ``[i].actor`` only (each actor's
    mention made once per update, in ``holders``)."""

    def __init__(self, targets: Sequence[GroupKey | None], ids: Mapping[GroupKey | None, int], holders: Sequence[ResolvedMention]) -> None:
        self.targets, self.ids, self.holders = targets, ids, holders

    def __len__(self) -> int:
        return len(self.targets)

    def __getitem__(self, i):  # type: ignore[override]
        return self.holders[self.ids[self.targets[i]]]


class LiveAssembly:
    """The corpus-wide step of ``assemble``, kept so that an update redoes what a change touches."""

    def __init__(
        self, gazetteer: Gazetteer, gazetteer_problems: Sequence[Problem] = (), *, merge: bool = True,
        full: Callable[[object], object] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        # A document's whole outcome by its path (from the cache), for the documents given slim
        # (``slim``): their tellings are made of it when they are made again.
        self.full = full
        self.gazetteer_problems = tuple(gazetteer_problems)
        self.merge = merge
        self.reason = ""  # why the last change made the whole again
        self.reset()

    def reset(self) -> None:
        self.docs: dict[object, _Doc] = {}  # by the outcome's identity key (the path)
        self.outcomes: dict[object, object] = {}  # the outcome each document was made from
        self.by_handle: dict[int, _Doc] = {}
        self.order: list[int] = []  # document handles in corpus order
        self.pos: dict[int, int] = {}
        self.next_handle = 0
        self.signatures: Counter = Counter()
        self.structures: Structures | None = None
        self.lang: str | None = None
        self.group_handles: dict[GroupKey, int] = {}
        self.group_keys: list[GroupKey] = []
        self.group_docs: dict[GroupKey, set[int]] = defaultdict(set)
        self.token_docs: dict[tuple, set[int]] = defaultdict(set)  # what resolving looks up → documents
        self.groups: dict[GroupKey, _Group] = {}
        self.kinds: dict[int, str] = {}  # group handle → actor kind, as tellings and merging read it
        self.blocks: dict[tuple, list[Ref]] = defaultdict(list)
        self.record_of: dict[Ref, _Record] = {}
        self.events = _Events()  # in the store's order
        self.whens: dict[When, int] = {}
        self.when_list: list[When] = []
        self.store: Store | None = None

    # -- the entry point ---------------------------------------------------------------------------

    def assemble(self, items: Sequence, outcomes: Mapping[object, object]) -> tuple[Store, bool]:
        """The store of ``items`` (``ingest.assemble_store``'s: ArticleFile or Problem, in corpus
        order) whose outcomes are ``outcomes`` (by path); True when it was an update, False
        when the whole was made again."""
        # (by the paths' strings: a scan's paths are new objects, and a Path compares in Python)
        current = {str(item.path): outcomes[item.path] for item in items if not isinstance(item, Problem) and item.path in outcomes}
        documents = {path: o for path, o in current.items() if not isinstance(o, Problem)}
        gone = [path for path in self.docs if self.outcomes.get(path) is not documents.get(path)]
        new = [path for path, o in documents.items() if self.outcomes.get(path) is not o]
        if self.store is not None and len(gone) + len(new) <= max(MIN_DIRTY, MAX_DIRTY_SHARE * len(documents)):
            try:
                return self._update(items, current, documents, gone, new), True
            except Reassemble as why:
                self.reason = str(why)
            except BaseException:
                self.reset()  # (half updated: the next change makes the whole again)
                raise
        self.reset()
        try:
            return self._update(items, current, documents, [], list(documents), whole=True), False
        except BaseException:
            self.reset()
            raise

    def _update(self, items, current, documents, gone, new, *, whole: bool = False) -> Store:
        old_docs = [self._forget(path) for path in gone]
        added = []
        for path in new:
            document, _warnings, extraction = documents[path]
            doc = _Doc(self.next_handle, path, document, extraction)
            self.next_handle += 1
            self.docs[path] = self.by_handle[doc.handle] = doc
            self.outcomes[path] = documents[path]
            self.signatures.update(_signatures(extraction.mentions))
            for token in _tokens(extraction.mentions):
                self.token_docs[token].add(doc.handle)
            added.append(doc)
        docs = self.docs
        self.order = [docs[str(item.path)].handle for item in items if not isinstance(item, Problem) and str(item.path) in documents]
        self.pos = {handle: n for n, handle in enumerate(self.order)}
        shown = self._documents(items)
        dirty = self._resolve(old_docs, added, shown, whole)
        actors, ids, ranked = self._actors()
        dirty |= self._kinds(actors, ranked, whole)
        if not whole and len(dirty) > max(MIN_DIRTY, MAX_DIRTY_SHARE * len(self.order)):
            raise Reassemble(f"{len(dirty)} documents to tell again")
        self._merge(old_docs, [self.by_handle[h] for h in sorted(dirty, key=self.pos.__getitem__)], whole)
        self.store = self._store(shown, actors, ids, items, current)
        return self.store

    def _forget(self, path) -> _Doc:
        """Take a document out of the resolution (its events go in ``_merge``)."""
        doc = self.docs.pop(path)
        del self.outcomes[path], self.by_handle[doc.handle]
        self.signatures.subtract(_signatures(doc.extraction.mentions))
        self.signatures = +self.signatures  # (the counts gone to nothing dropped)
        for group in doc.groups:
            self.group_docs[group].discard(doc.handle)
        for token in _tokens(doc.extraction.mentions):
            handles = self.token_docs[token]
            handles.discard(doc.handle)
            if not handles:
                del self.token_docs[token]
        return doc

    def _documents(self, items) -> list[Document]:
        """The store's documents: numbered and named as found (as ``assemble_store`` does)."""
        names = [item.display for item in items if not isinstance(item, Problem) and str(item.path) in self.docs]
        shown = []
        for n, (handle, name) in enumerate(zip(self.order, names)):
            doc = self.by_handle[handle]
            if doc.shown is None or doc.shown.id != n or doc.shown.path != name:
                document = doc.document
                doc.shown = document if document.id == n and document.path == name else replace(document, id=n, path=name)
            shown.append(doc.shown)
        return shown

    # -- resolution --------------------------------------------------------------------------------

    def _resolve(self, old: list[_Doc], added: list[_Doc], shown: list[Document], whole: bool) -> set[int]:
        """Resolve what the change touches; the handles of the documents whose mentions resolve
        otherwise (their tellings are made again)."""
        structures = Structures.of(self.signatures, self.gazetteer)
        lang = main_language(shown)
        touched: set[GroupKey] = {group for doc in old for group in doc.groups}
        if lang != self.lang:
            touched.update(self.groups)  # (the names the gazetteer gives in that language)
        dirty = {doc.handle for doc in added}
        for doc in added:
            self._resolve_document(doc, structures)
            touched.update(doc.groups)
        if not whole and structures != self.structures:
            # A name new to the corpus (a surname's owner, a company's core, ...): the documents
            # that look it up are resolved again.
            again = self._looking_up(self._changed(self.structures, structures)) - dirty
            for doc in (self.by_handle[handle] for handle in sorted(again)):
                targets, groups = doc.targets, doc.groups or {}
                for group in groups:
                    self.group_docs[group].discard(doc.handle)
                self._resolve_document(doc, structures)
                if doc.targets != targets:
                    dirty.add(doc.handle)
                    touched.update(groups)
                    touched.update(doc.groups)
        self.structures, self.lang = structures, lang
        self._tally(touched)
        return dirty

    @staticmethod
    def _changed(old: Structures | None, new: Structures) -> set[tuple]:
        """What resolving a document looks up in the structures and finds otherwise in ``new``:
        groups ("g", group), surnames ("k", key) and acronyms' letters ("l", letters)."""
        assert old is not None
        groups = {g for g in old.moves.keys() | new.moves.keys() if old.moves.get(g) != new.moves.get(g)}
        groups |= {t for g in groups for t in (old.moves.get(g), new.moves.get(g)) if t is not None}
        groups |= old.companies ^ new.companies
        groups |= old.strong ^ new.strong
        found: set[tuple] = {("g", g) for g in groups}
        for tag, before, after in (("k", old.owners, new.owners), ("l", old.spelled, new.spelled)):
            for key in before.keys() | after.keys():
                was, now = before.get(key, set()), after.get(key, set())
                if was != now or not groups.isdisjoint(was) or not groups.isdisjoint(now):
                    found.add((tag, key))
        return found

    def _looking_up(self, changed: set[tuple]) -> set[int]:
        docs = {handle for token in changed for handle in self.token_docs.get(token, ())}
        if len(docs) > max(MIN_DIRTY, 4 * MAX_DIRTY_SHARE * len(self.order)):
            raise Reassemble(f"a change of the corpus-wide structures touching {len(docs)} documents")
        return docs

    def _resolve_document(self, doc: _Doc, s: Structures) -> None:
        mentions = doc.extraction.mentions
        moves = resolve._document_moves(mentions, self.gazetteer, s.moves, s.owners, s.companies, s.spelled)
        doc.targets = tuple(resolve._target(m, moves, s.strong) for m in mentions)
        surfaces, kinds, weights = resolve._tally([mentions], [moves], s.strong)
        first: dict[GroupKey, int] = {}
        for n, target in enumerate(doc.targets):
            if target is not None:
                first.setdefault(target, n)
        doc.groups = {
            group: (first[group], tuple(surfaces[group].items()), tuple(kinds[group].items()), tuple(weights[group].items()))
            for group in surfaces
        }
        for group in doc.groups:
            self.group_docs[group].add(doc.handle)
            if group not in self.group_handles:
                self.group_handles[group] = len(self.group_keys)
                self.group_keys.append(group)
        handles = self.group_handles
        doc.triples = array("i", [
            x for m, t in zip(mentions, doc.targets) if t is not None for x in (m.start, m.end, handles[t])
        ])

    def _tally(self, touched: set[GroupKey]) -> None:
        """Each touched group's surfaces, kinds and weights summed over its documents in corpus
        order (the order ``resolve._tally`` meets them in), and what ranks it."""
        pos = self.pos
        for group in touched:
            docs = sorted(self.group_docs.get(group, ()), key=pos.__getitem__)
            if not docs:
                self.groups.pop(group, None)
                self.group_docs.pop(group, None)
                continue
            surfaces: Counter = Counter()
            kinds: Counter = Counter()
            weights: Counter = Counter()
            for handle in docs:
                _first, doc_surfaces, doc_kinds, doc_weights = self.by_handle[handle].groups[group]  # type: ignore[index]
                for surface, n in doc_surfaces:
                    surfaces[surface] += n
                for kind, n in doc_kinds:
                    kinds[kind] += n
                for kind, weight in doc_weights:
                    if weight > weights[kind]:
                        weights[kind] = weight
            first = self.by_handle[docs[0]]
            self.groups[group] = _Group(
                self.group_handles[group],
                resolve._display_name(group, surfaces, self.gazetteer, self.lang or "en"),
                resolve._kind_of(group, kinds, self.gazetteer, weights),
                sum(surfaces.values()),
                surfaces,
                first.handle,
                first.groups[group][0],  # type: ignore[index]
            )

    def _actors(self) -> tuple[list[Actor], dict[GroupKey, int], list[_Group]]:
        """The actors as ``resolve_actors`` and ``link_actors`` make them, and each group's id."""
        pos, kind_order = self.pos, resolve._KIND_ORDER
        ranked = sorted(
            self.groups.values(),
            key=lambda g: (kind_order.get(g.kind, 9), -g.count, g.name.casefold(), pos[g.first_doc], g.first_mention),
        )
        keys = self.group_keys
        ids = {keys[g.handle]: n for n, g in enumerate(ranked)}
        actors = [resolve._actor(keys[g.handle], ids, g.name, g.kind, g.surfaces, g.count, self.gazetteer) for g in ranked]
        with_relations = [self.by_handle[h] for h in self.order if self.by_handle[h].extraction.relations]
        holders = [ResolvedMention(0, 0, n) for n in range(len(actors))] + [ResolvedMention(0, 0, resolve.UNRESOLVED)]
        targets: dict[GroupKey | None, int] = {**ids, None: len(actors)}
        actors = link_actors(
            actors,
            [doc.shown for doc in with_relations],  # type: ignore[misc]
            [_Resolved(doc.targets, targets, holders) for doc in with_relations],
            [doc.extraction.relations for doc in with_relations],
        )
        return actors, ids, ranked

    def _kinds(self, actors: list[Actor], ranked: list[_Group], whole: bool) -> set[int]:
        """Each group's kind as tellings read it; the documents naming a group whose kind changed."""
        kinds = {group.handle: str(actor.kind) for group, actor in zip(ranked, actors)}
        changed = {h for h, kind in kinds.items() if self.kinds.get(h, kind) != kind}
        self.kinds = kinds
        if whole or not changed:
            return set()
        return {d for h in changed for d in self.group_docs.get(self.group_keys[h], ())}

    # -- tellings and merging ----------------------------------------------------------------------

    def _merge(self, old: list[_Doc], dirty: list[_Doc], whole: bool) -> None:
        """Make the dirty documents' tellings again, and the events of every telling a change can
        reach; the other events stay."""
        before: dict[int, list] = {doc.handle: doc.tellings for doc in old}
        before.update((doc.handle, doc.tellings) for doc in dirty if doc.tellings is not None)
        changed = set(before) | {doc.handle for doc in dirty}

        def was(handle: int) -> list:
            return before[handle] if handle in before else self.by_handle[handle].tellings  # type: ignore[return-value]

        reached: set[Ref] = set()
        if not whole:  # what the old tellings reached, before they leave their blocks
            reached = self._reach([(h, k) for h, ts in before.items() for k in range(len(ts))], was)
        for handle, tellings in before.items():
            for k, telling in enumerate(tellings):
                for key in merging.block_keys(telling):
                    self.blocks[key].remove((handle, k))
                    if not self.blocks[key]:
                        del self.blocks[key]
        for doc in dirty:
            self._tellings(doc)
        now = self.by_handle
        seeds = [(doc.handle, k) for doc in dirty for k in range(len(doc.tellings or ()))]
        if whole:
            scope = set(seeds)
        else:
            seeds += [ref for ref in reached if ref[0] not in changed]
            scope = self._reach(seeds, lambda handle: now[handle].tellings)
        dead = {id(self.record_of.pop(ref)) for ref in chain(reached, scope) if ref in self.record_of}
        self.events.splice(dead, [], self._event_order, self._when)
        self._events(sorted(scope, key=self._order), whole)

    def _order(self, ref: Ref) -> tuple[int, int]:
        return self.pos[ref[0]], ref[1]

    def _tellings(self, doc: _Doc) -> None:
        handles = self.group_handles
        resolved = [
            ResolvedMention(m.start, m.end, handles[t] if t is not None else resolve.UNRESOLVED)
            for m, t in zip(doc.extraction.mentions, doc.targets)
        ]
        document = replace(doc.document, id=doc.handle)
        doc.tellings = tellings_of(document, self._whole(doc), resolved, self.kinds)  # type: ignore[arg-type]
        for k, telling in enumerate(doc.tellings):
            for key in merging.block_keys(telling):
                bisect.insort(self.blocks[key], (doc.handle, k), key=self._order)

    def _whole(self, doc: _Doc) -> DocExtraction:
        """The document's whole extraction: as kept, else from the cache, else made again of
        the document as kept (extraction is a function of it)."""
        extraction = doc.extraction
        if not is_slim(extraction):
            return extraction
        outcome = self.full(doc.path) if self.full is not None else None
        if isinstance(outcome, tuple) and outcome[0] == doc.document:
            return outcome[2]
        return extract_document(doc.document, self.gazetteer)

    def _reach(self, seeds: list[Ref], tellings) -> set[Ref]:
        """The tellings ``seeds`` reach: those merging may compare with them, and those of their
        sentences (which date one another), and on, as far as it goes."""
        seen = set(seeds)
        stack = list(seeds)
        entered: set[int] = set()  # the articles whose tellings are all in ``seen`` already
        while stack:
            handle, k = stack.pop()
            mine = tellings(handle)
            telling = mine[k]
            if handle not in entered:
                # An article's tellings are joined together rule after rule (refers back, same
                # article, title, continues): a change to one may move any other of them.
                entered.add(handle)
                for j in range(len(mine)):
                    if (handle, j) not in seen:
                        seen.add((handle, j))
                        stack.append((handle, j))
            if not self.merge:
                continue
            for key in merging.block_keys(telling):
                block = self.blocks.get(key, ())
                if len(block) > merging.BLOCK_LIMIT:
                    raise Reassemble("a large block")  # (a block that large is compared by neighbours: they move)
                for ref in block:
                    if ref[0] != handle and ref not in seen and merging.tellings_agree(key, telling, tellings(ref[0])[ref[1]], self.kinds):
                        seen.add(ref)
                        stack.append(ref)
        return seen

    def _events(self, refs: list[Ref], whole: bool) -> None:
        """Merge the tellings ``refs`` (in corpus order) as ``merge_tellings`` merges the whole,
        and put their events in place."""
        sub = [self.by_handle[h].tellings[k] for h, k in refs]  # type: ignore[index]
        local = {ref: n for n, ref in enumerate(refs)}
        clusters = merging.Clusters(sub)
        if self.merge:
            by_doc: dict[int, list[int]] = defaultdict(list)
            for n, telling in enumerate(sub):
                by_doc[telling.doc].append(n)
            for members in by_doc.values():
                merging.join_within_article(sub, members, clusters, self.kinds)
            self._join_across(sub, local, clusters)
        dates = {handle: article_when(self.by_handle[handle].document) for handle in {t.doc for t in sub}}
        new = []
        for event in merging.events_of(sub, clusters, dates):
            record = self._record(_draft(event, sub), refs[min(event.tellings)])
            for i in event.tellings:
                self.record_of[refs[i]] = record
            if whole:  # (into the columns at once: the drafts of a whole corpus are not kept)
                self.events.extend([record], self._when)
            else:
                new.append(record)
        if whole:
            self.events.sort(self._event_order)
        else:
            self.events.splice(set(), new, self._event_order, self._when)

    def _join_across(self, sub: list, local: dict[Ref, int], clusters) -> None:
        """``merge._join_across_articles`` over the blocks of ``sub``, each block whole (its
        neighbours as in the whole merge), in the order the whole merge meets them."""
        keys = {key for telling in sub for key in merging.block_keys(telling)}
        blocks = self.blocks

        def met(key) -> tuple[int, int, int]:
            # The whole merge meets a block at its first telling, at that telling's n-th key.
            first = blocks[key][0]
            return (*self._order(first), merging.block_keys(self.by_handle[first[0]].tellings[first[1]]).index(key))  # type: ignore[index]

        inside = set(local.values())
        for key in sorted(keys, key=met):
            # The block as the whole merge compares it (its neighbours as there), these tellings
            # only (a telling outside them stands in as a negative number, never among them).
            block = [local.get(ref, -1 - n) for n, ref in enumerate(blocks[key])]
            merging.join_block(sub, block, key, clusters, self.kinds, among=inside)

    def _record(self, draft, tie: Ref) -> _Record:
        rows = tuple((e.doc, e.start, e.end, e.timex_start, e.timex_end, e.rule, e.clause_start, e.clause_end) for e in draft.evidence)
        return _Record(
            draft, rows, (draft.doc, draft.start, draft.timex_start), tie, self._when(draft.when),
            tuple(dict.fromkeys(e.doc for e in draft.evidence)),
        )

    def _when(self, when: When) -> int:
        handle = self.whens.get(when)
        if handle is None:
            handle = self.whens[when] = len(self.when_list)
            self.when_list.append(when)
        return handle

    def _event_order(self, record: _Record) -> tuple:
        """``Store.build``'s order; events alike in it keep the order the merge gives them."""
        (doc, start, timex_start), when, pos = record.place, self.when_list[record.when], self.pos
        return (when.first, when.precision.rank, when.last, pos[doc], start, timex_start, pos[record.tie[0]], record.tie[1])

    # -- the store ---------------------------------------------------------------------------------

    def _store(self, shown: list[Document], actors: list[Actor], ids: dict[GroupKey, int], items, current) -> Store:
        """The store ``Store.build`` makes of the events, columns and indexes made from the
        records (in handles) with ids and positions mapped."""
        idmap = [-1] * len(self.group_keys)
        for group, n in ids.items():
            idmap[self.group_handles[group]] = n
        posmap = [-1] * self.next_handle
        for handle, n in self.pos.items():
            posmap[handle] = n
        table = self.events.table(idmap, posmap, self.when_list)
        index = _index(self.events, table, actors, len(shown), posmap)
        triples = array("i")
        counts = []
        for handle in self.order:
            doc_triples = self.by_handle[handle].triples
            triples.extend(doc_triples)  # type: ignore[arg-type]
            counts.append(len(doc_triples) // 3)  # type: ignore[arg-type]
        if triples:
            triples[2::3] = array("i", map(idmap.__getitem__, triples[2::3]))
        mentions = MentionTable(triples, array("i", accumulate(counts, initial=0)))
        return Store(tuple(shown), table, tuple(actors), mentions, _problems(items, current, self.gazetteer_problems), index)

class _Events:
    """The events in the store's order: their records, and their columns in handles (documents,
    actors, dates, kinds, rules) spliced as events come and go; ``table`` maps the handles."""

    FIELDS = ("doc", "start", "end", "timex_start", "timex_end", "when", "reported", "kind", "participants", "actors", "rows", "by_article")
    ROWS = ("doc", "start", "end", "timex_start", "timex_end", "rule", "clause_start", "clause_end")

    def __init__(self) -> None:
        self.records: list[_Record] = []
        self.columns = {name: array("i") for name in self.FIELDS}
        self.actors = array("i")  # each event's actors in turn (``columns["actors"]`` of them)
        self.rows = {name: array("i") for name in self.ROWS}  # each event's evidence in turn
        self.headlines: list[str] = []
        self.kinds: dict[str, int] = {}
        self.rules: dict[str, int] = {}

    def _values(self, record: _Record, whens) -> tuple[int, ...]:
        d = record.draft
        kind = self.kinds.setdefault(d.kind, len(self.kinds))
        reported = whens(d.reported) if d.reported else -1
        return (d.doc, d.start, d.end, d.timex_start, d.timex_end, record.when, reported, kind, d.participants,
                len(d.actors), len(record.rows), int(d.dated_by_article))

    def _rows(self, record: _Record) -> list[tuple[int, ...]]:
        rules = self.rules
        return [(*row[:5], rules.setdefault(row[5], len(rules)), *row[6:]) for row in record.rows]

    def extend(self, records: list[_Record], whens) -> None:
        """Add ``records`` at the end (in the store's order); ``whens`` gives a date's handle."""
        columns = [self.columns[name] for name in self.FIELDS]
        rows = [self.rows[name] for name in self.ROWS]
        for record in records:
            for column, value in zip(columns, self._values(record, whens)):
                column.append(value)
            self.actors.extend(record.draft.actors)  # type: ignore[attr-defined]
            for row in self._rows(record):
                for column, value in zip(rows, row):
                    column.append(value)
            self.headlines.append(record.draft.headline)  # type: ignore[attr-defined]
            record.draft, record.rows = None, ()
        self.records.extend(records)

    def splice(self, dead: set[int], new: list[_Record], order, whens) -> None:
        """Take out the events whose records' ids are in ``dead`` and put the ``new`` ones in
        place by ``order`` (the store's order key): each column made again from runs of the old
        one and the new values (C-level copies, however many events come and go)."""
        if dead:
            keep, at = [], 0
            for n, record in enumerate(self.records):
                if id(record) in dead:
                    keep.append((at, n))
                    at = n + 1
            keep.append((at, len(self.records)))
            self._runs(keep, [[] for _ in keep])
        if new:
            new.sort(key=order)
            records = self.records
            places = [bisect.bisect_right(records, order(record), key=order) for record in new]
            keep = list(zip([0, *places], [*places, len(records)]))
            added: list[list[_Record]] = [[] for _ in keep]
            for n, record in enumerate(new):
                added[n].append(record)  # (after run n, before run n + 1)
            self._runs(keep, added, whens)

    def _runs(self, keep: list[tuple[int, int]], added: list[list[_Record]], whens=None) -> None:
        """Each column as the runs ``keep`` of events, each followed by the records ``added`` after it."""
        c = self.columns
        flat = {name: list(accumulate(c[count], initial=0)) for name, count in (("actors", "actors"), ("rows", "rows"))}
        columns = {name: array("i") for name in self.FIELDS}
        actors, rows = array("i"), {name: array("i") for name in self.ROWS}
        records: list[_Record] = []
        headlines: list[str] = []
        for (a, b), more in zip(keep, added):
            for name, column in columns.items():
                column.extend(c[name][a:b])
            actors.extend(self.actors[flat["actors"][a] : flat["actors"][b]])
            for name, column in rows.items():
                column.extend(self.rows[name][flat["rows"][a] : flat["rows"][b]])
            records.extend(self.records[a:b])
            headlines.extend(self.headlines[a:b])
            for record in more:
                for name, value in zip(self.FIELDS, self._values(record, whens)):
                    columns[name].append(value)
                actors.extend(record.draft.actors)  # type: ignore[attr-defined]
                for row in self._rows(record):
                    for name, value in zip(self.ROWS, row):
                        rows[name].append(value)
                records.append(record)
                headlines.append(record.draft.headline)  # type: ignore[attr-defined]
                record.draft, record.rows = None, ()
        self.columns, self.actors, self.rows, self.records, self.headlines = columns, actors, rows, records, headlines

    def sort(self, key) -> None:
        """Put the events in ``key``'s order (stable): each column permuted."""
        records = self.records
        order = sorted(range(len(records)), key=lambda n: key(records[n]))
        c = self.columns
        actors_at = list(accumulate(c["actors"], initial=0))
        rows_at = list(accumulate(c["rows"], initial=0))
        actors = chain.from_iterable(range(actors_at[n], actors_at[n + 1]) for n in order)
        rows = list(chain.from_iterable(range(rows_at[n], rows_at[n + 1]) for n in order))
        self.columns = {name: array("i", map(column.__getitem__, order)) for name, column in c.items()}
        self.actors = array("i", map(self.actors.__getitem__, actors))
        self.rows = {name: array("i", map(column.__getitem__, rows)) for name, column in self.rows.items()}
        self.records = [records[n] for n in order]
        self.headlines = [self.headlines[n] for n in order]

    def table(self, idmap: list[int], posmap: list[int], whens: list[When]) -> EventTable:
        """The store's ``EventTable``: handles mapped to ids and positions, dates, kinds and
        rules numbered in the order the events first give them (as ``EventTable.from_events``)."""
        c = self.columns
        seen = dict.fromkeys(chain.from_iterable(zip(c["when"], c["reported"])))
        seen.pop(-1, None)
        at = {handle: n for n, handle in enumerate(seen)}
        when_index = array("i", map(at.__getitem__, c["when"]))
        at[-1] = -1
        kinds = list(self.kinds)
        kind_at = {handle: n for n, handle in enumerate(dict.fromkeys(c["kind"]))}
        return EventTable(
            array("i", map(posmap.__getitem__, c["doc"])), c["start"][:], c["end"][:], c["timex_start"][:], c["timex_end"][:],
            when_index, tuple(whens[h] for h in seen),
            array("i", accumulate(c["actors"], initial=0)), array("i", map(idmap.__getitem__, self.actors)),
            array("b", map(kind_at.__getitem__, c["kind"])), tuple(kinds[h] for h in kind_at),
            array("i", map(at.__getitem__, c["reported"])), array("b", c["by_article"]), tuple(self.headlines),
            self._evidence(posmap), c["participants"][:],
        )

    def _evidence(self, posmap: list[int]) -> EvidenceTable:
        r = self.rows
        rules = list(self.rules)
        rule_at = {handle: n for n, handle in enumerate(dict.fromkeys(r["rule"]))}
        return EvidenceTable(
            array("i", accumulate(self.columns["rows"], initial=0)),
            array("i", map(posmap.__getitem__, r["doc"])), r["start"][:], r["end"][:], r["timex_start"][:], r["timex_end"][:],
            array("b", map(rule_at.__getitem__, r["rule"])), tuple(rules[h] for h in rule_at), r["clause_start"][:], r["clause_end"][:],
        )


def _index(events: _Events, table: EventTable, actors: list[Actor], n_docs: int, posmap: list[int]) -> _Index:
    """``_Index.build``'s indexes, from the columns (the actors' own from ``_Index.build``)."""
    by_actor = [array("i") for _ in actors]
    appends = [postings.append for postings in by_actor]
    counts = events.columns["actors"]
    for actor, i in zip(table.actor_ids, chain.from_iterable(map(repeat, range(len(counts)), counts))):
        appends[actor](i)
    by_doc = [array("i") for _ in range(n_docs)]
    for i, record in enumerate(events.records):
        for doc in record.docs:
            by_doc[posmap[doc]].append(i)
    kinds = table.kinds
    by_kind: dict[str, array] = {kind: array("i") for kind in (kinds if len(table) else ())}
    appends = [by_kind[kind].append for kind in by_kind]
    for i, k in enumerate(table.kind_index):
        appends[k](i)
    whens = table.whens
    firsts_of = [w.first.toordinal() for w in whens]
    lasts_of = [w.last.toordinal() for w in whens]
    max_span = max((lasts_of[w] - firsts_of[w] for w in set(table.when_index)), default=0)
    own = _Index.build([], actors, 0)
    return _Index(
        by_actor, by_doc, array("i", map(firsts_of.__getitem__, table.when_index)),
        array("i", map(lasts_of.__getitem__, table.when_index)), max_span, own.by_name, own.actor_names, own.children, by_kind,
    )


def _problems(items, current, gazetteer_problems: Sequence[Problem]) -> tuple[Problem, ...]:
    """Each item's problems in place, then the actors files' (as ``assemble_store``)."""
    problems: list[Problem] = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        outcome = current.get(str(item.path))
        if outcome is None:
            continue
        if isinstance(outcome, Problem):
            problems.append(replace(outcome, path=item.display))
            continue
        problems.extend(replace(w, path=item.display) for w in outcome[1])
    return (*problems, *gazetteer_problems)


def slim(outcome):
    """An article's outcome with only what the kept stages read of its extraction every update
    (its mentions and relations): its sentences, dates and happenings are read again from the
    cache when its tellings are made again."""
    if not isinstance(outcome, tuple):
        return outcome
    document, warnings, extraction = outcome
    return document, warnings, DocExtraction((), (), extraction.mentions, extraction.relations, ())


def is_slim(extraction: DocExtraction) -> bool:
    """Whether ``extraction`` may be slim (one with no dates, sentences nor happenings is made
    again to no loss)."""
    return not extraction.timexes and not extraction.sentences and not extraction.happenings


def _tokens(mentions: Sequence[Mention]) -> set[tuple]:
    """What resolving a document's mentions looks up in the corpus-wide structures: each
    mention's group (moves, companies, strong names), its key (surname owners) and, for an
    acronym, its letters (long forms)."""
    tokens: set[tuple] = set()
    for m in mentions:
        tokens.add(("g", resolve._group(m)))
        tokens.add(("k", m.key))
        if is_acronym(m.surface):
            tokens.add(("l", resolve._letters(m.surface)))
    return tokens
