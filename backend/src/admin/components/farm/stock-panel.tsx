import { Badge, Button, Container, Heading, Input, Label, Text, clx } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useT } from "../../i18n/use-t"
import {
  type FarmProduct,
  type FarmVariant,
  type StockChange,
  farmApi,
  farmQueryKeys,
} from "../../lib/farm-api"
import { useNotify } from "../../lib/notify"

type Mode = "set" | "adjust"

const WHOLE = /^-?\d+$/

/** The farm's products and variants with stock; changes to many variants are saved in one request. */
export const StockPanel = ({
  partnerId,
  products,
}: {
  partnerId?: string
  products: FarmProduct[]
}) => {
  const t = useT()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const [mode, setMode] = useState<Mode>("set")
  const [drafts, setDrafts] = useState<Record<string, string>>({})

  const changes: StockChange[] = Object.entries(drafts)
    .filter(([, value]) => value.trim() !== "")
    .map(([variant_id, value]) =>
      mode === "set" ? { variant_id, set: Number(value) } : { variant_id, adjust: Number(value) }
    )
  const invalid = Object.values(drafts).some(
    (value) =>
      value.trim() !== "" && (!WHOLE.test(value.trim()) || (mode === "set" && Number(value) < 0))
  )

  const save = useMutation({
    mutationFn: () => farmApi.changeStock(partnerId, changes),
    onSuccess: async () => {
      notify.success("farm.stock.saved", { count: changes.length })
      setDrafts({})
      await queryClient.invalidateQueries({ queryKey: farmQueryKeys.all })
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })

  if (!products.length) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-muted">
          {t("farm.stock.empty")}
        </Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="farm-stock">
      {/* stays in view while the list scrolls, so changes made far down can be saved */}
      <Container className="sticky top-0 z-10 flex flex-col gap-y-2 px-4 py-3 shadow-elevation-card-rest sm:px-6">
        <div className="flex flex-wrap items-center gap-2" role="radiogroup">
          {(["set", "adjust"] as const).map((m) => (
            <Button
              key={m}
              type="button"
              size="small"
              variant={mode === m ? "primary" : "secondary"}
              aria-pressed={mode === m}
              data-testid={`farm-stock-mode-${m}`}
              onClick={() => setMode(m)}
            >
              {t(m === "set" ? "farm.stock.modeSet" : "farm.stock.modeAdjust")}
            </Button>
          ))}
          <Button
            type="button"
            size="small"
            className="ml-auto"
            disabled={!changes.length || invalid}
            isLoading={save.isPending}
            data-testid="farm-stock-save"
            onClick={() => save.mutate()}
          >
            {t("farm.stock.save")}
          </Button>
        </div>
        <Text size="xsmall" className="text-ui-fg-muted">
          {invalid ? t("farm.stock.invalid") : t("farm.stock.modeHint")}
        </Text>
      </Container>
      {products.map((product) => (
        <ProductCard
          key={product.id}
          partnerId={partnerId}
          product={product}
          mode={mode}
          drafts={drafts}
          onDraft={(variantId, value) => setDrafts((d) => ({ ...d, [variantId]: value }))}
        />
      ))}
    </div>
  )
}

const ProductCard = ({
  partnerId,
  product,
  mode,
  drafts,
  onDraft,
}: {
  partnerId?: string
  product: FarmProduct
  mode: Mode
  drafts: Record<string, string>
  onDraft: (variantId: string, value: string) => void
}) => {
  const t = useT()
  return (
    <Container className="divide-y p-0" data-testid="farm-product" data-handle={product.handle}>
      <div className="flex items-center gap-x-3 px-4 py-3 sm:px-6">
        <div className="bg-ui-bg-component border-ui-border-base h-10 w-10 shrink-0 overflow-hidden rounded border">
          {product.thumbnail ? (
            <img src={product.thumbnail} alt="" className="h-full w-full object-cover" />
          ) : null}
        </div>
        <div className="flex min-w-0 flex-col">
          <Heading level="h3" className="break-words">
            {product.title}
          </Heading>
          {product.presale_ships_from ? (
            <Text size="xsmall" className="text-ui-fg-interactive">
              {t("farm.stock.presaleBadge", { date: product.presale_ships_from })}
            </Text>
          ) : null}
        </div>
      </div>
      {product.variants.map((variant) => (
        <VariantRow
          key={variant.id}
          partnerId={partnerId}
          productTitle={product.title}
          variant={variant}
          mode={mode}
          draft={drafts[variant.id] ?? ""}
          onDraft={(value) => onDraft(variant.id, value)}
        />
      ))}
      <PresaleRow partnerId={partnerId} product={product} />
    </Container>
  )
}

const VariantRow = ({
  partnerId,
  productTitle,
  variant,
  mode,
  draft,
  onDraft,
}: {
  partnerId?: string
  productTitle: string
  variant: FarmVariant
  mode: Mode
  draft: string
  onDraft: (value: string) => void
}) => {
  const t = useT()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const [threshold, setThreshold] = useState(
    variant.low_stock_threshold === null ? "" : String(variant.low_stock_threshold)
  )
  const saveThreshold = useMutation({
    mutationFn: () =>
      farmApi.setThreshold(
        partnerId,
        variant.id,
        threshold.trim() === "" ? null : Number(threshold)
      ),
    onSuccess: async () => {
      notify.success("farm.stock.thresholdSaved")
      await queryClient.invalidateQueries({ queryKey: farmQueryKeys.all })
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const inputId = `farm-stock-${variant.id}`
  return (
    <div
      className="flex flex-col gap-y-2 px-4 py-3 sm:px-6"
      data-testid="farm-variant-row"
      data-variant-id={variant.id}
    >
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" weight="plus">
          {variant.title}
        </Text>
        {variant.sku ? (
          <Text size="xsmall" className="text-ui-fg-muted">
            {variant.sku}
          </Text>
        ) : null}
        {variant.available_quantity <= 0 ? (
          <Badge size="2xsmall" color="red">
            {t("farm.stock.soldOut")}
          </Badge>
        ) : variant.is_low ? (
          <Badge size="2xsmall" color="orange">
            {t("farm.stock.low")}
          </Badge>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        <Text size="small" data-testid="farm-variant-stocked">
          {t("farm.stock.stocked", { count: variant.stocked_quantity })}
        </Text>
        <Text
          size="small"
          className={clx(variant.is_low && "text-ui-fg-error")}
          data-testid="farm-variant-available"
        >
          {t("farm.stock.available", { count: variant.available_quantity })}
        </Text>
        {variant.reserved_quantity ? (
          <Text size="small" className="text-ui-fg-muted">
            {t("farm.stock.reserved", { count: variant.reserved_quantity })}
          </Text>
        ) : null}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div className="flex min-w-0 flex-col gap-y-1">
          <Label htmlFor={inputId} size="xsmall" weight="plus">
            {t(mode === "set" ? "farm.stock.modeSet" : "farm.stock.modeAdjust")}
          </Label>
          <Input
            id={inputId}
            size="small"
            inputMode="numeric"
            aria-label={t("farm.stock.inputLabel", { title: `${productTitle} ${variant.title}` })}
            placeholder={mode === "set" ? String(variant.stocked_quantity) : "+0"}
            value={draft}
            data-testid="farm-stock-input"
            onChange={(e) => onDraft(e.target.value)}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-y-1">
          <Label htmlFor={`${inputId}-threshold`} size="xsmall" weight="plus">
            {t("farm.stock.threshold")}
          </Label>
          <div className="flex gap-x-1">
            <Input
              id={`${inputId}-threshold`}
              size="small"
              inputMode="numeric"
              value={threshold}
              data-testid="farm-threshold-input"
              onChange={(e) => setThreshold(e.target.value)}
            />
            <Button
              type="button"
              size="small"
              variant="secondary"
              className="shrink-0 whitespace-nowrap"
              disabled={threshold.trim() !== "" && !/^\d+$/.test(threshold.trim())}
              isLoading={saveThreshold.isPending}
              data-testid="farm-threshold-save"
              onClick={() => saveThreshold.mutate()}
            >
              {t("common.save")}
            </Button>
          </div>
        </div>
      </div>
    </div>
  )
}

const PresaleRow = ({ partnerId, product }: { partnerId?: string; product: FarmProduct }) => {
  const t = useT()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const [date, setDate] = useState(product.presale_ships_from ?? "")
  const save = useMutation({
    mutationFn: () => farmApi.setPresale(partnerId, product.id, date || null),
    onSuccess: async () => {
      notify.success("farm.stock.presaleSaved")
      await queryClient.invalidateQueries({ queryKey: farmQueryKeys.all })
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const id = `farm-presale-${product.id}`
  return (
    <div className="flex flex-col gap-y-1 px-4 py-3 sm:px-6">
      <Label htmlFor={id} size="xsmall" weight="plus">
        {t("farm.stock.presale")}
      </Label>
      <div className="flex gap-x-1">
        <Input
          id={id}
          type="date"
          size="small"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <Button
          type="button"
          size="small"
          variant="secondary"
          className="shrink-0 whitespace-nowrap"
          isLoading={save.isPending}
          onClick={() => save.mutate()}
        >
          {t("farm.stock.presaleSave")}
        </Button>
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("farm.stock.presaleHint")}
      </Text>
    </div>
  )
}
