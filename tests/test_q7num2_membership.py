"""Lists of people named by nationality that each say they are the whole group ("The dead
were ...", "The victims were ..."): one naming someone the other lacks disagrees. Every text
here is invented; each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def members(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "membership"]


DEAD = ("A rockslide buried a group of hikers on the Orvan pass on Sunday. The dead were two Germans and a Dutch "
        "woman, police said, without giving their names.")
VICTIMS = ("The rockslide came down shortly before noon on the Orvan pass. The victims were two Germans, a Dutch "
           "woman and an Austrian mountain guide, a police spokesman said.")


def test_two_whole_groups_of_the_dead_differ(run):
    assert len(members(run(DEAD, VICTIMS))) == 1


def test_a_part_of_the_dead_is_an_omission(run):
    among = VICTIMS.replace("The victims were", "Among the victims were")
    assert members(run(DEAD, among)) == []


def test_the_same_whole_group_agrees(run):
    same = VICTIMS.replace(", a Dutch woman and an Austrian mountain guide", " and a Dutch woman")
    assert members(run(DEAD, same)) == []


COUNTED_UNIONS = ("Two smaller unions, the Federation of Velmoran Teachers (FVT) and the Kestrel Staff Union (KSU), "
                  "settled with the government last month on similar terms.")
THREE_UNIONS = ("Other unions had already reached agreements. The FVT, the KSU and the Orvan Teachers Association "
                "(OTA) settled with the government earlier in November.")


def test_a_counted_list_of_short_names_is_the_whole_group(run):
    assert len(members(run(COUNTED_UNIONS, THREE_UNIONS))) == 1


def test_an_uncounted_list_of_short_names_may_leave_some_out(run):
    uncounted = COUNTED_UNIONS.replace("Two smaller unions, the", "The").replace("(KSU),", "(KSU)")
    assert members(run(uncounted, THREE_UNIONS)) == []


def test_the_subject_before_with_takes_part_in_a_list_of_nationality_adjectives(run):
    c = run("Danish investigators were working with Polish and Czech authorities to identify the network behind "
            "the Kestrel Holdings shipment, the prosecutor said.",
            "Danish authorities are coordinating with their counterparts in Poland, Hungary and Austria to "
            "investigate the ring behind the Kestrel Holdings shipment, the prosecutor said.")
    assert len(members(c)) == 1
