"""Which knowledge items carry each tag, as bitsets kept in this process, for the database
backend's facet counts, audience checks and filters.

Done in SQL, each of these joined the tag rows of every item a question matched: at 100,000
items a word found in 85,000 spent 150-350 ms counting facets and 35-260 ms checking who may
see each match (per-statement timings of bench/search_bench.py's questions on PostgreSQL).
Here a tag's items are one Python int whose bit n stands for the item at position n, so a
filter is an AND, a count a popcount, and the whole of it a few milliseconds at that size.

The sets are read again whenever the index's generation (search.models.IndexGeneration,
changed in the transaction of every write) differs from the one they were read at, so they
are never older than the generation read at the start of a search. An item written after
that has no bit anywhere: it is in no audience, and found by nobody until the next read.
"""

import threading
from dataclasses import dataclass, field

from django.db import connection

from .models import IndexGeneration, KnowledgeItem, KnowledgeTag

# Set bits per byte value, to list a bitset's positions a byte at a time.
_BITS_OF_BYTE = [tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256)]
_lock = threading.Lock()
_current = {}  # database name -> ItemSets


def bits_at(positions):
    """The bitset with a bit at each position."""
    positions = list(positions)
    if not positions:
        return 0
    buffer = bytearray(max(positions) // 8 + 1)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def positions_in(bits):
    """The positions of a bitset's bits, in order."""
    found = []
    for index, byte in enumerate(bits.to_bytes((bits.bit_length() + 7) // 8, "little")):
        if byte:
            start = index * 8
            found.extend(start + bit for bit in _BITS_OF_BYTE[byte])
    return found


@dataclass
class ItemSets:
    generation: str
    base: int  # the smallest item id: an item's position is its id less this
    everything: int
    tagged: dict = field(default_factory=dict)  # (facet, value) -> bitset
    values: dict = field(default_factory=dict)  # facet -> its values, in the order read

    @classmethod
    def read(cls, generation):
        pks = list(KnowledgeItem.objects.order_by("pk").values_list("pk", flat=True))
        base = pks[0] if pks else 0
        by_tag = {}
        rows = KnowledgeTag.objects.order_by().values_list("facet", "value", "item_id")
        for facet, value, item_id in rows.iterator(chunk_size=20_000):
            by_tag.setdefault((facet, value), []).append(item_id - base)
        sets = cls(generation=generation, base=base, everything=bits_at(pk - base for pk in pks))
        for (facet, value), positions in sorted(by_tag.items()):
            sets.tagged[facet, value] = bits_at(positions)
            sets.values.setdefault(facet, []).append(value)
        return sets

    def of(self, pks):
        """The bitset of these item ids (those read: a newer item has no position)."""
        return bits_at(pk - self.base for pk in pks if pk >= self.base) & self.everything

    def pks(self, bits):
        return [position + self.base for position in positions_in(bits)]

    def any_of(self, facet, values):
        bits = 0
        for value in values:
            bits |= self.tagged.get((facet, str(value)), 0)
        return bits

    def filtered(self, bits, filters):
        """`bits` with every facet's filter applied: any of its values, and every facet."""
        for facet, values in filters.items():
            if values:
                bits &= self.any_of(facet, values)
        return bits

    def counts(self, facet, bits):
        """[(value, items of `bits` with it)], most common first, the values found."""
        counted = []
        for value in self.values.get(facet, []):
            count = (bits & self.tagged[facet, value]).bit_count()
            if count:
                counted.append((value, count))
        return sorted(counted, key=lambda pair: (-pair[1], pair[0]))


def item_sets():
    """The sets of the index as it is now, read again when its generation has changed."""
    generation = IndexGeneration.current()
    name = connection.settings_dict["NAME"]
    sets = _current.get(name)
    if sets is None or sets.generation != generation:
        with _lock:
            sets = _current.get(name)
            if sets is None or sets.generation != generation:
                sets = _current[name] = ItemSets.read(generation)
    return sets
