"""The command line speaks one language throughout: its help, argparse's own words and every line
it prints, in the language its refusals use (--lang, else the system's)."""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale

from tests.core.test_messages import CATALOGUES, ENGLISH, counted
from workshop_app import cli, cli_words, languages
from workshop_app.cli_help import wrap
from workshop_app.cli_words import Voice, width
from workshop_app.messages import Message

CORE = Path(__file__).resolve().parents[2] / "workshop_app"
CLI_MODULES = ("cli.py", "cli_parser.py", "cli_team.py", "cli_restore.py", "cli_words.py")
OTHERS = [code for code in languages.CODES if code != "en"]


@pytest.fixture
def no_system_language(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


# ----------------------------------------------------------------- every word has a translation


def _parsers(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    """The parser and every command's, by the command's name."""
    found = [("truce", parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [(name, sub) for name, sub in action.choices.items()]
    return found


def _help_texts(language: str) -> dict[str, str]:
    """Every text the help shows that Truce wrote: descriptions, each option's help and metavar,
    each command's line in the list; keyed by where it is."""
    texts: dict[str, str] = {}
    for name, parser in _parsers(cli._parser(language)):
        texts[f"{name}: description"] = parser.description or ""
        for action in parser._actions:
            where = f"{name} {'/'.join(action.option_strings) or action.dest}"
            if not isinstance(action, argparse._SubParsersAction):  # its commands have help
                texts[f"{where}: help"] = action.help or ""
            if isinstance(action.metavar, str):
                texts[f"{where}: metavar"] = action.metavar
            for choice in getattr(action, "_choices_actions", []):
                texts[f"{name} {choice.dest}: help"] = choice.help or ""
    return texts


def test_every_option_and_command_has_help():
    english = _help_texts("en")
    unhelped = sorted(where for where, text in english.items() if not text)
    # A command's own description is optional (argparse shows its help line in the list).
    assert [where for where in unhelped if not where.endswith(": description")] == []
    assert len(english) > 60


@pytest.mark.parametrize("code", OTHERS)
def test_every_help_text_is_translated(code):
    """A help text or metavar written in the code, or missing from the catalogue (English is
    the fallback), is the same in both languages: each must differ from English."""
    english, theirs = _help_texts("en"), _help_texts(code)
    assert theirs.keys() == english.keys()
    same = [where for where, text in english.items() if text and theirs[where] == text]
    assert same == []


def _words_written_into_a_print(tree: ast.Module) -> list[str]:
    """Every print() whose text holds words written in the code rather than said from the
    catalogue: a literal, or an f-string's literal parts with two or more letters in a row
    ("truce:" before a refusal is the program's name, not a word)."""
    wrong = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print"):
            continue
        for argument in node.args:
            parts = argument.values if isinstance(argument, ast.JoinedStr) else [argument]
            for part in parts:
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    if re.search(r"[^\W\d_]{2,}", part.value.replace("truce:", "")):
                        wrong.append(f"{node.lineno}: {ast.unparse(node)}")
    return wrong


def test_no_line_the_command_line_prints_is_written_in_the_code():
    for module in CLI_MODULES:
        tree = ast.parse((CORE / module).read_text("utf-8"))
        assert _words_written_into_a_print(tree) == [], module


def test_the_print_scan_finds_english_however_it_is_written():
    tree = ast.parse(
        'print("No backups yet.")\n'
        'print(f"Wrote {path}")\n'
        'print(f"truce: {said}", file=sys.stderr)\n'
        'print(f"{backup.path}  {label}")\n'
        "print(say('command_line.say.wrote', path=path))\n"
    )
    assert _words_written_into_a_print(tree) == [
        "1: print('No backups yet.')",
        "2: print(f'Wrote {path}')",
    ]


def _marked_in_argparse() -> set[str]:
    """Every string argparse marks for translation with _() or ngettext()."""
    marked = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_", "ngettext"):
            if node.args and isinstance(node.args[0], ast.Constant):
                marked.add(node.args[0].value)
    return marked


def test_every_word_argparse_says_to_a_person_is_in_the_catalogue():
    marked = _marked_in_argparse()
    assert "the following arguments are required: %s" in marked
    said = set(cli_words.ARGPARSE) | set(cli_words.ARGPARSE_COUNTED)
    # A new Python's argparse with a new message fails here until it is sorted into a list.
    assert sorted(marked - said - cli_words.ARGPARSE_FOR_AUTHORS) == []
    for code in languages.CODES:
        gettext, ngettext = Voice(code).argparse_words()
        for english in cli_words.ARGPARSE:
            # argparse fills the words with % and the same names it gave them in English.
            theirs = gettext(english)
            assert sorted(re.findall(r"%(?:\(\w+\))?[rs]", theirs)) == sorted(
                re.findall(r"%(?:\(\w+\))?[rs]", english)
            ), (code, english)
            if code != "en":
                assert theirs != english or not re.search("[a-z]{2}", english), (code, english)
        assert ngettext("expected %s argument", "expected %s arguments", 3) % 3
        assert gettext("an argparse string for authors") == "an argparse string for authors"


@pytest.mark.parametrize("code", languages.CODES)
def test_a_count_has_every_form_its_language_needs(code):
    """CLDR's plural categories: Polish says 1 osoba, 2 osoby, 5 osób; Chinese one form."""
    needed = set(Locale.parse(languages.language(code).locale).plural_form.tags) | {"other"}
    english = counted(ENGLISH)
    assert set(english) >= {"command_line.list.people", "command_line.list.actions"}
    theirs = counted(CATALOGUES[code])
    for message_id, categories in english.items():
        assert theirs[message_id] >= needed | categories, (code, message_id)
    say = Voice(code)
    for n in (0, 1, 2, 3, 5, 12, 22, 25, 101, 1_000_000):
        assert say.number(n) in say.count("command_line.list.people", n)


def test_polish_counts_take_their_three_forms():
    say = Voice("pl")
    people = [say.count("command_line.list.people", n) for n in (1, 2, 5, 12, 22, 25, 12_000)]
    assert people == [
        "1 osoba",
        "2 osoby",
        "5 osób",
        "12 osób",
        "22 osoby",
        "25 osób",
        "12\u00a0000 osób",
    ]
    assert Voice("en").count("command_line.list.actions", 1) == "1 action"
    assert Voice("nl").count("command_line.list.actions", 2_500) == "2.500 acties"


# ----------------------------------------------------------------- what a person sees


def test_truce_help_in_simplified_chinese_from_the_system_language(tmp_path):
    """`truce --help` as run from a shell whose LANG is Chinese."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    environment |= {"LANG": "zh_CN.UTF-8", "COLUMNS": "80", "TRUCE_DB": str(tmp_path / "t.db")}
    shown = subprocess.run(
        [sys.executable, "-m", "workshop_app", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=True,
    ).stdout
    assert shown.startswith("用法：truce [-h] [--version] [--lang {en,pl,nl,zh_CN,zh_TW}] 命令 ...")
    assert "\n位置参数：\n  命令\n" in shown and "\n选项：\n" in shown
    assert "  -h, --help            显示此帮助信息并退出\n" in shown
    assert "    list                列出已保存的研讨会\n" in shown
    assert not re.search(r"usage|options|positional|show this", shown)
    # Wrapped by terminal columns: no line wider than the terminal, none begins with a comma.
    assert all(width(line) <= 80 for line in shown.splitlines())
    assert not any(line.lstrip().startswith(("，", "。", "）")) for line in shown.splitlines())


def test_export_help_and_its_mistakes_in_polish(capsys, no_system_language):
    with pytest.raises(SystemExit) as done:
        cli.main(["--lang", "pl", "export", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("użycie: truce export [-h] [--db BIBLIOTEKA]")
    assert "-o ŚCIEŻKA, --output ŚCIEŻKA" in shown
    assert "\nopcje:\n" in shown and "\nargumenty pozycyjne:\n" in shown
    assert "rozmiar papieru w PDF (domyślnie: a4)" in shown
    assert cli.main(["--lang", "pl", "export"]) == 1
    assert capsys.readouterr().err == (
        "truce: brakuje wymaganych argumentów: -o/--output (zobacz `truce export --help`).\n"
    )
    assert cli.main(["--lang", "pl", "demo", "--language", "xx"]) == 1
    assert capsys.readouterr().err == (
        "truce: --language: nieprawidłowy wybór: 'xx' (do wyboru: 'en', 'pl', 'nl', 'zh_CN', "
        "'zh_TW') (zobacz `truce demo --help`).\n"
    )
    # argparse speaks English again once the command is done.
    assert argparse._("usage: ") == "usage: "


def test_a_mistake_in_traditional_chinese(capsys, no_system_language):
    assert cli.main(["--lang", "zh_TW", "import", "a.json", "--as-copy", "--replace"]) == 1
    assert capsys.readouterr().err == (
        "truce: 引數 --replace：不能與引數 --as-copy 同時使用（參見 `truce import --help`）。\n"
    )


def test_demo_list_and_export_in_simplified_chinese_and_polish(
    capsys, tmp_path, no_system_language
):
    db = str(tmp_path / "truce.db")
    assert cli.main(["--lang", "zh_CN", "demo", "--db", db]) == 0
    created = capsys.readouterr().out
    session = re.search(r"（([0-9a-f]{32})）", created)
    assert created.startswith("已创建演示研讨会“") and session
    # Without --language the demo is written in the language the command line speaks.
    assert cli.main(["--lang", "zh_CN", "list", "--db", db]) == 0
    assert capsys.readouterr().out == (
        f"{session[1]}  2026年11月12日  销售与市场营销协作研讨会  ·  "
        "明水仪器有限公司（10 人，13 个行动项）\n"
    )
    target = tmp_path / "计划.pdf"
    assert (
        cli.main(
            [
                "--lang",
                "zh_CN",
                "export",
                session[1],
                "--format",
                "pdf",
                "-o",
                str(target),
                "--db",
                db,
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == f"已写入 {target}\n"
    assert target.read_bytes().startswith(b"%PDF")

    folder = tmp_path / "wszystkie"
    folder.mkdir()
    assert cli.main(["--lang", "pl", "export", "--all", "-o", str(folder), "--db", db]) == 0
    written = capsys.readouterr().out.splitlines()
    assert len(written) == 1 and written[0].startswith(f"Zapisano {folder}{os.sep}2026-11-12 ")
    assert cli.main(["--lang", "pl", "list", "--db", db]) == 0
    assert capsys.readouterr().out.endswith(
        "12 listopada 2026  销售与市场营销协作研讨会  ·  明水仪器有限公司  (10 osób, 13 działań)\n"
    )
    empty = str(tmp_path / "pusta.db")
    assert cli.main(["--lang", "pl", "list", "--db", empty]) == 0
    assert capsys.readouterr().out == (
        "Nie ma jeszcze warsztatów. `truce demo` tworzy jeden do wypróbowania.\n"
    )


def test_backups_are_listed_and_restored_in_dutch(capsys, tmp_path, no_system_language):
    db = str(tmp_path / "truce.db")
    assert cli.main(["--lang", "nl", "restore", "--list", "--db", db]) == 0
    assert capsys.readouterr().out == "Nog geen back-ups.\n"
    assert cli.main(["--lang", "nl", "demo", "--db", db]) == 0
    assert cli.main(["--lang", "nl", "backup", "--db", db]) == 0
    out = capsys.readouterr().out
    backup = out.splitlines()[-1].removeprefix("Back-up gemaakt in ")
    assert Path(backup).is_file()
    assert cli.main(["--lang", "nl", "restore", "--list", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert re.fullmatch(
        rf"{re.escape(backup)}  \d{{1,2}} [a-z]+ 20\d\d \d\d:\d\d:\d\d \(handmatig gemaakt\)\n",
        listed,
    )
    assert cli.main(["--lang", "nl", "restore", "--db", db]) == 0
    assert capsys.readouterr().out.startswith(f"{backup} teruggezet. De database zoals die was")


def test_chinese_wraps_between_characters_and_never_before_a_closing_mark():
    text = "文件格式（默认：json；使用 --all 和 --document series 时为 pdf）。csv 和 xlsx 包含行动计划中的行动项"
    for columns in range(12, 60):
        lines = wrap(text, columns)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert all(width(line) <= columns for line in lines), columns
        assert not any(line.startswith(("，", "。", "）", "；", "：")) for line in lines)
        assert not any(line.endswith("（") for line in lines)
    assert wrap("the file (or, with --all, the folder) to write", 20) == [
        "the file (or, with",
        "--all, the folder)",
        "to write",
    ]


def test_every_row_of_a_conflict_is_said_in_the_command_lines_language():
    """The two copies differ in every detail the comparison shows, an action's status and their
    history: each row is named, and each status and date written, in the command line's language."""
    from dataclasses import replace

    from tests.conftest import demo_as_built
    from workshop_app.cli_team import conflict_rows
    from workshop_app.domain import ActionStatus
    from workshop_app.store.team.faults import Conflict

    here = demo_as_built()
    there = replace(
        here,
        info=replace(
            here.info,
            title="Other",
            organisation="Other",
            date="2026-01-02",
            facilitator="Other",
            location="Other",
            follow_up_date="2026-02-03",
            notes="Other",
            updated_at="2026-03-04T05:06:07+00:00",
        ),
        participants=here.participants[1:],
        actions=[replace(here.actions[0], status=ActionStatus.CARRIED_OVER), *here.actions[1:]],
        history=here.history[1:],
    )
    conflict = Conflict(Message("team.changed_here", title="x", theirs=2), here, there)
    english = {what for what, _, _ in conflict_rows(conflict, Voice("en"))}
    assert len(english) == 11, english  # eight details, people, the action and the history
    for code in OTHERS:
        say = Voice(code)
        rows = conflict_rows(conflict, say)
        named = {what for what, _, _ in rows}
        assert len(named) == 11
        same = english & named
        assert same <= ({"Facilitator"} if code == "nl" else set()), (code, same)
        action = next(theirs for what, _, theirs in rows if what == say("team.row.action"))
        assert action.startswith(say("action.status.carried_over") + " · "), action
        dates = [row for row in rows if row[0] == say("field.info.date")][0]
        assert dates[2] == say.date("2026-01-02")
        assert not any("+00:00" in cell or "T05" in cell for row in rows for cell in row), rows


def test_chinese_options_keep_their_help_in_one_column(capsys, no_system_language, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        cli.main(["--lang", "zh_TW", "restore", "--help"])
    shown = capsys.readouterr().out
    assert "\n  --db 資料庫  工作坊資料庫檔案" in shown
    columns = set()
    for line in shown.splitlines():
        beside = re.match(r"(  \S.*?  +)(\S.*)", line)
        if beside and not line.startswith("用法"):
            columns.add(width(beside[1]))
        elif line.startswith(" " * 4):  # a help's next line
            columns.add(len(line) - len(line.lstrip()))
    assert len(columns) == 1, shown
