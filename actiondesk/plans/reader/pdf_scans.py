"""A PDF that is a scan — page images with no text layer, as many offices publish a signed 红头文件 — read by optical
character recognition: each page rendered (PDFium, through pypdfium2) and its lines recognised by Tesseract's
Simplified Chinese model (Debian's tesseract-ocr-chi-sim), then placed on the page as a text layer's runs are, so that
the same steps join them into paragraphs and rebuild the cells of a ruled table (the table's rules found in the image
itself: ``scan_rules.rules_in``).

Recognition takes seconds a page, so the upload's job page counts the pages ("scan"). A machine without Tesseract or
its Chinese model refuses the scan in one line that says what to install; recognition that fails or hangs on a page
refuses the file, never a part of it.
"""

import ctypes
import math
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from collections import Counter, deque
from concurrent.futures import ThreadPoolExecutor

from .line_joins import Line
from .pdf_tables import cells_of
from .scan_light import even_light
from .scan_marks import line_marks
from .scan_rules import INK, rules_in
from .scan_turns import looks_turned, orientation

DPI = 300  # Tesseract's own advice for body text; at 200 dpi the strokes of a 小四 character blur into one another
MAX_SCANNED_PAGES = 300  # ~2.5 s a page here: a longer scan would hold the worker for a quarter of an hour and more
PAGE_SECONDS = 180  # a page Tesseract has not read in this long will not be read
_SKEW_DPI, _MOST_SKEW, _SKEW_STEP, _LEAST_SKEW = 100, 3.0, 0.02, 0.05  # dots an inch, then degrees
_LARGEST_PAGE = 1191 * 1684  # square points: A2, 35 million pixels at 300 dpi; a larger page is no page of a plan
_MOST_AT_ONCE = 4  # pages recognised at once, at most: each Tesseract holds ~100 MB
# Chinese for the text; English for a cell of figures alone, which the Chinese model misreads (a 仿宋 "16" as "10")
# and English beside Chinese text reads worse.
_LANGUAGES = ("chi_sim", "eng")
_FIGURES = re.compile(r"^[0-9０-９.．、\s]{1,8}$")
_RULE_POINTS = 40  # a straight run of ink this long (points) is a rule of a table, not a stroke of a character
_TSV_FIELDS = 12
_INSET = 4  # pixels inside a cell's rules: the rule itself is no text
_SPACE_INSIDE = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
_MARGIN = 16  # pixels of white around an image handed to Tesseract
_NUMBER_HEADING = re.compile(r"^序[^\d\s号]$")


class ScanUnreadable(ValueError):
    """A scan that cannot be recognised here; the message is one line, Chinese then English."""


def recogniser_missing() -> str | None:
    """Why scans cannot be read on this machine (no Tesseract, or no Simplified Chinese model), or None."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return "本机未安装文字识别程序 tesseract-ocr"
    try:
        listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "本机的文字识别程序 tesseract-ocr 无法运行"
    missing = [language for language in _LANGUAGES if language not in listed.stdout.split()]
    if missing:
        return f"本机的文字识别程序缺少模型 {'、'.join(missing)}（tesseract-ocr-chi-sim 与 tesseract-ocr-eng）"
    return None


def scanned_pages(data: bytes, progress=None, only: list[int] | None = None) -> list[list[Line]]:
    """Every page's printed lines (or those of the pages ``only`` lists, in its order), recognised from its image (y up,
    in points, as a text layer's); ``progress("scan", done, total)`` per page."""
    import pypdfium2

    missing = recogniser_missing()
    if missing:
        raise ScanUnreadable(f"PDF 中没有文字层（扫描件），{missing}，无法识别；请安装后重试或上传 Word 或文本版本 "
                             "(the PDF is a scan and this machine has no Chinese OCR: install tesseract-ocr-chi-sim)")
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise ScanUnreadable(f"无法打开 PDF 文件 (the PDF cannot be rendered: {error})") from None
    try:
        if len(document if only is None else only) > MAX_SCANNED_PAGES:
            raise ScanUnreadable(f"扫描件超过 {MAX_SCANNED_PAGES} 页的识别上限，请上传 Word 或文本版本 "
                                 "(the scan has more pages than can be recognised)")
        numbers = list(range(len(document))) if only is None else only
        if any(math.prod(document.get_page_size(index)) > _LARGEST_PAGE for index in numbers):
            raise ScanUnreadable("扫描页面大于 A2 纸，无法识别 (a scanned page is larger than A2)")
        return _recognised_pages(document, numbers, progress)
    finally:
        document.close()


def _recognised_pages(document, numbers: list[int], progress) -> list[list[Line]]:
    """Each page rendered here (PDFium is not thread-safe) and recognised beside the next ones, as many at a time as
    the machine has cores (one Tesseract thread each): on two cores a scan reads in about half the time. A page the
    recogniser finds turned (fed upside down, a landscape table scanned sideways) is turned upright and read again."""
    workers = max(1, min(os.cpu_count() or 1, _MOST_AT_ONCE))
    pages: dict[int, list[Line]] = {}
    # How far the last page read was turned: the next ones were likely fed the same way (a stack fed upside down),
    # so they are turned so before they are read; a page that was not is found turned and read again.
    lean, printed = 0, {}  # printed: each page's own /Rotate

    def turn_page(index: int, degrees: int):
        page = document[index]
        printed.setdefault(index, page.get_rotation())
        page.set_rotation((page.get_rotation() + degrees) % 360)
        page.close()

    with tempfile.TemporaryDirectory(prefix="actiondesk-scan-") as folder, ThreadPoolExecutor(workers) as pool:
        pending: deque = deque()

        def submit(position: int, index: int, turned: bool):
            if not turned:
                turn_page(index, lean)
            page = _straight(document, index)
            try:
                prepared = _prepared(page, os.path.join(folder, f"{index}-{int(turned)}"))
            finally:
                page.close()
            pending.append((position, index, turned, pool.submit(_page_lines, *prepared, may_turn=not turned)))

        def collect():
            nonlocal lean
            position, index, turned, future = pending.popleft()
            lines, turn = future.result()
            if turn:  # rendered again the way up the recogniser found, once
                turn_page(index, turn)
                submit(position, index, True)
                return
            page = document[index]
            lean = (page.get_rotation() - printed[index]) % 360
            page.close()
            pages[position] = lines
            if progress:
                progress("scan", len(pages), len(numbers))

        for position, index in enumerate(numbers):
            submit(position, index, False)
            while len(pending) > workers:  # a page's images wait on disk only while it is in hand
                collect()
        while pending:
            collect()
    return [pages[position] for position in range(len(numbers))]


def _straight(document, index: int):
    """The page, turned straight when it was scanned askew: a table's rules then run along the image's rows and
    columns, and Tesseract's lines along the text's (at 1.4° a ruled table had read 11 of its 59 rows)."""
    page = document[index]
    angle = skew_of(page)
    if abs(angle) < _LEAST_SKEW:
        return page
    import pypdfium2.raw as pdfium

    # About the centre of the page's own box: the content's space, whatever way up the page is shown (/Rotate).
    left, bottom, right, top = page.get_mediabox()
    centre_x, centre_y = (left + right) / 2, (bottom + top) / 2
    turn = math.radians(angle)
    cos, sin = math.cos(turn), math.sin(turn)
    about_centre = pdfium.FS_MATRIX(cos, sin, -sin, cos, centre_x - cos * centre_x + sin * centre_y,
                                    centre_y - sin * centre_x - cos * centre_y)
    pdfium.FPDFPage_TransFormWithClip(page.raw, ctypes.byref(about_centre), None)
    page.close()
    return document[index]  # loaded again: the turn is in its content now


def skew_of(page) -> float:
    """How far the page's lines of text slope, in degrees (y down: positive falls to the right), within ±3°: the slope
    at which the ink, summed along sloping rows, gathers into the fewest and fullest rows (a projection profile)."""
    import numpy

    pixels, columns, rows = _grey(page, _SKEW_DPI)
    ys, xs = numpy.nonzero(numpy.frombuffer(pixels, dtype=numpy.uint8).reshape(rows, columns) < INK)
    if len(ys) < 100:
        return 0.0
    best, slope = -1.0, 0.0
    for degrees in numpy.arange(-_MOST_SKEW, _MOST_SKEW + 0.001, _SKEW_STEP):
        shifted = numpy.round(ys - xs * math.tan(math.radians(degrees))).astype(numpy.int64)
        counts = numpy.bincount(shifted - shifted.min()).astype(numpy.float64)
        score = float((counts * counts).sum())
        if score > best:
            best, slope = score, float(degrees)
    return round(slope, 2)


def _prepared(page, folder: str) -> tuple:
    """A page made ready for recognition: its size, the rules its image draws, the cells they close (pixels) and its
    images on disk — the page with the cells whited out, then each cell. Tesseract finds a page's lines well but runs
    a line of a table on across its cells ('业制|造《于类章|造纸行业'), so each cell is recognised on its own."""
    width, height = page.get_size()
    pixels, columns, rows = _grey(page, DPI)
    scale = 72 / DPI
    rules = [(x0 * scale, height - y0 * scale, x1 * scale, height - y1 * scale)
             for x0, y0, x1, y1 in rules_in(pixels, columns, rows, round(_RULE_POINTS / scale))]
    boxes = [(max(0, round(cell.x0 / scale) + _INSET), max(0, round((height - cell.y1) / scale) + _INSET),
              min(columns, round(cell.x1 / scale) - _INSET), min(rows, round((height - cell.y0) / scale) - _INSET))
             for cell in cells_of([], rules, width, height)]
    boxes = [box for box in boxes if box[2] - box[0] > _INSET and box[3] - box[1] > _INSET]
    blank = bytearray(pixels)
    for left, top, right, bottom in boxes:
        for row in range(top, bottom):
            blank[row * columns + left:row * columns + right] = b"\xff" * (right - left)
    os.mkdir(folder)
    images = [_written(folder, 0, bytes(blank), columns, rows)]
    if boxes:  # the page whole, for telling which way up it is (a table's page is mostly cells)
        _written(folder, "whole", pixels, columns, rows)
    images += [_written(folder, index + 1, _cropped(pixels, columns, box), box[2] - box[0], box[3] - box[1])
               for index, box in enumerate(boxes)]
    return folder, width, height, rules, boxes, images


def _page_lines(folder: str, width: float, height: float, rules: list, boxes: list, images: list[str],
                may_turn: bool = True) -> tuple[list[Line], int]:
    """A prepared page's lines and table rows, each cell's lines placed inside it; its images removed. Or, for a page
    that reads as one turned would (``may_turn``), no lines and the degrees to turn it clockwise."""
    # The text layer's placing: one way to make lines and table rows of runs.
    from .pdf_text import placed_lines

    try:
        scores: list[float] = []
        found = [line[1:] for line in _recognised(folder, images[:1], layout="3", scores=scores)]
        cells = _recognised(folder, images[1:], layout="6", scores=scores) if boxes else []
        # Judged on the cells too: a table's page has little text outside them.
        if may_turn and looks_turned(found + [line[1:] for line in cells], scores):
            turn = orientation(os.path.join(folder, "whole.pgm") if boxes else images[0], DPI, PAGE_SECONDS)
            if turn:
                return [], turn
        if boxes:
            cells += _dropped(cells, _recognised(folder, images[1:], layout="11"))
        lines_in = Counter(line[0] for line in cells)
        figures = sorted(line[0] for line in cells if lines_in[line[0]] == 1 and _FIGURES.match(line[5]))
        if figures:  # a 序号 cell: its figures again, by the English model
            again = {figures[line[0]]: (figures[line[0]], *line[1:])
                     for line in _recognised(folder, [images[1 + index] for index in figures], layout="7",
                                             language="eng") if _FIGURES.match(line[5])}
            cells = [again.get(line[0], line) for line in cells]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    # A cell's line is inside its cell: Tesseract's box of a cell's last line may reach past the cell's foot (by the
    # margin it was given), which would place the line under the rule, in the row below.
    found += [(left + boxes[image][0], max(0, top) + boxes[image][1], right + boxes[image][0],
               min(bottom, boxes[image][3] - boxes[image][1]) + boxes[image][1], text)
              for image, left, top, right, bottom, text in cells]
    scale = 72 / DPI
    # A recognised line's box is as high as its tallest mark (a bracket, a quote, a descender), so two lines of one
    # paragraph differ in height by more than a printed size does: a line near the page's usual height is of it.
    usual = statistics.median([bottom - top for _, top, _, bottom, _ in found]) if found else 0
    runs = [(height - bottom * scale, left * scale,
             (usual if 0.6 * usual <= bottom - top <= 1.4 * usual else bottom - top) * scale, text, right * scale)
            for left, top, right, bottom, text in found]
    lines = placed_lines(runs, [], rules, width, height)
    for line in lines:  # a table's 序号 heading whose 号 the model took for another character ('序己')
        if line.row and _NUMBER_HEADING.match(line.row[0][0]):
            line.row[0] = ("序号", *line.row[0][1:])
    return lines, 0


def _dropped(lines: list[tuple], sparse: list[tuple]) -> list[tuple]:
    """The lines of a cell Tesseract's block reading left out and its sparse reading found: reading a narrow cell as one
    block, it drops a line now and then ('高速公路' / '交通态势' / '数据集' read without its middle line). Only a sparse
    line of Chinese that no block line overlaps is taken; the block reading stays for the rest, as the sparse one
    misses lone figures and breaks lines."""
    return [line for line in sparse if re.search(r"[\u4e00-\u9fff]", line[5]) and not any(
        other[0] == line[0] and min(other[4], line[4]) - max(other[2], line[2]) > 0.5 * min(
            other[4] - other[2], line[4] - line[2]) for other in lines)]


def _grey(page, dpi: int) -> tuple[bytes, int, int]:
    """The page rendered grey at ``dpi``, its paper evened where the light fell unevenly."""
    pixels, columns, rows = _rows_of(page.render(scale=dpi / 72, grayscale=True))
    return even_light(pixels, columns, rows, dpi), columns, rows


def _rows_of(bitmap) -> tuple[bytes, int, int]:
    """The bitmap's grey pixels, one byte each, row after row without the stride's padding."""
    columns, rows, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = bytes(bitmap.buffer)
    if stride == columns:
        return buffer, columns, rows
    return b"".join(buffer[row * stride:row * stride + columns] for row in range(rows)), columns, rows


def _cropped(pixels: bytes, columns: int, box: tuple[int, int, int, int]) -> bytes:
    left, top, right, bottom = box
    return b"".join(pixels[row * columns + left:row * columns + right] for row in range(top, bottom))


def _written(folder: str, index: int | str, pixels: bytes, columns: int, rows: int) -> str:
    """A grey image as a PGM file Tesseract reads (a margin of white around it: it finds no line touching the edge)."""
    margin = _MARGIN
    white = b"\xff" * (columns + 2 * margin)
    body = b"".join(b"\xff" * margin + pixels[row * columns:(row + 1) * columns] + b"\xff" * margin for row in range(rows))
    path = os.path.join(folder, f"{index}.pgm")
    with open(path, "wb") as file:
        file.write(b"P5\n%d %d\n255\n" % (columns + 2 * margin, rows + 2 * margin) + white * margin + body + white * margin)
    return path


def _recognised(folder: str, images: list[str], layout: str, language: str = "chi_sim",
                scores: list | None = None) -> list[tuple]:
    """Tesseract's lines of each image (Tesseract's page segmentation mode ``layout``): (image index, left, top, right,
    bottom, text) in the image's pixels, each line's words joined; each line's mean word confidence added to
    ``scores``, when given."""
    listing = os.path.join(folder, f"images-{layout}-{language}.txt")
    with open(listing, "w", encoding="utf-8") as file:
        file.write("\n".join(images) + "\n")
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # its threads cost more than they gain on a busy server
    try:
        done = subprocess.run(["tesseract", listing, "stdout", "-l", language, "--dpi", str(DPI), "--psm", layout,
                               "tsv"], capture_output=True, timeout=PAGE_SECONDS, env=environment)
    except subprocess.TimeoutExpired:
        raise ScanUnreadable(f"扫描页 {PAGE_SECONDS} 秒内未能识别完成 (a page was not recognised in time)") from None
    except OSError as error:
        raise ScanUnreadable(f"文字识别程序无法运行 (tesseract could not run: {error})") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise ScanUnreadable(f"文字识别失败 (tesseract failed: {reason[0][:120]})")
    lines: dict[tuple, list] = {}
    for row in done.stdout.decode("utf-8", "replace").splitlines():
        fields = row.split("\t")
        if len(fields) != _TSV_FIELDS or fields[0] != "5" or not fields[11].strip():
            continue  # level 5 is a word; the levels above it are the page, its blocks, paragraphs and lines
        left, top, wide, high = (int(value) - (_MARGIN if index < 2 else 0) for index, value in enumerate(fields[6:10]))
        lines.setdefault(tuple(fields[1:5]), []).append((left, top, left + wide, top + high, fields[11].strip(),
                                                          float(fields[10])))
    read = []
    for (image, *_), words in lines.items():
        words.sort()
        if scores is not None:
            scores.append(statistics.fmean(word[5] for word in words))
        text = _SPACE_INSIDE.sub("", " ".join(word[4] for word in words))  # Tesseract spaces Chinese word by word
        read.append((int(image) - 1, min(w[0] for w in words), min(w[1] for w in words), max(w[2] for w in words),
                     max(w[3] for w in words), line_marks(text)))
    return read
