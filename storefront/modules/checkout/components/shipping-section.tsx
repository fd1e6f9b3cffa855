import type { ProductStorage } from "@http/metadata"
import styles from "@/modules/common/shop.module.css"

/** The delivery choices of one shipping profile (常温 or 冷链), prices formatted by the server. */
export type ShippingGroup = {
  storage: ProductStorage
  options: {
    id: string
    name: string
    description: string | null
    price: string
    is_pickup: boolean
    /** "约 1030 公斤 · 3–7 天送达" for the options priced by weight */
    detail: string | null
  }[]
}

/** One delivery choice per shipping profile in the cart (`shipping_<storage>`). */
export function ShippingSection({
  shipping,
  state,
  m,
}: {
  shipping: ShippingGroup[]
  state: { values: Record<string, string>; errors: Partial<Record<string, string>> }
  m: (key: string) => string
}) {
  return (
    <section className={styles.card} aria-labelledby="shipping-heading">
      <h2 id="shipping-heading">{m("shipping.heading")}</h2>
      {shipping.map((group) => {
        const name = `shipping_${group.storage}`
        const error = state.errors[name]
        const chosen = state.values[name] ?? group.options[0]?.id
        return (
          <fieldset
            key={group.storage}
            className={styles.fieldset}
            aria-describedby={error ? `${name}-error` : undefined}
            data-testid={`shipping-${group.storage}`}
          >
            <legend className={styles.legend}>{m(`shipping.${group.storage}`)}</legend>
            {group.options.map((option) => (
              <label key={option.id} className={styles.choice}>
                <input
                  type="radio"
                  name={name}
                  value={option.id}
                  defaultChecked={option.id === chosen}
                />
                <span className={styles.choiceText}>
                  <span>{option.name}</span>
                  {option.detail && (
                    <span className={styles.hint} data-testid="shipping-detail">
                      {option.detail}
                    </span>
                  )}
                  {option.description && <span className={styles.hint}>{option.description}</span>}
                </span>
                <span className={styles.choicePrice}>{option.price}</span>
              </label>
            ))}
            {error && (
              <p id={`${name}-error`} className={styles.error} data-testid={`error-${name}`}>
                {error}
              </p>
            )}
          </fieldset>
        )
      })}
    </section>
  )
}
