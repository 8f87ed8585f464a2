"""The compiled templates kept between runs: used when safe, refreshed when stale."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from crm_roi import locations
from crm_roi.report import render
from crm_roi.report.template_cache import (
    environment_fingerprint,
    template_bytecode_cache,
)


class CountingEnvironment(jinja2.Environment):
    """An environment that counts how often it compiles a template."""

    compiled = 0

    def compile(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        self.compiled += 1
        return super().compile(*args, **kwargs)  # type: ignore[call-overload]


def _environment(source: str, folder: Path, **options: object) -> CountingEnvironment:
    env = CountingEnvironment(loader=jinja2.DictLoader({"t.j2": source}), **options)  # type: ignore[arg-type]
    env.bytecode_cache = template_bytecode_cache(env, folder)
    return env


def test_a_fresh_process_loads_the_compiled_template(tmp_path: Path) -> None:
    first = _environment("Hallo {{ naam }}", tmp_path)
    assert first.get_template("t.j2").render(naam="Jansen") == "Hallo Jansen"

    second = _environment("Hallo {{ naam }}", tmp_path)
    assert second.get_template("t.j2").render(naam="De Vries") == "Hallo De Vries"
    assert (first.compiled, second.compiled) == (1, 0)


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    _environment("Hallo {{ naam }}", tmp_path).get_template("t.j2")

    edited = _environment("Dag {{ naam }}", tmp_path)
    assert edited.get_template("t.j2").render(naam="Jansen") == "Dag Jansen"
    assert edited.compiled == 1


def test_other_options_give_other_cache_files(tmp_path: Path) -> None:
    plain = _environment("x", tmp_path)
    escaping = _environment("x", tmp_path, autoescape=True)

    assert environment_fingerprint(plain) != environment_fingerprint(escaping)


def test_a_folder_others_may_write_to_is_not_used(tmp_path: Path) -> None:
    tmp_path.chmod(0o777)

    assert template_bytecode_cache(jinja2.Environment(), tmp_path) is None


def test_a_vanished_cache_folder_only_means_compiling(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    env = _environment("Hallo {{ naam }}", folder)
    folder.rmdir()

    assert env.get_template("t.j2").render(naam="Jansen") == "Hallo Jansen"


def test_the_report_environment_caches_in_the_user_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(locations.CACHE_DIR_ENV, str(tmp_path))

    env = render.environment.__wrapped__()
    env.get_template(render.MAIN_TEMPLATE)

    assert list((tmp_path / "report-templates").glob("*.cache"))
