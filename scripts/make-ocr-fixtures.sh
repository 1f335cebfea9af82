#!/bin/sh
# Builds the OCR test fixtures from the sample pack (run by hand, not by CI; needs poppler-utils, img2pdf
# and Debian's python3-pil): pages drawn at 200 dpi in grey, thresholded to black and white as a
# document scanner does, then
#   fixtures/ocr/sample-p1-p3-scan.pdf   pages 1 (agenda) and 3 (attendance) as an image-only PDF
#   fixtures/ocr/sample-crops.tif        two pages in one CCITT G4 TIFF: the agenda's first rows, the "Present" list
#   fixtures/ocr/sample-p3-top.png       the top of page 3 (title, date, "Present") as a PNG
#   fixtures/ocr/sample-p1-turned.pdf    page 1 scanned on its side (turned 90 degrees clockwise), image-only PDF
#   fixtures/ocr/sample-p3-skewed.png    page 3 fed askew (turned 3 degrees anticlockwise) as a PNG
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/fixtures/ocr"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
for p in 1 3; do pdftoppm -r 200 -f $p -l $p -gray -png "$ROOT/fixtures/sample/pack.pdf" "$TMP/g$p"; done
/usr/bin/python3 - "$TMP" "$OUT" <<'PY'
import sys, glob
from PIL import Image
tmp, out = sys.argv[1], sys.argv[2]
def bw(path):
    return Image.open(path).convert('L').point(lambda v: 255 if v >= 160 else 0).convert('1')
p1 = bw(glob.glob(tmp + '/g1*.png')[0])
p3 = bw(glob.glob(tmp + '/g3*.png')[0])
p1.save(tmp + '/p1.png', dpi=(200, 200), optimize=True)
p3.save(tmp + '/p3.png', dpi=(200, 200), optimize=True)
w, h = p1.size
agenda = p1.crop((0, int(h * 0.22), w, int(h * 0.36)))
present = p3.crop((0, int(h * 0.12), w, int(h * 0.40)))
agenda.save(out + '/sample-crops.tif', compression='group4', save_all=True, append_images=[present], dpi=(200, 200))
p3.crop((0, 0, w, int(h * 0.25))).save(out + '/sample-p3-top.png', dpi=(200, 200), optimize=True)
p1.rotate(-90, expand=True).save(tmp + '/p1-turned.png', dpi=(200, 200), optimize=True)
grey3 = Image.open(glob.glob(tmp + '/g3*.png')[0]).convert('L')
grey3.rotate(3, resample=Image.BILINEAR, fillcolor=255).point(lambda v: 255 if v >= 160 else 0).convert('1').save(out + '/sample-p3-skewed.png', dpi=(200, 200), optimize=True)
PY
img2pdf "$TMP/p1.png" "$TMP/p3.png" -o "$OUT/sample-p1-p3-scan.pdf"
img2pdf "$TMP/p1-turned.png" -o "$OUT/sample-p1-turned.pdf"
ls -l "$OUT"
