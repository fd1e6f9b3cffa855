import styles from "@/modules/common/shop.module.css"

/**
 * An order this visitor may not read (the backend answered 404): it is
 * private, and the links say how to see it.
 */
export function OrderPrivate({
  title,
  text,
  children,
}: {
  title: string
  text: string
  /** the links to sign in or look the order up */
  children: React.ReactNode
}) {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{title}</h1>
      <section className={styles.card} data-testid="order-private">
        <p>{text}</p>
        <p>{children}</p>
      </section>
    </div>
  )
}
