// The `_socket` module for a host without network access: what Lib/socket.py and the
// modules that import it (email.utils, http, urllib, logging.handlers ...) need in order to
// import and to do the work that needs no network — the constants (Linux's values), the
// exception classes, the default timeout, byte-order and address-text conversions, and
// gethostname through the host — and socketpair(), connected ends inside the process
// (_socket_local.ts), on which asyncio's event loop runs. Creating any other socket or
// resolving a name fails with OSError, which is what such code already handles when the
// network is down (socket.getfqdn falls back to the host name, for one).

import { None, typeType } from "../objects/bootstrap.js";
import { index, isTrue, reprJS } from "../objects/abstract.js";
import { bytesArg, newBytes } from "../objects/bytes.js";
import { call } from "../objects/call.js";
import { PyDict } from "../objects/dict.js";
import { exceptionType, newException, overflowError, typeError, valueError } from "../objects/exceptions.js";
import { newOSError } from "../objects/exception_methods.js";
import { floatValue, newFloat } from "../objects/float.js";
import { defineGetSets, defineMethods, methodWithSignature } from "../objects/function.js";
import { defineNew } from "../objects/iterators.js";
import { typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "../objects/object.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { fn, hostOS, strerror } from "./_os_helpers.js";
import { adopt, moduleType } from "./itertools_helpers.js";
import { registerNativeModule } from "./registry.js";
import { SOCKET_CONSTANTS } from "./_socket_constants.js";
import { localEndpoint, newLocalPair, type LocalEndpoint } from "./_socket_local.js";
import { checkInterrupt } from "../vm/ops.js";

const M = "_socket";
const AF_UNIX = 1;
const AF_INET = 2;
const SOCK_STREAM = 1;
const EAGAIN = 11;
const EBADF = 9;
const EPIPE = 32;
const EDEADLK = 35;
const AF_INET6 = 10;
const ENOSYS = 38;
const EAFNOSUPPORT = 97;
const EAI_NONAME = -2;
const HOST_NOT_FOUND = 1;

/** The socket module's own exception classes, subclasses of OSError made once. */
let errorTypes: { herror: PyType; gaierror: PyType } | null = null;

function socketErrors(): { herror: PyType; gaierror: PyType } {
  if (errorTypes === null) {
    const make = (name: string): PyType => {
      const ns = new PyDict();
      ns.setStr("__module__", "socket");
      return call(typeType, [name, new PyTuple([exceptionType("OSError")]), ns]) as PyType;
    };
    errorTypes = { herror: make("herror"), gaierror: make("gaierror") };
  }
  return errorTypes;
}

function noSockets(): never {
  throw newOSError(ENOSYS, strerror(ENOSYS));
}

/** Name resolution has no resolver to ask: every name is unknown, as getaddrinfo(3) says. */
function unknownName(): never {
  throw call(socketErrors().gaierror, [EAI_NONAME, strFromJS("Name or service not known")]);
}

// ---- the default timeout (None: blocking) ----

let defaultTimeout: number | null = null;

/** socket_parse_timeout: None, or a non-negative number of seconds. */
function parseTimeout(v: PyObject): number | null {
  if (v === None) return null;
  const f = floatValue(v);
  const t = f !== undefined ? f : Number(index(v));
  if (Number.isNaN(t)) throw valueError("Invalid value NaN (not a number)");
  if (t < 0) throw valueError("Timeout value out of range");
  return t;
}

function timeoutObject(t: number | null): PyObject {
  return t === null ? None : newFloat(t);
}

// ---- the socket type: it can be named and subclassed (socket.socket), not opened ----

export const socketType = moduleType(M, "socket");

class PySocket implements PyObjectBase {
  dict: AttributeDict | null = null;
  family = AF_INET;
  kind = 0;
  proto = 0;
  timeout: number | null = defaultTimeout;
  /** The end of a socketpair() this socket is, or null (no socket could be opened). */
  local: LocalEndpoint | null = null;
  constructor(public type: PyType) {}
}

function asSocket(o: PyObject): PySocket {
  if (!(o instanceof PySocket))
    throw typeError(`descriptor requires a '_socket.socket' object but received '${typeOf(o).name}'`);
  return o;
}

/** The socket's open local end; a socket that is not one cannot do I/O here. */
function endpoint(o: PyObject): LocalEndpoint {
  const s = asSocket(o);
  if (s.local === null) {
    if (s.family === AF_UNIX) throw newOSError(EBADF, strerror(EBADF));
    noSockets();
  }
  return s.local;
}

defineNew(socketType, (cls) => adopt(new PySocket(cls), cls));

/** socket(family, type, proto, fileno): only the descriptor of a socketpair() end opens. */
function initSocket(
  self: PyObject,
  family?: PyObject,
  kind?: PyObject,
  proto?: PyObject,
  fileno?: PyObject,
): PyObject {
  const s = asSocket(self);
  const fd = fileno === undefined || fileno === None ? -1 : Number(index(fileno));
  const local = fd >= 0 ? localEndpoint(fd) : undefined;
  if (local === undefined) noSockets();
  s.local = local;
  s.family = family === undefined || Number(index(family)) === -1 ? AF_UNIX : Number(index(family));
  s.kind = kind === undefined || Number(index(kind)) === -1 ? SOCK_STREAM : Number(index(kind));
  s.proto = proto === undefined || Number(index(proto)) === -1 ? 0 : Number(index(proto));
  return None;
}

/** recv's waiting: data or end of file at once; otherwise nothing can arrive while this one
 * thread waits, so a timeout runs out and a blocking socket would wait forever. */
function receive(self: PyObject, max: number): Uint8Array {
  const s = asSocket(self);
  const e = endpoint(self);
  if (max < 0) throw valueError("negative buffersize in recv");
  if (e.readable) return e.receive(max);
  if (s.timeout === 0) throw newOSError(EAGAIN, strerror(EAGAIN));
  if (s.timeout !== null) {
    hostOS().sleep(s.timeout, checkInterrupt);
    throw newException(exceptionType("TimeoutError"), strFromJS("timed out"));
  }
  throw newOSError(EDEADLK, strerror(EDEADLK));
}

function sendBytes(self: PyObject, data: PyObject): number {
  const bytes = bytesArg(data);
  if (!endpoint(self).send(bytes)) throw newOSError(EPIPE, strerror(EPIPE));
  return bytes.length;
}

defineMethods(socketType, {
  __init__: methodWithSignature("__init__(family=?, type=?, proto=?, fileno=?)", initSocket),
  __repr__: (self) => {
    const s = asSocket(self);
    const fd = s.local === null ? -1 : s.local.fd;
    return strFromJS(`<socket object, fd=${fd}, family=${s.family}, type=${s.kind}, proto=${s.proto}>`);
  },
  close: (self) => {
    const s = asSocket(self);
    s.local?.close();
    s.local = null;
    return None;
  },
  detach: (self) => {
    const s = asSocket(self);
    const fd = s.local === null ? -1 : s.local.fd;
    s.local = null;
    return fd;
  },
  fileno: (self) => asSocket(self).local?.fd ?? -1,
  gettimeout: (self) => timeoutObject(asSocket(self).timeout),
  settimeout: methodWithSignature("settimeout(timeout, /)", (self, t) => {
    asSocket(self).timeout = parseTimeout(t!);
    return None;
  }),
  setblocking: methodWithSignature("setblocking(flag, /)", (self, flag) => {
    endpoint(self);
    asSocket(self).timeout = isTrue(flag!) ? null : 0;
    return None;
  }),
  getblocking: (self) => asSocket(self).timeout !== 0,
  bind: () => noSockets(),
  connect: () => noSockets(),
  connect_ex: () => noSockets(),
  listen: () => noSockets(),
  getpeername: (self) => (endpoint(self), ""),
  getsockname: (self) => (endpoint(self), ""),
  getsockopt: () => noSockets(),
  setsockopt: () => noSockets(),
  recv: methodWithSignature("recv(bufsize, flags=?, /)", (self, n) =>
    newBytes(receive(self, Number(index(n!)))),
  ),
  recv_into: () => noSockets(),
  recvfrom: () => noSockets(),
  recvfrom_into: () => noSockets(),
  send: methodWithSignature("send(data, flags=?, /)", (self, data) => sendBytes(self, data!)),
  sendall: methodWithSignature("sendall(data, flags=?, /)", (self, data) => {
    sendBytes(self, data!);
    return None;
  }),
  sendto: () => noSockets(),
  shutdown: methodWithSignature("shutdown(how, /)", (self, how) => {
    const e = endpoint(self);
    const h = Number(index(how!));
    if (h === 1 || h === 2) e.writeClosed = true;
    return None;
  }),
  _accept: () => noSockets(),
});

/** socketpair(): two connected ends of a stream inside the process. */
function socketPair(family?: PyObject, kind?: PyObject, proto?: PyObject): PyObject {
  const f = family === undefined ? AF_UNIX : Number(index(family));
  if (f !== AF_UNIX && f !== AF_INET) throw newOSError(EAFNOSUPPORT, strerror(EAFNOSUPPORT));
  const ends = newLocalPair().map((end) => {
    const s = new PySocket(socketType);
    s.local = end;
    s.family = f;
    s.kind = kind === undefined ? SOCK_STREAM : Number(index(kind));
    s.proto = proto === undefined ? 0 : Number(index(proto));
    return s;
  });
  return new PyTuple(ends);
}

defineGetSets(socketType, {
  family: [(self) => asSocket(self).family],
  type: [(self) => asSocket(self).kind],
  proto: [(self) => asSocket(self).proto],
  timeout: [(self) => timeoutObject(asSocket(self).timeout)],
});

// ---- byte order ----

function uint16(name: string, v: PyObject): number {
  const n = index(v);
  if (n < 0) throw overflowError(`${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (n > 0xffff)
    throw overflowError(`${name}: Python int too large to convert to C 16-bit unsigned integer`);
  return Number(n);
}

function uint32(v: PyObject): number {
  const n = index(v);
  if (n < 0) throw overflowError("can't convert negative value to unsigned int");
  if (n > 0xffffffff) throw overflowError("int larger than 32 bits");
  return Number(n);
}

const swap16 = (n: number): number => ((n & 0xff) << 8) | (n >>> 8);
const swap32 = (n: number): number =>
  (((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24)) >>> 0;

// ---- address text ----

function strArg(func: string, v: PyObject): string {
  if (!isStr(v)) throw typeError(`${func}() argument 1 must be str, not ${typeOf(v).name}`);
  return jsString(v);
}

/** glibc's inet_aton: one to four parts, each decimal, octal (leading 0) or hex (0x); the
 * last part fills the remaining bytes; trailing text after white space is ignored. */
function inetAton(text: string): Uint8Array | null {
  const parts: number[] = [];
  let i = 0;
  for (;;) {
    let base = 10;
    if (text[i] === "0") {
      base = 8;
      if (text[i + 1] === "x" || text[i + 1] === "X") {
        base = 16;
        i += 2;
      }
    }
    const start = i;
    let value = 0;
    while (i < text.length) {
      const d = parseInt(text[i]!, base);
      if (Number.isNaN(d)) break;
      value = value * base + d;
      if (value > 0xffffffff) return null;
      i++;
    }
    if (i === start && base !== 8) return null;
    parts.push(value);
    if (text[i] === ".") {
      if (parts.length === 4) return null;
      i++;
      continue;
    }
    if (i < text.length && !/\s/.test(text[i]!)) return null;
    break;
  }
  const last = parts.pop()!;
  if (parts.some((p) => p > 0xff) || last >= 2 ** (8 * (4 - parts.length))) return null;
  const n = parts.reduce((acc, p, k) => acc + p * 2 ** (24 - 8 * k), 0) + last;
  return new Uint8Array([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

/** inet_pton(AF_INET): exactly four decimal parts, no leading zeros. */
function ptonV4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return null;
    out.push(Number(p));
  }
  return out;
}

/** inet_pton(AF_INET6): hex groups, at most one "::", an optional dotted IPv4 tail. */
function ptonV6(text: string): Uint8Array | null {
  const out = new Uint8Array(16);
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (s: string): number[] | null => {
    if (s === "") return [];
    const bytes: number[] = [];
    const fields = s.split(":");
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k]!;
      if (k === fields.length - 1 && f.includes(".")) {
        const v4 = ptonV4(f);
        if (v4 === null) return null;
        bytes.push(...v4);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(f)) return null;
        const v = parseInt(f, 16);
        bytes.push(v >>> 8, v & 0xff);
      }
    }
    return bytes;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (head === null || tail === null) return null;
  const used = head.length + tail.length;
  if (halves.length === 1 ? used !== 16 : used > 14) return null;
  // A dotted tail is only allowed last: groups() accepted it in the head only when no
  // "::" follows, which the length check above then requires to be the whole address.
  if (halves.length === 2 && halves[0]!.includes(".")) return null;
  out.set(head, 0);
  out.set(tail, 16 - tail.length);
  return out;
}

/** inet_ntop(AF_INET6) as glibc writes it: the longest run (first of equals) of two or
 * more zero groups becomes "::", and ::a.b.c.d / ::ffff:a.b.c.d keep the IPv4 tail. */
function ntopV6(b: Uint8Array): string {
  const words: number[] = [];
  for (let k = 0; k < 16; k += 2) words.push((b[k]! << 8) | b[k + 1]!);
  let bestStart = -1,
    bestLen = 0;
  for (let k = 0; k < 8;) {
    if (words[k] !== 0) {
      k++;
      continue;
    }
    let j = k;
    while (j < 8 && words[j] === 0) j++;
    if (j - k > bestLen) {
      bestStart = k;
      bestLen = j - k;
    }
    k = j;
  }
  if (bestLen < 2) bestStart = -1;
  let out = "";
  for (let k = 0; k < 8; k++) {
    if (k === bestStart) {
      out += ":";
      k += bestLen - 1;
      if (k === 7) out += ":";
      continue;
    }
    if (k > 0) out += ":";
    if (k === 6 && bestStart === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
      out += `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
      break;
    }
    out += words[k]!.toString(16);
  }
  return out;
}

/** OSError with a message only (no errno), as CPython raises for bad address text. */
function plainOSError(message: string): PyObject {
  return newException(exceptionType("OSError"), strFromJS(message));
}

function illegalAddress(func: string): never {
  throw plainOSError(`illegal IP address string passed to ${func}`);
}

// ---- the module ----

registerNativeModule(M, () => {
  const { herror, gaierror } = socketErrors();
  const constants = Object.fromEntries(SOCKET_CONSTANTS.map(([n, v]) => [n, v as PyObject]));
  return {
    ...constants,
    socket: socketType,
    SocketType: socketType,
    error: exceptionType("OSError"),
    herror,
    gaierror,
    timeout: exceptionType("TimeoutError"),
    has_ipv6: false,
    ...Object.fromEntries([
      fn(M, "gethostname()", () => strFromJS(hostOS().uname().nodename)),
      fn(
        M,
        "sethostname(name, /)",
        () => {
          throw newOSError(1, strerror(1));
        },
        "tuple",
      ),
      fn(M, "getdefaulttimeout()", () => timeoutObject(defaultTimeout)),
      fn(M, "setdefaulttimeout(timeout, /)", (t) => {
        defaultTimeout = parseTimeout(t!);
        return None;
      }),
      fn(M, "htons(x, /)", (x) => swap16(uint16("htons", x!)), "tuple"),
      fn(M, "ntohs(x, /)", (x) => swap16(uint16("ntohs", x!)), "tuple"),
      fn(M, "htonl(x, /)", (x) => swap32(uint32(x!))),
      fn(M, "ntohl(x, /)", (x) => swap32(uint32(x!))),
      fn(
        M,
        "inet_aton(string, /)",
        (s) => {
          const b = inetAton(strArg("inet_aton", s!));
          return b === null ? illegalAddress("inet_aton") : newBytes(b);
        },
        "tuple",
      ),
      fn(
        M,
        "inet_ntoa(packed_ip, /)",
        (p) => {
          const b = bytesArg(p!);
          if (b.length !== 4) throw plainOSError("packed IP wrong length for inet_ntoa");
          return strFromJS(b.join("."));
        },
        "tuple",
      ),
      fn(
        M,
        "inet_pton(address_family, ip_string, /)",
        (af, s) => {
          const family = index(af!);
          const text = strArg("inet_pton", s!);
          if (family === AF_INET) {
            const b = ptonV4(text);
            return b === null ? illegalAddress("inet_pton") : newBytes(new Uint8Array(b));
          }
          if (family === AF_INET6) {
            const b = ptonV6(text);
            return b === null ? illegalAddress("inet_pton") : newBytes(b);
          }
          throw newOSError(EAFNOSUPPORT, strerror(EAFNOSUPPORT));
        },
        "tuple",
      ),
      fn(
        M,
        "inet_ntop(address_family, packed_ip, /)",
        (af, p) => {
          const family = index(af!);
          const b = bytesArg(p!);
          if (family === AF_INET) {
            if (b.length !== 4) throw valueError("invalid length of packed IP address string");
            return strFromJS(b.join("."));
          }
          if (family === AF_INET6) {
            if (b.length !== 16) throw valueError("invalid length of packed IP address string");
            return strFromJS(ntopV6(b));
          }
          throw valueError(`unknown address family ${reprJS(af!)}`);
        },
        "tuple",
      ),
      fn(M, "getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)", () => unknownName()),
      fn(M, "getnameinfo(sockaddr, flags, /)", () => unknownName(), "tuple"),
      fn(
        M,
        "gethostbyname(hostname, /)",
        (h) => {
          const text = strArg("gethostbyname", h!);
          return ptonV4(text) !== null ? strFromJS(text) : unknownName();
        },
        "tuple",
      ),
      fn(M, "gethostbyname_ex(hostname, /)", () => unknownName(), "tuple"),
      fn(
        M,
        "gethostbyaddr(ip_address, /)",
        () => {
          throw call(herror, [HOST_NOT_FOUND, strFromJS("Unknown host")]);
        },
        "tuple",
      ),
      fn(
        M,
        "getservbyname(servicename, protocolname=?, /)",
        () => {
          throw plainOSError("service/proto not found");
        },
        "tuple",
      ),
      fn(
        M,
        "getservbyport(port, protocolname=?, /)",
        () => {
          throw plainOSError("port/proto not found");
        },
        "tuple",
      ),
      fn(
        M,
        "getprotobyname(protocolname, /)",
        () => {
          throw plainOSError("protocol not found");
        },
        "tuple",
      ),
      fn(M, "socketpair(family=?, type=?, proto=?, /)", socketPair, "tuple"),
      fn(M, "dup(fd, /)", () => noSockets()),
      fn(M, "close(fd, /)", (fd) => {
        hostOS().close(Number(index(fd!)));
        return None;
      }),
    ]),
  };
});
