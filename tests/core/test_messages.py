"""The core's messages: raised by id, said in five languages, parameters inserted as they are."""

from __future__ import annotations

import ast
import json
import re
import sqlite3
from functools import cache
from pathlib import Path

import pytest

from workshop_app import cli, languages, mishaps
from workshop_app.content import content_dir
from workshop_app.documents import session_document
from workshop_app.errors import DocumentError, TruceError, ValidationError
from workshop_app.messages import COMMAND_LINE_ONLY, ID, Message, command_line_language, say
from workshop_app.store.faults import StorageUnavailable, explain

CORE = Path(__file__).resolve().parents[2] / "workshop_app"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _fill_tool():
    """tools/fill_core_messages.py, which `make translations` runs (not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("fill_core_messages", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = CORE.parent / "tools" / "fill_core_messages.py"
fill = _fill_tool()
flat = fill.flat  # messages.json's ids, as the tool reads them


CATALOGUES = {
    code: flat(json.loads((content_dir(code) / "messages.json").read_text("utf-8")))
    for code in languages.CODES
}
ENGLISH = CATALOGUES["en"]
GROUPS = {message_id.split(".")[0] for message_id in ENGLISH}


@cache
def parsed(source: str) -> ast.Module:
    """A module's syntax tree, built once for all the scans of this file (none changes it)."""
    return ast.parse(source)


@pytest.fixture(scope="module", autouse=True)
def trees_let_go():
    """The trees are let go when this file's tests end: some 350,000 objects that every later full
    garbage collection of the test process would otherwise walk through again."""
    yield
    parsed.cache_clear()


def ids_in_the_core() -> dict[str, str]:
    """Every message id written in the core's source, with the file that writes it: each string
    that is a dotted id of one of the catalogue's groups."""
    found = {}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(parsed(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and ID.fullmatch(node.value)
                and node.value.split(".")[0] in GROUPS
                and not node.value.endswith((".json", ".py", ".md", ".html"))
            ):
                found[node.value] = str(path.relative_to(CORE))
    return found


def test_the_scan_finds_the_ids_the_core_raises():
    found = ids_in_the_core()
    # An id from each way of raising: a call, a dict of causes, a table of labels, a helper.
    for expected in (
        "document.not_json",
        "storage.cause.full",
        "storage.ending.saving",
        "field.info.notes",
        "limits.too_long",
        "backup.damaged",
        "cli.window_holds",
    ):
        assert expected in found
    assert len(found) > 150


# A counted message is one id with a text per CLDR plural category: "….people.one", "….other".
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def counted(texts: dict[str, str]) -> dict[str, set[str]]:
    """The counted messages of a catalogue: id → its plural categories (a group whose every key
    is a category is one)."""
    children: dict[str, set[str]] = {}
    for message_id in texts:
        parent, last = message_id.rsplit(".", 1)
        children.setdefault(parent, set()).add(last)
    return {
        parent: keys
        for parent, keys in children.items()
        if keys <= set(PLURAL_CATEGORIES) and "other" in keys
    }


def said_ids(texts: dict[str, str]) -> set[str]:
    """The ids a catalogue says, each counted message once (without its plural category)."""
    plural = counted(texts)
    return {
        parent if (parent := message_id.rsplit(".", 1)[0]) in plural else message_id
        for message_id in texts
    }


def test_every_id_the_core_raises_is_said_in_every_language_and_none_is_left_over():
    found = ids_in_the_core()
    missing = {code: sorted(set(found) - said_ids(texts)) for code, texts in CATALOGUES.items()}
    assert all(not ids for ids in missing.values()), missing
    assert sorted(said_ids(ENGLISH) - set(found)) == []


# Words rightly the same as in English.
SAME_AS_ENGLISH = {("nl", "field.info.facilitator")}


@pytest.mark.parametrize("code", languages.CODES)
def test_a_translation_keeps_every_parameter_and_is_written(code):
    for message_id, english in ENGLISH.items():
        theirs = CATALOGUES[code][message_id]
        assert sorted(PLACEHOLDER.findall(theirs)) == sorted(PLACEHOLDER.findall(english)), (
            code,
            message_id,
        )
        assert theirs.strip(), (code, message_id)
        has_words = re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", english))
        if code != "en" and has_words and (code, message_id) not in SAME_AS_ENGLISH:
            assert theirs != english, (code, message_id)


def test_ids_that_share_their_english_share_every_translation():
    """The window's catalogue knows a message by its English: two ids written alike in English
    must be written alike in every language, or the window would say one of them wrongly."""
    for code, texts in CATALOGUES.items():
        by_english: dict[str, str] = {}
        for message_id, english in ENGLISH.items():
            assert by_english.setdefault(english, texts[message_id]) == texts[message_id], (
                code,
                message_id,
            )


def test_an_error_is_english_in_the_log_and_its_language_where_it_is_shown(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        session_document.read(bad)
    error = caught.value
    assert error.message is not None and error.message.id == "document.not_json"
    assert str(error).startswith("This file is not valid JSON (line 1, column 2")
    assert say(error.message, "pl").startswith("Ten plik nie jest poprawnym JSON-em (wiersz 1")
    assert say(error.message, "zh_TW").startswith("此檔案不是有效的 JSON（第 1 行")


def test_a_full_disk_is_said_in_the_language_asked_for():
    full = sqlite3.OperationalError("database or disk is full")
    error = explain(full, "/data/truce.db")
    assert isinstance(error, StorageUnavailable) and error.reason == "full"
    assert str(error) == (
        "The disk that holds /data/truce.db is full. The last change was not saved; everything "
        "saved before it is safe."
    )
    assert say(error.message, "pl") == (
        "Dysk, na którym jest /data/truce.db, jest pełny. Ostatnia zmiana nie została "
        "zapisana; wszystko, co zapisano wcześniej, jest bezpieczne."
    )
    # Chinese joins its sentences without a space.
    assert (
        say(error.message, "zh_CN")
        == "存放 /data/truce.db 的磁盘已满。最后一次更改未保存；之前保存的内容都安然无恙。"
    )
    # Without a path: the database named in the same language.
    assert say(explain(full, None).message, "nl").startswith(
        "De schijf waarop de database met workshops staat"
    )


def test_parameters_are_inserted_literally():
    hostile = "<b>{path}</b> & {0} %1 {{x}} 销售 Zażółć 🙂"
    message = Message("session.already_in_library", title=hostile)
    for code in languages.CODES:
        assert hostile in say(message, code)
    # A whole number in the language's grouping; a nested message in the same language.
    too_long = ValidationError(
        "limits.too_long", label=Message("field.note"), length=20001, most=20000
    )
    assert str(too_long).startswith(
        "A note is 20,001 characters long; the most it can hold is 20,000."
    )
    assert say(too_long.message, "pl").startswith("Notatka: długość 20\u00a0001 znaków")


def test_an_error_raised_with_a_sentence_is_shown_as_it_is():
    error = TruceError("Something only English says.")
    assert error.message is None and str(error) == "Something only English says."
    assert mishaps.in_words(error, language="pl") == "Something only English says."
    with pytest.raises(ValueError):
        Message("Not an id")


def test_an_unknown_id_is_a_mistake_found_at_once():
    with pytest.raises(KeyError):
        str(TruceError("document.no_such_message"))


def test_the_command_line_language_is_asked_for_or_the_systems(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert command_line_language(["list"]) == "en"
    assert command_line_language(["--lang", "nl", "list"]) == "nl"
    assert command_line_language(["--lang=zh_TW", "list"]) == "zh_TW"
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    assert command_line_language(["list"]) == "pl"
    assert command_line_language(["--lang", "klingon", "list"]) == "pl"
    monkeypatch.setenv("LANGUAGE", "zh_HK:en")
    assert command_line_language(["list"]) == "zh_TW"


def test_the_command_line_says_a_malformed_import_in_polish(repo, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    bad = tmp_path / "<b>zły & plik<i>.json"
    bad.write_text('{"format": "truce-session",}', encoding="utf-8")
    assert cli.main(["--lang", "pl", "import", str(bad), "--db", str(repo.path)]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == 'truce: Ten plik nie jest poprawnym JSON-em (wiersz 1, kolumna 28: oczekiwano nazwy pola w cudzysłowie prostym (")).\n'
    )
    assert cli.main(["import", str(tmp_path / "<b>brak.json"), "--db", str(repo.path)]) == 1
    assert capsys.readouterr().err == f"truce: {tmp_path / '<b>brak.json'} does not exist.\n"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert cli.main(["import", str(bad), "--db", str(repo.path)]) == 1
    assert capsys.readouterr().err.startswith("truce: 此文件不是有效的 JSON（第 1 行，第 28 列")
    assert repo.list_sessions() == []


def test_make_translations_fills_the_core_messages_from_the_content(tmp_path):
    original = (CORE.parent / "resources" / "i18n" / "truce_pl.ts").read_text("utf-8")
    polish = CATALOGUES["pl"]["storage.cause.full"]
    emptied = original.replace(
        f"<translation>{polish}</translation>", '<translation type="unfinished"></translation>'
    )
    assert emptied != original
    copy = tmp_path / "truce_pl.ts"
    copy.write_text(emptied, "utf-8")
    window_says = {k: v for k, v in ENGLISH.items() if not k.startswith(f"{COMMAND_LINE_ONLY}.")}
    assert fill.fill(copy) == len(set(window_says.values()))
    assert copy.read_text("utf-8") == original


# ------------------------------------------------------------- no sentence raised


def _truce_errors(trees: dict[str, ast.Module]) -> set[str]:
    """The names of TruceError and of every class that derives from it in the core."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {
                    base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    for base in node.bases
                }
    found = {"TruceError"}
    while grown := {name for name, of in bases.items() if of & found} - found:
        found |= grown
    return found


def _message_functions(trees: dict[str, ast.Module]) -> set[str]:
    """Functions (and properties) of the core annotated to return a Message."""
    return {
        node.name
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.returns is not None
        and ast.unparse(node.returns) == "Message"
    } | {"Message"}


# Errors built from a variable that the code just above fills with an id (or a Message), which the
# scan cannot follow: (file, the argument as written). Each is read and justified here.
JUSTIFIED = {
    ("documents/export.py", "unknown"),  # export.unknown_* from the table above it
    ("documents/session_document.py", "problem"),  # rules.schema_problem returns a Message
    ("role_split.py", "unnamed"),  # raci.*_unnamed from NAMES
    ("store/replay.py", "kind"),  # PartChanged says undo.part_changed with the part's kind
}


def sentences_raised(sources: dict[str, str]) -> list[str]:
    """Every place that makes a TruceError (raised or returned) from something other than a
    message id: a sentence, an f-string, a variable not justified above, or nothing at all."""
    trees = {name: parsed(text) for name, text in sources.items()}
    errors = _truce_errors(trees)
    said = _message_functions(trees)
    wrong: list[tuple[str, int, str]] = []
    for name, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = node.func.id if isinstance(node.func, ast.Name) else None
            called = called or (node.func.attr if isinstance(node.func, ast.Attribute) else None)
            if called not in errors:
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                ok = bool(ID.fullmatch(first.value))
            elif isinstance(first, ast.Call):
                inner = first.func
                ok = (
                    inner.id if isinstance(inner, ast.Name) else getattr(inner, "attr", "")
                ) in said
            elif isinstance(first, ast.Attribute):
                ok = first.attr in said  # a property that returns a Message
            else:
                ok = first is not None and (name, ast.unparse(first)) in JUSTIFIED
            if not ok:
                what = ast.unparse(first) if first is not None else "nothing"
                wrong.append((name, node.lineno, f"{name}:{node.lineno}: {called}({what[:60]})"))
    return [said for *_, said in sorted(wrong)]


def core_sources() -> dict[str, str]:
    return {
        str(path.relative_to(CORE)): path.read_text("utf-8") for path in sorted(CORE.rglob("*.py"))
    }


def test_every_error_the_core_raises_carries_a_message_id_not_a_sentence():
    assert sentences_raised(core_sources()) == []


def test_the_scan_finds_a_sentence_however_it_is_raised():
    sources = core_sources()
    sources["relapse.py"] = """
from workshop_app.errors import ValidationError
from workshop_app.store.team.faults import NotAllowed, Conflict

def refuse(count, what):
    if count:
        raise ValidationError(f"At most {count} stages.")
    if what:
        raise ValidationError(
            "A lead stage "
            "needs a name."
        )
    raise NotAllowed(what)

def conflict():
    return Conflict("Both changed.", [])

def fine():
    raise ValidationError("lead_flow.stage_unnamed")
"""
    assert sentences_raised(sources) == [
        "relapse.py:7: ValidationError(f'At most {count} stages.')",
        "relapse.py:9: ValidationError('A lead stage needs a name.')",
        "relapse.py:13: NotAllowed(what)",
        "relapse.py:16: Conflict('Both changed.')",
    ]


def test_a_lead_flow_and_a_cascade_refusal_are_english_in_the_log_and_polish_on_screen():
    from workshop_app import cascade, lead_flow
    from workshop_app.domain import RoleMap
    from workshop_app.domain.goals import RevenueCascade

    role_map = RoleMap()
    with pytest.raises(ValidationError) as caught:
        lead_flow.set_sla(role_map, "leads_per_rep", 250_000)
    assert str(caught.value) == "The SLA's leads per salesperson is 0–100,000."
    assert (
        say(caught.value.message, "pl") == "Liczba leadów na handlowca w SLA: od 0 do 100\u00a0000."
    )
    with pytest.raises(ValidationError) as caught:
        lead_flow.set_sla(role_map, "<b>nope</b> & {x}", "")
    assert say(caught.value.message, "zh_CN") == "服务水平协议中没有名为“<b>nope</b> & {x}”的承诺。"
    with pytest.raises(ValidationError) as caught:
        cascade.check(RevenueCascade(period="decade"))
    assert str(caught.value) == "A cascade's period is one of year, half, quarter, month."
    assert say(caught.value.message, "pl").startswith("Okres kaskady to jeden z: year")
