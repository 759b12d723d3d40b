'use strict';
// Preload (`node -r ./tools/playground/loopback.cjs ...`) that keeps a Node server off the network:
// every net.Server#listen call that names no host is bound to 127.0.0.1 instead of all interfaces.
// The Microsoft 365 Agents Playground listens on all interfaces and has no host option; this is its host option.
// Calls that do name a host, and pipes / handles / file descriptors, are left untouched.
// LOOPBACK_HOST overrides the address (e.g. ::1).
const net = require('net');

const host = process.env.LOOPBACK_HOST || '127.0.0.1';
const originalListen = net.Server.prototype.listen;

// A port as Node reads it: a number, or a string that is a number (a non-numeric string is a pipe path).
function isPort(value) {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

net.Server.prototype.listen = function listen(...args) {
  const first = args[0];
  if (first === undefined || first === null || typeof first === 'function') {
    // listen(), listen(cb), listen(undefined|null, ...): a random port on all interfaces.
    if (typeof first === 'function') args.unshift(0);
    else args[0] = 0;
    if (typeof args[1] !== 'string') args.splice(1, 0, host);
  } else if (isPort(first)) {
    // listen(port[, host][, backlog][, cb])
    if (typeof args[1] !== 'string') args.splice(1, 0, host);
  } else if (typeof first === 'object' && !Array.isArray(first)) {
    // listen(options[, cb]); options with a handle, fd or path are not TCP ports.
    const isTcp = !('_handle' in first) && !('handle' in first) && first.fd === undefined && first.path === undefined;
    if (isTcp && (first.host === undefined || first.host === null || first.host === '')) {
      args[0] = { ...first, host };
    }
  }
  return originalListen.apply(this, args);
};
