import { Button, Container, Text } from "@medusajs/ui"
import { errorMessage } from "../lib/notify"
import { useT } from "../i18n/use-t"

/** Placeholder while a query loads. */
export const LoadingState = () => {
  const t = useT()
  return (
    <div className="flex items-center justify-center px-6 py-8">
      <Text size="small" className="text-ui-fg-muted">
        {t("common.loading")}
      </Text>
    </div>
  )
}

/** A failed query: the server's message and a retry button. */
export const ErrorState = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const t = useT()
  return (
    <div
      className="flex flex-col items-center justify-center gap-y-3 px-6 py-8 text-center"
      role="alert"
    >
      <Text size="small" weight="plus" className="text-ui-fg-error">
        {t("common.loadFailed")}
      </Text>
      <Text size="small" className="text-ui-fg-subtle break-all">
        {errorMessage(error) ?? t("common.unknownError")}
      </Text>
      {onRetry ? (
        <Button type="button" size="small" variant="secondary" onClick={onRetry}>
          {t("common.retry")}
        </Button>
      ) : null}
    </div>
  )
}

/** A table's "nothing here" row content. */
export const EmptyState = ({ message }: { message: string }) => (
  <div className="flex items-center justify-center px-6 py-8">
    <Text size="small" className="text-ui-fg-muted">
      {message}
    </Text>
  </div>
)

/** A detail page whose record is loading or could not be loaded, in a card. */
export const PageQueryState = ({
  isLoading,
  error,
  onRetry,
}: {
  isLoading: boolean
  error: unknown
  onRetry: () => void
}) => (
  <Container className="p-0">
    {isLoading ? <LoadingState /> : <ErrorState error={error} onRetry={onRetry} />}
  </Container>
)
