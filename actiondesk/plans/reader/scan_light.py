"""A scan's paper made white again where the light fell unevenly: a page photographed under a lamp or a phone's
shadow is grey to dark towards one side, and a fixed grey line between ink and paper (the rules of a table, the slope
of the lines, Tesseract's own single threshold) would take the dark paper for ink. Each pixel is divided by the
paper's brightness around it (the brightest pixels of the block it lies in, blended between blocks)."""

import numpy

_EVEN = 200  # paper at least this bright everywhere: the page is left as it is
_BLOCK_INCHES = 0.16  # a block wider than a stroke of text, so that each holds some paper


def even_light(pixels: bytes, columns: int, rows: int, dpi: int) -> bytes:
    """The grey page ``pixels`` (one byte each, row after row) with its paper brought to white; unchanged when the
    paper is bright everywhere already (a flatbed scan)."""
    block = max(4, round(_BLOCK_INCHES * dpi))
    grey = numpy.frombuffer(pixels, dtype=numpy.uint8).reshape(rows, columns)
    high, wide = -(-rows // block), -(-columns // block)
    padded = numpy.pad(grey, ((0, high * block - rows), (0, wide * block - columns)), mode="edge")
    paper = padded.reshape(high, block, wide, block).max(axis=(1, 3)).astype(numpy.float32)
    if paper.min() >= _EVEN:
        return pixels
    # A block lying wholly in a bold character or a black picture has no paper: its neighbours' brightness stands in.
    paper = numpy.maximum(paper, _neighbours_median(paper) * 0.9)
    light = _blended(paper, block, rows, columns)
    evened = numpy.clip(grey.astype(numpy.float32) * (255.0 / numpy.maximum(light, 1.0)), 0, 255)
    return evened.astype(numpy.uint8).tobytes()


def _neighbours_median(paper):
    padded = numpy.pad(paper, 1, mode="edge")
    high, wide = paper.shape
    stacked = numpy.stack([padded[y:y + high, x:x + wide] for y in range(3) for x in range(3)])
    return numpy.median(stacked, axis=0)


def _blended(paper, block: int, rows: int, columns: int):
    """The blocks' brightness at every pixel, linearly between the blocks' centres (no seams at their edges)."""
    def weights(count: int, blocks: int):
        at = numpy.clip((numpy.arange(count) + 0.5) / block - 0.5, 0, blocks - 1)
        low = numpy.floor(at).astype(numpy.int64)
        return low, numpy.minimum(low + 1, blocks - 1), (at - low).astype(numpy.float32)

    top, bottom, down = weights(rows, paper.shape[0])
    left, right, across = weights(columns, paper.shape[1])
    upper = paper[top][:, left] * (1 - across) + paper[top][:, right] * across
    lower = paper[bottom][:, left] * (1 - across) + paper[bottom][:, right] * across
    return upper * (1 - down)[:, None] + lower * down[:, None]
