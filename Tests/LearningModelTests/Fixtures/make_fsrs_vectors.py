#!/usr/bin/env python3
"""Writes the FSRS parity vectors and the `mmprep srs replay` expected outputs.

Needs py-fsrs 6.3.2 exactly (`pip install fsrs==6.3.2`). Fuzzing is off everywhere, so the
output depends only on the fixed random seed below. Run from the repository root:

    python3 Tests/LearningModelTests/Fixtures/make_fsrs_vectors.py

It writes
  Tests/LearningModelTests/Fixtures/fsrs-vectors.jsonl   (read by FSRSParityTests)
  Tests/mmprepTests/Fixtures/srs-replay-input.jsonl      (read by SRSReplayTests)
  Tests/mmprepTests/Fixtures/srs-replay-expected.jsonl
  Tests/mmprepTests/Fixtures/srs-replay-expected-custom.jsonl

Vector file format, one JSON object a line:
  {"kind": "scheduler", "name", "parameters", "desired_retention", "learning_steps",
   "relearning_steps", "maximum_interval"}                 steps in seconds, interval in days
  {"kind": "review", "scheduler", "card", "time", "rating", "retrievability",
   "state", "step", "stability", "difficulty", "due"}
Times are Unix seconds. `retrievability` is the card's retrievability at `time`, before the
review; the fields after it describe the card after the review.
"""

import importlib.metadata
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler, State

if importlib.metadata.version("fsrs") != "6.3.2":
    sys.exit(f"need fsrs 6.3.2, found {importlib.metadata.version('fsrs')}")

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
VECTORS = os.path.join(ROOT, "Tests/LearningModelTests/Fixtures/fsrs-vectors.jsonl")
REPLAY_DIR = os.path.join(ROOT, "Tests/mmprepTests/Fixtures")

STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}

# A plausible optimised set, inside py-fsrs's bounds, with a different decay (w20).
CUSTOM_PARAMETERS = (
    0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367,
    1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755, 0.6123, 0.3, 0.12, 0.35,
)

SCHEDULERS = {
    "default": dict(),
    "no-steps": dict(learning_steps=(), relearning_steps=()),
    "retention-0.82": dict(
        desired_retention=0.82,
        learning_steps=(timedelta(seconds=301),),
        relearning_steps=(timedelta(seconds=60), timedelta(seconds=600), timedelta(seconds=3600)),
        maximum_interval=365,
    ),
    "custom-parameters": dict(parameters=CUSTOM_PARAMETERS, learning_steps=(timedelta(seconds=45), timedelta(seconds=1800))),
}


def unix(moment: datetime) -> float:
    """Seconds since 1970, an int when whole (a Hard step of 301 s x 1.5 gives a half)."""
    seconds = (moment - datetime(1970, 1, 1, tzinfo=timezone.utc)) / timedelta(seconds=1)
    return int(seconds) if seconds == int(seconds) else seconds


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC as `mmprep srs replay` prints it: Z, fraction only when there is one."""
    text = moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += (".%06d" % moment.microsecond).rstrip("0")
    return text + "Z"


def next_time(rng: random.Random, card: Card, now: datetime) -> datetime:
    """The next review time: on time, early, the same day, just around a day boundary, or late."""
    gap = card.due - now
    mode = rng.random()
    if mode < 0.30:
        later = card.due + timedelta(seconds=rng.randint(0, 3600))
    elif mode < 0.45:
        later = now + gap * rng.uniform(0.05, 0.95)
    elif mode < 0.60:
        later = now + timedelta(seconds=rng.randint(20, 20000))
    elif mode < 0.72:
        later = now + timedelta(days=rng.randint(1, 5), seconds=rng.choice((-1, 0, 1)))
    elif mode < 0.92:
        later = card.due + gap * rng.uniform(0.5, 6.0) + timedelta(seconds=rng.randint(0, 86399))
    else:
        later = card.due + timedelta(days=rng.randint(100, 2500), seconds=rng.randint(0, 86399))
    later = later.replace(microsecond=0)
    return max(later, now + timedelta(seconds=1))


def random_rating(rng: random.Random, bias: str) -> Rating:
    weights = {"mixed": (20, 15, 50, 15), "struggling": (45, 30, 20, 5), "easy": (3, 7, 40, 50)}[bias]
    return rng.choices((Rating.Again, Rating.Hard, Rating.Good, Rating.Easy), weights=weights)[0]


def write_vectors(rng: random.Random) -> int:
    lines = []
    steps = 0
    for name, options in SCHEDULERS.items():
        scheduler = Scheduler(enable_fuzzing=False, **options)
        config = scheduler.to_dict()
        del config["enable_fuzzing"]
        lines.append({"kind": "scheduler", "name": name, **config})
        for card_id in range(1, 41):
            now = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 365 * 86400))
            card = Card(card_id=card_id, due=now)
            bias = rng.choice(("mixed", "mixed", "struggling", "easy"))
            for _ in range(rng.randint(3, 14)):
                rating = random_rating(rng, bias)
                retrievability = scheduler.get_card_retrievability(card, now)
                card, _ = scheduler.review_card(card, rating, now)
                lines.append({
                    "kind": "review", "scheduler": name, "card": card_id, "time": unix(now),
                    "rating": int(rating), "retrievability": retrievability,
                    "state": STATE_NAMES[card.state], "step": card.step,
                    "stability": card.stability, "difficulty": card.difficulty, "due": unix(card.due),
                })
                steps += 1
                now = next_time(rng, card, now)
    with open(VECTORS, "w") as out:
        for line in lines:
            out.write(json.dumps(line, separators=(",", ":")) + "\n")
    return steps


def replay(reviews, scheduler: Scheduler):
    """What `mmprep srs replay` must print for `reviews`, one scheduler state per card id."""
    cards = {}
    out = []
    for review in reviews:
        moment = datetime.fromisoformat(review["time"].replace("Z", "+00:00")).astimezone(timezone.utc)
        card = cards.get(review["card"]) or Card(card_id=len(cards) + 1, due=moment)
        card, _ = scheduler.review_card(card, Rating(review["rating"]), moment)
        cards[review["card"]] = card
        out.append({
            "card": review["card"], "time": iso(moment), "state": STATE_NAMES[card.state],
            "step": card.step, "stability": card.stability, "difficulty": card.difficulty,
            "due": iso(card.due),
        })
    return out


def write_replay(rng: random.Random) -> None:
    """A small interleaved log of four cards over a year; one time carries a +02:00 offset."""
    now = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    shadow = Scheduler(enable_fuzzing=False)
    cards = {name: Card(card_id=i, due=now) for i, name in enumerate(("hipaa-1", "cpt-7", "ar-days", "osha-3"))}
    reviews = []
    for _ in range(28):
        name = rng.choice(sorted(cards))
        rating = random_rating(rng, "mixed")
        cards[name], _ = shadow.review_card(cards[name], rating, now)
        reviews.append({"card": name, "time": iso(now), "rating": int(rating)})
        now += timedelta(seconds=rng.choice((45, 400, 3000, 50000, 90000, 400000, 2000000)))
    reviews[5]["time"] = (datetime.fromisoformat(reviews[5]["time"].replace("Z", "+00:00"))
                          .astimezone(timezone(timedelta(hours=2))).isoformat())
    os.makedirs(REPLAY_DIR, exist_ok=True)
    with open(os.path.join(REPLAY_DIR, "srs-replay-input.jsonl"), "w") as out:
        for review in reviews:
            out.write(json.dumps(review) + "\n")
    runs = {
        "srs-replay-expected.jsonl": Scheduler(enable_fuzzing=False),
        # mmprep srs replay --retention 0.85 --learning-steps 31 --relearning-steps "" \
        #   --maximum-interval 60 --parameters <CUSTOM_PARAMETERS>
        "srs-replay-expected-custom.jsonl": Scheduler(
            parameters=CUSTOM_PARAMETERS, desired_retention=0.85, learning_steps=(timedelta(seconds=31),),
            relearning_steps=(), maximum_interval=60, enable_fuzzing=False),
    }
    for file, scheduler in runs.items():
        with open(os.path.join(REPLAY_DIR, file), "w") as out:
            for line in replay(reviews, scheduler):
                out.write(json.dumps(line) + "\n")


def main() -> None:
    rng = random.Random(20261122)
    steps = write_vectors(rng)
    write_replay(rng)
    print(f"{steps} review steps in {os.path.relpath(VECTORS, ROOT)}")


if __name__ == "__main__":
    main()
