import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import { AID_BUYER_KINDS } from "../../../types/http"
import { type MessageKey, useT } from "../../i18n/use-t"
import { FilterSelect } from "../filter-select"
import { type AidFilters, defaultRange } from "./use-aid-filters"

type FilterPatch = Partial<Record<"from" | "to" | "buyer_kind" | "partner", string | undefined>>

type FiltersBarProps = {
  filters: AidFilters
  update: (patch: FilterPatch) => void
}

/** One end of the range; a new range closes the drilled-down partner. */
const DateFilter = ({
  name,
  label,
  filters,
  update,
}: FiltersBarProps & { name: "from" | "to"; label: MessageKey }) => {
  const t = useT()
  const id = `aid-filter-${name}`
  return (
    <div className="flex min-w-0 flex-col gap-y-1">
      <Label htmlFor={id} size="xsmall" weight="plus">
        {t(label)}
      </Label>
      <Input
        id={id}
        type="date"
        size="small"
        value={filters[name]}
        {...(name === "from" ? { max: filters.to } : { min: filters.from })}
        aria-invalid={filters.rangeInvalid || undefined}
        onChange={(event) =>
          update({ [name]: event.target.value || undefined, partner: undefined })
        }
        data-testid={id}
      />
    </div>
  )
}

/** The dashboard's range and buyer kind, with a reset to this year and every buyer. */
export const FiltersBar = ({ filters, update }: FiltersBarProps) => {
  const t = useT()
  const defaults = defaultRange()
  const isDefault =
    filters.from === defaults.from && filters.to === defaults.to && !filters.buyerKind
  return (
    <div className="flex flex-col gap-y-2 px-4 py-3 sm:px-6" data-testid="aid-filters">
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-[repeat(3,minmax(0,180px))_auto] sm:items-end">
        <DateFilter name="from" label="aid.filters.from" filters={filters} update={update} />
        <DateFilter name="to" label="aid.filters.to" filters={filters} update={update} />
        <div className="col-span-2 flex min-w-0 flex-col gap-y-1 sm:col-span-1">
          <Label htmlFor="aid-buyer-kind" size="xsmall" weight="plus">
            {t("aid.filters.buyerKind")}
          </Label>
          <FilterSelect
            id="aid-buyer-kind"
            value={filters.buyerKind}
            onChange={(value) => update({ buyer_kind: value })}
            label={t("aid.filters.buyerKind")}
            allLabel={t("aid.filters.allBuyers")}
            testId="aid-buyer-kind"
          >
            {AID_BUYER_KINDS.map((kind) => (
              <Select.Item key={kind} value={kind}>
                {t(`aid.buyerKind.${kind}`)}
              </Select.Item>
            ))}
          </FilterSelect>
        </div>
        {isDefault ? null : (
          <div className="col-span-2 sm:col-span-1">
            <Button
              type="button"
              size="small"
              variant="transparent"
              onClick={() =>
                update({
                  from: undefined,
                  to: undefined,
                  buyer_kind: undefined,
                  partner: undefined,
                })
              }
              data-testid="aid-filter-reset"
            >
              {t("aid.filters.reset")}
            </Button>
          </div>
        )}
      </div>
      {filters.rangeInvalid ? (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="aid-filter-error">
          {t("aid.filters.rangeInvalid")}
        </Text>
      ) : null}
    </div>
  )
}
