// Photos are scaled down on the phone before upload: a 12-megapixel photo is 3-6 MB and takes a minute on a weak
// mobile network; at 2048 px on its long side it is a few hundred KB and still shows the problem clearly.

export const MAX_LONG_SIDE = 2048
export const JPEG_QUALITY = 0.85

/** The size to draw a w×h image at so its long side is at most maxLongSide (never scaled up). */
export function scaledSize(width: number, height: number, maxLongSide = MAX_LONG_SIDE): { width: number; height: number } {
  const long = Math.max(width, height)
  if (long <= maxLongSide || long === 0) return { width, height }
  const ratio = maxLongSide / long
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) }
}

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close(): void }> {
  if (typeof createImageBitmap === 'function') {
    try {
      // 'from-image' applies the EXIF orientation, so a portrait photo stays upright
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
      return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() }
    } catch {
      // fall through to <img> (older WeChat browsers)
    }
  }
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) }
  } catch (e) {
    URL.revokeObjectURL(url)
    throw e
  }
}

/**
 * The photo as a JPEG whose long side is at most 2048 px. Re-encoding also drops the original's EXIF (its GPS
 * position) before the photo leaves the phone; the server strips it again regardless.
 */
export async function scalePhoto(file: Blob, maxLongSide = MAX_LONG_SIDE): Promise<Blob> {
  const image = await decode(file)
  try {
    const size = scaledSize(image.width, image.height, maxLongSide)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no canvas')
    ctx.drawImage(image.source, 0, 0, size.width, size.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', JPEG_QUALITY),
    )
  } finally {
    image.close()
  }
}
