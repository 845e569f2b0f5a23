"""The first-message checker on a pasted essay, against the same checker on a tenth of it.

The checker runs as the user types; its phrase rules must grow with the text, never explode on
repeated or half-matching words (what a careless pattern does). Ten times the text should take
about ten times as long: the verdict is that ratio, measured side by side, not a timing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from app.domain.message_check import check_message

ROUNDS = 9
LONG = 20_000  # characters, a pasted essay
# Long texts an anxious person might paste, and the shapes that make patterns backtrack: words
# that open crisis and draft phrases, over and over, with gaps of filler words between them.
SHAPES = {
    "a long letter": "and then I thought about the weekend we had ",
    "phrase openings": "i im ill you your post send show can we ",
    "gaps of filler": "i saw you at the the the the i know you were at a a a ",
    "one word": "kill ",
    "no spaces": "x",
}
LINEAR = 10  # ten times the text
WITHIN = 25  # room for noise and lines of many short words; a quadratic pattern shows 100


def bench_pasted_drafts(
    interleaved: Callable[[Callable[[], object], Callable[[], object], int], tuple[float, float]],
) -> list[tuple[str, bool]]:
    print(f"The message checker, {LONG:,} characters against {LONG // LINEAR:,} ({ROUNDS} rounds)")
    worst = 0.0
    for name, shape in SHAPES.items():
        essay = (shape * (LONG // len(shape) + 1))[:LONG]
        tenth = essay[: LONG // LINEAR]
        ours, baseline = interleaved(
            partial(check_message, essay), partial(check_message, tenth), ROUNDS
        )
        ratio = ours / baseline
        worst = max(worst, ratio)
        print(f"  {name:<16} {ratio:5.1f}x the time of a tenth of it")
    return [(f"ten times the draft takes at most {WITHIN}x as long to check", worst <= WITHIN)]
