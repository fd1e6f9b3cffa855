import { EMPTY_FORM } from "@/lib/account/form-state"
import { applyUnitAction } from "@/lib/actions/unit"
import type { StoreCustomer } from "@/lib/data/customer"
import { messagesOf, t } from "@/lib/messages"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import { UnitForm } from "../components/unit-form"

/** /unit for a customer in no unit: what a unit account is, and the application form. */
export function UnitApplyTemplate({ customer }: { customer: StoreCustomer }) {
  return (
    <AccountShell customer={customer} current="unit">
      <section className={styles.card} aria-labelledby="unit-apply-heading">
        <h2 id="unit-apply-heading">{t("unit.applyHeading")}</h2>
        <p className={styles.hint}>{t("unit.applyIntro")}</p>
        <UnitForm
          action={applyUnitAction}
          initial={{
            ...EMPTY_FORM,
            values: { invoice_type: "normal", contact_name: customer.first_name ?? "" },
          }}
          submit="apply"
          testId="unit-apply-form"
          messages={messagesOf("unit")}
        />
      </section>
    </AccountShell>
  )
}
