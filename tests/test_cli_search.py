"""`facilitator search`: the same search as the window, for terminals and launchers."""

from __future__ import annotations

import json

import pytest

from facilitator import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--no-gui")[0] == 0


def test_search_prints_matches_with_the_words_marked(
    capsys: pytest.CaptureFixture[str], demo: None
) -> None:
    code, out, _ = run(capsys, "search", "tomas")
    assert code == 0
    assert "[Tomás]" in out and "Commitment" in out and "Spring Convening" in out


def test_search_as_json(capsys: pytest.CaptureFixture[str], demo: None) -> None:
    code, out, _ = run(capsys, "search", "stay", "interv", "--json")
    assert code == 0
    results = json.loads(out)
    assert {r["type"] for r in results} == {"entry", "commitment"}
    first = results[0]
    assert set(first) == {
        "id",
        "type",
        "convening",
        "item",
        "kind",
        "visibility",
        "text",
        "captured_at",
    }
    assert first["convening"]["title"] == "Cities Learning Exchange: Spring Convening"
    assert all("stay" in r["text"].lower() for r in results)


def test_search_filters(capsys: pytest.CaptureFixture[str], demo: None) -> None:
    _, out, _ = run(capsys, "search", "stay", "--json", "--kind", "commitment")
    assert {r["kind"] for r in json.loads(out)} == {"commitment"}
    _, out, _ = run(capsys, "search", "stay", "--json", "--visibility", "private")
    assert json.loads(out) == []
    code, out, _ = run(
        capsys,
        "search",
        "stay",
        "--json",
        "--convening",
        "Cities Learning Exchange: Spring Convening",
    )
    assert code == 0 and json.loads(out)


def test_search_says_when_nothing_is_found(capsys: pytest.CaptureFixture[str], demo: None) -> None:
    code, out, _ = run(capsys, "search", 'budget "equity C++ -')
    assert code == 0 and "Nothing found" in out


def test_user_mistakes_are_explained(capsys: pytest.CaptureFixture[str], demo: None) -> None:
    code, _, err = run(capsys, "search", "x", "--kind", "memo")
    assert code == 2 and "memo" in err
    code, _, err = run(capsys, "search", "x", "--convening", "No such thing")
    assert code == 2 and "No convening" in err
