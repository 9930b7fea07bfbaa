"""Counts of the people a work reaches, read as goals although no verb of making stands before them: the crowd a
training reaches ("面向3万名专业技术人才…开展…培训")."""

import re

# "面向3万名专业技术人才…开展…培训", "每年面向1万名…，由省市合力开展…培训": the people a training reaches are its
# count, a goal (the training's verb may come after a comma of the same sentence). Add a word of teaching here.
TRAINING_WORDS = ("培训", "轮训", "宣讲", "辅导", "授课")
_TOWARD = re.compile(r"面向\s*$")
_PEOPLE = ("名", "人", "人次", "万名", "万人", "万人次")
_TRAINING = re.compile("|".join(TRAINING_WORDS))


def trained_crowd(before: str, rest: str, unit: str) -> bool:
    """Whether a count of people right after 面向 (``before``) is the crowd a training in its sentence (``rest``: the
    words after the figure) reaches."""
    sentence_rest = re.split(r"[。；;！!？?\n]", rest, maxsplit=1)[0]
    return unit in _PEOPLE and bool(_TOWARD.search(before)) and bool(_TRAINING.search(sentence_rest))
