/**
 * Several Medusa servers on one port (MEDUSA_SERVERS > 1) through Node's
 * cluster: the launcher's process is the cluster's primary, and each server a
 * cluster worker running `medusa start` of the production build on the public
 * port. The primary accepts each new connection and hands it to the servers
 * in turn (Node's round robin); it never reads a request, so nothing is parsed
 * twice and a server sees the client's own address, as with one server.
 *
 * Only a server that listens is given connections: one that is starting or
 * died is passed over until it listens again (topology.ts starts it again). A
 * keep-alive connection stays on the server that took it; one whose server
 * died is closed, and the client opens a new one to another server. Carts,
 * sessions and orders live in Postgres and Redis, so any server answers any
 * request.
 *
 * Medusa's own cluster mode (`medusa start --cluster`) is not used: its
 * worker processes share the server port and answer 404 to the requests they
 * get, and a replaced process never receives its role (docs/production.md).
 */
import type { ChildProcess, StdioOptions } from "node:child_process"
import cluster from "node:cluster"
import { adopt } from "./processes"

/** A Node script with its arguments and Node's own flags. */
export type NodeScript = { script: string; args: string[]; execArgv: string[] }

/**
 * Starts `command` as a server of the cluster, in `cwd`, with `env` added to
 * the launcher's own environment (Node's cluster takes it as a whole). Its
 * output is the launcher's, prefixed with `label`, unless `stdio` sends it
 * elsewhere (the tests' log files).
 */
export function forkClusterServer(
  label: string,
  command: NodeScript,
  cwd: string,
  env: NodeJS.ProcessEnv,
  stdio?: StdioOptions
): ChildProcess {
  cluster.setupPrimary({
    exec: command.script,
    args: command.args,
    execArgv: command.execArgv,
    cwd,
    ...(Array.isArray(stdio) ? { stdio: [...stdio, "ipc"] } : { silent: true }),
  })
  const { process: child } = cluster.fork(env)
  return Array.isArray(stdio) ? child : adopt(label, child)
}
