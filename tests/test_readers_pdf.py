"""Reading PDFs: text per page joined by form feeds; encrypted, damaged and scanned PDFs are refused."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from detente import readers
from detente.document import Article
from detente.errors import InputError
from detente.settings import Settings


def make_pdf(pages: list[list[str]]) -> bytes:
    """A valid PDF with one Helvetica text line per entry, one page per list (an empty list: no text)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [{}] /Count {} >>".format(
                   " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages))), len(pages)),
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td"]
        ops += ["({}) Tj T*".format(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                for line in lines]
        stream = "\n".join(ops + ["ET"]) if lines else ""
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>")
        objects.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


PAGES = [["Ghana and Togo agreed on Friday to", "reopen their border crossing at Aflao."],
         ["2", "Officials said trade would resume next week."]]


def read_pdf(tmp_path: Path, data: bytes, name: str = "a.pdf") -> Article | InputError:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(readers.read([str(path)], Settings()))
    assert len(items) == 1
    return items[0]


def test_readers_pdf_pages_joined_by_form_feed(tmp_path: Path) -> None:
    article = read_pdf(tmp_path, make_pdf(PAGES))
    assert isinstance(article, Article)
    assert article.text == ("Ghana and Togo agreed on Friday to\nreopen their border crossing at Aflao."
                            "\n\f\n2\nOfficials said trade would resume next week.")
    assert article.origin == "pdf"


def test_readers_pdf_sniffed_by_magic(tmp_path: Path) -> None:
    article = read_pdf(tmp_path, make_pdf(PAGES), name="download")
    assert isinstance(article, Article)
    assert article.origin == "pdf"


def test_readers_pdf_encrypted(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(PAGES))))
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    error = read_pdf(tmp_path, buffer.getvalue(), name="locked.pdf")
    assert isinstance(error, InputError)
    assert str(error) == f"cannot read '{path}': PDF is encrypted; decrypt it or pass the text"


def test_readers_pdf_damaged(tmp_path: Path) -> None:
    error = read_pdf(tmp_path, make_pdf(PAGES)[:150])
    assert isinstance(error, InputError)
    assert error.reason.startswith("PDF is damaged (")
    assert "\n" not in str(error)


def test_readers_pdf_without_text_layer(tmp_path: Path) -> None:
    error = read_pdf(tmp_path, make_pdf([[], []]))
    assert isinstance(error, InputError)
    assert error.reason == "PDF has no text layer (scanned?); run OCR first"


def test_readers_pdf_text_is_repaired_across_pages(tmp_path: Path) -> None:
    from detente import repair
    from detente.document import Document

    article = read_pdf(tmp_path, make_pdf(PAGES))
    assert isinstance(article, Article)
    document = Document(article)
    repair.apply(document)
    assert document.text == ("Ghana and Togo agreed on Friday to reopen their border crossing at Aflao.\n\n"
                             "Officials said trade would resume next week.")
