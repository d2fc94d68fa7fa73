// Starts kinesalite listening on 127.0.0.1 only (its cli.js has no host option and listens on every interface).
// usage: node loopback-kinesalite.js <kinesalite package dir> <port> <createStreamMs> <deleteStreamMs> <updateStreamMs> <shardLimit>
'use strict';
const [packageDir, port, createStreamMs, deleteStreamMs, updateStreamMs, shardLimit] = process.argv.slice(2);
const kinesalite = require(packageDir);
const server = kinesalite({
  createStreamMs: Number(createStreamMs),
  shardLimit: Number(shardLimit),
  deleteStreamMs: Number(deleteStreamMs),
  updateStreamMs: Number(updateStreamMs),
});
server.listen(Number(port), '127.0.0.1', () => console.log(`kinesalite listening on 127.0.0.1:${port}`));
server.on('error', error => { console.error(error.message); process.exit(1); });
