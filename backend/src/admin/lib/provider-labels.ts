import { useEffect } from "react"

/**
 * Medusa's order page prints a payment's raw provider id (with CSS
 * `capitalize`: "Pp_bank-Transfer_bank-Transfer") and offers no translation
 * key or hook for it. Until it does, the order page's bank-transfer widget
 * relabels that text in place: every text node whose whole text is a
 * provider id listed here shows the name instead. Only exact matches are
 * touched; React keeps owning the nodes (the provider id never changes, so it
 * does not write them back), and new nodes are caught as the page renders.
 */
export const useProviderLabels = (labels: Record<string, string>) => {
  useEffect(() => {
    const relabelText = (node: Node) => {
      const label = labels[(node.nodeValue ?? "").trim()]
      if (!label) return
      node.nodeValue = label
      node.parentElement?.classList.remove("capitalize")
      node.parentElement?.setAttribute("data-provider-label", "true")
    }
    const relabel = (root: Node) => {
      if (root.nodeType === Node.TEXT_NODE) return relabelText(root)
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) relabelText(node)
    }
    relabel(document.body)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === "characterData") relabel(mutation.target)
        mutation.addedNodes.forEach((node) => relabel(node))
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [labels])
}
