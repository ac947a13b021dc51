// Each photo goes from the phone straight to storage, with the URL and headers sign-uploads gave for it (the
// functions never carry media bytes). XMLHttpRequest, not fetch: only it reports upload progress.

export interface SignedUpload {
  key: string
  url: string
  method: string
  headers: Record<string, string>
}

export class UploadError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
  /** 403: the signature expired (ten minutes) or was refused; ask for a new URL rather than retrying this one. */
  get needsNewUrl(): boolean {
    return this.status === 403 || this.status === 400
  }
}

export function put(upload: SignedUpload, body: Blob, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(upload.method || 'PUT', upload.url)
    for (const [name, value] of Object.entries(upload.headers ?? {})) {
      // the browser sets Content-Length and Host itself and refuses to be told
      if (!/^(content-length|host)$/i.test(name)) xhr.setRequestHeader(name, value)
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total)
    }
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? (onProgress(1), resolve()) : reject(new UploadError(xhr.status, `HTTP ${xhr.status}`)))
    xhr.onerror = () => reject(new UploadError(0, 'network'))
    xhr.ontimeout = () => reject(new UploadError(0, 'timeout'))
    xhr.timeout = 120_000
    xhr.send(body)
  })
}

/** Tries an upload up to `attempts` times, waiting longer each time; a refused signature is not retried here. */
export async function putWithRetry(
  upload: SignedUpload,
  body: Blob,
  onProgress: (fraction: number) => void,
  attempts = 3,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  let last: unknown
  for (let i = 0; i < attempts; i++) {
    try {
      return await put(upload, body, onProgress)
    } catch (e) {
      last = e
      if (e instanceof UploadError && e.needsNewUrl) throw e
      if (i < attempts - 1) await wait(1000 * 2 ** i)
    }
  }
  throw last
}

/**
 * Signs and uploads files for a staff action (after-photos of a disposal, a verification's photos): one
 * sign-uploads call, then each file straight to storage. Answers the keys to attach, in the files' order.
 */
export async function uploadFiles(
  sign: (items: { kind: 'PHOTO'; contentType: string; contentLength: number }[]) => Promise<SignedUpload[]>,
  files: Blob[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<string[]> {
  if (!files.length) return []
  const signed = await sign(files.map((f) => ({ kind: 'PHOTO', contentType: f.type || 'image/jpeg', contentLength: f.size })))
  const keys: string[] = []
  for (let i = 0; i < files.length; i++) {
    await putWithRetry(signed[i], files[i], () => {})
    keys.push(signed[i].key)
    onProgress(i + 1, files.length)
  }
  return keys
}
