"""The seventh session's command-line and I/O fixes: corpus speed, ``--text`` everywhere, nothing skipped silently."""

from __future__ import annotations

import multiprocessing

import pytest

import stancekit
from stancekit import batch

# -- corpus speed -------------------------------------------------------------------------


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="only forked workers inherit the parent's")
def test_forked_workers_inherit_compiled_rule_packs():
    """A pool of forked workers starts from an annotator whose packs the parent compiled: one compile per run."""
    rules = {"name": "s7-warm-up", "version": "1"}
    batch._annotators.pop(repr(rules), None)
    documents = list(stancekit.annotate_many(["The minister said the plan was sound."] * 3, jobs=2, rules=rules))
    assert len(documents) == 3
    # The packs' patterns are built on first use: the parent used them before forking.
    assert batch._annotators[repr(rules)].rules._memo


def test_warm_up_does_not_change_what_is_annotated():
    """The warm-up text leaves no trace: one job and two give the same documents."""
    texts = ["“We will not accept it,” the minister said.", "China opposes the new tariffs, she said."]
    assert list(stancekit.annotate_many(texts, jobs=2)) == list(stancekit.annotate_many(texts, jobs=1))
