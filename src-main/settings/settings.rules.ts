import { z } from 'zod'

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export const shopSettingsSchema = z.object({
  shopName: z.string().trim().min(1, 'Give the shop a name').max(80),
  timeZone: z.string().refine(isValidTimeZone, 'Use a time zone name such as Europe/London or America/New_York'),
  checkForUpdates: z.boolean(),
})

export type ShopSettings = z.infer<typeof shopSettingsSchema>

export function defaultSettings(): ShopSettings {
  return {
    shopName: 'My shop',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    checkForUpdates: true,
  }
}
