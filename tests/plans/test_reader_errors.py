"""Bad input is refused with one clear line, Chinese first."""

import io
import zipfile

import pytest

from actiondesk.plans import reader
from actiondesk.plans.reader import MAX_DOCUMENT_BYTES, PlanReadError, read_plan, read_plan_file

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def assert_refused(data: bytes, filename: str, words: str) -> str:
    with pytest.raises(PlanReadError) as refused:
        read_plan(data, filename)
    message = str(refused.value)
    assert "\n" not in message
    assert words in message
    assert any("\u4e00" <= char <= "\u9fff" for char in message)
    return message


def test_plan_read_error_is_a_value_error():
    assert issubclass(PlanReadError, ValueError)
    assert MAX_DOCUMENT_BYTES == 20 * 1024 * 1024


def test_empty_file_is_refused():
    assert_refused(b"", "plan.txt", "empty")


def test_blank_file_is_refused():
    assert_refused(" \r\n\u3000\n".encode(), "plan.txt", "no readable text")


def test_png_bytes_named_txt_are_refused_as_binary():
    assert_refused(PNG, "plan.txt", "binary")


def test_nul_bytes_are_refused_as_binary():
    assert_refused(b"abc\x00\x00\x01\x02def" * 20, "plan.md", "binary")


def test_docx_that_is_not_a_zip_is_refused():
    assert_refused("一、重点任务".encode(), "plan.docx", "not a zip")


def test_zip_that_is_not_a_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert_refused(buffer.getvalue(), "plan.docx", "cannot be opened")


def test_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(reader.documents, "MAX_DOCUMENT_BYTES", 100)
    assert_refused("一、重点任务\n".encode() * 20, "plan.txt", "larger than the limit")


def test_file_over_the_real_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(PlanReadError, match="larger than the limit"):
        read_plan_file(path)


def test_document_without_tasks_is_refused():
    plan = "某区2026年行动方案\n为推动发展，制定本方案。\n全年新增企业10家。"
    assert_refused(plan.encode(), "plan.txt", "no tasks")


@pytest.mark.parametrize("filename", ["plan.pptx", "plan.exe", "plan"])
def test_unsupported_extension_is_refused(filename):
    assert_refused("一、重点任务\n1.任务。".encode(), filename, "unsupported file type")


@pytest.mark.parametrize(("filename", "reason"), [("plan.doc", "no Word 97–2003 file"),
                                                  ("plan.xlsx", "the .xlsx is not a zip archive")])
def test_text_named_as_an_office_file_is_refused_with_its_reason(filename, reason):
    assert_refused("一、重点任务\n1.任务。".encode(), filename, reason)


def test_text_named_pdf_is_refused_as_a_pdf_that_cannot_be_read():
    assert_refused("一、重点任务\n1.任务。".encode(), "plan.pdf", "the PDF cannot be read")


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(PlanReadError, match="cannot open"):
        read_plan_file(tmp_path / "missing.txt")


def test_text_in_no_known_encoding_is_refused():
    assert_refused(b"\x81\x30\xff\xfe\xff" * 3 + b"\x81", "plan.txt", "encoding")
