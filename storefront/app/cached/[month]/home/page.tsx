import { HomePage } from "@/modules/home/templates/home-page"
import { pageMonth } from "../month"

// Rendered on first request, then served from the cache (see ../month.ts); 300 = REVALIDATE.default
export const revalidate = 300
export const generateStaticParams = () => []

export default async function Page({ params }: { params: Promise<{ month: string }> }) {
  return <HomePage month={pageMonth((await params).month)} />
}
