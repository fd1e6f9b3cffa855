import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PROVENANCE_MODULE } from "../../../backend/src/modules/provenance"
import type ProvenanceModuleService from "../../../backend/src/modules/provenance/service"

const resolve = path.resolve(__dirname, "../../../backend/src/modules/provenance")

const bingcun = {
  handle: "bingcun",
  name: "丙村镇",
  name_pinyin: "Bingcun",
  villages: ["溪联村"],
}

moduleIntegrationTestRunner<ProvenanceModuleService>({
  moduleName: PROVENANCE_MODULE,
  resolve,
  testSuite: ({ service }) => {
    describe("towns", () => {
      it("creates a town with its villages", async () => {
        const town = await service.createTownWithVillages(bingcun)
        const found = await service.retrieveTown(town.id, { relations: ["villages"] })
        expect(found.name).toBe("丙村镇")
        expect(found.district).toBe("梅县区")
        expect(found.villages.map((v) => v.name)).toEqual(["溪联村"])
      })

      it("refuses a duplicate handle", async () => {
        await service.createTownWithVillages(bingcun)
        await expect(
          service.createTownWithVillages({ ...bingcun, name: "另一个" })
        ).rejects.toThrow('A town with handle "bingcun" already exists')
      })

      it("names every missing required field", async () => {
        await expect(service.createTownWithVillages({ handle: "x" } as any)).rejects.toThrow(
          /Invalid town: name is required; name_pinyin is required/
        )
      })

      it("refuses a handle that is not URL-safe", async () => {
        await expect(
          service.createTownWithVillages({ ...bingcun, handle: "丙村 Town" })
        ).rejects.toThrow(
          /Invalid town: handle must be lowercase letters and digits joined by dashes/
        )
      })

      it("adds new villages on update and keeps the existing ones", async () => {
        const town = await service.createTownWithVillages(bingcun)
        await service.updateTownWithVillages(town.id, { villages: ["溪联村", "东山村"] })
        const found = await service.retrieveTown(town.id, { relations: ["villages"] })
        expect(found.villages.map((v) => v.name).sort()).toEqual(["东山村", "溪联村"].sort())
      })
    })

    describe("partners", () => {
      const partnerInput = (townId: string) => ({
        handle: "dongxi-agritech",
        name: "梅州市东溪农业科技有限公司",
        kind: "enterprise" as const,
        town_id: townId,
        households_involved: 120,
        contact_phone: "0753-2512345",
      })

      it("creates a partner in a town and village", async () => {
        const town = await service.createTownWithVillages(bingcun)
        const [village] = await service.listVillages({ town_id: town.id })
        const partner = await service.createPartnerChecked({
          ...partnerInput(town.id),
          village_id: village.id,
          certificates: [{ name: "绿色食品", number: "LB-DEMO-001" }],
        })
        const found = await service.retrievePartner(partner.id, { relations: ["town", "village"] })
        expect(found.town.handle).toBe("bingcun")
        expect(found.village?.name).toBe("溪联村")
        expect(found.households_involved).toBe(120)
        expect(found.is_active).toBe(true)
      })

      it("refuses an unknown town", async () => {
        await expect(service.createPartnerChecked(partnerInput("town_missing"))).rejects.toThrow(
          'Town "town_missing" does not exist'
        )
        expect(await service.listPartners()).toHaveLength(0)
      })

      it("refuses a village of another town", async () => {
        const town = await service.createTownWithVillages(bingcun)
        const other = await service.createTownWithVillages({
          handle: "nankou",
          name: "南口镇",
          name_pinyin: "Nankou",
          villages: ["侨乡村"],
        })
        const [qiaoxiang] = await service.listVillages({ town_id: other.id })
        await expect(
          service.createPartnerChecked({ ...partnerInput(town.id), village_id: qiaoxiang.id })
        ).rejects.toThrow(`Village "${qiaoxiang.id}" is not in town "${town.id}"`)
      })

      it("refuses a duplicate handle", async () => {
        const town = await service.createTownWithVillages(bingcun)
        await service.createPartnerChecked(partnerInput(town.id))
        await expect(
          service.createPartnerChecked({ ...partnerInput(town.id), name: "另一家" })
        ).rejects.toThrow('A partner with handle "dongxi-agritech" already exists')
      })

      it("names missing and invalid fields", async () => {
        const town = await service.createTownWithVillages(bingcun)
        const error = await service
          .createPartnerChecked({
            town_id: town.id,
            kind: "shop",
            contact_phone: "12345",
            households_involved: -3,
          } as any)
          .catch((e) => e)
        expect(error.type).toBe("invalid_data")
        expect(error.message).toContain("handle is required")
        expect(error.message).toContain("name is required")
        expect(error.message).toContain(
          "kind must be one of farm, cooperative, enterprise, household_farm"
        )
        expect(error.message).toContain("contact_phone must be an 11-digit mobile number")
        expect(error.message).toContain("households_involved cannot be negative")
      })

      it("drops the old village when a partner moves to another town", async () => {
        const town = await service.createTownWithVillages(bingcun)
        const [village] = await service.listVillages({ town_id: town.id })
        const partner = await service.createPartnerChecked({
          ...partnerInput(town.id),
          village_id: village.id,
        })
        const other = await service.createTownWithVillages({
          handle: "songyuan",
          name: "松源镇",
          name_pinyin: "Songyuan",
        })
        await service.updatePartnerChecked(partner.id, { town_id: other.id })
        const found = await service.retrievePartner(partner.id)
        expect((found as any).town_id).toBe(other.id)
        expect((found as any).village_id).toBeNull()
      })
    })
  },
})
