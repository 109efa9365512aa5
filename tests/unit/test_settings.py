"""Settings: whatever the file holds, reading reports it and never raises anything else; saving
merges (other keys and comments kept), keeps a .bak, writes through a symlink, atomically."""

from __future__ import annotations

import os
import time

import pytest
import yaml

from tui.ui import settings as settings_module
from tui.ui.settings import Settings, SettingsError, backup_path, load_settings, save_settings

BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip([None, *"abcdefgh"], "abcdefghi")
) + "theme: *i\n"  # 9**9 'lol's when expanded


@pytest.fixture
def path(tmp_path):
    return tmp_path / "settings.yaml"


def test_no_file_gives_defaults_and_saving_creates_it(path):
    assert load_settings(path) == (Settings(), [])
    save_settings(Settings(theme="newsline-light"), path)
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {"theme": "newsline-light"}
    assert not backup_path(path).exists()  # there was nothing to keep


def test_saving_rewrites_only_the_theme_line(path):
    before = "# mine\ntheme: newsline-dark  # dark at night\nfont: big\nkeys:\n  quit: [q, ctrl+c]\n"
    path.write_text(before, encoding="utf-8")
    save_settings(Settings(theme="newsline-light"), path)
    assert path.read_text(encoding="utf-8") == before.replace("theme: newsline-dark", "theme: newsline-light")
    assert backup_path(path).read_text(encoding="utf-8") == before


def test_a_missing_theme_key_is_appended(path):
    path.write_text("# only a comment\nfont: big", encoding="utf-8")  # no final newline
    save_settings(Settings(theme="newsline-sepia"), path)
    assert path.read_text(encoding="utf-8") == "# only a comment\nfont: big\ntheme: newsline-sepia\n"


@pytest.mark.parametrize(
    "before",
    [
        "{font: big, theme: newsline-dark}\n",  # a flow mapping: no line to rewrite
        "theme: newsline-dark\nfont: big\ntheme: newsline-sepia\n",  # the key twice
        "theme: >\n  newsline-dark\nfont: big\n",  # a block scalar
        "theme: newsline\n  -dark\nfont: big\n",  # a plain scalar on two lines
    ],
)
def test_layouts_a_line_cannot_hold_are_dumped_whole_keeping_every_key(path, before):
    path.write_text(before, encoding="utf-8")
    save_settings(Settings(theme="newsline-light"), path)
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {"font": "big", "theme": "newsline-light"}
    assert backup_path(path).read_text(encoding="utf-8") == before


def test_crlf_and_quoted_values(path):
    path.write_bytes(b"theme: 'newsline-dark'\r\nfont: big\r\n")
    save_settings(Settings(theme="my theme: two"), path)
    assert path.read_bytes() == b'theme: "my theme: two"\r\nfont: big\r\n'
    assert load_settings(path)[0].theme == "my theme: two"


def test_nothing_changed_nothing_written(path):
    path.write_text("theme: newsline-dark\n", encoding="utf-8")
    before = path.stat().st_mtime_ns
    time.sleep(0.01)
    save_settings(Settings(theme="newsline-dark"), path)
    assert path.stat().st_mtime_ns == before and not backup_path(path).exists()


def test_a_symlink_is_written_through_with_its_permissions(tmp_path):
    real = tmp_path / "dotfiles" / "newsline.yaml"
    real.parent.mkdir()
    real.write_text("font: big\n", encoding="utf-8")
    os.chmod(real, 0o600)
    link = tmp_path / "settings.yaml"
    link.symlink_to(real)
    save_settings(Settings(theme="newsline-light"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert yaml.safe_load(real.read_text(encoding="utf-8")) == {"font": "big", "theme": "newsline-light"}
    assert (real.stat().st_mode & 0o777) == 0o600
    bak = backup_path(real)
    assert bak.read_text(encoding="utf-8") == "font: big\n" and (bak.stat().st_mode & 0o777) == 0o600


def test_a_failed_write_keeps_the_old_file(path, monkeypatch):
    path.write_text("theme: newsline-dark\nfont: big\n", encoding="utf-8")

    def full_disk(target, text):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module, "write_atomically", full_disk)
    with pytest.raises(OSError):
        save_settings(Settings(theme="newsline-light"), path)
    assert path.read_text(encoding="utf-8") == "theme: newsline-dark\nfont: big\n"


def test_a_failed_backup_writes_nothing(path, monkeypatch):
    path.write_text("theme: newsline-dark\n", encoding="utf-8")

    def failing(*args, **kwargs):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(settings_module, "write_with", failing)
    with pytest.raises(OSError):
        save_settings(Settings(theme="newsline-light"), path)
    assert path.read_text(encoding="utf-8") == "theme: newsline-dark\n"


HOSTILE_FILES = {
    "binary": b"\x00\xff\xfe\x89PNG\r\n",
    "latin-1": "theme: thème\n".encode("latin-1"),
    "a list": b"- theme\n- newsline-dark\n",
    "a scalar": b"newsline-dark\n",
    "not yaml": b"theme: [unclosed\n",
    "two documents": b"theme: a\n---\ntheme: b\n",
    "python tag": b"theme: !!python/object/apply:os.system [echo]\n",
    "deep": b"a: " + b"[" * 20000 + b"]" * 20000 + b"\n",
    "huge": b"# " + b"x" * (settings_module.MAX_SETTINGS_BYTES + 10) + b"\n",
}


@pytest.mark.parametrize("data", HOSTILE_FILES.values(), ids=HOSTILE_FILES.keys())
def test_unusable_files_raise_settings_error_and_are_never_written(path, data):
    path.write_bytes(data)
    with pytest.raises(SettingsError, match="settings"):
        load_settings(path)
    with pytest.raises(SettingsError):
        save_settings(Settings(theme="newsline-light"), path)
    assert path.read_bytes() == data and not backup_path(path).exists()


def test_an_alias_bomb_is_refused_in_words_at_once(path):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{k}: &a{k} [{', '.join([f'*a{k - 1}'] * 9)}]" for k in range(1, 9)]
    data = ("\n".join(levels) + "\ntheme: *a8\n").encode()
    path.write_bytes(data)
    start = time.perf_counter()
    with pytest.raises(SettingsError, match=r"settings refused \(the YAML's aliases expand it by more than 10,000 nodes\)"):
        load_settings(path)
    assert time.perf_counter() - start < 1
    assert path.read_bytes() == data


def test_a_fifo_or_a_folder_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "settings.yaml"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer
    with pytest.raises(SettingsError, match="must be a file"):
        load_settings(fifo)
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    with pytest.raises(SettingsError):
        load_settings(folder)


def test_a_symlink_loop_is_reported(tmp_path):
    loop = tmp_path / "settings.yaml"
    loop.symlink_to(loop)
    with pytest.raises(SettingsError):
        load_settings(loop)
    with pytest.raises(SettingsError):
        save_settings(Settings(theme="x"), loop)


@pytest.mark.parametrize(
    "text, kind",
    [("theme: [a, b]\n", "a list"), ("theme: 3\n", "a number"), ("theme:\n", "empty"), (f"theme: {'x' * 300}\n", "300 characters")],
)
def test_a_bad_value_is_reported_and_replaced_by_its_default(path, text, kind):
    path.write_text(text, encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings == Settings() and len(problems) == 1 and kind in problems[0]


def test_a_yaml_bomb_is_refused_unexpanded_and_the_file_is_never_rewritten(path):
    # The bounded loader (tui.util.yamldata) refuses alias bombs before expanding them: the
    # settings are unusable, so defaults apply and the user's file is left as it is.
    path.write_text("# keep me\n" + BOMB, encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(SettingsError):
        load_settings(path)
    with pytest.raises(SettingsError):
        save_settings(Settings(theme="newsline-light"), path)
    assert time.perf_counter() - start < 2
    assert path.read_text(encoding="utf-8") == "# keep me\n" + BOMB


def test_an_impossible_date_is_kept_as_text_and_the_settings_load(path):
    path.write_text("when: 2025-02-30\ntheme: newsline-light\n", encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings.theme == "newsline-light" and not problems


def test_keys_are_read_and_saving_the_theme_keeps_them_as_written(path):
    text = "theme: old\nkeys:\n  main.next_event: x   # mine\n  main.previous_event: 'z, ctrl+u'\n"
    path.write_text(text, encoding="utf-8")
    settings, problems = load_settings(path)
    assert problems == [] and settings.keys == {"main.next_event": "x", "main.previous_event": "z,ctrl+u"}
    settings.theme = "new"
    save_settings(settings, path)
    assert path.read_text(encoding="utf-8") == text.replace("theme: old", "theme: new")


@pytest.mark.parametrize(
    ("keys", "expected", "complaint"),
    [
        ("[a, b]", {}, "keys must be a mapping of binding ids to keys, not a list"),
        ("{main.next_event: 3, main.last_event: L}", {"main.last_event": "L"}, "main.next_event must be keys"),
        ("{main.next_event: ''}", {}, "main.next_event must be keys"),
        ("{3: x}", {}, "a binding id must be a name, not a number"),
    ],
)
def test_bad_keys_are_reported_and_left_out(path, keys, expected, complaint):
    path.write_text(f"keys: {keys}\n", encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings.keys == expected
    assert len(problems) == 1 and complaint in problems[0]
