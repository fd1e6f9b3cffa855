/**
 * The demo farm account: a staff member of 梅州市东溪农业科技有限公司 who
 * manages that farm's stock and shipments in the admin. The password comes
 * from DEMO_FARM_PASSWORD when set; the default is for development only.
 */
export const DEMO_FARM_PARTNER_HANDLE = "dongxi-agritech"
export const DEMO_FARM_EMAIL = "farm@dongxi-demo.example.cn"
export const DEFAULT_DEMO_FARM_PASSWORD = "dongxi-farm-2026"

export function demoFarmCredentials(env: NodeJS.ProcessEnv = process.env) {
  return {
    email: DEMO_FARM_EMAIL,
    password: env.DEMO_FARM_PASSWORD || DEFAULT_DEMO_FARM_PASSWORD,
    partner_handle: DEMO_FARM_PARTNER_HANDLE,
  }
}
