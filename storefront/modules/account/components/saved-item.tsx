import styles from "@/modules/common/shop.module.css"

/**
 * A saved address or 发票 title in the account's lists: its text and a
 * delete button (a server action posting the item's id).
 */
export function SavedItem({
  action,
  idName,
  id,
  deleteLabel,
  deleteText,
  children,
}: {
  action: (form: FormData) => Promise<void>
  /** the form field the action reads the id from */
  idName: string
  id: string
  /** the button's accessible name, naming the item */
  deleteLabel: string
  deleteText: string
  children: React.ReactNode
}) {
  return (
    <li className={styles.line} style={{ gridTemplateColumns: "1fr auto" }}>
      <p className={styles.lineMeta}>{children}</p>
      <form action={action}>
        <input type="hidden" name={idName} value={id} />
        <button type="submit" className={styles.linkButton} aria-label={deleteLabel}>
          {deleteText}
        </button>
      </form>
    </li>
  )
}
