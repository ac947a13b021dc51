import type { SignedUpload } from '@suishoupai/web-shared/media/upload'
import type { ApiClient } from '@suishoupai/web-shared/api/client'

/** sign-uploads for the console's photo uploads (after-photos, a registered case's photos), as uploadFiles wants it. */
export function signUploadsWith(api: ApiClient) {
  return async (items: { kind: 'PHOTO'; contentType: string; contentLength: number }[]): Promise<SignedUpload[]> => {
    const answer = await api.post('/sign-uploads', { items })
    return (answer.uploads ?? []).map((u) => ({ key: u.key ?? '', url: u.url ?? '', method: u.method ?? 'PUT', headers: (u.headers ?? {}) as Record<string, string> }))
  }
}
