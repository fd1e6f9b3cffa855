import type { BulkTotals, BulkTotalsLine } from "@http/bulk-order"
import { formatYuan } from "@shared/money"
import styles from "@/modules/common/shop.module.css"
import bulk from "../../bulk.module.css"

type Read = (key: string, values?: Record<string, string | number>) => string

function LinesTable({ caption, lines, m }: { caption: string; lines: BulkTotalsLine[]; m: Read }) {
  return (
    <div className={bulk.scroll}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption.replace("按", "")}</th>
            <th scope="col" className={bulk.num}>
              {m("totals.count")}
            </th>
            <th scope="col" className={bulk.num}>
              {m("totals.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td>{line.label}</td>
              <td className={bulk.num}>{line.quantity}</td>
              <td className={bulk.num}>{formatYuan(line.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The preview's totals: by product (unit price, tier reached, next tier), partner and town; shipping; total. */
export function BulkTotalsView({ totals, m }: { totals: BulkTotals; m: Read }) {
  return (
    <div data-testid="bulk-totals">
      <dl className={bulk.facts}>
        <dt>{m("totals.parcels")}</dt>
        <dd data-testid="bulk-parcels">{totals.parcels}</dd>
        <dt>{m("totals.quantity")}</dt>
        <dd>{totals.quantity}</dd>
        <dt>{m("totals.itemTotal")}</dt>
        <dd data-testid="bulk-item-total">{formatYuan(totals.item_total)}</dd>
        <dt>{m("totals.shipping")}</dt>
        <dd data-testid="bulk-shipping-total">{formatYuan(totals.shipping_total)}</dd>
        <dt>{m("totals.total")}</dt>
        <dd data-testid="bulk-total" className={styles.grand}>
          {formatYuan(totals.total)}
        </dd>
      </dl>
      <div className={bulk.scroll}>
        <table className={`${styles.table} ${bulk.wide}`} data-testid="bulk-by-product">
          <caption>{m("totals.byProduct")}</caption>
          <thead>
            <tr>
              <th scope="col">{m("totals.product")}</th>
              <th scope="col" className={bulk.num}>
                {m("totals.count")}
              </th>
              <th scope="col" className={bulk.num}>
                {m("totals.unitPrice")}
              </th>
              <th scope="col">{m("totals.tier")}</th>
              <th scope="col">{m("totals.nextTier")}</th>
              <th scope="col" className={bulk.num}>
                {m("totals.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.by_product.map((p) => (
              <tr key={p.id} data-testid="bulk-product" data-sku={p.sku}>
                <td>
                  {p.label}
                  <br />
                  <small>{p.sku}</small>
                </td>
                <td className={bulk.num}>{p.quantity}</td>
                <td className={bulk.num}>{formatYuan(p.unit_price)}</td>
                <td>
                  {p.tier_min_quantity
                    ? m("totals.tierReached", { min: p.tier_min_quantity })
                    : m("totals.basePrice")}
                </td>
                <td>
                  {p.next_tier
                    ? m("totals.nextTierText", {
                        min: p.next_tier.min_quantity,
                        price: formatYuan(p.next_tier.unit_price),
                      })
                    : m("totals.noNextTier")}
                </td>
                <td className={bulk.num}>{formatYuan(p.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LinesTable caption={m("totals.byPartner")} lines={totals.by_partner} m={m} />
      <LinesTable caption={m("totals.byTown")} lines={totals.by_town} m={m} />
    </div>
  )
}
