/**
 * The network guard of page imports: http(s) agents that refuse to connect to the user's own
 * machine or network. The only module that imports request-filtering-agent.
 *
 * The agents check an IP-literal host before opening a socket, and a host name inside the socket's
 * own DNS lookup, so the address checked is the address connected to: a name that answers a public
 * address to a first look-up and 127.0.0.1 to the next (DNS rebinding) gains nothing. Everything
 * that is not a public unicast address is refused: loopback, private, link-local, unique-local,
 * multicast, 0.0.0.0 and ::, IPv4-mapped IPv6, and the other reserved ranges.
 *
 * @example const agents = guardedAgents({ allowPrivate: false, allowAddresses: [] });
 * http.get(url, { agent: agents.http });
 */
import type { Agent } from 'node:http';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

export interface GuardPolicy {
  /** Private, loopback and link-local addresses allowed too (an intranet reader); 0.0.0.0 never. */
  allowPrivate: boolean;
  /** Addresses or CIDR ranges allowed even though private. */
  allowAddresses: readonly string[];
}

export interface GuardedAgents {
  http: Agent;
  https: Agent;
  /** Closes the agents' sockets. */
  destroy(): void;
}

export function guardedAgents({ allowPrivate, allowAddresses }: GuardPolicy): GuardedAgents {
  // One connection per fetch: a kept-alive socket would outlive the check that opened it.
  const options = { keepAlive: false, allowPrivateIPAddress: allowPrivate, allowIPAddressList: [...allowAddresses] };
  const http = new RequestFilteringHttpAgent(options);
  const https = new RequestFilteringHttpsAgent(options);
  return {
    http,
    https,
    destroy() {
      http.destroy();
      https.destroy();
    },
  };
}

export interface Refusal {
  /** The address refused, as connected to (a host name's DNS answer). */
  address: string;
  /** `meta`: 0.0.0.0 or ::, refused whatever the configuration says. */
  kind: 'private' | 'meta';
}

// The agents' errors carry no code; their message is their only mark (pinned by the import tests).
const REFUSED = /^DNS lookup (\S+?)\(family:[^)]*\) is not allowed\. Because,? It is (meta|private) IP address/;

/**
 * What the guard refused, when `error` is its refusal.
 *
 * @example refusalOf(new Error('DNS lookup 127.0.0.1(family:4, host:localhost) is not allowed. Because, It is private IP address.'))
 * // { address: '127.0.0.1', kind: 'private' }
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof Error) || 'code' in error) return undefined;
  const match = REFUSED.exec(error.message);
  return match ? { address: match[1]!, kind: match[2] === 'meta' ? 'meta' : 'private' } : undefined;
}
