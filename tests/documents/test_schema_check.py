"""The compiled schema checks (schema_check.py) know each keyword they check and JSON's equality.
That they pass no document jsonschema refuses is checked on every document of the hostile
catalogue (tests/documents/test_hostile_documents.py: passed_by_the_schema)."""

from __future__ import annotations

import pytest

from tests.documents import hostile_base
from workshop_app.documents import document_rules, session_document
from workshop_app.documents.schema_check import compile_schema, same
from workshop_app.errors import DocumentError


def test_a_keyword_the_compiled_checks_do_not_know_is_refused_when_compiling():
    with pytest.raises(ValueError, match="uniqueItems"):
        compile_schema({"type": "array", "uniqueItems": True}, {})
    with pytest.raises(ValueError, match="patternProperties"):
        compile_schema({"patternProperties": {}, "additionalProperties": False}, {})


def test_true_is_not_one_and_one_is_one_point_zero_as_in_json_schema():
    assert not same(True, 1) and not same(1, True) and not same(False, 0)
    assert same(1, 1.0) and same(True, True) and same("", "")
    assert not same([1], [True]) and same({"a": [1]}, {"a": [1.0]})
    check = compile_schema({"const": 1}, {})
    assert check(1) and check(1.0) and not check(True)
    assert not compile_schema({"type": "integer"}, {})(3.0)
    assert not compile_schema({"type": "number"}, {})(True)


def _messages(doc):
    """The import's message, and jsonschema's own first error over the whole document."""
    with pytest.raises(DocumentError) as caught:
        session_document.validate(doc)
    whole = document_rules.schema_problem(session_document._validator(), doc)
    return str(caught.value), str(DocumentError(whole))


def test_of_two_errors_in_different_fields_the_import_names_the_one_jsonschema_finds_first():
    doc = hostile_base.doc()
    doc["actions"][0]["impact"] = 9
    doc["session"]["title"] = 7
    said, first = _messages(doc)
    assert said == first and "session.title" in said
    doc["participants"] = "nobody"  # participants come after session, before actions
    said, first = _messages(doc)
    assert said == first and "session.title" in said
    doc["session"]["title"] = "Fixed"
    said, first = _messages(doc)
    assert said == first and said.startswith("participants")


def test_an_error_of_the_document_itself_is_named_before_any_field_s():
    doc = hostile_base.doc()
    doc["actions"][0]["impact"] = 9
    doc["surprise"] = 1
    said, first = _messages(doc)
    assert said == first and "surprise" in said
    del doc["surprise"], doc["checklist"]
    said, first = _messages(doc)
    assert said == first and "checklist" in said
