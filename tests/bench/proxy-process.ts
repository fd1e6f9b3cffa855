/**
 * The launcher's reverse proxy (backend/launcher/proxy.ts) in a process of its
 * own, as `npm start` runs it beside the load: the side-by-side bench starts it
 * so that its work is not done by the process that sends the load.
 *
 *   tsx tests/bench/proxy-process.ts <port> <server port> [<server port> …]
 */
import { startProxy } from "../../backend/launcher/proxy"

const [port, ...servers] = process.argv.slice(2).map(Number)
if (!port || !servers.length || [port, ...servers].some((p) => !Number.isInteger(p)))
  throw new Error("usage: proxy-process.ts <port> <server port> [<server port> …]")

startProxy("127.0.0.1", port, servers).then(
  (proxy) => {
    process.on("SIGTERM", () => void proxy.close().then(() => process.exit(0)))
    console.log(`proxy on ${port} → ${servers.join(", ")}`)
  },
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
