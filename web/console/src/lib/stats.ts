import type { GetResult } from '@suishoupai/web-shared/api/client'

export type Stats = GetResult<'/case-stats'>
export type StatsRow = NonNullable<Stats['rows']>[number]
export interface Indicator {
  numerator: number
  denominator: number
  value: number | null
}

/** The indicators in the order the city publishes them (README "How the city performs"). */
export const INDICATORS = ['filingRate', 'dispatchAccuracy', 'onTimeDisposalRate', 'closureRate', 'reworkRate', 'averageSatisfaction', 'dueClosureRate', 'onTimeClosureRate', 'extensionRate',
  'screeningOnTimeRate', 'checkOnTimeRate', 'dispatchOnTimeRate', 'verificationOnTimeRate'] as const

export function indicator(row: StatsRow | undefined, name: string): Indicator | null {
  return (row?.indicators as Record<string, Indicator> | undefined)?.[name] ?? null
}

export function count(row: StatsRow | undefined, name: string): number {
  return Number((row?.counts as Record<string, number> | undefined)?.[name] ?? 0)
}

/** 0.8525 → "85.25 %"; a satisfaction (1–5) as is; nothing to divide by → "—". */
export function formatIndicator(name: string, i: Indicator | null): string {
  if (!i || i.value === null || i.value === undefined) return '—'
  return name === 'averageSatisfaction' ? Number(i.value).toFixed(2) : `${(Number(i.value) * 100).toFixed(2)} %`
}

/** The calendar months ending with the one holding `end`, oldest first; `to` is the month's last day (case-stats takes it inclusive). */
export function lastMonths(end: Date, n: number): { label: string; from: string; to: string }[] {
  const out = []
  for (let i = n - 1; i >= 0; i--) {
    const start = new Date(end.getFullYear(), end.getMonth() - i, 1)
    const last = new Date(end.getFullYear(), end.getMonth() - i + 1, 0)
    out.push({ label: isoDate(start).slice(0, 7), from: isoDate(start), to: isoDate(last) })
  }
  return out
}

/** The day it is in the city's zone (the server's days are the city's), as yyyy-MM-dd. */
export function cityDate(d: Date, zone: string | undefined): string {
  if (!zone) return isoDate(d)
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)
}

export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
