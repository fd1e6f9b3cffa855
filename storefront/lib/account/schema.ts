import { z } from "zod"
import { PROFILE_LIMITS } from "@shared/address"
import { normalizeUscc, usccProblem } from "@shared/uscc"
import { MOBILE } from "@shared/contact"
import { plainLine } from "@/lib/checkout/schema"
import { t } from "@/lib/messages"

/** The account forms' fields, every message in Chinese. */

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, t("account.errors.emailRequired"))
  .email(t("account.errors.emailInvalid"))

export const loginSchema = z.object({
  email,
  password: z.string().min(1, t("account.errors.passwordRequired")),
})

// Password rules live in the backend (backend/src/auth/password-rules.ts); the form shows the one it names.
export const registerSchema = z
  .object({
    email,
    name: plainLine(
      z
        .string()
        .trim()
        .min(1, t("account.errors.nameRequired"))
        .max(PROFILE_LIMITS.first_name, t("account.errors.nameTooLong"))
    ),
    phone: z
      .string()
      .trim()
      .refine((v) => v === "" || MOBILE.test(v), t("account.errors.phoneInvalid")),
    password: z.string().min(1, t("account.errors.passwordRequired")),
    password_confirm: z.string(),
  })
  .refine((v) => v.password === v.password_confirm, {
    path: ["password_confirm"],
    message: t("account.errors.passwordMismatch"),
  })

export const newPasswordSchema = z
  .object({
    token: z.string().min(1).max(4096),
    password: z.string().min(1, t("account.errors.passwordRequired")),
    password_confirm: z.string(),
  })
  .refine((v) => v.password === v.password_confirm, {
    path: ["password_confirm"],
    message: t("account.errors.passwordMismatch"),
  })

export const invoiceSchema = z.object({
  title: plainLine(
    z
      .string()
      .trim()
      .min(1, t("account.errors.invoiceTitleRequired"))
      .max(100, t("account.errors.invoiceTitleTooLong"))
  ),
  tax_id: z
    .string()
    .transform(normalizeUscc)
    .superRefine((value, ctx) => {
      const problem = usccProblem(value)
      if (problem) ctx.addIssue({ code: "custom", message: t(`account.errors.uscc.${problem}`) })
    }),
})
