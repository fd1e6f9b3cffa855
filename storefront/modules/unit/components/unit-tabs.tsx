import Link from "next/link"
import type { StoreUnitResponse } from "@http/unit"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

export type UnitTab = "unit" | "new" | "orders" | "prices" | "report" | "approvals" | "quotes"

/** Whether the member may place bulk orders: a 采购员 or 管理员 of a verified unit. */
export function mayOrderInBulk(membership: StoreUnitResponse): boolean {
  return membership.unit.status === "verified" && membership.role !== "finance"
}

/** The unit area's sections: the unit, 批量下单 (who may order), 批量订单 and 单位价 (every member). */
export function UnitTabs({
  membership,
  current,
}: {
  membership: StoreUnitResponse
  current: UnitTab
}) {
  const tabs: { key: UnitTab; href: string }[] = [
    { key: "unit", href: "/unit" },
    ...(mayOrderInBulk(membership) ? [{ key: "new" as const, href: "/unit/bulk" }] : []),
    { key: "orders", href: "/unit/bulk-orders" },
    { key: "prices", href: "/unit/prices" },
    // quota and statements: every member of a verified unit
    ...(membership.unit.status === "verified"
      ? [
          { key: "report" as const, href: "/unit/report" },
          { key: "approvals" as const, href: "/unit/approvals" },
          { key: "quotes" as const, href: "/unit/quotes" },
        ]
      : []),
  ]
  return (
    <nav aria-label={t("bulk.tabs.label")}>
      <ul className={styles.tabs} data-testid="unit-tabs">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
              {t(`bulk.tabs.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
