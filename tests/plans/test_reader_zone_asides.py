"""Target and name rules of branch k-reader28, from the failing-style lines of the twentieth held-out batch and two
moved plans, each on made-up sentences: a release count with a second measure word in brackets, figures beside the
work that set no goal (an area freed up, a permission, the size of each space, a vague count, how often an event
recurs, a size that says which cases a rule applies to), and a stray 、 inside a name."""

from actiondesk.plans.reader.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(target["value"], target["unit"], target["comparator"]) for target in find_targets(sentence)]


def test_a_release_count_with_a_second_measure_word_in_brackets_is_one_floor():
    assert _read("每年放流鱼虾等海洋生物1亿尾（只）以上。") == [(1, "亿尾", ">=")]
    assert _read("每年放流鱼苗1000万尾。") == [(1000, "万尾", ">=")]
