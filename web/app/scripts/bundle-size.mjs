// What a phone downloads to open a page of the app: the entry and the page's chunk with every chunk they import
// statically (from Vite's manifest), gzip-compressed at level 6 as the all-in-one app sends them. Prints a
// Markdown table; used by bench/web-size.sh.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dist = process.argv[2] ?? 'dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 6 }).length
const raw = (file) => readFileSync(join(dist, file)).length

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue
    seen.add(key)
    closure(manifest[key].imports ?? [], seen)
  }
  return seen
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
const pages = Object.keys(manifest).filter((k) => k.startsWith('src/pages/'))
const kb = (n) => (n / 1024).toFixed(1)
const rows = []
for (const page of [null, ...pages]) {
  const chunks = closure(page ? [entry, page] : [entry])
  const js = [...chunks].map((k) => manifest[k].file)
  const css = [...new Set([...chunks].flatMap((k) => manifest[k].css ?? []))]
  rows.push({
    page: page ? page.replace('src/pages/', '').replace('.vue', '') : '(entry only)',
    jsRaw: js.reduce((a, f) => a + raw(f), 0),
    jsGz: js.reduce((a, f) => a + gz(f), 0),
    cssGz: css.reduce((a, f) => a + gz(f), 0),
    files: js.length,
  })
}
const all = Object.values(manifest).map((c) => c.file).filter((f) => f.endsWith('.js'))
console.log('| page | JS files | JS (KB) | JS gzip (KB) | CSS gzip (KB) |')
console.log('|---|---:|---:|---:|---:|')
for (const r of rows) console.log(`| ${r.page} | ${r.files} | ${kb(r.jsRaw)} | **${kb(r.jsGz)}** | ${kb(r.cssGz)} |`)
console.log(`| every chunk (what the idle prefetch adds up to, OIDC client included) | ${all.length} | ${kb(all.reduce((a, f) => a + raw(f), 0))} | ${kb(all.reduce((a, f) => a + gz(f), 0))} | |`)
