import Link from "next/link"
import { t } from "@/lib/messages"

/** A section of the home page: its heading, a "查看全部" link when there is more, and its content. */
export function HomeSection({
  id,
  heading,
  viewAll,
  testId,
  children,
}: {
  /** the heading's id (the section is labelled by it) */
  id: string
  heading: string
  /** where "查看全部" leads, if anywhere */
  viewAll?: string
  testId?: string
  children: React.ReactNode
}) {
  return (
    <section aria-labelledby={id} className="section" data-testid={testId}>
      {viewAll ? (
        <div className="section-head">
          <h2 id={id}>{heading}</h2>
          <Link href={viewAll}>{t("home.viewAll")}</Link>
        </div>
      ) : (
        <h2 id={id}>{heading}</h2>
      )}
      {children}
    </section>
  )
}
