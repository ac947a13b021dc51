import { onUnmounted, ref } from 'vue'

/** Milliseconds until an instant, ticking every 30 s (a deadline's countdown on the desk). */
export function useNow(tickMs = 30000) {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), tickMs)
  onUnmounted(() => clearInterval(timer))
  return now
}

/** "2 天 3 小时" / "45 分钟": the largest two units of a duration. */
export function humanDuration(ms: number, locale: string): string {
  const minutes = Math.floor(Math.abs(ms) / 60000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  const zh = locale !== 'en'
  const parts: string[] = []
  if (days) parts.push(zh ? `${days} 天` : `${days} d`)
  if (hours) parts.push(zh ? `${hours} 小时` : `${hours} h`)
  if (!days) parts.push(zh ? `${mins} 分钟` : `${mins} min`)
  return parts.slice(0, 2).join(' ')
}
