"""The learner view: one side's paragraphs hidden until the reader asks for them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the first frame does without the aligner's modules
    from ..core.alignment import Alignment

_GOLDEN = 2654435761  # Knuth's multiplicative hash: spreads link indices evenly over [0, 2^32)


def auto_revealed(link: int, share: float) -> bool:
    """True when a link is among the given share revealed without asking.

    The choice is fixed per link, so raising the share only ever reveals more links.
    """
    return ((link * _GOLDEN) % 2**32) / 2**32 < share


@dataclass
class LearnerState:
    """Which side is hidden, which links the reader revealed, and the share revealed automatically."""

    enabled: bool = False
    side: str = "right"
    share: float = 0.0
    revealed: set[int] = field(default_factory=set)
    all_revealed: bool = False

    def is_hidden(self, link: int) -> bool:
        """True when a link's hidden side is still hidden."""
        return (self.enabled and not self.all_revealed and link not in self.revealed
                and not auto_revealed(link, self.share))

    def hidden_blocks(self, alignment: Alignment | None) -> set[int]:
        """The blocks of the hidden side that are still hidden."""
        if alignment is None or not self.enabled or self.all_revealed:
            return set()
        blocks: set[int] = set()
        for k, link in enumerate(alignment):
            if self.is_hidden(k):
                blocks.update(link.right if self.side == "right" else link.left)
        return blocks

    def reset(self) -> None:
        """Hide everything again (for a newly opened pair)."""
        self.revealed.clear()
        self.all_revealed = False
