import { inject, type InjectionKey } from 'vue'
import type { ApiClient } from '@suishoupai/web-shared/api/client'
import type { RuntimeConfig } from '@suishoupai/web-shared/config'
import type { OfflineQueue } from './lib/offlineQueue'

export interface Services {
  config: RuntimeConfig
  api: ApiClient
  outbox: OfflineQueue
}

export const SERVICES: InjectionKey<Services> = Symbol('services')

export function useServices(): Services {
  const services = inject(SERVICES)
  if (!services) throw new Error('services not provided')
  return services
}
