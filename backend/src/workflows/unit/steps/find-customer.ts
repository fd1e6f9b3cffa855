import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findCustomerAccountStepId = "find-customer-account"

/** The registered customer account (not a guest) with this e-mail; 404 when there is none. */
export const findCustomerAccountStep = createStep(
  findCustomerAccountStepId,
  async (email: string, { container }) => {
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ email, has_account: true }, { select: ["id", "email"], take: 1 })
    if (!customer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "没有使用该邮箱注册的顾客账户，请对方先在商城注册 (no customer account has this e-mail)"
      )
    }
    return new StepResponse({ id: customer.id, email: customer.email })
  }
)
