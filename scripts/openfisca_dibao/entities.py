"""Persons and the household they belong to.

低保 is decided per household (共同生活的家庭成员), so the household is the only group
entity. The members need no distinct roles for this formula, so there is a single role.
"""
from openfisca_core.entities import build_entity

Person = build_entity(
    key="person",
    plural="persons",
    label="A person",
    is_person=True,
)

Household = build_entity(
    key="household",
    plural="households",
    label="A household (共同生活的家庭成员)",
    roles=[
        {"key": "member", "plural": "members", "label": "Member"},
    ],
)

entities = [Household, Person]
