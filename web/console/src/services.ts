import { inject, type InjectionKey } from 'vue'
import type { ApiClient } from '@suishoupai/web-shared/api/client'
import type { RuntimeConfig } from '@suishoupai/web-shared/config'

export interface Services {
  config: RuntimeConfig
  api: ApiClient
}

export const SERVICES: InjectionKey<Services> = Symbol('services')

export function useServices(): Services {
  const services = inject(SERVICES)
  if (!services) throw new Error('services not provided')
  return services
}
