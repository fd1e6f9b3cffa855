import styles from "@/modules/common/shop.module.css"

type Address = {
  first_name?: string | null
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
}

/** Where an order goes: recipient and mobile, then province, city and street. */
export function ShippingAddress({ address }: { address: Address }) {
  return (
    <p className={styles.lineMeta}>
      {address.first_name} {address.phone}
      <br />
      {address.province} {address.city} {address.address_1} {address.address_2}
    </p>
  )
}
