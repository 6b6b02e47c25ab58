import { isIP } from 'node:net';
import { connect as tlsConnect, type DetailedPeerCertificate } from 'node:tls';

/**
 * Fetches the certificates a live server presents, for `--connect`. Validation is switched
 * off only to be able to read them, and with an empty trust store, because Node otherwise
 * appends the root it found in its own store to the chain it reports: the diagnosis must see
 * what the server sent, not what Node would have trusted.
 */
export interface ConnectTarget {
  host: string;
  port: number;
}

/** Parses `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 address. */
export function parseConnectTarget(text: string): ConnectTarget | null {
  const value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (bracketed) return target(bracketed[1]!, bracketed[2]);
  if (isIP(value) === 6) return target(value, undefined);
  const plain = /^([^:\s/]+)(?::(\d+))?$/.exec(value);
  return plain ? target(plain[1]!, plain[2]) : null;
}

function target(host: string, port: string | undefined): ConnectTarget | null {
  const number = port === undefined ? 443 : Number(port);
  return Number.isInteger(number) && number > 0 && number < 65536 ? { host, port: number } : null;
}

/** The DER certificates the server presented, leaf first as Node reports them. */
export function fetchPresentedChain(to: ConnectTarget, timeoutMs = 10_000): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({
      host: to.host,
      port: to.port,
      // SNI, as the router sends it; not allowed for IP addresses.
      servername: isIP(to.host) === 0 ? to.host : undefined,
      rejectUnauthorized: false,
      ca: [],
    });
    const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    socket.once('secureConnect', () => {
      const chain: Uint8Array[] = [];
      let current: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
      while (current?.raw && chain.length < 20) {
        if (chain.some((known) => Buffer.compare(known, current!.raw) === 0)) break;
        chain.push(new Uint8Array(current.raw));
        current = current.issuerCertificate;
      }
      clearTimeout(timer);
      socket.end();
      if (chain.length > 0) resolve(chain);
      else reject(new Error('the server presented no certificate'));
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
