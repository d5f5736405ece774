/**
 * Image clean-up before OCR, on 8-bit grey pixels (0 black … 255 white), row by row.
 *
 * Ruling lines: tesseract reads a table's borders as text ("|", "]", "[") and, worse, lets them
 * merge cells into one garbled word ("387]"), or gives up on the whole region. Board papers put
 * their measure tables in ruled grids, so the lines go before recognition; the cells' positions
 * survive in the words' boxes. A ruling line is a run of ink far longer than any glyph stroke
 * (≥ ¼ inch horizontally, ≥ 0.3 inch vertically; an em dash at 20 pt is ~0.28 inch wide, so the
 * horizontal limit sits above what body text draws and below any table border).
 *
 * Specks: a scanner's salt noise becomes isolated dark pixels that tesseract turns into stray
 * punctuation or glues onto digits; a dark pixel with at most one dark neighbour is whitened.
 */

export interface GreyImage {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Pixels darker than this count as ink for line detection (anti-aliased edges included). */
const INK = 200;

export function rgbaToGrey(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < pixels.length; p++, i += 4) {
    const alpha = rgba[i + 3] as number;
    const grey =
      ((rgba[i] as number) * 77 + (rgba[i + 1] as number) * 150 + (rgba[i + 2] as number) * 29) >> 8;
    // Transparent pixels are paper: composite onto white.
    pixels[p] = alpha === 255 ? grey : (255 - ((255 - grey) * alpha) / 255) | 0;
  }
  return { pixels, width, height };
}

/**
 * Marks runs of ink at least `minRun` long along rows (step 1) or columns (step = width), allowing
 * gaps of up to `maxGap` pixels inside a run (broken or slightly slanted lines).
 */
function markRuns(
  image: GreyImage,
  vertical: boolean,
  minRun: number,
  maxGap: number,
  mask: Uint8Array,
): number {
  const { pixels, width, height } = image;
  const lines = vertical ? width : height;
  const length = vertical ? height : width;
  const stride = vertical ? width : 1;
  const across = vertical ? 1 : width;
  const ink = (p: number): boolean => (pixels[p] as number) < INK;
  let marked = 0;
  for (let line = 0; line < lines; line++) {
    const base = vertical ? line : line * width;
    // A rule on a skewed scan steps from one pixel row (column) to the next every ~60 pixels at 1°:
    // the run is followed within a band of three, so it is not cut into short stair steps.
    const below = line > 0 ? -across : 0;
    const above = line < lines - 1 ? across : 0;
    let start = -1;
    let lastInk = -1;
    const close = (): void => {
      if (start >= 0 && lastInk - start + 1 >= minRun) {
        for (let k = start; k <= lastInk; k++) {
          const p = base + k * stride;
          if (ink(p)) {
            mask[p] = 1;
            marked++;
          }
        }
      }
      start = -1;
    };
    for (let k = 0; k < length; k++) {
      const p = base + k * stride;
      if (ink(p) || ink(p + below) || ink(p + above)) {
        if (start < 0 || k - lastInk - 1 > maxGap) {
          close();
          start = k;
        }
        lastInk = k;
      }
    }
    close();
  }
  return marked;
}

/** Whitens table borders and other long rules; returns how many pixels were cleared. */
export function removeRulingLines(image: GreyImage, dpi: number): number {
  const mask = new Uint8Array(image.width * image.height);
  const horizontal = markRuns(image, false, Math.round(0.25 * dpi), 2, mask);
  const vertical = markRuns(image, true, Math.round(0.3 * dpi), 2, mask);
  if (horizontal + vertical === 0) return 0;
  const { pixels, width, height } = image;
  let cleared = 0;
  // The anti-aliased fringe next to a rule is lighter than the ink threshold on one side only:
  // clear one pixel around every marked pixel when it is not clearly ink of a glyph.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (mask[p] === 1) {
        pixels[p] = 255;
        cleared++;
        continue;
      }
      const near =
        (x > 0 && mask[p - 1] === 1) ||
        (x < width - 1 && mask[p + 1] === 1) ||
        (y > 0 && mask[p - width] === 1) ||
        (y < height - 1 && mask[p + width] === 1);
      if (near && (pixels[p] as number) >= 96) pixels[p] = 255;
    }
  }
  return cleared;
}

/** Otsu's threshold of the grey histogram: the cut that best separates ink from paper. */
export function otsuThreshold(image: GreyImage): number {
  const histogram = new Uint32Array(256);
  const { pixels } = image;
  for (let p = 0; p < pixels.length; p++)
    histogram[pixels[p] as number] = (histogram[pixels[p] as number] as number) + 1;
  const total = image.pixels.length;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * (histogram[v] as number);
  let below = 0;
  let sumBelow = 0;
  let best = 128;
  let bestVariance = -1;
  for (let v = 0; v < 256; v++) {
    below += histogram[v] as number;
    if (below === 0) continue;
    const above = total - below;
    if (above === 0) break;
    sumBelow += v * (histogram[v] as number);
    const meanBelow = sumBelow / below;
    const meanAbove = (sum - sumBelow) / above;
    const variance = below * above * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = v;
    }
  }
  return best;
}

/**
 * Evens out the paper's brightness before the one global threshold: a page photographed on a desk
 * (a dark surround), lit from one side, or shadowed at the binding has paper darker in one part than
 * ink is light in another, and Otsu's cut then falls between paper and paper — the desk and the dim
 * corner become ink, the skew estimate follows the desk's edges instead of the text rows. The paper's
 * local level is the brightest pixel of each block of ~1/10 inch, widened to the brightest of the
 * 3 × 3 blocks around (so a block inside a bold heading still sees paper), and interpolated between
 * block centres; each pixel is divided by it. A page whose level dips by less than about a fifth (an
 * even scan, a bilevel page, a speckled copy's mottled grey, which Otsu's cut handles) is left as it is. Returns whether the page was changed.
 */
export function flattenBackground(image: GreyImage, dpi: number): boolean {
  const { pixels, width, height } = image;
  const size = Math.max(8, Math.round(dpi / 10));
  const bw = Math.ceil(width / size);
  const bh = Math.ceil(height / size);
  const peak = new Float64Array(bw * bh);
  for (let y = 0; y < height; y++) {
    const row = ((y / size) | 0) * bw;
    for (let x = 0; x < width; x++) {
      const b = row + ((x / size) | 0);
      const v = pixels[y * width + x] as number;
      if (v > (peak[b] as number)) peak[b] = v;
    }
  }
  const level = new Float64Array(bw * bh);
  let low = 255;
  let high = 0;
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let m = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = by + dy;
        if (yy < 0 || yy >= bh) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = bx + dx;
          if (xx >= 0 && xx < bw && (peak[yy * bw + xx] as number) > m) m = peak[yy * bw + xx] as number;
        }
      }
      level[by * bw + bx] = Math.max(m, 1);
      if (m < low) low = m;
      if (m > high) high = m;
    }
  }
  if (low >= 0.78 * high) return false;
  for (let y = 0; y < height; y++) {
    // Bilinear between block centres.
    const fy = Math.min(Math.max((y + 0.5) / size - 0.5, 0), bh - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, bh - 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(Math.max((x + 0.5) / size - 0.5, 0), bw - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, bw - 1);
      const tx = fx - x0;
      const top = (level[y0 * bw + x0] as number) * (1 - tx) + (level[y0 * bw + x1] as number) * tx;
      const bottom = (level[y1 * bw + x0] as number) * (1 - tx) + (level[y1 * bw + x1] as number) * tx;
      const bg = top * (1 - ty) + bottom * ty;
      const p = y * width + x;
      pixels[p] = Math.min(255, Math.round(((pixels[p] as number) * 255) / bg));
    }
  }
  return true;
}

/** Ink (0) and paper (255) only, cut at `threshold` (Otsu's by default). */
export function binarize(image: GreyImage, threshold = otsuThreshold(image)): number {
  const { pixels } = image;
  for (let p = 0; p < pixels.length; p++) pixels[p] = (pixels[p] as number) <= threshold ? 0 : 255;
  return threshold;
}

/**
 * Whitens connected blobs of ink (8-connected) that are noise: specks of at most `maxArea` pixels
 * (scanner dust, salt noise; at 300 dpi the smallest marks that carry meaning — a decimal comma,
 * a full stop, the dots of "ä"/"ö" at 9 pt — cover 15 pixels or more, so the default of 8 leaves
 * them alone), and, when `dpi` is given, leftover pieces of table rules: flat strokes at most
 * 1/60 inch high and at least 1/6 inch long. A 10 pt em dash (~0.14 inch) is shorter and stays;
 * a rule's end that survived the run detection would otherwise sit over a cell and turn "8,9"
 * into "3,9". With `dpi`, also the dashes a thin rule broke into (removeRulePieces). Works on a
 * binarized image; returns how many blobs were removed.
 */
export function removeSmallComponents(image: GreyImage, maxArea = 8, dpi?: number): number {
  const { pixels } = image;
  const seen = new Uint8Array(pixels.length);
  const stack: number[] = [];
  const blob: number[] = [];
  const flatMax = dpi ? Math.max(2, Math.round(dpi / 60)) : 0;
  const longMin = dpi ? Math.round(dpi / 6) : Number.POSITIVE_INFINITY;
  const pieceMin = dpi ? Math.max(3, Math.round(dpi / 30)) : Number.POSITIVE_INFINITY;
  const pieces: Array<Blob & { pixels: number[] }> = [];
  const others: Blob[] = [];
  let removed = 0;
  for (let start = 0; start < pixels.length; start++) {
    if (pixels[start] !== 0 || seen[start] !== 0) continue;
    const { minX, maxX, minY, maxY } = growBlob(image, start, seen, stack, blob);
    const speck = blob.length <= maxArea;
    const blobHeight = maxY - minY + 1;
    const blobWidth = maxX - minX + 1;
    const ruleEnd = blobHeight <= flatMax && blobWidth >= longMin;
    if (speck || ruleEnd) {
      for (const p of blob) pixels[p] = 255;
      removed++;
    } else if (dpi && blobHeight <= flatMax && blobWidth >= pieceMin && blobWidth >= 3 * blobHeight) {
      pieces.push({ minX, maxX, minY, maxY, pixels: [...blob] });
    } else if (dpi) {
      others.push({ minX, maxX, minY, maxY });
    }
  }
  if (dpi) removed += removeRulePieces(pixels, pieces, others, dpi);
  return removed;
}

interface Blob {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * The 8-connected blob of ink (0 pixels) around `start`: its pixels into `blob` (emptied first), each
 * marked 1 in `seen`, and its bounding box. `stack` is scratch space, empty before and after.
 */
function growBlob(image: GreyImage, start: number, seen: Uint8Array, stack: number[], blob: number[]): Blob {
  const { pixels, width, height } = image;
  seen[start] = 1;
  stack.push(start);
  blob.length = 0;
  let minX = width;
  let maxX = -1;
  let minY = height;
  let maxY = -1;
  while (stack.length > 0) {
    const p = stack.pop() as number;
    blob.push(p);
    const x = p % width;
    const y = (p - x) / width;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    for (let dy = -1; dy <= 1; dy++) {
      const ny = y + dy;
      if (ny < 0 || ny >= height) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        if (nx < 0 || nx >= width) continue;
        const q = ny * width + nx;
        if (pixels[q] === 0 && seen[q] === 0) {
          seen[q] = 1;
          stack.push(q);
        }
      }
    }
  }
  return { minX, maxX, minY, maxY };
}

/**
 * A thin rule on a low-resolution scan binarizes into dashes: pieces a few pixels high and 1/10 to
 * 1/4 inch long with gaps between them, each too short to pass for a rule, each read by tesseract
 * as "-", "—" or glued onto the glyph below ("1" became "2", and the glyph's line grew to 16 pt).
 * Pieces of one rule lie on one pixel row and together cover a good part of an inch; a row of
 * dashes in a table ("–" for no effect) also lies on one row, but amid the glyphs of its text
 * line, which cross that row — a rule runs between text lines, where few glyphs reach.
 */
function removeRulePieces(
  pixels: Uint8Array,
  pieces: Array<Blob & { pixels: number[] }>,
  others: Blob[],
  dpi: number,
): number {
  const tolerance = Math.max(2, Math.round(dpi / 100));
  const sorted = [...pieces].sort((a, b) => a.minY + a.maxY - (b.minY + b.maxY));
  const clusters: Array<typeof pieces> = [];
  for (const piece of sorted) {
    const cluster = clusters.at(-1);
    const first = cluster?.[0];
    if (cluster && first && Math.abs(piece.minY + piece.maxY - (first.minY + first.maxY)) / 2 <= tolerance)
      cluster.push(piece);
    else clusters.push([piece]);
  }
  let removed = 0;
  for (const cluster of clusters) {
    if (cluster.length < 3) continue;
    const covered = cluster.reduce((sum, piece) => sum + piece.maxX - piece.minX + 1, 0);
    if (covered < 0.75 * dpi) continue;
    const y = ((cluster[0] as Blob).minY + (cluster[0] as Blob).maxY) / 2;
    const left = Math.min(...cluster.map((piece) => piece.minX));
    const right = Math.max(...cluster.map((piece) => piece.maxX));
    const crossing = others.filter(
      (blob) => blob.minY <= y && blob.maxY >= y && blob.maxX >= left && blob.minX <= right,
    ).length;
    if (crossing >= Math.max(3, cluster.length)) continue;
    for (const piece of cluster) {
      for (const p of piece.pixels) pixels[p] = 255;
      removed++;
    }
  }
  return removed;
}

/** The image as a binary PGM, which leptonica (inside tesseract) reads without decoding work. */
export function toPgm(image: GreyImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  const out = Buffer.allocUnsafe(header.length + image.pixels.length);
  header.copy(out, 0);
  out.set(image.pixels, header.length);
  return out;
}

/**
 * The skew of a scanned page in radians (positive: text lines fall to the right), found by the
 * projection profile: rows of text and table rules line up best — the profile of ink per row is
 * most peaked — when the page is sheared back by the right angle. Searches ±`maxDegrees`.
 */
export function estimateSkew(image: GreyImage, maxDegrees = 3, stepDegrees = 0.1): number {
  const { pixels, width, height } = image;
  // A sample of ink pixels keeps this cheap on a 300-dpi page (millions of pixels). Every row is
  // kept: skipping rows would favour the unsheared angle, whose bins then alternate full and empty.
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x += 3) {
      if ((pixels[y * width + x] as number) < 128) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 100) return 0;
  let best = 0;
  let bestScore = -1;
  const rows = new Float64Array(height + 2 * width);
  const offset = width;
  const tryAngle = (degrees: number): void => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round((ys[i] as number) - (xs[i] as number) * slope) + offset;
      if (row >= 0 && row < rows.length) rows[row] = (rows[row] as number) + 1;
    }
    let score = 0;
    for (let r = 0; r < rows.length; r++) score += (rows[r] as number) ** 2;
    if (score > bestScore) {
      bestScore = score;
      best = degrees;
    }
  };
  for (let degrees = -maxDegrees; degrees <= maxDegrees + 1e-9; degrees += stepDegrees) tryAngle(degrees);
  // A page laid on the glass by hand or photographed lies up to 5° off: when the best angle is at the
  // edge of the range, the search goes on beyond it on that side (a page within the range costs nothing).
  if (Math.abs(best) >= maxDegrees - stepDegrees - 1e-9) {
    const side = Math.sign(best);
    for (let k = 1; maxDegrees + k * stepDegrees <= 5 + 1e-9; k++)
      tryAngle(side * (maxDegrees + k * stepDegrees));
  }
  return (best * Math.PI) / 180;
}

/**
 * Rotates the grey image by −`radians` about its centre (bilinear; outside the page is paper), so
 * that text rows and table rules become horizontal before binarization and rule removal.
 */
export function deskew(image: GreyImage, radians: number): GreyImage {
  if (Math.abs(radians) < 0.0005) return image;
  const { pixels, width, height } = image;
  const out = new Uint8Array(width * height);
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // Source of the output pixel: rotate back by +radians.
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const p = y0 * width + x0;
      const top = (pixels[p] as number) * (1 - fx) + (pixels[p + 1] as number) * fx;
      const bottom = (pixels[p + width] as number) * (1 - fx) + (pixels[p + width + 1] as number) * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { pixels: out, width, height };
}

/**
 * The image turned clockwise by `turns` quarter turns (0–3); width and height swap on odd turns.
 */
export function rotateQuarter(image: GreyImage, turns: number): GreyImage {
  const t = ((turns % 4) + 4) % 4;
  if (t === 0) return image;
  const { pixels, width, height } = image;
  const outW = t === 2 ? width : height;
  const outH = t === 2 ? height : width;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let nx: number;
      let ny: number;
      if (t === 1) {
        nx = height - 1 - y;
        ny = x;
      } else if (t === 2) {
        nx = width - 1 - x;
        ny = height - 1 - y;
      } else {
        nx = y;
        ny = width - 1 - x;
      }
      out[ny * outW + nx] = pixels[y * width + x] as number;
    }
  }
  return { pixels: out, width: outW, height: outH };
}

/**
 * How well the ink lines up in rows at the best small angle: the sum of squared ink counts per row
 * (sheared by the angle), the projection-profile score estimateSkew maximizes. Text lines give
 * peaked profiles along the direction they run and flat ones across it.
 */
function rowAlignment(xs: number[], ys: number[], span: number, maxDegrees: number, step: number): number {
  let best = 0;
  const rows = new Float64Array(span * 3);
  for (let degrees = -maxDegrees; degrees <= maxDegrees + 1e-9; degrees += step) {
    const slope = Math.tan((degrees * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round((ys[i] as number) - (xs[i] as number) * slope) + span;
      if (row >= 0 && row < rows.length) rows[row] = (rows[row] as number) + 1;
    }
    let score = 0;
    for (let r = 0; r < rows.length; r++) score += (rows[r] as number) ** 2;
    if (score > best) best = score;
  }
  return best;
}

/**
 * Whether the text of a binarized page runs up and down (a page scanned on its side: a landscape
 * table fed portrait): ink lines up along columns clearly better than along rows, each at its best
 * angle within ±4°. A page with little ink says no.
 */
export function isSideways(image: GreyImage): boolean {
  const { pixels, width, height } = image;
  const xs: number[] = [];
  const ys: number[] = [];
  // Every second pixel both ways: the same sample serves rows and columns alike.
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      if ((pixels[y * width + x] as number) < 128) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 2000) return false;
  const alongRows = rowAlignment(xs, ys, Math.max(width, height), 4, 0.5);
  const alongColumns = rowAlignment(ys, xs, Math.max(width, height), 4, 0.5);
  return alongColumns > 1.3 * alongRows;
}

/**
 * Whether the horizontal text lines of a straightened, binarized page stand upside down. Latin text
 * has more ink above its x-height band (capitals, digits, ascenders: b d f h k l t) than below its
 * baseline (descenders: g j p q y); in every text line the rows above the band and below it are
 * weighed, and a page whose lines are clearly heavier below (by a third, over at least three lines)
 * is upside down. Bands of one row of ink (rules) and bands far taller than text lines are skipped.
 */
export function isUpsideDown(image: GreyImage): boolean {
  const { pixels, width, height } = image;
  const profile = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let ink = 0;
    const base = y * width;
    for (let x = 0; x < width; x++) if ((pixels[base + x] as number) < 128) ink++;
    profile[y] = ink;
  }
  const bands: Array<[number, number]> = [];
  let start = -1;
  for (let y = 0; y <= height; y++) {
    const inked = y < height && (profile[y] as number) > 0;
    if (inked && start < 0) start = y;
    else if (!inked && start >= 0) {
      bands.push([start, y - 1]);
      start = -1;
    }
  }
  const heights = bands.map(([a, b]) => b - a + 1).filter((h) => h >= 4);
  if (heights.length < 3) return false;
  const sorted = [...heights].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  let above = 0;
  let below = 0;
  let lines = 0;
  for (const [a, b] of bands) {
    const h = b - a + 1;
    if (h < 4 || h > 2.5 * median) continue;
    let peak = 0;
    for (let y = a; y <= b; y++) peak = Math.max(peak, profile[y] as number);
    // A rule drawn across the page, not a line of text.
    if (peak > 0.6 * width) continue;
    let top = a;
    while (top < b && (profile[top] as number) < 0.4 * peak) top++;
    let bottom = b;
    while (bottom > a && (profile[bottom] as number) < 0.4 * peak) bottom--;
    for (let y = a; y < top; y++) above += profile[y] as number;
    for (let y = bottom + 1; y <= b; y++) below += profile[y] as number;
    lines++;
  }
  return lines >= 3 && below > 1.33 * above;
}

/**
 * The quarter turns (clockwise) that bring a binarized page upright: 1 or 3 when its text runs up
 * and down, 2 when it stands upside down, 0 otherwise.
 */
export function uprightTurns(image: GreyImage): 0 | 1 | 2 | 3 {
  if (isSideways(image)) {
    const turned = rotateQuarter(image, 1);
    return isUpsideDown(deskew(turned, estimateSkew(turned))) ? 3 : 1;
  }
  return isUpsideDown(deskew(image, estimateSkew(image))) ? 2 : 0;
}

/**
 * Whitens dust: small round blobs of ink with no text near them. A scanner's specks, enlarged by
 * rendering a 150-dpi scan at 300 dpi, reach ~35 pixels — more than a decimal comma or a full stop
 * at 9 pt — so size alone cannot tell them apart. Their place can: a comma, a full stop, the dots of
 * "ä" and "ö" always stand within a letter's width of a letter, while dust lies in margins and
 * between lines, read by tesseract as stray words ("ee", "oo") or bullets that broke a decision
 * point's numbering. A blob of at most `maxArea` pixels (scaled from 40 at 300 dpi), not elongated
 * (a hyphen in an empty table cell is), with no ink of larger blobs within 1/12 inch is removed.
 * Works on a binarized image; returns how many blobs were removed.
 */
export function removeIsolatedSpecks(image: GreyImage, dpi: number): number {
  const { pixels, width, height } = image;
  const maxArea = Math.max(4, Math.round(40 * (dpi / 300) ** 2));
  const reach = Math.max(2, Math.round(dpi / 12));
  /** 1: in a blob already seen; 2: in a small blob (a speck candidate). */
  const seen = new Uint8Array(pixels.length);
  const small: Array<{ pixels: number[]; minX: number; maxX: number; minY: number; maxY: number }> = [];
  const stack: number[] = [];
  for (let start = 0; start < pixels.length; start++) {
    if (pixels[start] !== 0 || seen[start] !== 0) continue;
    const blob: number[] = [];
    const { minX, maxX, minY, maxY } = growBlob(image, start, seen, stack, blob);
    const w = maxX - minX + 1;
    const h = maxY - minY + 1;
    if (blob.length <= maxArea && Math.max(w, h) <= 2.5 * Math.min(w, h)) {
      small.push({ pixels: blob, minX, maxX, minY, maxY });
      for (const p of blob) seen[p] = 2;
    }
  }
  if (small.length === 0) return 0;
  // Summed-area table of the ink of every other blob (text), to count it around each small one.
  const stride = width + 1;
  const sums = new Uint32Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (pixels[p] === 0 && seen[p] !== 2) row++;
      sums[(y + 1) * stride + x + 1] = (sums[y * stride + x + 1] as number) + row;
    }
  }
  const inkIn = (x0: number, y0: number, x1: number, y1: number): number => {
    const a = Math.max(0, x0);
    const b = Math.max(0, y0);
    const c = Math.min(width, x1 + 1);
    const d = Math.min(height, y1 + 1);
    return (
      (sums[d * stride + c] as number) -
      (sums[b * stride + c] as number) -
      (sums[d * stride + a] as number) +
      (sums[b * stride + a] as number)
    );
  };
  let removed = 0;
  for (const blob of small) {
    if (inkIn(blob.minX - reach, blob.minY - reach, blob.maxX + reach, blob.maxY + reach) > 0) continue;
    for (const p of blob.pixels) pixels[p] = 255;
    removed++;
  }
  return removed;
}
