// Preloaded into the gateway with `node --require`: binds every server of the
// process to 127.0.0.1. The gateway's start script has no host option and would
// otherwise listen on all interfaces (`*:PORT`).
//
// Reports "listening on ADDRESS:PORT" on stderr, so the test set-up knows that
// this process (and not some other one) owns the port.
"use strict";

const net = require("net");

const LOOPBACK = "127.0.0.1";
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, ...rest] = args;
  let pinned;
  if (typeof first === "object" && first !== null) {
    pinned = [{ ...first, host: LOOPBACK }, ...rest];
  } else {
    // listen(port, host?, backlog?, callback?): replace or insert the host
    if (rest.length > 0 && (rest[0] === undefined || typeof rest[0] === "string")) {
      rest.shift();
    }
    pinned = [first, LOOPBACK, ...rest];
  }
  this.once("listening", () => {
    const { address, port } = this.address();
    process.stderr.write(`listening on ${address}:${port}\n`);
  });
  return listen.apply(this, pinned);
};
